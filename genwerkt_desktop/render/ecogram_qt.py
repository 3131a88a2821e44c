"""The ecogram's shapes painted with QPainter: the editor's scene items and the PNG.

The shapes come from :mod:`genwerkt_desktop.domain.ecogram_layout`, laid out with this
module's text measure (Qt's own metrics of the shipped font), the same shapes the
reportlab painter draws for the PDF and SVG.  Shapes are in points; ``unit`` is how many
pixels a point takes here, and fonts are set in whole pixels at that scale.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from genwerkt_desktop.domain.ecogram_drawing import EcogramDrawing
from genwerkt_desktop.domain.ecogram_page import PAGE_HEIGHT, sheet_layout
from genwerkt_desktop.domain.ecogram_shapes import (
    CircleShape,
    Dash,
    LineShape,
    Measure,
    PolygonShape,
    PolylineShape,
    Shape,
    TextShape,
)

from .qt_image import offscreen_gui, picture_font, write_png

# The PNG: a landscape page at about 150 dpi, the map left, the legend right.
PNG_WIDTH = 1750
PNG_HEIGHT = 1150


@lru_cache(maxsize=128)
def _font_and_metrics(pixels: int, bold: bool, thread: int) -> tuple[QFont, QFontMetricsF]:
    # Fonts and their metrics are made once per size (and per thread: the PNG export
    # paints in the worker while the screen paints here); a map has hundreds of labels.
    chosen = picture_font(10, bold)
    chosen.setPixelSize(pixels)
    return chosen, QFontMetricsF(chosen)


def _pixels(points: float, unit: float) -> int:
    return max(1, round(points * unit))


@lru_cache(maxsize=4096)
def _advance(text: str, pixels: int, bold: bool, thread: int) -> float:
    return _font_and_metrics(pixels, bold, thread)[1].horizontalAdvance(text)


def _width(text: str, points: float, unit: float, bold: bool) -> float:
    """How many pixels ``text`` takes, as painted at ``unit`` pixels per point."""
    return _advance(text, _pixels(points, unit), bold, threading.get_ident())


def measure_at(unit: float) -> Measure:
    """The text measure (in points) of what this painter paints at ``unit`` pixels per
    point: the layout then sizes every label's patch and tag to the painted words."""
    offscreen_gui()  # font metrics need a Qt application, also on the command line

    def measure(text: str, size: float, bold: bool) -> float:
        return _width(text, size, unit, bold) / unit

    return measure


def png_unit(height: int = PNG_HEIGHT) -> float:
    return height / PAGE_HEIGHT


@lru_cache(maxsize=64)
def _colour(value: str, opacity: float = 1.0) -> QColor:
    chosen = QColor(value)
    chosen.setAlphaF(opacity)
    return chosen


def _pen(colour: str | None, width: float, dash: Dash, unit: float) -> QPen:
    if colour is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(_colour(colour), width * unit)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dash:
        # Qt measures dashes in pen widths; the shapes give points.
        pen.setDashPattern([d / max(width, 0.01) for d in dash])
    return pen


def _brush(fill: str | None, opacity: float = 1.0) -> QBrush:
    return QBrush(Qt.BrushStyle.NoBrush) if fill is None else QBrush(_colour(fill, opacity))


class _Place:
    """Points to pixels: ``unit`` pixels a point, the origin at (``dx``, ``dy``) pixels."""

    def __init__(self, unit: float, dx: float, dy: float) -> None:
        self.unit, self.dx, self.dy = unit, dx, dy

    def xy(self, x: float, y: float) -> QPointF:
        return QPointF(self.dx + x * self.unit, self.dy + y * self.unit)

    def polygon(self, points: tuple[float, ...]) -> QPolygonF:
        return QPolygonF([self.xy(points[i], points[i + 1]) for i in range(0, len(points), 2)])

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(
            self.dx + x * self.unit, self.dy + y * self.unit, w * self.unit, h * self.unit
        )


def _text(painter: QPainter, place: _Place, shape: TextShape) -> None:
    pixels = _pixels(shape.size, place.unit)
    font = _font_and_metrics(pixels, shape.bold, threading.get_ident())[0]
    width = _advance(shape.text, pixels, shape.bold, threading.get_ident())
    at = place.xy(shape.x, shape.y)
    shift = {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
    painter.setFont(font)
    painter.setPen(_colour(shape.colour))
    painter.drawText(QPointF(at.x() - shift, at.y()), shape.text)


def _paint(painter: QPainter, place: _Place, shape: Shape) -> None:
    unit = place.unit
    if isinstance(shape, TextShape):
        _text(painter, place, shape)
    elif isinstance(shape, LineShape):
        painter.setPen(_pen(shape.colour, shape.width, shape.dash, unit))
        painter.drawLine(place.xy(shape.x1, shape.y1), place.xy(shape.x2, shape.y2))
    elif isinstance(shape, PolylineShape):
        painter.setPen(_pen(shape.colour, shape.width, (), unit))
        painter.setBrush(_brush(None))
        painter.drawPolyline(place.polygon(shape.points))
    elif isinstance(shape, PolygonShape):
        painter.setPen(_pen(shape.edge, shape.width, (), unit))
        painter.setBrush(_brush(shape.fill))
        painter.drawPolygon(place.polygon(shape.points))
    elif isinstance(shape, CircleShape):
        painter.setPen(_pen(shape.edge, shape.width, shape.dash, unit))
        painter.setBrush(_brush(shape.fill))
        painter.drawEllipse(place.xy(shape.cx, shape.cy), shape.r * unit, shape.r * unit)
    else:
        rect = place.rect(shape.x, shape.y, shape.w, shape.h)
        if shape.fill is not None and shape.edge is None and not shape.radius:
            # A plain patch: hundreds of labels paint quickly.
            painter.fillRect(rect, _colour(shape.fill, shape.opacity))
            return
        painter.setPen(_pen(shape.edge, shape.width, shape.dash, unit))
        painter.setBrush(_brush(shape.fill, shape.opacity))
        radius = shape.radius * unit
        painter.drawRoundedRect(rect, radius, radius)


def paint_shapes(
    painter: QPainter, shapes: Iterable[Shape], unit: float, dx: float = 0.0, dy: float = 0.0
) -> None:
    """Paint shapes at ``unit`` pixels per point, their origin at (``dx``, ``dy``)."""
    place = _Place(unit, dx, dy)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for shape in shapes:
        _paint(painter, place, shape)
    painter.restore()


def write_ecogram_png(
    drawing: EcogramDrawing,
    path: Path,
    notes: Sequence[str] = (),
    width: int = PNG_WIDTH,
    height: int = PNG_HEIGHT,
) -> Path:
    """The page as a PNG (works offscreen, from the command line too)."""
    offscreen_gui()
    unit = png_unit(height)
    layout = sheet_layout(drawing, measure_at(unit), notes, width / unit, PAGE_HEIGHT)
    return write_png(path, width, height, lambda p: paint_shapes(p, layout.shapes, unit))
