"""The ecogram on paper and as SVG: opens, carries the labels, the caption and the legend."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.exports.ecogram_render import write_pdf, write_svg

DEMO = Path(__file__).parents[1] / "resources" / "demo" / "01-ayse-yilmaz.json"


def _ecograms():
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    return sorted(dossier.ecograms, key=lambda e: e.drawn_on)


def test_pdf_carries_caption_labels_legend_and_changes(tmp_path: Path) -> None:
    older, newer = _ecograms()
    notes = compare(older, newer).sentences()
    path = write_pdf(draw(newer, "Ayşe"), tmp_path / "ecogram.pdf", notes)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Ecogram van Ayşe, 12/10/2026" in text
    for node in newer.nodes:
        assert node.label.split(" (")[0] in text
    for words in ("Legende", "sterke band", "zwakke band", "verbroken band", "Wat veranderde"):
        assert words in text
    assert notes[0].split(":")[0] in text  # "Nieuw in het netwerk", wrapped on the page


def test_svg_parses_and_holds_the_labels(tmp_path: Path) -> None:
    newer = _ecograms()[-1]
    path = write_svg(draw(newer, "Ayşe"), tmp_path / "ecogram.svg")
    root = ET.parse(path).getroot()
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Ecogram van Ayşe" in texts
    assert "Buurvrouw Fatima (أم يوسف)" in texts
    assert "gezelschap" in texts
