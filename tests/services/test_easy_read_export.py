"""The easy-read aftercare plan and step plan (makkelijk lezen), written through
`genwerkt export --easy-read` and read back: always exactly one page, large type, the
next moment and the numbers to call on it, and what does not fit named at its foot."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.enums import AftercareKind, GoalStatus, Owner, StepStatus
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import AftercareMoment, Dossier, Goal, Step
from genwerkt_desktop.domain.smart import OPEN_STEP_STATUSES
from genwerkt_desktop.exports import easy_read, nazorg_easy, pop_easy
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import VaultService
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, IOANA_ID, demo_path
from tests.fakes import demo_day

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


def _one_page(path: Path) -> tuple[str, list[tuple[str, float]]]:
    """The sheet's only page, as flat text and as text runs with their sizes; large type
    throughout (nothing but the footer under 14 pt)."""
    texts, runs = _read(path)
    assert len(texts) == 1, f"{len(texts)} pages"
    assert "blad 1 van 1" in texts[0]
    assert min(_body_sizes(runs[0])) >= easy_read.MIN_BODY == 14
    assert max(size for _, size in runs[0]) >= 17  # the headings stand out
    return texts[0], runs[0]


def _foot(page: str) -> str:
    """The note at the foot that names what is not on the sheet ("" when there is none)."""
    return page.split("Niet op dit blad:")[1] if "Niet op dit blad:" in page else ""


def test_the_easy_read_aftercare_plan_is_one_page_with_what_matters_most(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    out = tmp_path / "nazorg makkelijk.pdf"
    result = cli("export", IOANA_ID, "--kind", "nazorg", "--easy-read", "-o", str(out))
    assert result.code == 0 and result.lines == [str(out)]
    page, _ = _one_page(out)
    # What matters most, in this order: when we see each other (the later moments one
    # line each), whom to call with the numbers, when to call us, what you do yourself.
    expected = (
        "Hoe het nu verder gaat",
        "Voor Ioana",
        "Wanneer zien we elkaar?",
        "maandag 14 december",  # the day in words, no year in this year
        "We zien elkaar bij jou thuis.",
        "Sam neemt contact op met jou.",
        "Daarna zien we elkaar nog",
        "maandag 15 februari 2027: jij belt Sam.",
        "maandag 29 maart 2027: een gesprek.",
        "Wie kun je bellen?",
        "015 00 00 40",
        "Sociaal Huis Dijlepoort: 015 00 00 20",
        "Mutualiteit Samen Gezond: 078 00 00 11",
        "Buitenschoolse opvang 't Speelhuis: 015 00 00 50",
        "Merk je dit? Bel ons dan.",
        "Onbetaalde rekeningen of ongeopende post",
        "Je bent erg moe of je slaapt slecht",
        "Wat doe je zelf?",
        "De zaterdagles Nederlands",
        "Zelf het contact met de opvang houden.",
    )
    at = [page.index(words) for words in expected]
    assert at == sorted(at)
    assert "Constanțescu" not in page
    # The rest does not fit at this size: the least important parts are left out, and
    # the foot names each of them, with where to find it.
    foot = _foot(page)
    assert "wat je bereikt hebt" in foot and "wat we niet meer doen" in foot
    assert "Dat staat in je volledige nazorgplan. Vraag het aan je coach." in foot
    assert "Draai het blad om" not in page
    for heading, name in (
        ("Hiervoor kun je bij ons terecht", "waarvoor je bij ons terecht kunt"),
        ("Wie helpt je?", "wie je helpt"),
        ("Dit doen we niet meer", "wat we niet meer doen"),
        ("Dit heb je bereikt", "wat je bereikt hebt"),
    ):
        assert (heading in page) != (name in foot), heading  # printed, or named: never both


def test_the_easy_read_step_plan_is_one_page_with_the_appointment_and_the_steps(
    cli: Cli, vault_service: VaultService, tmp_path: Path
) -> None:
    _demo_vault(vault_service)
    out = tmp_path / "pop.pdf"
    result = cli("export", AYSE_ID, "--kind", "pop", "--easy-read", "-o", str(out))
    assert result.code == 0
    page, _ = _one_page(out)
    expected = (
        "Je stappenplan",
        "Je volgende afspraak",
        "donderdag 3 december om 10.00",
        "Waar: Sociaal Huis Leiemeersen",
        "Sam Peeters, je coach: 015 00 00 40",
        "Dit doe jij",
        "Elke maandagavond de post openen",
        "Tegen maandag 14 december.",
        "Je doelen",
    )
    at = [page.index(words) for words in expected]
    assert at == sorted(at)
    # A step already done is not on the easy sheet.
    assert "Het eerste gesprek bij Schuldhulp Oost samen voorbereiden." not in page
    # The steps of others: each printed (saying who), or counted at the foot.
    ayse = from_document(json.loads(demo_path("ayse").read_text(encoding="utf-8")))
    others = [
        step.text
        for goal in ayse.goals
        for step in goal.steps
        if step.owner is not Owner.CLIENT and step.status in OPEN_STEP_STATUSES
    ]
    printed = sum(_flat(text) in page for text in others)
    assert 0 < printed < len(others) and "Wie: " in page
    foot = _foot(page)
    missing = len(others) - printed
    assert f"nog {missing} stap" in foot and "van anderen" in foot
    assert "Dat staat in je volledige stappenplan. Vraag het aan je coach." in foot


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


def test_a_short_plan_fits_whole_without_a_note(tmp_path: Path) -> None:
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
    page, _ = _one_page(sheet.write(tmp_path / "kort.pdf"))
    assert not layout.left_out and "Niet op dit blad" not in page
    for words in (
        "Sam Peeters, je coach: 015 00 00 40",
        "Sociaal Huis: 015 00 00 20",
        "Je slaapt slecht",
        "Vragen over brieven",
        "Zus Elena",
    ):
        assert words in page, words


def _huge(dossier: Dossier) -> Dossier:
    """Ioana's plan grown far past one page: 60 warning signs, 30 numbers, 20 moments,
    40 of everything else."""
    assert dossier.aftercare is not None and dossier.closure is not None
    plan = dataclasses.replace(
        dossier.aftercare,
        signals_to_watch=tuple(
            f"Teken {n}: je slaapt slecht of je opent je post niet" for n in range(60)
        ),
        useful_numbers=tuple(f"Dienst {n}: 015 11 {n:02d} 20" for n in range(30)),
        contact_moments=tuple(
            AftercareMoment(date(2027, 1, 4) + timedelta(weeks=n), AftercareKind.PHONE)
            for n in range(20)
        ),
        can_come_back_for=tuple(f"Vraag {n} over brieven" for n in range(40)),
        network_support=tuple(f"Buur {n}" for n in range(40)),
        not_possible=tuple(f"Ding {n} doen we niet meer" for n in range(40)),
    )
    closure = dataclasses.replace(
        dossier.closure,
        continues_alone=" ".join(f"Ik doe taak {n} zelf." for n in range(40)),
        achieved=" ".join(f"Gelukt {n}." for n in range(40)),
    )
    return dataclasses.replace(dossier, aftercare=plan, closure=closure)


def test_a_huge_plan_is_still_one_page_and_names_what_it_leaves_out(tmp_path: Path) -> None:
    sheet, layout = nazorg_easy.build(
        _huge(_ioana()), date(2026, 12, 5), ["Sam Peeters", "015 00 00 40"]
    )
    page, _ = _one_page(sheet.write(tmp_path / "lang.pdf"))
    # The essentials stand: the next moment, the coach and the first numbers, and a few
    # lines of each essential part.
    for words in (
        "maandag 4 januari 2027",
        "Sam Peeters, je coach: 015 00 00 40",
        "Dienst 0: 015 11 00 20",
        "maandag 11 januari 2027: we bellen.",
        "Teken 0: je slaapt slecht",
        "Ik doe taak 0 zelf.",
    ):
        assert words in page, words
    # Whatever is not printed is counted and named at the foot, never dropped silently.
    foot = _foot(page)
    signs = sum(f"Teken {n}:" in page for n in range(60))
    numbers = sum(f"Dienst {n}:" in page for n in range(30))
    tasks = sum(f"Ik doe taak {n} zelf." in page for n in range(40))
    assert 0 < signs < 60 and 0 < numbers < 30 and 0 < tasks < 40
    assert f"nog {60 - signs} dingen om op te letten" in foot
    assert f"nog {30 - numbers} telefoonnummers" in foot
    assert f"nog {40 - tasks} dingen die je zelf doet" in foot
    for name in ("waarvoor je bij ons terecht kunt", "wie je helpt", "wat je bereikt hebt"):
        assert name in foot
    assert "je volledige nazorgplan" in foot
    assert [part.words() for part in layout.left_out] == layout.left_out_words
    assert len(layout.left_out) == 8


def _sentence(parts: int) -> str:
    """One sentence without a full stop inside: it cannot be cut into ideas."""
    middle = "bekijken, ook als het over de school of het ziekenfonds gaat, " * parts
    return f"Zelf elke week de post openen en wat dringend is met je zus {middle}en dan bellen"


def test_a_long_sentence_is_printed_whole_or_named_never_cut(tmp_path: Path) -> None:
    dossier = _ioana()
    assert dossier.closure is not None
    for parts, printed in ((2, True), (40, False)):  # four lines; more than a page
        sentence = _sentence(parts)
        plan = dataclasses.replace(
            dossier, closure=dataclasses.replace(dossier.closure, continues_alone=sentence)
        )
        sheet, _ = nazorg_easy.build(plan, date(2026, 12, 5), ["Sam Peeters"])
        page, _ = _one_page(sheet.write(tmp_path / f"zin {parts}.pdf"))
        if printed:
            assert _flat(sentence) in page
        else:
            assert "Zelf elke week de post openen" not in page  # no start without its end
            assert "wat je zelf doet" in _foot(page)


def test_a_huge_step_plan_is_one_page_with_the_appointment_and_the_coach(
    tmp_path: Path,
) -> None:
    dossier = from_document(json.loads(demo_path("ayse").read_text(encoding="utf-8")))
    steps = tuple(
        Step(f"s{n}", f"Stap {n} die je zelf zet", Owner.CLIENT, StepStatus.PLANNED)
        for n in range(30)
    )
    goals = tuple(
        Goal(f"g{n}", f"Doel {n}", GoalStatus.OPEN, steps=steps if n == 0 else ())
        for n in range(20)
    )
    huge = dataclasses.replace(dossier, goals=goals)
    now = demo_day().now()
    sheet = pop_easy.build(huge, now, ["Sam Peeters", "015 00 00 40"])[0]
    page, _ = _one_page(sheet.write(tmp_path / "pop lang.pdf"))
    assert "Je volgende afspraak" in page and "donderdag 3 december om 10.00" in page
    assert "Sam Peeters, je coach: 015 00 00 40" in page
    mine = sum(f"Stap {n} die je zelf zet" in page for n in range(30))
    assert mine >= 3
    foot = _foot(page)
    assert f"nog {30 - mine} stappen van jou" in foot
    assert "je volledige stappenplan" in foot
    assert "Meer uitleg bij elk doel" not in page  # the note points to the full plan


def test_a_coach_without_a_number_is_named_without_a_dangling_colon(tmp_path: Path) -> None:
    dossier = from_document(json.loads(demo_path("ayse").read_text(encoding="utf-8")))
    sheet, _ = pop_easy.build(dossier, demo_day().now(), [], "Sam Peeters")
    page, _ = _one_page(sheet.write(tmp_path / "zonder nummer.pdf"))
    assert "Sam Peeters, je coach" in page and "je coach:" not in page
