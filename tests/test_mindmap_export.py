"""The mind map on paper and as a picture: a landscape page with the caption (first
name and date) and every word of the map, and for a large map on paper the themes a few
to a page, every word large enough to read; read back from the files themselves."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from PySide6.QtGui import QColor, QImage

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.domain.mindmap_drawing import THEME_COLOURS, draw
from genwerkt_desktop.domain.mindmap_layout import FLOOR, PAGE_HEIGHT, PAGE_WIDTH, map_layout
from genwerkt_desktop.render.ecogram_pdf import paper_measure
from genwerkt_desktop.services.mindmap_export import file_name, write_mindmap
from tests.domain.test_mindmap_layout import _large
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


def _sizes(page: PageObject) -> dict[str, float]:
    """The page's words as printed, and the largest size each prints at there."""
    sizes: dict[str, float] = {}

    def seen(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            # The text's own size, times how much the page and text matrices scale it.
            k = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
            sizes[text.strip()] = max(sizes.get(text.strip(), 0.0), round(size * k, 2))

    page.extract_text(visitor_text=seen)
    return sizes


def _printed(path: Path) -> list[dict[str, float]]:
    return [_sizes(page) for page in PdfReader(path).pages]


def test_a_large_map_prints_every_word_at_a_readable_size_on_some_page(tmp_path: Path) -> None:
    mindmap = _large(12, 6)
    pages = _printed(write_mindmap(mindmap, "Ayşe", tmp_path / "mindmap.pdf"))
    assert len(pages) > 2
    layout = map_layout(draw(mindmap), paper_measure)
    lines = {line for placed in layout.nodes for line in placed.lines}
    # The first page holds the whole map, small; every line is readable further on.
    assert lines <= set(pages[0])
    for line in lines:
        assert max(page.get(line, 0.0) for page in pages[1:]) >= FLOOR, line
    assert "blad 1 van" in " ".join(pages[0])


def test_the_demo_map_stays_one_page_at_its_own_sizes(tmp_path: Path) -> None:
    pages = _printed(write_mindmap(back_to_work(), "Ayşe", tmp_path / "mindmap.pdf"))
    assert len(pages) == 1
    assert min(pages[0].values()) == 9.0  # a thought, as on the screen at 100 %
    assert not [text for text in pages[0] if text.startswith("blad ")]
