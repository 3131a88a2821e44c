"""The mind map's shapes painted with QPainter: the editor's scene and the PNG.

The shapes come from :mod:`genwerkt_desktop.domain.mindmap_layout`, laid out with Qt's
own metrics of the shipped font and painted by the ecogram's painter
(:func:`~genwerkt_desktop.render.ecogram_qt.paint_shapes`): one kind of shape, one way to
paint it, the same shapes the reportlab painter prints.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.mindmap_drawing import MindmapDrawing
from genwerkt_desktop.domain.mindmap_layout import PAGE_HEIGHT, PAGE_WIDTH, page_layout

from .ecogram_qt import measure_at, paint_shapes
from .qt_image import offscreen_gui, write_png

# The PNG: the landscape page at about 150 dpi.
PNG_HEIGHT = 1240
PNG_WIDTH = round(PNG_HEIGHT * PAGE_WIDTH / PAGE_HEIGHT)


def write_mindmap_png(drawing: MindmapDrawing, path: Path, height: int = PNG_HEIGHT) -> Path:
    """The page as a PNG (works offscreen, from the command line too)."""
    offscreen_gui()
    unit = height / PAGE_HEIGHT
    width = round(height * PAGE_WIDTH / PAGE_HEIGHT)
    layout = page_layout(drawing, measure_at(unit))
    return write_png(path, width, height, lambda p: paint_shapes(p, layout.shapes, unit))
