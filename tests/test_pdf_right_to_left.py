"""Arabic on paper: a name like "أم يوسف" prints joined and right to left, Latin text as
typed; SVG keeps the typed order (its viewer shapes the text itself)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.exports.sheet import Sheet
from genwerkt_desktop.render.ecogram_pdf import write_pdf, write_svg
from genwerkt_desktop.render.rtl import visual

DEMO = Path(__file__).parents[1] / "resources" / "demo" / "01-ayse-yilmaz.json"
KUNYA = "أم يوسف"  # "mother of Youssef", as the neighbour is called


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_arabic_is_joined_and_in_reading_order_for_print() -> None:
    printed = visual(f"Buurvrouw Fatima ({KUNYA})")
    assert printed.startswith("Buurvrouw Fatima (")  # the Latin part stays as typed
    arabic = printed[len("Buurvrouw Fatima (") : -1]
    # Joined letters are the contextual forms (U+FE70 and up), drawn from right to left:
    # the last letter typed (ف) comes first on the line.
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in arabic)
    assert arabic != KUNYA
    assert visual("Ayşe Yılmaz, Łukasz") == "Ayşe Yılmaz, Łukasz"


def test_a_sheet_and_the_ecogram_pdf_print_the_arabic_joined(tmp_path: Path) -> None:
    sheet = Sheet("Proef", footer="Ayşe")
    sheet.para(f"Buurvrouw Fatima ({KUNYA}) helpt met de kinderen.")
    sheet_text = _pdf_text(sheet.write(tmp_path / "blad.pdf"))
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    newer = max(dossier.ecograms, key=lambda e: e.drawn_on)
    map_text = _pdf_text(write_pdf(draw(newer, "Ayşe"), tmp_path / "ecogram.pdf"))
    for text in (sheet_text, map_text):
        assert "Buurvrouw Fatima" in text
        # Only joined letter forms reach the page: loose base letters would print unjoined
        # (and, without reordering, backwards).
        assert any("\ufe70" <= ch <= "\ufeff" for ch in text)
        assert not any(ch in text for ch in "يوسف")


def test_svg_keeps_the_typed_order(tmp_path: Path) -> None:
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    newer = max(dossier.ecograms, key=lambda e: e.drawn_on)
    root = ET.parse(write_svg(draw(newer, "Ayşe"), tmp_path / "ecogram.svg")).getroot()
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert f"Buurvrouw Fatima ({KUNYA})" in texts
