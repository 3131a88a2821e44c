"""How the sheets fall over pages: a heading never ends a page, a page that would hold
only a few lines is pulled back, and the status report shows a readable network map and
everything planned, aftercare and referrals included."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing

from genwerkt_desktop.domain.consent import shareable_view
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.exports import dossier_sheet, nazorg_sheet
from genwerkt_desktop.exports.referral_sheet import referral_client_sheet, referral_partner_sheet
from genwerkt_desktop.exports.sharing import SheetFacts
from genwerkt_desktop.exports.sheet import LINE_WIDTH, PLAIN, STANDARD, Sheet
from genwerkt_desktop.exports.stavaza_sheet import build_stavaza_sheet
from tests.demo_files import demo_path

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
FACTS = SheetFacts(
    on=NOW.date(), coach_name="Sam Peeters", coach_lines=("Sam Peeters", "015 00 00 40"), now=NOW
)
FOOTER = re.compile(r"blad \d+ van \d+")


def _demo(fragment: str) -> Dossier:
    return from_document(json.loads(demo_path(fragment).read_text(encoding="utf-8")))


def _runs(page) -> list[tuple[str, float, bool]]:  # type: ignore[no-untyped-def]
    """The page's text runs in drawing order: (text, size, bold)."""
    runs: list[tuple[str, float, bool]] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            scale = (tm[3] or 1) * (cm[3] or 1)
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            runs.append((text.strip(), size * scale, bold))

    page.extract_text(visitor_text=visit)
    return runs


def _last_line_of_each_page(path: Path) -> list[tuple[str, float, bool]]:
    """The last run of content on each page (the footer is drawn after the content)."""
    out = []
    for page in PdfReader(path).pages:
        runs = [r for r in _runs(page) if not FOOTER.fullmatch(r[0])]
        if runs and runs[-1][1] < 9:  # the small footer text on the left
            runs.pop()
        out.append(runs[-1])
    return out


def _is_heading(run: tuple[str, float, bool], plain: bool) -> bool:
    voice = PLAIN if plain else STANDARD
    return run[2] and run[1] >= voice.body * 1.05 - 0.05  # a subheading or bigger


@pytest.mark.parametrize("fragment", ["ayse", "lukasz", "ioana"])
def test_no_page_of_a_long_demo_sheet_ends_with_a_heading(tmp_path: Path, fragment: str) -> None:
    dossier = _demo(fragment)
    sheets = {
        "dossier": dossier_sheet.build(dossier, NOW.date(), with_personal_notes=True),
        "stavaza": build_stavaza_sheet(dossier, NOW, "Sam Peeters"),
    }
    for name, sheet in sheets.items():
        path = sheet.write(tmp_path / f"{name}.pdf")
        lasts = _last_line_of_each_page(path)
        assert len(lasts) > 3, name
        for number, run in enumerate(lasts, start=1):
            assert not _is_heading(run, plain=False), (name, number, run)


def test_a_heading_and_a_subheading_go_with_the_first_rows_of_a_long_table(
    tmp_path: Path,
) -> None:
    """The heading, the subheading and the start of a table that runs over pages: where
    the table cannot start, both headings go to the next page with it."""
    for filler in range(40, 56):  # somewhere in here the headings reach the foot of page 1
        sheet = Sheet("Proef")
        for n in range(filler):
            sheet.para(f"Regel {n}")
        sheet.heading("Doorverwijzingen")
        sheet.subheading("Schuldhulp Oost")
        sheet.facts([(f"Vraag {n}", "Een lang antwoord " * 6) for n in range(30)])
        path = sheet.write(tmp_path / "b.pdf")
        for number, run in enumerate(_last_line_of_each_page(path), start=1):
            assert not _is_heading(run, plain=False), (filler, number, run)
        pages = [page.extract_text() for page in PdfReader(path).pages]
        on = next(i for i, page in enumerate(pages) if "Doorverwijzingen" in page)
        assert "Schuldhulp Oost" in pages[on] and "Vraag 0" in pages[on], filler


def test_two_short_lines_never_make_a_page_of_their_own(tmp_path: Path) -> None:
    for filler in range(20, 34):  # somewhere in here the contact block spills over
        sheet = Sheet("Proef", plain=True)
        for n in range(filler):
            sheet.para(f"Regel {n}")
        sheet.coach_contact("Sam Peeters", ("Sam Peeters", "015 00 00 40"))
        pages = [page.extract_text() for page in PdfReader(sheet.write(tmp_path / "b.pdf")).pages]
        body = [ln for ln in pages[-1].splitlines() if not FOOTER.fullmatch(ln.strip())]
        assert len(pages) == 1 or len(body) > 6, (filler, body)


def test_demo_sheets_keep_their_closing_lines_with_what_comes_before(tmp_path: Path) -> None:
    dossier = _demo("ioana")
    referral = dossier.referrals[0]
    client = referral_client_sheet(dossier, referral, FACTS).write(tmp_path / "c.pdf")
    assert len(PdfReader(client).pages) == 1  # the contact block alone made a second page
    view = shareable_view(dossier, [referral.organisation_id], FACTS.on, referral_id=referral.id)
    partner = PdfReader(referral_partner_sheet(view, FACTS).write(tmp_path / "p.pdf")).pages
    last = [ln for ln in partner[-1].extract_text().splitlines() if ln.strip()]
    assert len(last) > 6, last  # not "Contact met de coach" and two lines alone
    # The aftercare plan: the numbers stay with the plan, the reminder is the last page.
    plan = PdfReader(
        nazorg_sheet.write(dossier, tmp_path / "n.pdf", NOW.date(), FACTS.coach_lines, "Sam")
    ).pages
    texts = [page.extract_text() for page in plan]
    assert len(texts) == 3
    assert "Handige nummers" in texts[1] and "Waar we samen op letten" in texts[1]
    assert texts[2].startswith("Om te onthouden, Ioana")


def test_the_status_report_lists_aftercare_moments_and_referrals(tmp_path: Path) -> None:
    ioana = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(
            build_stavaza_sheet(_demo("ioana"), NOW, "Sam").write(tmp_path / "i.pdf")
        ).pages
    )
    assert "Er staat niets gepland" not in ioana
    planned = ioana[ioana.index("Wat gepland is") :]
    assert "14/12/2026 Nazorg: huisbezoek (de coach neemt contact op)" in planned
    assert "15/02/2027 Nazorg: telefoontje (de cliënt neemt contact op)" in planned
    assert "19/10/2026" not in planned  # done and past: not planned
    aftercare = ioana[ioana.index("Nazorg van 05/10/2026 tot 31/03/2027") :]
    assert "19/10/2026 telefoontje coach ja" in aftercare
    assert "Doorverwijzingen" in ioana and "Werkpunt Vaart" in ioana
    lukasz = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(
            build_stavaza_sheet(_demo("lukasz"), NOW, "Sam").write(tmp_path / "l.pdf")
        ).pages
    )
    assert "Praatpunt Zuid" in lukasz
    assert "even on hold (time-out), opnieuw bekijken op 18/01/2027" in lukasz
    assert "09/12/2026 10.00 Eerste afspraak bij" in lukasz


def test_the_network_map_on_the_status_report_spans_the_text_width() -> None:
    sheet = build_stavaza_sheet(_demo("ayse"), NOW, "Sam")
    drawings = [f for f in sheet.story if isinstance(f, Drawing)]
    network = drawings[-1]  # the balance comes first, the map after it
    assert network.width >= 0.95 * LINE_WIDTH
