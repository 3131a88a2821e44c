"""The ecogram's shapes drawn with reportlab.graphics, for PDF and SVG.

The shapes come from :mod:`genwerkt_desktop.domain.ecogram_layout`, laid out with the
shipped font's real widths (:func:`paper_measure`); the Qt painter paints the same
shapes on screen and in the PNG, so paper and screen show one map.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from genwerkt_desktop.domain.ecogram_drawing import EcogramDrawing
from genwerkt_desktop.domain.ecogram_page import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    map_square,
    picture_layout,
    sheet_layout,
)
from genwerkt_desktop.domain.ecogram_shapes import (
    CircleShape,
    Layout,
    LineShape,
    PolygonShape,
    PolylineShape,
    Shape,
    TextShape,
)

from . import fonts
from .rtl import visual, visual_drawing


@lru_cache(maxsize=4096)
def paper_measure(text: str, size: float, bold: bool) -> float:
    """How wide a text prints in the shipped font (as the PDF prints it: right-to-left
    words joined and reordered)."""
    fonts.register()
    return float(stringWidth(visual(text), fonts.BOLD if bold else fonts.REGULAR, size))


@lru_cache(maxsize=64)
def _colour(value: str | None, opacity: float = 1.0) -> colors.Color | None:
    if value is None:
        return None
    chosen = colors.HexColor(value)
    return colors.Color(chosen.red, chosen.green, chosen.blue, alpha=opacity)


def _edge(edge: str | None, width: float, dash: tuple[float, ...] = ()) -> dict[str, object]:
    return {
        "strokeColor": _colour(edge),
        "strokeWidth": width if edge else 0,
        "strokeDashArray": list(dash) if dash else None,
    }


def _flipped(points: tuple[float, ...], height: float) -> list[float]:
    return [v if i % 2 == 0 else height - v for i, v in enumerate(points)]


def _shape(shape: Shape, height: float) -> object:
    """One shape as reportlab draws it (y grows upward there)."""
    if isinstance(shape, TextShape):
        return String(
            shape.x,
            height - shape.y,
            shape.text,
            fontName=fonts.BOLD if shape.bold else fonts.REGULAR,
            fontSize=shape.size,
            fillColor=_colour(shape.colour),
            textAnchor=shape.anchor,
        )
    if isinstance(shape, LineShape):
        return Line(
            shape.x1,
            height - shape.y1,
            shape.x2,
            height - shape.y2,
            **_edge(shape.colour, shape.width, shape.dash),
        )
    if isinstance(shape, PolylineShape):
        return PolyLine(_flipped(shape.points, height), **_edge(shape.colour, shape.width))
    if isinstance(shape, PolygonShape):
        return Polygon(
            _flipped(shape.points, height),
            fillColor=_colour(shape.fill),
            **_edge(shape.edge, shape.width),
        )
    if isinstance(shape, CircleShape):
        return Circle(
            shape.cx,
            height - shape.cy,
            shape.r,
            fillColor=_colour(shape.fill),
            **_edge(shape.edge, shape.width, shape.dash),
        )
    return Rect(
        shape.x,
        height - shape.y - shape.h,
        shape.w,
        shape.h,
        rx=shape.radius,
        ry=shape.radius,
        fillColor=_colour(shape.fill, shape.opacity),
        **_edge(shape.edge, shape.width, shape.dash),
    )


def layout_drawing(layout: Layout) -> Drawing:
    """A reportlab Drawing of a layout, one point a point."""
    fonts.register()
    out = Drawing(layout.width, layout.height)
    for shape in layout.shapes:
        out.add(_shape(shape, layout.height))
    return out


def map_drawing(drawing: EcogramDrawing, size: float = 460.0) -> Drawing:
    """The map alone, ``size`` points square (the texts keep their size on paper)."""
    return layout_drawing(map_square(drawing, paper_measure, size))


def write_pdf(drawing: EcogramDrawing, path: Path, notes: list[str] | None = None) -> Path:
    """One landscape A4 page: the caption, the map, the legend, and optional notes."""
    page = layout_drawing(sheet_layout(drawing, paper_measure, notes or ()))
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setTitle(drawing.caption)
    renderPDF.draw(visual_drawing(page), canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return path


def write_svg(drawing: EcogramDrawing, path: Path) -> Path:
    """The map with its caption and legend as one SVG (viewers shape right-to-left words
    themselves, so the typed order stays)."""
    renderSVG.drawToFile(layout_drawing(picture_layout(drawing, paper_measure)), str(path))
    return path
