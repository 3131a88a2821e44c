"""Both painters translate the same shapes: every word the layout sets is painted by Qt
once, drawn by reportlab once, and found again in the PDF."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.graphics.shapes import String

from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_page import sheet_layout
from genwerkt_desktop.domain.ecogram_shapes import texts
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.exports.wording import ecogram_changes
from genwerkt_desktop.render.ecogram_pdf import layout_drawing, paper_measure, write_pdf
from genwerkt_desktop.render.ecogram_qt import paint_shapes
from genwerkt_desktop.render.rtl import has_right_to_left

DEMO = Path(__file__).parents[1] / "resources" / "demo" / "01-ayse-yilmaz.json"


class RecordingPainter(QPainter):
    """A painter that remembers every text it paints."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.painted: list[str] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        point, text = args
        assert isinstance(point, QPointF) and isinstance(text, str)
        self.painted.append(text)
        super().drawText(point, text)


def _comparison():  # type: ignore[no-untyped-def]
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    older, newer = sorted(dossier.ecograms, key=lambda e: e.drawn_on)
    notes = ecogram_changes(compare(older, newer))
    return compare_drawing(older, newer, "Ayşe", paper_measure), notes


def test_qt_and_reportlab_draw_the_same_words_from_one_layout(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    drawing, notes = _comparison()
    layout = sheet_layout(drawing, paper_measure, notes)
    words = texts(layout.shapes)
    assert len(words) > 60

    image = QImage(900, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = RecordingPainter(image)
    paint_shapes(painter, layout.shapes, 1.0)
    painter.end()
    assert painter.painted == words

    drawn = [s.text for s in layout_drawing(layout).contents if isinstance(s, String)]
    assert drawn == words


def test_the_pdf_carries_every_word_of_the_layout(tmp_path: Path) -> None:
    drawing, notes = _comparison()
    words = texts(sheet_layout(drawing, paper_measure, notes).shapes)
    path = write_pdf(drawing, tmp_path / "vergelijking.pdf", notes)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for word in words:
        # Right-to-left words print joined and reordered (test_pdf_right_to_left checks
        # them); here the rest of such a label must be on the page.
        shown = word.split(" (")[0] if has_right_to_left(word) else word
        assert shown in text, word
