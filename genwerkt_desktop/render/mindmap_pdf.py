"""The mind map's shapes printed with reportlab: landscape A4 pages, one when the whole
map's words print large enough to read, else the whole map and then its parts.

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
from genwerkt_desktop.domain.mindmap_layout import PAGE_HEIGHT, PAGE_WIDTH, printed_pages

from .ecogram_pdf import layout_drawing, paper_measure
from .rtl import visual_drawing


def write_mindmap_pdf(drawing: MindmapDrawing, path: Path) -> Path:
    """Landscape A4 pages, each with the caption and the date on top (see
    :func:`~genwerkt_desktop.domain.mindmap_layout.printed_pages`)."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setTitle(drawing.caption)
    for page in printed_pages(drawing, paper_measure):
        renderPDF.draw(visual_drawing(layout_drawing(page)), canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    return path
