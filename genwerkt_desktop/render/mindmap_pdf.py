"""The mind map's shapes printed with reportlab: one landscape A4 page.

The shapes come from :mod:`genwerkt_desktop.domain.mindmap_layout`, laid out with the
shipped font's real widths, and are drawn by the ecogram's reportlab translation
(:func:`~genwerkt_desktop.render.ecogram_pdf.layout_drawing`), so paper and screen show
one map.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas

from genwerkt_desktop.domain.mindmap_drawing import MindmapDrawing
from genwerkt_desktop.domain.mindmap_layout import PAGE_HEIGHT, PAGE_WIDTH, page_layout

from .ecogram_pdf import layout_drawing, paper_measure
from .rtl import visual_drawing


def write_mindmap_pdf(drawing: MindmapDrawing, path: Path) -> Path:
    """One landscape A4 page: the caption with the date, the map below it."""
    page = layout_drawing(page_layout(drawing, paper_measure))
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setTitle(drawing.caption)
    renderPDF.draw(visual_drawing(page), canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return path
