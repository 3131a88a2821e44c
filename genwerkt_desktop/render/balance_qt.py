"""The balance's shapes painted with QPainter: on screen (the Balans tab) and in the PNG.

The shapes come from :mod:`genwerkt_desktop.domain.balance_shapes`, the same ones the
reportlab renderer draws for the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing
from genwerkt_desktop.domain.balance_shapes import (
    LEADING,
    CircleShape,
    Layout,
    LineShape,
    PolygonShape,
    RectShape,
    Shape,
    TextShape,
    whole_picture,
    wrap,
)

from .qt_image import picture_font, write_png

PNG_WIDTH = 1800  # pixels; the height follows the picture


@lru_cache(maxsize=256)
def _pen(colour: str | None, width: float, dashed: bool = False) -> QPen:
    if colour is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


@lru_cache(maxsize=64)
def _colour(value: str) -> QColor:
    return QColor(value)


def _brush(painter: QPainter, fill: str | None) -> None:
    if fill is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(_colour(fill))


@lru_cache(maxsize=64)
def _font(pixels: int, bold: bool) -> tuple[QFont, QFontMetricsF]:
    font = picture_font(10, bold)
    font.setPixelSize(max(1, pixels))
    return font, QFontMetricsF(font)


def _text(painter: QPainter, shape: TextShape) -> None:
    font, metrics = _font(round(shape.size), shape.bold)
    lines = [shape.text]
    if shape.max_width is not None:
        lines = wrap(shape.text, metrics.horizontalAdvance, shape.max_width, shape.lines)
    painter.setFont(font)
    painter.setPen(_colour(shape.colour))
    for number, text in enumerate(lines):
        width = metrics.horizontalAdvance(text)
        x = shape.x
        if shape.anchor == "middle":
            x -= width / 2
        elif shape.anchor == "end":
            x -= width
        painter.drawText(QPointF(x, shape.y + number * shape.size * LEADING), text)


def paint_shapes(painter: QPainter, shapes: Sequence[Shape]) -> None:
    """Paint shapes in the painter's current coordinates (one unit: one device pixel
    unless the caller scaled the painter)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for shape in shapes:
        if isinstance(shape, TextShape):
            _text(painter, shape)
        elif isinstance(shape, LineShape):
            painter.setPen(_pen(shape.colour, shape.width, shape.dashed))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, RectShape):
            painter.setPen(_pen(shape.edge, shape.width))
            _brush(painter, shape.fill)
            rect = QRectF(shape.x, shape.y, shape.w, shape.h)
            if shape.radius:
                painter.drawRoundedRect(rect, shape.radius, shape.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(shape, CircleShape):
            painter.setPen(_pen(shape.edge, shape.width))
            _brush(painter, shape.fill)
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, PolygonShape):
            painter.setPen(_pen(shape.edge, shape.width))
            _brush(painter, shape.fill)
            pts = shape.points
            painter.drawPolygon(
                QPolygonF([QPointF(pts[i], pts[i + 1]) for i in range(0, len(pts), 2)])
            )
    painter.restore()


def fit(layout: Layout, target: QRectF) -> tuple[float, float, float]:
    """Scale and offset that fit ``layout`` into ``target``, centred, aspect kept."""
    if layout.width <= 0 or layout.height <= 0:
        return 1.0, target.x(), target.y()
    scale = min(target.width() / layout.width, target.height() / layout.height)
    dx = target.x() + (target.width() - layout.width * scale) / 2
    dy = target.y() + (target.height() - layout.height * scale) / 2
    return scale, dx, dy


def paint_fitted(painter: QPainter, layout: Layout, target: QRectF) -> tuple[float, float, float]:
    """Paint a layout scaled into ``target``; returns (scale, dx, dy) for hit tests."""
    scale, dx, dy = fit(layout, target)
    painter.save()
    painter.translate(dx, dy)
    painter.scale(scale, scale)
    paint_shapes(painter, layout.shapes)
    painter.restore()
    return scale, dx, dy


def write_balance_png(drawing: BalanceDrawing, path: Path, width: int = PNG_WIDTH) -> Path:
    """The whole picture (balance, breakdown, legend, trend, caption) as a PNG."""
    layout = whole_picture(drawing)
    height = round(width * layout.height / layout.width)

    def paint(painter: QPainter) -> None:
        paint_fitted(painter, layout, QRectF(0, 0, width, height))

    return write_png(path, width, height, paint)
