"""The mind map on paper and as a picture: one landscape page with the caption (first
name and date) and every word of the map, read back from the files themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.domain.mindmap_drawing import THEME_COLOURS
from genwerkt_desktop.domain.mindmap_layout import PAGE_HEIGHT, PAGE_WIDTH
from genwerkt_desktop.services.mindmap_export import file_name, write_mindmap
from tests.mindmap_demo import back_to_work


def test_the_pdf_is_one_landscape_page_with_title_date_and_every_word(tmp_path: Path) -> None:
    mindmap = back_to_work()
    path = write_mindmap(mindmap, "Ayşe", tmp_path / "mindmap.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (PAGE_WIDTH, PAGE_HEIGHT)
    assert reader.metadata is not None
    assert reader.metadata.title == "Mindmap van Ayşe, 20/11/2026"
    text = " ".join(page.extract_text().split())
    assert "Mindmap van Ayşe, 20/11/2026" in text
    for word in ("terug aan het werk", "Wat me", "Rijbewijs B", "Een dag meelopen", "Geld"):
        assert word in text
    assert not list(tmp_path.glob("*.tmp*"))


def test_the_png_is_the_same_page_in_calm_theme_colours(tmp_path: Path) -> None:
    path = write_mindmap(back_to_work(), "Ayşe", tmp_path / "mindmap.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() / image.height() == pytest.approx(PAGE_WIDTH / PAGE_HEIGHT, rel=0.01)
    seen = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    # Each of the five themes shows in its own light fill.
    for colours in THEME_COLOURS[:5]:
        assert QColor(colours.fill).name() in seen


def test_only_pdf_and_png_are_offered(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        write_mindmap(back_to_work(), "Ayşe", tmp_path / "mindmap.svg")
    assert not list(tmp_path.iterdir())
    assert file_name(back_to_work(), "Ayşe") == "mindmap-Ayşe-2026-11-20.pdf"
