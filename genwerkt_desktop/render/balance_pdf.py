"""The balance's shapes drawn with reportlab.graphics (the client's sheet is in
exports/balance_sheet.py).

The shapes come from :mod:`genwerkt_desktop.domain.balance_shapes`, the same ones the Qt
renderer paints on screen and in the PNG, so paper and screen show one picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from genwerkt_desktop.domain.balance_drawing import (
    SCENE_W,
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
    legend,
    scene,
    stacked,
    trend_chart,
    wrap,
)
from genwerkt_desktop.domain.model import Balance

from . import fonts


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


def sheet_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return float(A4[0] - 40 * mm)
