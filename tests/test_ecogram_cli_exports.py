"""The ecogram leaves the dossier as PNG, SVG or PDF, from the command line and the
service the app uses; the comparison of two versions as PDF."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage

from genwerkt_desktop.exports.ecogram_qt import PNG_HEIGHT, PNG_WIDTH
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.ecogram_export import export_comparison
from genwerkt_desktop.services.vault import OpenVault
from tests.conftest import Cli
from tests.demo_files import AYSE_ID

OLDER = "170e5730-de95-4fa8-b16f-f04a439bb20a"
NEWER = "e18e0473-0a63-4358-8643-cacac2e069dc"
LEGEND_WORDS = ("sterke band", "zwakke band", "band die stress geeft", "verbroken band")


def _ready(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_cli_writes_the_newest_ecogram_as_pdf_with_name_date_labels_and_legend(
    cli: Cli, tmp_path: Path
) -> None:
    _ready(cli)
    out = tmp_path / "netwerk.pdf"
    result = cli("export", AYSE_ID, "--kind", "ecogram", "-o", str(out))
    assert result.code == 0, result.err
    text = _pdf_text(out)
    assert "Ecogram van Ayşe, 12/10/2026" in text
    assert "Yılmaz" not in text  # the first name is enough on a picture that travels
    for label in ("Elif (dochter, 7)", "Schuldhulp Oost (Nadia)", "Jobcoach Sam", "Moeder"):
        assert label in text
    for words in ("Legende", *LEGEND_WORDS):
        assert words in text


def test_cli_writes_png_of_the_right_size_and_svg_with_labels_and_legend(
    cli: Cli, tmp_path: Path
) -> None:
    _ready(cli)
    png, svg = tmp_path / "netwerk.png", tmp_path / "netwerk.svg"
    assert cli("export", AYSE_ID, "--kind", "ecogram", "-o", str(png)).code == 0
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (PNG_WIDTH, PNG_HEIGHT)
    assert cli("export", AYSE_ID, "--kind", "ecogram", "-o", str(svg)).code == 0
    root = ET.parse(svg).getroot()
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Ecogram van Ayşe, 12/10/2026" in texts
    assert "Kinderopvang De Knikker" in texts
    for words in ("Legende", *LEGEND_WORDS):
        assert words in texts


def test_cli_item_picks_an_older_version(cli: Cli, tmp_path: Path) -> None:
    _ready(cli)
    out = tmp_path / "toen.pdf"
    assert cli("export", AYSE_ID, "--kind", "ecogram", "--item", OLDER, "-o", str(out)).code == 0
    text = _pdf_text(out)
    assert "23/03/2026" in text
    assert "Ouders en broers" in text


def test_cli_refuses_another_extension_or_an_unknown_version(cli: Cli, tmp_path: Path) -> None:
    _ready(cli)
    txt = tmp_path / "netwerk.txt"
    result = cli("export", AYSE_ID, "--kind", "ecogram", "-o", str(txt))
    assert result.code == 3
    assert ".png, .svg of .pdf" in result.err
    assert not txt.exists()
    unknown = cli(
        "export", AYSE_ID, "--kind", "ecogram", "--item", "nope", "-o", str(tmp_path / "x.pdf")
    )
    assert unknown.code == 2  # an item that is not there is a state, not bad input
    assert "geen ecogram" in unknown.err
    assert not (tmp_path / "x.pdf").exists()


def test_comparison_pdf_has_both_dates_the_changes_and_the_legend(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    out = export_comparison(vault, AYSE_ID, NEWER, OLDER, tmp_path / "vergelijking.pdf")
    text = _pdf_text(out)
    assert "23/03/2026" in text and "12/10/2026" in text
    assert "Wat veranderde" in text
    assert "Nieuw in het netwerk" in text
    assert "nieuw in het netwerk" in text and "niet meer in het netwerk" in text  # legend
    assert "Ouders en broers" in text  # who left is still on the picture, marked
    assert DossierService(vault).get(AYSE_ID).client.first_name in text
