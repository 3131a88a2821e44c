"""The balance leaves the dossier as PDF and PNG (service and CLI), and reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from genwerkt_desktop.domain.balance_editing import latest
from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.exports.balance_render import balance_drawing
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exports import ExportRequest, export
from genwerkt_desktop.services.vault import OpenVault
from tests.conftest import Cli
from tests.demo_files import AYSE_ID


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):  # type: ignore[no-untyped-def]
    """The PNG paints with Qt: the test run's QApplication must exist before the
    exporter would make a plain offscreen one of its own."""
    return qapp


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_pdf_holds_both_sides_the_factors_legend_trend_and_caption(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    dossier = DossierService(vault).get(AYSE_ID)
    newest = latest(dossier.balances)
    assert newest is not None
    out = export(vault, "balance", ExportRequest(AYSE_ID, tmp_path / "balans.pdf"))
    text = _pdf_text(out)
    assert "Draagkracht en draaglast van Ayşe" in text
    assert "Samen bekeken op 12 oktober 2026" in text  # dates written out for her
    assert "Yılmaz" not in text  # the first name is enough on a client's sheet
    assert "Draagkracht: wat je helpt dragen" in text and "Draaglast: wat op je weegt" in text
    for factor in newest.factors:
        assert factor.text in text
    # On paper nobody can point at a block: its text wraps or shrinks, never "…".
    assert "…" not in text
    assert "Levensdomeinen (legende)" in text and "Gezin en kinderopvang" in text
    assert "Zo veranderde het" in text and "23/03/26" in text
    # Plain words for her, not the method's ("meting", "gevalideerde score").
    assert "Dit is geen test" in text and "samen over te praten" in text
    assert "gevalideerde" not in text and "geen meting" not in text
    assert "afgedrukt op 28 november 2026" in text


def test_an_older_assessment_by_item_and_a_png_of_the_right_size(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    oldest = min(DossierService(vault).get(AYSE_ID).balances, key=lambda b: b.assessed_on)
    pdf = export(vault, "balance", ExportRequest(AYSE_ID, tmp_path / "maart.pdf", oldest.id))
    text = _pdf_text(pdf)
    assert "23 maart 2026" in text and "Geen opvang voor Kerem" in text
    assert "Schulden en brieven van de deurwaarder" in text and "…" not in text
    png = export(vault, "balance", ExportRequest(AYSE_ID, tmp_path / "balans.png"))
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == 1800 and 1000 < image.height() < 2000
    # Not white all over: the beam and the blocks are painted.
    colours = {image.pixel(x, y) for x in range(0, 1800, 37) for y in range(0, image.height(), 41)}
    assert len(colours) > 5


def test_wrong_extension_or_item_is_refused_and_nothing_is_written(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(InvalidInput):
        export(vault, "balance", ExportRequest(AYSE_ID, out / "balans.svg"))
    with pytest.raises(StateError, match="geen balans met dat id"):
        export(vault, "balance", ExportRequest(AYSE_ID, out / "b.pdf", "geen-id"))
    assert list(out.iterdir()) == []


def test_the_small_drawing_for_other_sheets_fits_the_width(vault: OpenVault) -> None:
    load_demo(vault)
    balances = DossierService(vault).get(AYSE_ID).balances
    newest = latest(balances)
    assert newest is not None
    small = balance_drawing(newest, balances, 240)
    assert small.width == pytest.approx(240)
    assert 200 < small.height < 400  # the balance, its legend and the trend beneath


def test_cli_exports_png_and_pdf_and_refuses_another_extension(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    for name in ("balans.png", "balans.pdf"):
        out = tmp_path / name
        result = cli("export", AYSE_ID, "--kind", "balance", "-o", str(out))
        assert result.code == 0, result.err
        assert result.out.strip() == str(out) and out.stat().st_size > 1000
    wrong = cli("export", AYSE_ID, "--kind", "balance", "-o", str(tmp_path / "balans.txt"))
    assert wrong.code == 3
    assert ".png of .pdf" in wrong.err
    assert not (tmp_path / "balans.txt").exists()
