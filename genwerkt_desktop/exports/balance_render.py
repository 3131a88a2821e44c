"""The balance's shapes drawn with reportlab.graphics, and the client's PDF sheet.

The shapes come from :mod:`genwerkt_desktop.domain.balance_shapes`, the same ones the Qt
renderer paints on screen and in the PNG, so paper and screen show one picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from genwerkt_desktop.domain.balance import DIRECTION_LABELS, trend_direction
from genwerkt_desktop.domain.balance_drawing import (
    DOMAIN_NAMES,
    DOMAIN_STYLES,
    SCENE_W,
    SIDE_TITLES,
    BalanceDrawing,
    draw,
)
from genwerkt_desktop.domain.balance_shapes import (
    LEADING,
    CircleShape,
    Layout,
    LineShape,
    RectShape,
    Shape,
    TextShape,
    breakdown,
    legend,
    scene,
    stacked,
    trend_chart,
    wrap,
)
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance

from . import fonts
from .sheet import Sheet, day_in_words

CLIENT_CAPTION = (
    "Dit is geen test en geen cijfer. Het is een tekening om samen over te praten: "
    "wat je helpt en wat zwaar weegt."
)


def _colour(value: str | None) -> colors.Color | None:
    return None if value is None else colors.HexColor(value)


def _text(shape: TextShape, height: float) -> Group:
    font = fonts.BOLD if shape.bold else fonts.REGULAR
    lines = [shape.text]
    if shape.max_width is not None:
        lines = wrap(
            shape.text, lambda t: stringWidth(t, font, shape.size), shape.max_width, shape.lines
        )
    group = Group()
    for number, text in enumerate(lines):
        group.add(
            String(
                shape.x,
                height - shape.y - number * shape.size * LEADING,
                text,
                fontName=font,
                fontSize=shape.size,
                fillColor=_colour(shape.colour),
                textAnchor=shape.anchor,
            )
        )
    return group


def _shape(shape: Shape, height: float) -> object:
    def fy(y: float) -> float:
        return height - y

    if isinstance(shape, TextShape):
        return _text(shape, height)
    if isinstance(shape, LineShape):
        return Line(
            shape.x1,
            fy(shape.y1),
            shape.x2,
            fy(shape.y2),
            strokeColor=_colour(shape.colour),
            strokeWidth=shape.width,
            strokeDashArray=[shape.width * 2.5, shape.width * 1.8] if shape.dashed else None,
            strokeLineCap=1,
        )
    if isinstance(shape, RectShape):
        return Rect(
            shape.x,
            fy(shape.y + shape.h),
            shape.w,
            shape.h,
            rx=shape.radius,
            ry=shape.radius,
            fillColor=_colour(shape.fill),
            strokeColor=_colour(shape.edge),
            strokeWidth=shape.width if shape.edge else 0,
        )
    if isinstance(shape, CircleShape):
        return Circle(
            shape.cx,
            fy(shape.cy),
            shape.r,
            fillColor=_colour(shape.fill),
            strokeColor=_colour(shape.edge),
            strokeWidth=shape.width if shape.edge else 0,
        )
    points = [v if i % 2 == 0 else fy(v) for i, v in enumerate(shape.points)]
    return Polygon(
        points,
        fillColor=_colour(shape.fill),
        strokeColor=_colour(shape.edge),
        strokeWidth=shape.width if shape.edge else 0,
    )


def paper_measure(text: str, size: float, bold: bool) -> float:
    """How wide a text prints in the shipped font: the scene's blocks fit their texts
    with it (wrapped, a step smaller) instead of shortening them."""
    fonts.register()
    return float(stringWidth(text, fonts.BOLD if bold else fonts.REGULAR, size))


def layout_drawing(layout: Layout, width: float) -> Drawing:
    """A reportlab Drawing of a layout, scaled to ``width`` points."""
    fonts.register()
    scale = width / layout.width if layout.width else 1.0
    group = Group()
    for shape in layout.shapes:
        group.add(_shape(shape, layout.height))
    group.scale(scale, scale)
    out = Drawing(width, layout.height * scale)
    out.add(group)
    return out


def balance_drawing(balance: Balance, history: Sequence[Balance], width: float) -> Drawing:
    """One assessment small: the balance, its legend and (with two or more assessments)
    the trend beneath, ``width`` points wide."""
    drawing = draw(balance, history)
    parts: list[tuple[Layout, float, float]] = []
    body = scene(drawing, measure=paper_measure)
    key = legend(drawing, SCENE_W)
    parts += [(body, 0, 0), (key, 0, body.height + 16)]
    height = body.height + 16 + key.height
    if len(drawing.trend.marks) >= 2:
        chart = trend_chart(drawing.trend, SCENE_W, 300, size=19)
        parts.append((chart, 0, height + 24))
        height += 24 + chart.height
    return layout_drawing(stacked(parts, SCENE_W, height), width)


def _factor_rows(balance: Balance, side: BalanceSide) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for factor in balance.factors:
        if factor.side is side:
            style = DOMAIN_STYLES[factor.domain]
            domain = f"{style.code} {DOMAIN_NAMES[factor.domain]}"
            weight = f"{factor.weight} {'■' * factor.weight}{'□' * (5 - factor.weight)}"
            rows.append([factor.text, domain, weight])
    return rows


def write_pdf(
    balance: Balance,
    history: Sequence[Balance],
    path: Path,
    *,
    client_label: str = "",
    made_on: date | None = None,
    coach: str = "",
) -> Path:
    """The client's sheet: the balance with its legend and breakdown, both lists of
    factors, the note, the trend and, in plain words, that it is a picture to talk about
    and not a test.  Dates are written out, as in all running text for a client."""
    drawing: BalanceDrawing = draw(balance, history, client_label)
    title = "Draagkracht en draaglast" + (f" van {client_label}" if client_label else "")
    looked = f"Samen bekeken op {day_in_words(balance.assessed_on)}"
    subtitle = [f"{looked} met {coach}" if coach else looked]
    if made_on is not None:
        subtitle.append(f"afgedrukt op {day_in_words(made_on)}")
    footer = f"{title}, {day_in_words(balance.assessed_on)}"
    sheet = Sheet(title, ", ".join(subtitle), plain=True, footer=footer)
    width = sheet_width()
    sheet.para(CLIENT_CAPTION, muted=True)
    sheet.drawing(layout_drawing(scene(drawing, measure=paper_measure), width))
    sheet.space(0.5)
    sheet.drawing(layout_drawing(legend(drawing, SCENE_W), width))
    if balance.note:  # what was said about the picture, before the details
        sheet.heading("Notitie")
        sheet.para(balance.note)
    for side in (BalanceSide.CAPACITY, BalanceSide.BURDEN):
        sheet.heading(SIDE_TITLES[side])
        rows = _factor_rows(balance, side)
        if rows:
            sheet.table(["Wat", "Levensdomein", "Gewicht"], rows, [0.52, 0.28, 0.20])
        else:
            sheet.para("Hier staat nog niets.", muted=True)
    if drawing.breakdown:
        sheet.heading("Per levensdomein")
        sheet.drawing(layout_drawing(breakdown(drawing, 760, titled=False), width * 0.8))
    if len(drawing.trend.marks) >= 2:
        sheet.heading("Zo veranderde het")
        chart = trend_chart(drawing.trend, SCENE_W, 360, size=20, titled=False)
        sheet.drawing(layout_drawing(chart, width))
        everything = {b.id: b for b in (*history, balance)}.values()
        direction = trend_direction(b for b in everything if b.assessed_on <= balance.assessed_on)
        if direction is not None:
            sheet.para(f"{DIRECTION_LABELS[direction]}.")
    return sheet.write(path)


def sheet_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return float(A4[0] - 40 * mm)
