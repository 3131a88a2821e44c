"""The easy-read aftercare plan and step plan (makkelijk lezen), written through
`genwerkt export --easy-read` and read back: one page first, large type, the next
moment and the numbers to call on the front, and never a silent cut."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Aftercare, Dossier
from genwerkt_desktop.exports import easy_read, nazorg_easy
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import VaultService
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, IOANA_ID, demo_path

FOOTER = re.compile(r"blad \d+ van \d+")


def _demo_vault(vault_service: VaultService) -> None:
    vault = vault_service.create(PASSPHRASE).vault
    try:
        load_demo(vault)
        save_profile(vault.paths, CoachProfile(name="Sam Peeters", phone="015 00 00 40"))
    finally:
        vault.close()


def _runs(page) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """The page's text runs with their type size in points."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            runs.append((text.strip(), size * (tm[3] or 1) * (cm[3] or 1)))

    page.extract_text(visitor_text=visit)
    return runs


def _flat(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split())


def _read(path: Path) -> tuple[list[str], list[list[tuple[str, float]]]]:
    pages = PdfReader(path).pages
    return [_flat(p.extract_text()) for p in pages], [_runs(p) for p in pages]


def _body_sizes(runs: list[tuple[str, float]]) -> list[float]:
    """Every type size on the page but the small footer ("blad 1 van 2" and its name)."""
    return [size for text, size in runs if not (FOOTER.search(text) or size < 10)]


def test_the_easy_read_aftercare_plan_puts_the_next_moment_and_the_numbers_first(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    out = tmp_path / "nazorg makkelijk.pdf"
    result = cli("export", IOANA_ID, "--kind", "nazorg", "--easy-read", "-o", str(out))
    assert result.code == 0 and result.lines == [str(out)]
    texts, runs = _read(out)
    front = texts[0]
    # The most important things on the front: when, whom to call, what you do yourself.
    for expected in (
        "Hoe het nu verder gaat",
        "Voor Ioana",
        "Wanneer zien we elkaar?",
        "maandag 14 december",  # the day in words, no year in this year
        "We zien elkaar bij jou thuis.",
        "Sam neemt contact op met jou.",
        "Wie kun je bellen?",
        "015 00 00 40",
        "Sociaal Huis Dijlepoort: 015 00 00 20",
        "Mutualiteit Samen Gezond: 078 00 00 11",
        "Wat doe je zelf?",
        "De zaterdagles Nederlands",
    ):
        assert expected in front, expected
    assert front.index("maandag 14 december") < front.index("015 00 00 20")
    assert "Constanțescu" not in " ".join(texts)
    # The demo plan is longer than one page: the front says what is on the back, and the
    # back has it; what even the back cannot hold is named, never dropped in silence.
    assert len(texts) == 2
    assert "Draai het blad om. Daar staat nog meer:" in front
    back = texts[1]
    for heading in ("Daarna zien we elkaar nog", "Hiervoor kun je bij ons terecht"):
        assert heading in front.split("Draai het blad om")[1] and heading in back
    assert "maandag 15 februari 2027" in back
    assert "Niet op dit blad" in back and "je volledige nazorgplan" in back
    # Large type: nothing but the footer is smaller than 14 pt.
    for page in runs:
        assert min(_body_sizes(page)) >= easy_read.MIN_BODY == 14
    assert max(size for _, size in runs[0]) >= 17  # the headings stand out


def test_the_easy_read_step_plan_names_the_next_appointment_and_the_steps(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    out = tmp_path / "pop.pdf"
    result = cli("export", AYSE_ID, "--kind", "pop", "--easy-read", "-o", str(out))
    assert result.code == 0
    texts, runs = _read(out)
    front = texts[0]
    for expected in (
        "Je stappenplan",
        "Je volgende afspraak",
        "donderdag 3 december om 10.00",
        "Waar: Sociaal Huis Leiemeersen",
        "Sam Peeters, je coach: 015 00 00 40",
        "Dit doe jij",
        "Elke maandagavond de post openen",
        "Tegen maandag 14 december.",
    ):
        assert expected in front, expected
    everything = " ".join(texts)
    # Steps of others say who; a step already done is not on the easy sheet.
    assert "Wie: Je coach Sam" in everything
    assert "Het eerste gesprek bij Schuldhulp Oost samen voorbereiden." not in everything
    assert "Meer uitleg bij elk doel staat op je volledige stappenplan." in everything
    if len(texts) > 1:
        assert "Draai het blad om" in front
    for page in runs:
        assert min(_body_sizes(page)) >= 14


def test_easy_read_is_refused_for_a_kind_without_it(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    out = tmp_path / "dossier.pdf"
    result = cli("export", IOANA_ID, "--kind", "dossier", "--easy-read", "-o", str(out))
    assert result.code == 2
    assert "--easy-read" in result.err and not out.exists()


def test_the_export_leaves_an_audit_line_without_content(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    cli("export", IOANA_ID, "--kind", "nazorg", "--easy-read", "-o", str(tmp_path / "n.pdf"))
    vault = vault_service.unlock(PASSPHRASE)
    try:
        details = [e.detail for e in AuditService(vault).recent()]
    finally:
        vault.close()
    assert "nazorg, makkelijk lezen" in details


def _ioana() -> Dossier:
    return from_document(json.loads(demo_path("ioana").read_text(encoding="utf-8")))


def test_a_short_plan_stays_on_one_page(tmp_path: Path) -> None:
    dossier = _ioana()
    assert dossier.aftercare is not None
    short = dataclasses.replace(
        dossier,
        aftercare=dataclasses.replace(
            dossier.aftercare,
            useful_numbers=("Sociaal Huis: 015 00 00 20",),
            can_come_back_for=("Vragen over brieven",),
            network_support=("Zus Elena",),
            signals_to_watch=("Je slaapt slecht",),
            not_possible=(),
        ),
        closure=None,
    )
    sheet, layout = nazorg_easy.build(short, date(2026, 12, 5), ["Sam Peeters", "015 00 00 40"])
    path = sheet.write(tmp_path / "kort.pdf")
    texts, _ = _read(path)
    assert len(texts) == 1 and not layout.second and not layout.left_out
    assert "Draai het blad om" not in texts[0]
    assert "Sam Peeters, je coach: 015 00 00 40" in texts[0]


def test_long_coach_text_is_never_cut_in_silence(tmp_path: Path) -> None:
    dossier = _ioana()
    assert dossier.aftercare is not None
    signals = tuple(f"Signaal {n}: je slaapt slecht of je opent je post niet" for n in range(60))
    long_plan: Aftercare = dataclasses.replace(dossier.aftercare, signals_to_watch=signals)
    sheet, layout = nazorg_easy.build(
        dataclasses.replace(dossier, aftercare=long_plan), date(2026, 12, 5), ["Sam Peeters"]
    )
    texts, _ = _read(sheet.write(tmp_path / "lang.pdf"))
    assert len(texts) == 2  # one sheet of paper: the front and the back
    everything = " ".join(texts)
    printed = [s for s in signals if _flat(s) in everything]
    assert printed and len(printed) < len(signals)
    # What is not printed is named on the back, by the heading it belongs to.
    assert "Wanneer bel je ons?" in layout.continued
    assert "Wanneer bel je ons?" in [b.heading for b in layout.left_out]
    left = texts[1].split("Niet op dit blad")[1]
    assert "Wanneer bel je ons?" in left and "je volledige nazorgplan" in left
    assert "Wanneer bel je ons? (verder)" in texts[1]
