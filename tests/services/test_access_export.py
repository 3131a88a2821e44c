"""The aftercare sheet and the right of access, through `genwerkt export`: read back."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.vault import VaultService
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.fakes import BRUSSELS_WINTER

PERSONAL = "Eigen geheugensteun: vragen of de tandarts betaald is"


def _demo_with_personal_note(vault_service: VaultService) -> None:
    vault = vault_service.create(PASSPHRASE).vault
    try:
        load_demo(vault)
        DossierEdits(vault).save_contact(
            IOANA_ID,
            Contact(
                id="5b0f6f9e-0000-4000-8000-000000000001",
                at=datetime(2026, 11, 20, 10, 0, tzinfo=BRUSSELS_WINTER),
                kind=ContactKind.OTHER,
                summary=PERSONAL,
                note_scope=NoteScope.PERSONAL,
            ),
        )
        save_profile(vault.paths, CoachProfile(name="Sam Peeters", phone="015 00 00 40"))
    finally:
        vault.close()


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_nazorg_sheet_has_the_plan_and_a_one_page_reminder(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_with_personal_note(vault_service)
    out = tmp_path / "nazorg.pdf"
    result = cli("export", IOANA_ID, "--kind", "nazorg", "-o", str(out))
    assert result.code == 0 and result.lines == [str(out)]
    pages = _pages(out)
    plan, reminder = " ".join(pages[:-1]), pages[-1]
    for expected in (
        "Je nazorgplan",
        "Voor Ioana",
        "maandag 14 december 2026",
        "Wij nemen contact op met jou",
        "Vragen over brieven van het ziekenfonds",
        "Sam gaat niet mee naar gesprekken op het werk",
        "Zus Elena",
        "Je meldt je vaak ziek",
        "Mutualiteit Samen Gezond",
        "Je coach: Sam Peeters, 015 00 00 40",
    ):
        assert expected in " ".join(plan.split()), expected
    assert "Constanțescu" not in " ".join(pages)  # a first name is enough on her sheet
    # The reminder sheet: one page, large type, the four things to keep at hand.
    for expected in (
        "Om te onthouden, Ioana",
        "Wanneer we contact hebben",
        "Hiervoor kun je bij ons terecht",
        "Wie in je omgeving helpt",
        "Handige nummers",
        "Sam Peeters (jobcoach): 015 00 00 40",  # the coach once: already a number
        "15 februari 2027",
    ):
        assert expected in " ".join(reminder.split()), expected
    assert "19 oktober 2026" not in reminder  # a call already made is not repeated there
    # A short list stays on one page with its heading: no bullet left alone on the next.
    flat = [" ".join(page.split()) for page in pages]
    heading = next(i for i, p in enumerate(flat) if "Hiervoor kun je nog bij ons terecht" in p)
    assert "Een nieuwe start voor de opleiding zorgkundige" in flat[heading]


def test_nazorg_without_a_plan_is_refused(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_with_personal_note(vault_service)
    result = cli("export", AYSE_ID, "--kind", "nazorg", "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2 and "nazorgplan" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_dossier_for_the_client_with_and_without_personal_notes(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_with_personal_note(vault_service)
    without, with_notes = tmp_path / "zonder.pdf", tmp_path / "met.pdf"
    assert cli("export", IOANA_ID, "--kind", "dossier", "-o", str(without)).code == 0
    assert (
        cli(
            "export", IOANA_ID, "--kind", "dossier", "--with-personal-notes", "-o", str(with_notes)
        ).code
        == 0
    )
    plain = " ".join(" ".join(_pages(without)).split())
    for expected in (
        "Je dossier",
        "Ioana Constanțescu",
        "Je gegevens",
        "Het traject, fase per fase",
        "Je leven, domein per domein",
        "Rechten",
        "Je netwerk (ecogram)",
        "Draagkracht en draaglast",
        "Contactmomenten",
        "Je toestemmingen",
        "Doorverwijzingen",
        "Afsluiting",
        "Wat je tegenhield Soms ging het te snel",
        "Nazorg",
        "Hof ter Linde",
        "staan er niet in",
    ):
        assert expected in plain, expected
    assert "werk_gevonden" not in plain and "ondersteunend" not in plain  # words, not codes
    # Tables: dates as dd/mm/jjjj and columns as wide as their longest word, so nothing
    # breaks inside a word ("mondeli|ng") or a date ("15 / augustus / 2026").
    raw = "\n".join(_pages(without))
    for broken in ("mondeli\n", "schrifteli\n", "Ingetrok\n", "kind\neropvang", "augustus\n2026"):
        assert broken not in raw, broken
    assert not re.search(r"\d\d/\d\d/\d{1,3}\n", raw)
    assert "15/08/2026" in raw  # a step's date in the steps table
    assert "mondeling op 03/11/2025" in plain  # how and when a consent was given
    assert re.search(r"opgemaakt op \d{1,2} [a-z]+ \d{4}", plain)  # written out in running text
    assert "Eigen geheugensteun" not in plain
    # A note the client may not read (about someone else) stays out even with the option.
    assert "Ioana leek uitgeput" not in plain
    noted = " ".join(" ".join(_pages(with_notes)).split())
    assert "Eigen geheugensteun" in noted and "persoonlijke notitie van je coach" in noted
    assert "Ioana leek uitgeput" not in noted

    as_json = tmp_path / "dossier.json"
    assert cli("export", IOANA_ID, "--kind", "dossier", "-o", str(as_json)).code == 0
    doc = json.loads(as_json.read_text(encoding="utf-8"))
    assert doc["client"]["last_name"] == "Constanțescu"
    assert PERSONAL not in as_json.read_text(encoding="utf-8")

    vault = vault_service.unlock(PASSPHRASE)
    try:
        lines = [e for e in AuditService(vault).recent() if e.action == "inzage"]
    finally:
        vault.close()
    assert [e.detail for e in lines] == ["json", "pdf, met persoonlijke notities", "pdf"]
    assert all(e.client_id == IOANA_ID for e in lines)


def test_dossier_export_refuses_an_unknown_extension(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_with_personal_note(vault_service)
    result = cli("export", IOANA_ID, "--kind", "dossier", "-o", str(tmp_path / "x.docx"))
    assert result.code == 2 and ".pdf of .json" in result.err
