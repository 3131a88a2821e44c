"""The balance drawing laid out as plain shapes (lines, boxes, texts), ready for a painter.

Both renderers (Qt for the screen and PNG, reportlab for PDF) only translate these
shapes, so what the coach sees and what the client takes home are drawn by the same
geometry.  Coordinates are abstract units, y downward; a text's ``y`` is its baseline and
``size`` its font size in the same units.  A text with ``max_width`` is shortened with "…"
by the renderer, which knows the font's real widths.

On paper nobody can point at a block to read its whole text, so the PDF renderer hands
:func:`scene` its text measure: a block's text then wraps onto more lines and shrinks a
step or more before it is ever shortened.  The screen shows the whole text as a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Final, Literal

from .balance_drawing import (
    BASKET_DEPTH,
    BASKET_HALF,
    HANGER,
    PIVOT,
    POST_FOOT,
    SCENE_H,
    SCENE_W,
    BalanceDrawing,
    BalanceWords,
    Basket,
    Block,
    Trend,
    beam_end,
)
from .enums import BalanceSide

INK: Final = "#1f2933"
MUTED: Final = "#52606d"
RULE: Final = "#9aa5b1"
WOOD: Final = "#7b5e3b"
CAPACITY_LINE: Final = "#2d6a4f"
BURDEN_LINE: Final = "#b5400a"
CHOSEN: Final = "#e8eef5"

Anchor = Literal["start", "middle", "end"]
LEADING: Final = 1.18  # line spacing of wrapped texts, in font sizes
Measure = Callable[[str, float, bool], float]  # (text, size, bold) -> width, in units
BLOCK_TEXT_STEPS: Final = (1.0, 0.88, 0.78, 0.68)  # font sizes a block's text may take
BLOCK_LINES: Final = 3  # at most this many lines in a block, when its height allows


@dataclass(frozen=True)
class LineShape:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = INK
    width: float = 2.0
    dashed: bool = False


@dataclass(frozen=True)
class RectShape:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    edge: str | None = INK
    width: float = 1.5
    radius: float = 0.0


@dataclass(frozen=True)
class PolygonShape:
    points: tuple[float, ...]  # x1, y1, x2, y2, ...
    fill: str | None = None
    edge: str | None = INK
    width: float = 1.5


@dataclass(frozen=True)
class CircleShape:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    edge: str | None = INK
    width: float = 1.5


@dataclass(frozen=True)
class TextShape:
    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    anchor: Anchor = "start"
    colour: str = INK
    max_width: float | None = None
    lines: int = 1  # with max_width: wrap onto at most this many lines, then "…"


Shape = LineShape | RectShape | PolygonShape | CircleShape | TextShape


@dataclass(frozen=True)
class HitArea:
    """A spot a click or a tooltip can land on: a trend point or a factor's block."""

    x: float
    y: float
    w: float
    h: float
    balance_id: str = ""
    position: int = -1  # factor index for blocks
    tip: str = ""


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    hits: tuple[HitArea, ...] = ()


def moved(layout: Layout, dx: float, dy: float, scale: float = 1.0) -> Layout:
    """The same layout, scaled about the origin and then shifted."""

    def m(shape: Shape) -> Shape:
        if isinstance(shape, LineShape):
            return replace(
                shape,
                x1=shape.x1 * scale + dx,
                y1=shape.y1 * scale + dy,
                x2=shape.x2 * scale + dx,
                y2=shape.y2 * scale + dy,
                width=shape.width * scale,
            )
        if isinstance(shape, RectShape):
            return replace(
                shape,
                x=shape.x * scale + dx,
                y=shape.y * scale + dy,
                w=shape.w * scale,
                h=shape.h * scale,
                width=shape.width * scale,
                radius=shape.radius * scale,
            )
        if isinstance(shape, PolygonShape):
            pts = tuple(v * scale + (dx if i % 2 == 0 else dy) for i, v in enumerate(shape.points))
            return replace(shape, points=pts, width=shape.width * scale)
        if isinstance(shape, CircleShape):
            return replace(
                shape,
                cx=shape.cx * scale + dx,
                cy=shape.cy * scale + dy,
                r=shape.r * scale,
                width=shape.width * scale,
            )
        return replace(
            shape,
            x=shape.x * scale + dx,
            y=shape.y * scale + dy,
            size=shape.size * scale,
            max_width=None if shape.max_width is None else shape.max_width * scale,
        )

    hits = tuple(
        replace(h, x=h.x * scale + dx, y=h.y * scale + dy, w=h.w * scale, h=h.h * scale)
        for h in layout.hits
    )
    return Layout(
        layout.width * scale, layout.height * scale, tuple(m(s) for s in layout.shapes), hits
    )


def stacked(parts: Iterable[tuple[Layout, float, float]], width: float, height: float) -> Layout:
    """Several layouts placed at (x, y) on one canvas of ``width`` × ``height``."""
    shapes: list[Shape] = []
    hits: list[HitArea] = []
    for part, x, y in parts:
        placed = moved(part, x, y)
        shapes += placed.shapes
        hits += placed.hits
    return Layout(width, height, tuple(shapes), tuple(hits))


# -- the scene: beam, post, baskets, blocks


def _lines_room(height: float, size: float) -> int:
    """How many lines of ``size`` a block of ``height`` holds (at least one)."""
    lines = 1
    while lines < BLOCK_LINES and height >= (lines * LEADING + 1.12) * size + 6:
        lines += 1
    return lines


def _fitted(
    text: str, measure: Measure, max_width: float, height: float, size: float
) -> tuple[float, int]:
    """The largest font step and the fewest lines at which ``text`` shows whole; the
    smallest step with all its lines when nothing does (the renderer then shortens it)."""
    chosen = (size, _lines_room(height, size))
    for step in BLOCK_TEXT_STEPS:
        trial = size * step
        room = _lines_room(height, trial)
        chosen = (trial, room)

        def width_of(value: str, at: float = trial) -> float:
            return measure(value, at, False)

        for count in range(1, room + 1):
            shown = wrap(text, width_of, max_width, count)
            if " ".join(shown).split() == text.split():
                return trial, count
    return chosen


def _block_shapes(
    block: Block, ex: float, ey: float, words: BalanceWords, measure: Measure | None = None
) -> tuple[list[Shape], HitArea]:
    x, y = ex + block.dx, ey + block.dy
    shapes: list[Shape] = [
        RectShape(x, y, block.width, block.height, block.style.fill, block.style.edge, 1.6, 4.0)
    ]
    if block.height >= 12:
        base = size = min(19.0, block.height * 0.48)
        pip = min(6.0, block.height * 0.2)
        pips_w = block.weight * (pip + 2)
        code_w = size * 2.3
        max_width = block.width - code_w - pips_w - 22
        if measure is None:  # on screen: the tooltip holds the whole text
            lines = 2 if block.height >= size * 2.3 + 6 else 1
        else:
            size, lines = _fitted(block.text, measure, max_width, block.height, size)
        # The lines centred in the block (the screen keeps its long-standing offset).
        shift = size * 0.6 if measure is None and lines == 2 else (lines - 1) * size * LEADING / 2
        first = y + block.height / 2 + size * 0.36 - shift
        shapes.append(
            TextShape(x + 7, first, block.style.code, base, bold=True, colour=block.style.edge)
        )
        shapes.append(
            TextShape(
                x + 7 + code_w,
                first,
                block.text,
                size,
                max_width=max_width,
                lines=lines,
            )
        )
        # The weight as pips: as many small squares as the factor weighs.
        for i in range(block.weight):
            px = x + block.width - 8 - (i + 1) * (pip + 2) + 2
            shapes.append(RectShape(px, y + (block.height - pip) / 2, pip, pip, INK, None, 0))
    elif block.height >= 8:  # too thin for words: the domain's code still shows
        size = block.height * 0.8
        shapes.append(
            TextShape(
                x + 7,
                y + block.height * 0.82,
                block.style.code,
                size,
                True,
                colour=block.style.edge,
            )
        )
    tip = words.block_tip.format(code=block.style.code, text=block.text, weight=block.weight)
    return shapes, HitArea(x, y, block.width, block.height, position=block.position, tip=tip)


def _basket_shapes(
    basket: Basket, tilt: float, words: BalanceWords, measure: Measure | None = None
) -> tuple[list[Shape], list[HitArea]]:
    ex, ey = beam_end(basket.side, tilt)
    top = ey + HANGER
    floor = top + BASKET_DEPTH
    shapes: list[Shape] = [
        LineShape(ex, ey, ex, top, WOOD, 3.0),
        LineShape(ex - BASKET_HALF, top, ex + BASKET_HALF, top, WOOD, 3.0),
        LineShape(ex - BASKET_HALF, top, ex - BASKET_HALF, floor, RULE, 1.6),
        LineShape(ex + BASKET_HALF, top, ex + BASKET_HALF, floor, RULE, 1.6),
        RectShape(ex - BASKET_HALF - 8, floor, 2 * BASKET_HALF + 16, 9, WOOD, None, 0, 3),
        CircleShape(ex, ey, 6, WOOD, None, 0),
    ]
    hits: list[HitArea] = []
    for block in basket.blocks:
        block_shapes, hit = _block_shapes(block, ex, ey, words, measure)
        shapes += block_shapes
        hits.append(hit)
    shapes.append(
        TextShape(ex, floor + 42, words.side_total(basket.side, basket.total), 28, True, "middle")
    )
    return shapes, hits


def scene(
    drawing: BalanceDrawing, tilt: float | None = None, *, measure: Measure | None = None
) -> Layout:
    """The balance itself, ``SCENE_W`` × ``SCENE_H``; ``tilt`` overrides the drawing's
    angle while the screen animates toward it.  With ``measure`` (the renderer's text
    width, for paper) the blocks' texts wrap and shrink to show whole."""
    angle = drawing.tilt if tilt is None else tilt
    px, py = PIVOT
    lx, ly = beam_end(BalanceSide.CAPACITY, angle)
    rx, ry = beam_end(BalanceSide.BURDEN, angle)
    shapes: list[Shape] = [
        TextShape(12, 38, drawing.capacity.title, 27, True, "start", CAPACITY_LINE),
        TextShape(SCENE_W - 12, 38, drawing.burden.title, 27, True, "end", BURDEN_LINE),
        PolygonShape((px, py, px - 34, POST_FOOT, px + 34, POST_FOOT), "#e9dfd3", WOOD, 2.0),
        RectShape(px - 90, POST_FOOT, 180, 14, WOOD, None, 0, 4),
        LineShape(lx, ly, rx, ry, WOOD, 12.0),
        CircleShape(px, py, 12, "#ffffff", WOOD, 3.0),
    ]
    hits: list[HitArea] = []
    for basket in drawing.baskets():
        basket_shapes, basket_hits = _basket_shapes(basket, angle, drawing.words, measure)
        shapes += basket_shapes
        hits += basket_hits
    shapes.append(TextShape(px, SCENE_H - 6, drawing.verdict, 23, False, "middle", MUTED))
    return Layout(SCENE_W, SCENE_H, tuple(shapes), tuple(hits))


# -- legend and per-domain breakdown


def legend(drawing: BalanceDrawing, width: float, columns: int = 3) -> Layout:
    """The domains in this assessment: colour, code and name (colour never alone)."""
    row_h = 30.0
    column_w = width / columns
    shapes: list[Shape] = [TextShape(0, 20, drawing.words.legend_title, 18, True)]
    for i, item in enumerate(drawing.legend):
        x = (i % columns) * column_w
        y = 34 + (i // columns) * row_h
        shapes.append(RectShape(x, y, 40, 22, item.style.fill, item.style.edge, 1.6, 4))
        shapes.append(
            TextShape(x + 20, y + 16, item.style.code, 14, True, "middle", item.style.edge)
        )
        shapes.append(TextShape(x + 48, y + 16, item.name, 15, max_width=column_w - 56))
    rows = (len(drawing.legend) + columns - 1) // columns
    return Layout(width, 40 + rows * row_h, tuple(shapes))


def breakdown(drawing: BalanceDrawing, width: float, *, titled: bool = True) -> Layout:
    """Per life domain: what helps (to the left of the middle) and what weighs (right)."""
    row_h = 44.0
    label_w = width * 0.5
    middle = label_w + (width - label_w) / 2
    half = (width - label_w) / 2 - 40
    top = 70.0 if titled else 40.0
    head = top - 14
    words = drawing.words
    shapes: list[Shape] = [
        TextShape(0, 22, words.breakdown_title if titled else "", 23, True),
        TextShape(middle - 8, head, f"◀ {words.capacity_key}", 17, False, "end", CAPACITY_LINE),
        TextShape(middle + 8, head, f"{words.burden_key} ▶", 17, False, "start", BURDEN_LINE),
    ]
    biggest = max(drawing.breakdown_max, 1)
    for i, row in enumerate(drawing.breakdown):
        y = top + i * row_h
        shapes.append(RectShape(0, y + 6, 42, 28, row.style.fill, row.style.edge, 1.6, 4))
        shapes.append(TextShape(21, y + 25, row.style.code, 16, True, "middle", row.style.edge))
        shapes.append(TextShape(50, y + 25, row.name, 19, max_width=label_w - 54))
        if row.capacity:
            w = half * row.capacity / biggest
            shapes.append(RectShape(middle - w, y + 8, w, 24, row.style.fill, CAPACITY_LINE, 1.4))
        shapes.append(
            TextShape(
                middle - 6 - half * row.capacity / biggest - 4,
                y + 26,
                str(row.capacity),
                18,
                True,
                "end",
                CAPACITY_LINE,
            )
        )
        if row.burden:
            w = half * row.burden / biggest
            shapes.append(RectShape(middle, y + 8, w, 24, row.style.fill, BURDEN_LINE, 1.4))
        shapes.append(
            TextShape(
                middle + 6 + half * row.burden / biggest + 4,
                y + 26,
                str(row.burden),
                18,
                True,
                "start",
                BURDEN_LINE,
            )
        )
    bottom = top + max(len(drawing.breakdown), 1) * row_h
    shapes.insert(3, LineShape(middle, top - 2, middle, bottom, RULE, 1.4))
    if not drawing.breakdown:
        shapes.append(TextShape(0, top + 24, drawing.words.no_factors, 15, colour=MUTED))
    return Layout(width, bottom + 6, tuple(shapes))


# -- the trend


def _grid_step(y_max: int) -> int:
    return 5 if y_max <= 30 else 10 if y_max <= 60 else 20


def trend_chart(
    chart: Trend, width: float, height: float, size: float = 15.0, *, titled: bool = True
) -> Layout:
    """Both sums per assessment over time: draagkracht a solid line with round points,
    draaglast a dashed line with square points; the shown assessment has a band behind it."""
    left, right = size * 2.6, size * 1.2
    top, bottom = size * 3.2, size * 2.4
    plot_w, plot_h = width - left - right, height - top - bottom
    shapes: list[Shape] = []
    if titled:
        shapes.append(TextShape(0, size * 1.1, chart.title, size * 1.2, True))
    # the key, in the top line
    kx = width - right
    shapes += [
        TextShape(kx, size * 2.4, chart.words.burden_key, size, False, "end", BURDEN_LINE),
        LineShape(kx - size * 8.4, size * 2.0, kx - size * 6.2, size * 2.0, BURDEN_LINE, 2.4, True),
        RectShape(kx - size * 7.6, size * 1.7, size * 0.6, size * 0.6, BURDEN_LINE, None, 0),
        TextShape(
            kx - size * 9.4, size * 2.4, chart.words.capacity_key, size, False, "end", CAPACITY_LINE
        ),
        LineShape(kx - size * 19.2, size * 2.0, kx - size * 17, size * 2.0, CAPACITY_LINE, 2.4),
        CircleShape(kx - size * 18.1, size * 2.0, size * 0.32, CAPACITY_LINE, None, 0),
    ]
    step = _grid_step(chart.y_max)
    for value in range(0, chart.y_max + 1, step):
        y = top + plot_h * (1 - value / chart.y_max)
        shapes.append(LineShape(left, y, left + plot_w, y, "#d9dee4" if value else RULE, 1.0))
        shapes.append(
            TextShape(left - 6, y + size * 0.35, str(value), size * 0.85, False, "end", MUTED)
        )
    if not chart.marks:
        shapes.append(
            TextShape(left + 8, top + plot_h / 2, chart.words.no_assessments, size, colour=MUTED)
        )
        return Layout(width, height, tuple(shapes))

    def px(x: float) -> float:
        inset = min(size * 1.5, plot_w / 4)
        return left + inset + x * (plot_w - 2 * inset)

    def py(y: float) -> float:
        return top + plot_h * (1 - y)

    hits: list[HitArea] = []
    label_every = max(1, math.ceil(len(chart.marks) * size * 6.2 / max(plot_w, 1)))
    for i, mark in enumerate(chart.marks):
        x = px(mark.x)
        if mark.balance_id == chart.chosen_id:
            shapes.insert(1, RectShape(x - size * 0.9, top, size * 1.8, plot_h, CHOSEN, None, 0))
        last = i == len(chart.marks) - 1
        if i % label_every == 0 or last or mark.balance_id == chart.chosen_id:
            shapes.append(
                TextShape(
                    x,
                    top + plot_h + size * 1.3,
                    mark.assessed_on.strftime("%d/%m/%y"),
                    size * 0.8,
                    False,
                    "middle",
                    MUTED,
                )
            )
        tip = chart.words.trend_tip.format(
            date=f"{mark.assessed_on:%d/%m/%Y}", capacity=mark.capacity, burden=mark.burden
        )
        reach = size * 0.9
        hits.append(HitArea(x - reach, top, 2 * reach, plot_h, mark.balance_id, tip=tip))
    for a, b in zip(chart.marks, chart.marks[1:], strict=False):
        shapes.append(
            LineShape(px(a.x), py(a.y_capacity), px(b.x), py(b.y_capacity), CAPACITY_LINE, 2.6)
        )
        shapes.append(
            LineShape(px(a.x), py(a.y_burden), px(b.x), py(b.y_burden), BURDEN_LINE, 2.6, True)
        )
    r = size * 0.36
    for mark in chart.marks:
        x = px(mark.x)
        shapes.append(CircleShape(x, py(mark.y_capacity), r, CAPACITY_LINE, "#ffffff", 1.2))
        shapes.append(
            RectShape(x - r, py(mark.y_burden) - r, 2 * r, 2 * r, BURDEN_LINE, "#ffffff", 1.2)
        )
    return Layout(width, height, tuple(shapes), tuple(hits))


# -- the whole picture, as on the PNG


def overview(
    drawing: BalanceDrawing,
    tilt: float | None = None,
    *,
    with_legend: bool = True,
    breakdown_below: bool = False,
) -> Layout:
    """The scene with the per-domain breakdown beside it and (on paper) the legend
    beneath; on screen the breakdown's rows name the domains and the lists beside do.
    ``breakdown_below`` stacks the breakdown under the scene, for a tall, narrow space."""
    side_w = 600.0
    gap = 40.0
    detail = breakdown(drawing, side_w)
    if breakdown_below:
        x = (SCENE_W - side_w) / 2
        return stacked(
            [(scene(drawing, tilt), 0.0, 0.0), (detail, x, SCENE_H + gap)],
            SCENE_W,
            SCENE_H + gap + detail.height,
        )
    parts = [(scene(drawing, tilt), 0.0, 0.0), (detail, SCENE_W + gap, 10.0)]
    height = max(SCENE_H, detail.height)
    if with_legend:
        key = legend(drawing, SCENE_W, columns=3)
        parts.append((key, 0.0, SCENE_H + 20))
        height = max(SCENE_H + 20 + key.height, detail.height)
    return stacked(parts, SCENE_W + gap + side_w, height)


def whole_picture(drawing: BalanceDrawing, trend_height: float = 380.0) -> Layout:
    """Title, overview, trend and the caption: the PNG export."""
    body = overview(drawing)
    width = body.width
    chart = trend_chart(drawing.trend, width, trend_height, size=17)
    title = Layout(width, 56, (TextShape(0, 36, drawing.title, 30, True),))
    caption = Layout(width, 40, (TextShape(0, 28, drawing.caption, 17, colour=MUTED),))
    y_body = title.height + 10
    y_chart = y_body + body.height + 30
    y_caption = y_chart + chart.height + 10
    margin = 30.0
    inner = stacked(
        [(title, 0, 0), (body, 0, y_body), (chart, 0, y_chart), (caption, 0, y_caption)],
        width,
        y_caption + caption.height,
    )
    return moved(
        Layout(inner.width + 2 * margin, inner.height + 2 * margin, inner.shapes, inner.hits),
        margin,
        margin,
    )


def wrap(text: str, width_of: Callable[[str], float], max_width: float, lines: int) -> list[str]:
    """Words onto at most ``lines`` lines of ``max_width``; the last line ends in "…"
    when the text does not fit.  ``width_of`` is the renderer's own text measure."""
    if max_width <= width_of("…"):
        return []
    words = text.split()
    out: list[str] = []
    current = ""
    while words:
        candidate = f"{current} {words[0]}".strip()
        if width_of(candidate) <= max_width or not current:
            current = candidate
            words.pop(0)
            continue
        out.append(current)
        current = ""
        if len(out) == lines:
            break
    if current:
        out.append(current)
    if len(out) > lines or words:
        out = out[:lines]
        rest = " ".join([out[-1], *words]) if words else out[-1]
        out[-1] = _elide(rest, width_of, max_width)
    elif width_of(out[-1] if out else "") > max_width:
        out[-1] = _elide(out[-1], width_of, max_width)
    return out


def _elide(text: str, width_of: Callable[[str], float], max_width: float) -> str:
    if width_of(text) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(text[:middle].rstrip() + "…") <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
