"""The ecogram drawing description painted with QPainter: the editor's scene items and the
PNG export both call these functions, with the measures reportlab uses for paper
(``ecogram_style``), so the screen, the PNG, the PDF and the SVG show one map.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from genwerkt_desktop.domain.ecogram_compare_drawing import (
    ComparedLine,
    ComparedMember,
    TagSide,
    line_tag_box,
    line_tag_point,
    tag_box,
)
from genwerkt_desktop.domain.ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    EcogramDrawing,
    LegendEntry,
    Line,
    Mark,
    Member,
    Stroke,
    Tone,
)

from . import ecogram_style as style
from .qt_image import picture_font, write_png

# The PNG: a landscape page at about 150 dpi, the map left, the legend right.
PNG_WIDTH = 1750
PNG_HEIGHT = 1150


_COLOURS = {tone: QColor(hex_) for tone, hex_ in style.PALETTE_HEX.items()}
_WHITE = QColor("white")
_NO_BRUSH = Qt.BrushStyle.NoBrush


def colour(tone: Tone) -> QColor:
    return _COLOURS[tone]


@dataclass(frozen=True)
class Frame:
    """The [-1, 1] square around ``centre``, ``half`` pixels from centre to edge (y down,
    as in the drawing description); ``unit`` turns the style's points into pixels."""

    centre: QPointF
    half: float

    @property
    def unit(self) -> float:
        return self.half / style.REFERENCE_HALF

    def xy(self, x: float, y: float) -> QPointF:
        return QPointF(self.centre.x() + x * self.half, self.centre.y() + y * self.half)

    def pt(self, points: float) -> float:
        return points * self.unit


@lru_cache(maxsize=128)
def _font_and_metrics(pixels: int, bold: bool, thread: int) -> tuple[QFont, QFontMetricsF]:
    # Fonts and their metrics are made once per size (and per thread: the PNG export
    # paints in the worker while the screen paints here); a map has hundreds of labels.
    chosen = picture_font(10, bold)
    chosen.setPixelSize(pixels)
    return chosen, QFontMetricsF(chosen)


def _sized(points: float, unit: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
    return _font_and_metrics(max(1, round(points * unit)), bold, threading.get_ident())


@lru_cache(maxsize=4096)
def _advance(text: str, pixels: int, bold: bool, thread: int) -> float:
    return _font_and_metrics(pixels, bold, thread)[1].horizontalAdvance(text)


def text_width(text: str, points: float, unit: float, bold: bool = False) -> float:
    return _advance(text, max(1, round(points * unit)), bold, threading.get_ident())


def font(points: float, unit: float, *, bold: bool = False) -> QFont:
    return _sized(points, unit, bold)[0]


def _pen(tone: Tone, width: float, *, dashed: bool = False, unit: float = 1.0) -> QPen:
    pen = QPen(colour(tone), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dashed:
        # Qt measures dashes in pen widths; the style gives points.
        pen.setDashPattern([d * unit / max(width, 0.01) for d in style.DASH])
    return pen


def _points(points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _arrow(painter: QPainter, tip: QPointF, source: QPointF, tone: Tone, unit: float) -> None:
    head = style.arrow_head(tip.x(), tip.y(), source.x(), source.y(), style.ARROW_SIZE * unit)
    painter.setPen(QPen(colour(tone), 1.0))
    painter.setBrush(QBrush(colour(tone)))
    painter.drawPolygon(_points(head))


def paint_line(painter: QPainter, frame: Frame, line: Line, *, with_tag: bool = True) -> None:
    """One tie in Hartman's notation: thick, solid, dashed or zigzag; cut mark; arrows;
    in a comparison the tag of a changed tie between two members (unless ``with_tag`` is
    false: the whole map paints its line tags after all lines)."""
    a, b = frame.xy(line.x1, line.y1), frame.xy(line.x2, line.y2)
    unit = frame.unit
    width = frame.pt(style.WIDTHS[line.stroke])
    painter.setBrush(_NO_BRUSH)
    painter.setPen(_pen(line.tone, width, dashed=line.stroke is Stroke.DASHED, unit=unit))
    if line.stroke is Stroke.ZIGZAG:
        points = style.zigzag(a.x(), a.y(), b.x(), b.y(), frame.pt(style.ZIGZAG_AMPLITUDE))
        painter.drawPolyline(_points(points))
    else:
        painter.drawLine(a, b)
    if line.cut_mark:
        painter.setPen(_pen(line.tone, frame.pt(style.CUT_WIDTH)))
        marks = style.cut_marks(
            a.x(), a.y(), b.x(), b.y(), frame.pt(style.CUT_HALF_LENGTH), frame.pt(style.CUT_GAP)
        )
        for x1, y1, x2, y2 in marks:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    if line.arrow_at_start:
        _arrow(painter, a, b, line.tone, unit)
    if line.arrow_at_end:
        _arrow(painter, b, a, line.tone, unit)
    if with_tag:
        paint_line_tag(painter, frame, line)


def _tag_tone(mark: Mark) -> Tone:
    return {Mark.JOINED: Tone.SUPPORT, Mark.LEFT: Tone.MUTED}.get(mark, Tone.INK)


def line_tag_rect(frame: Frame, line: ComparedLine) -> QRectF:
    """Where the tag of a changed tie between two members sits, on the line."""
    unit = frame.unit
    centre = frame.xy(*line_tag_point(line))
    box = line_tag_box(text_width(line.change, style.TAG_FONT, unit, True) / unit)
    return QRectF(
        centre.x() + box.left * unit,
        centre.y() + box.top * unit,
        (box.right - box.left) * unit,
        (box.bottom - box.top) * unit,
    )


def paint_line_tag(painter: QPainter, frame: Frame, line: Line) -> None:
    """The word on a changed tie between two members (comparison only)."""
    if isinstance(line, ComparedLine) and line.change:
        rect = line_tag_rect(frame, line)
        _tag(
            painter, rect.center().x(), rect.bottom(), line.change, _tag_tone(line.mark), frame.unit
        )


def _text(
    painter: QPainter,
    centre_x: float,
    baseline: float,
    text: str,
    points: float,
    unit: float,
    *,
    bold: bool = False,
    tone: Tone = Tone.INK,
) -> None:
    chosen = font(points, unit, bold=bold)
    width = text_width(text, points, unit, bold)
    painter.setFont(chosen)
    painter.setPen(QPen(colour(tone)))
    painter.drawText(QPointF(centre_x - width / 2, baseline), text)


def label_rect(centre: QPointF, radius: float, text: str, unit: float) -> QRectF:
    """Where a member's label sits (below the member), also for hit-testing in the editor."""
    width = text_width(text, style.LABEL_FONT, unit) + 4 * unit
    baseline = centre.y() + radius + style.LABEL_GAP * unit
    top = baseline - style.LABEL_FONT * unit - 0.2 * unit
    return QRectF(centre.x() - width / 2, top, width, (style.LABEL_FONT + 2.4) * unit)


def tag_rect(centre: QPointF, frame: Frame, member: Member) -> QRectF:
    """Where a member's tag sits (above it unless the comparison chose another side)."""
    unit = frame.unit
    side = member.tag_side if isinstance(member, ComparedMember) else TagSide.ABOVE
    width = text_width(member.change, style.TAG_FONT, unit, True) / unit
    radius = NODE_RADIUS * frame.half / unit
    box = tag_box(side, radius, width, member.mark is Mark.JOINED)
    return QRectF(
        centre.x() + box.left * unit,
        centre.y() + box.top * unit,
        (box.right - box.left) * unit,
        (box.bottom - box.top) * unit,
    )


def _tag(painter: QPainter, x: float, bottom: float, text: str, tone: Tone, unit: float) -> None:
    width = text_width(text, style.TAG_FONT, unit, True) + 6 * unit
    height = (style.TAG_FONT + 4) * unit
    painter.setPen(QPen(colour(tone), 0.9 * unit))
    painter.setBrush(QBrush(_WHITE))
    painter.drawRoundedRect(
        QRectF(x - width / 2, bottom - height, width, height), 3 * unit, 3 * unit
    )
    _text(painter, x, bottom - 2.4 * unit, text, style.TAG_FONT, unit, bold=True, tone=tone)


def _node_shape(
    painter: QPainter, centre: QPointF, radius: float, square: bool, unit: float
) -> None:
    if square:
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawRoundedRect(box, 4 * unit, 4 * unit)
    else:
        painter.drawEllipse(centre, radius, radius)


def paint_member(painter: QPainter, centre: QPointF, frame: Frame, member: Member) -> None:
    """A person (circle) or organisation (rounded square) with label, badges and tag."""
    unit = frame.unit
    radius = NODE_RADIUS * frame.half
    left = member.mark is Mark.LEFT
    tone = Tone.MUTED if left else Tone.INK
    if member.mark is Mark.JOINED:
        painter.setPen(QPen(colour(Tone.SUPPORT), style.JOINED_RING_WIDTH * unit))
        painter.setBrush(_NO_BRUSH)
        ring = radius + style.JOINED_RING_GAP * unit
        _node_shape(painter, centre, ring, member.is_organisation, unit)
    painter.setPen(_pen(tone, style.MEMBER_OUTLINE * unit, dashed=left, unit=unit))
    painter.setBrush(QBrush(_WHITE))
    _node_shape(painter, centre, radius, member.is_organisation, unit)
    patch = label_rect(centre, radius, member.label, unit)
    back = QColor(style.LABEL_BACKGROUND_HEX)
    back.setAlphaF(style.LABEL_BACKGROUND_ALPHA)
    painter.fillRect(patch, back)  # a plain patch: hundreds of labels paint quickly
    baseline = centre.y() + radius + style.LABEL_GAP * unit
    _text(painter, centre.x(), baseline, member.label, style.LABEL_FONT, unit, tone=tone)
    count = len(member.badges)
    for i, badge in enumerate(member.badges):
        bx = centre.x() + (-(count - 1) * style.BADGE_SPACING / 2 + i * style.BADGE_SPACING) * unit
        _text(
            painter, bx, centre.y() + 3 * unit, badge, style.BADGE_FONT, unit, bold=True, tone=tone
        )
    if member.change:
        rect = tag_rect(centre, frame, member)
        _tag(painter, rect.center().x(), rect.bottom(), member.change, _tag_tone(member.mark), unit)


def paint_client(painter: QPainter, frame: Frame, label: str) -> None:
    """The client in the centre: a double circle with the first name."""
    centre = frame.xy(0.0, 0.0)
    radius = CLIENT_RADIUS * frame.half
    unit = frame.unit
    painter.setBrush(QBrush(_WHITE))
    painter.setPen(QPen(colour(Tone.INK), style.CLIENT_OUTLINE * unit))
    painter.drawEllipse(centre, radius, radius)
    painter.setBrush(_NO_BRUSH)
    painter.setPen(QPen(colour(Tone.INK), 0.8 * unit))
    painter.drawEllipse(centre, radius - 3 * unit, radius - 3 * unit)
    wide = text_width(label, style.CLIENT_FONT, unit, bold=True)
    size = style.client_font(wide, 2 * (radius - 4 * unit))
    _text(painter, centre.x(), centre.y() + size * 0.4 * unit, label, size, unit, bold=True)


def paint_map(painter: QPainter, frame: Frame, drawing: EcogramDrawing) -> None:
    for line in drawing.lines:
        paint_line(painter, frame, line, with_tag=False)
    for line in drawing.lines:
        paint_line_tag(painter, frame, line)
    paint_client(painter, frame, drawing.client_label)
    for member in drawing.members:
        paint_member(painter, frame.xy(member.x, member.y), frame, member)


def _legend_sample(
    painter: QPainter, entry: LegendEntry, x: float, mid_y: float, unit: float
) -> None:
    x1, x2 = (x + s * unit for s in style.LEGEND_SAMPLE)
    centre = QPointF((x1 + x2) / 2, mid_y)
    sample = entry.sample
    painter.setBrush(_NO_BRUSH)
    if isinstance(sample, Stroke):
        width = style.WIDTHS[sample] * unit
        painter.setPen(_pen(entry.tone, width, dashed=sample is Stroke.DASHED, unit=unit))
        if sample is Stroke.ZIGZAG:
            points = style.zigzag(x1, mid_y, x2, mid_y, style.ZIGZAG_AMPLITUDE * unit)
            painter.drawPolyline(_points(points))
        else:
            painter.drawLine(QPointF(x1, mid_y), QPointF(x2, mid_y))
    elif sample in ("cut", "arrow"):
        painter.setPen(_pen(Tone.INK, 1.4 * unit))
        painter.drawLine(QPointF(x1, mid_y), QPointF(x2, mid_y))
        if sample == "cut":
            painter.setPen(_pen(Tone.INK, style.CUT_WIDTH * unit))
            half, gap = style.CUT_HALF_LENGTH * unit, style.CUT_GAP * unit
            for a, b, c, d in style.cut_marks(x1, mid_y, x2, mid_y, half, gap):
                painter.drawLine(QPointF(a, b), QPointF(c, d))
        else:
            _arrow(painter, QPointF(x2, mid_y), QPointF(x1, mid_y), Tone.INK, unit)
    elif sample == "joined":
        painter.setPen(QPen(colour(Tone.INK), unit))
        painter.setBrush(QBrush(_WHITE))
        painter.drawEllipse(centre, 5 * unit, 5 * unit)
        painter.setBrush(_NO_BRUSH)
        painter.setPen(QPen(colour(entry.tone), 1.8 * unit))
        painter.drawEllipse(centre, 7.5 * unit, 7.5 * unit)
    elif sample == "left":
        pen = _pen(entry.tone, 1.2 * unit)
        pen.setDashPattern([2.0, 1.3])
        painter.setPen(pen)
        painter.setBrush(QBrush(_WHITE))
        painter.drawEllipse(centre, 6 * unit, 6 * unit)
    elif sample == "changed":
        _tag(
            painter, centre.x(), mid_y + (style.TAG_FONT + 4) * unit / 2, "sterker", Tone.INK, unit
        )
    elif sample == "tie_left":
        painter.setPen(_pen(entry.tone, 1.4 * unit, dashed=True, unit=unit))
        painter.drawLine(QPointF(x1, mid_y), QPointF(x2, mid_y))
        bottom = mid_y + (style.TAG_FONT + 4) * unit / 2
        _tag(painter, centre.x(), bottom, "weg", entry.tone, unit)
    else:
        _text(
            painter, centre.x(), mid_y + 3 * unit, str(sample), style.LEGEND_FONT, unit, bold=True
        )


def paint_legend(
    painter: QPainter, entries: Sequence[LegendEntry], top_left: QPointF, unit: float
) -> float:
    """The legend, one row per entry; returns its height."""
    row = style.LEGEND_ROW * unit
    chosen = font(style.LEGEND_FONT, unit)
    for i, entry in enumerate(entries):
        mid_y = top_left.y() + i * row + row / 2
        _legend_sample(painter, entry, top_left.x(), mid_y, unit)
        painter.setFont(chosen)
        painter.setPen(QPen(colour(Tone.INK)))
        baseline = mid_y + style.LEGEND_FONT * unit * 0.35
        painter.drawText(QPointF(top_left.x() + style.LEGEND_TEXT_X * unit, baseline), entry.text)
    return row * len(entries)


def _wrapped(text: str, chosen: QFont, width: float) -> list[str]:
    metrics = QFontMetricsF(chosen)
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def paint_sheet(
    painter: QPainter,
    drawing: EcogramDrawing,
    width: float,
    height: float,
    notes: Sequence[str] = (),
) -> None:
    """A whole page: the caption, the map on the left, the legend (and notes) on the right."""
    unit = height / 595.0  # the PDF page is 595 points high: same proportions
    painter.setPen(QPen(colour(Tone.INK)))
    painter.setFont(font(15, unit, bold=True))
    painter.drawText(QPointF(40 * unit, 48 * unit), drawing.caption)
    size = min(height - 80 * unit, 500 * unit)
    margin = 58 * unit
    frame = Frame(QPointF(20 * unit + size / 2, 62 * unit + size / 2), size / 2 - margin)
    paint_map(painter, frame, drawing)
    column = min(545 * unit, width - style.LEGEND_WIDTH * unit - 20 * unit)
    painter.setFont(font(10, unit, bold=True))
    painter.setPen(QPen(colour(Tone.INK)))
    painter.drawText(QPointF(column, 90 * unit), "Legende")
    used = paint_legend(painter, drawing.legend, QPointF(column, 100 * unit), unit)
    if notes:
        y = 100 * unit + used + 30 * unit
        painter.setFont(font(10, unit, bold=True))
        painter.drawText(QPointF(column, y), "Wat veranderde")
        body = font(9, unit)
        painter.setFont(body)
        for note in notes:
            for part in _wrapped(note, body, width - column - 30 * unit):
                y += 13 * unit
                painter.drawText(QPointF(column, y), part)
            y += 4 * unit


def write_ecogram_png(
    drawing: EcogramDrawing,
    path: Path,
    notes: Sequence[str] = (),
    width: int = PNG_WIDTH,
    height: int = PNG_HEIGHT,
) -> Path:
    """The page as a PNG (works offscreen, from the command line too)."""
    return write_png(path, width, height, lambda p: paint_sheet(p, drawing, width, height, notes))


def member_outline(centre: QPointF, frame: Frame, member: Member) -> QPainterPath:
    """The area a member takes (shape, label and tag), for selecting it with the mouse."""
    radius = NODE_RADIUS * frame.half
    path = QPainterPath()
    path.addEllipse(centre, radius + 2, radius + 2)
    path.addRect(label_rect(centre, radius, member.label, frame.unit))
    if member.change:
        path.addRect(tag_rect(centre, frame, member))
    return path
