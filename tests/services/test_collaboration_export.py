"""Referral and meeting sheets through the export registry: what each reader gets, what
never leaves, the audit line of a partner sheet, and the refusals."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.meeting import has_taken_place
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exports import Audience, ExportRequest, export
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock

DEBT_REFERRAL = "eb33e493-f53e-4802-add5-54dcddd5cd81"  # Schuldhulp Oost, consent valid
CHILDCARE_REFERRAL = "9c539f7a-6ce4-43ab-a83e-d8e3bf8f3a0d"  # De Knikker, consent revoked
ROUND_TABLE = "c144e670-b817-41fa-b850-65372e7e0b04"
DEBT_ORG = "245abd14-4fd0-4c0b-8ed3-adfd5aa5fc54"
DEBT_CONSENT = "8be5e54c-ad2c-46c3-9c61-60535edaf64c"


@pytest.fixture
def demo(vault: OpenVault) -> OpenVault:
    load_demo(vault)
    save_profile(
        vault.paths, CoachProfile(name="Sam Peeters", organisation="Werkwinkel", phone="09 123")
    )
    return vault


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _page_of(pages: list[str], words: str) -> int:
    return next(i for i, page in enumerate(pages) if words in page)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _shares(vault: OpenVault) -> list[str]:
    return [e.detail or "" for e in AuditService(vault).recent() if e.action == "gedeeld"]


def _export(vault: OpenVault, kind: str, item: str, audience: Audience, out: Path) -> Path:
    return export(vault, kind, ExportRequest(AYSE_ID, out, item_id=item, audience=audience))


def test_partner_referral_carries_the_consented_view_and_names_its_consent(
    demo: OpenVault, tmp_path: Path
) -> None:
    path = _export(demo, "referral", DEBT_REFERRAL, Audience.PARTNER, tmp_path / "p.pdf")
    text = _flat(_text(path))
    assert "Doorverwijzing naar Schuldhulp Oost" in text
    assert "Nadia El Amrani" in text  # the chosen contact person
    assert "haalbaar afbetalingsplan" in text  # the need
    assert "Yılmaz" in text  # identity is consented
    assert "mondeling gegeven op 21/09/2026" in text
    assert "persoonlijk ontwikkelingsplan" in text  # named as left out
    # Her limit toward this service is printed in a box near the top, before the sheet
    # says anything else about her; her limit toward another service is not.
    pages = _pages(path)
    first = pages[0]
    assert "Grenzen die de cliënt stelt" in first
    assert "Geen details over de gezondheid van de kinderen." in first
    assert first.index("Geen details over de gezondheid") < first.index("Waarop dit blad steunt")
    assert first.index("Waarop dit blad steunt") < first.index("De vraag")
    # Never: who says what, her own questions, step notes, goals (no POP consent), notes
    # from contact moments.
    for secret in (
        "ex-partner",
        "buitenzetten",
        "schaamt zich",
        "keukenopleiding",
    ):
        assert secret not in text, secret
    assert _shares(demo) == [f"referral:partner org={DEBT_ORG} consent={DEBT_CONSENT}"]


def test_partner_referral_is_refused_when_consent_was_revoked(
    demo: OpenVault, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    with pytest.raises(StateError, match=r"geen geldige toestemming.*De Knikker"):
        _export(demo, "referral", CHILDCARE_REFERRAL, Audience.PARTNER, out)
    assert not out.exists()
    assert _shares(demo) == []


def test_client_referral_sheet_is_practical_and_plain(
    demo: OpenVault, tmp_path: Path, fixed_clock: FixedClock
) -> None:
    # A week before the appointment of 6 October: it is still ahead.
    fixed_clock.moment = fixed_clock.moment.replace(month=9, day=29)
    text = _flat(
        _text(_export(demo, "referral", DEBT_REFERRAL, Audience.CLIENT, tmp_path / "c.pdf"))
    )
    assert "Je afspraak bij Schuldhulp Oost" in text
    assert "dinsdag 6 oktober 2026 om 9.30 uur" in text
    assert "Huurcontract" in text and "Te voet" in text
    assert "Sam Peeters gaat met je mee" in text
    assert "Mag de huisbaas mij buitenzetten" in text
    assert "09 123" in text  # whom to call
    assert "Yılmaz" not in text  # first name is enough on her own sheet
    assert _shares(demo) == []
    # The day and hour are set: the appointment was made, in the past tense.
    assert "We maakten deze afspraak samen." in text and "maken de afspraak" not in text
    assert "Daar spreek je met Nadia El Amrani, schuldbemiddelaar (Gent)." in text
    assert "(Gent))" not in text
    assert "Voor Ayşe, 29 september 2026" in text  # a date in words, as on her other sheets
    assert "Is er iets? Bel je coach Sam Peeters Werkwinkel 09 123" in text


def test_a_written_prompt_stays_with_its_lines(
    demo: OpenVault, tmp_path: Path, fixed_clock: FixedClock
) -> None:
    fixed_clock.moment = fixed_clock.moment.replace(month=9, day=29)  # still ahead
    pages = _pages(_export(demo, "referral", DEBT_REFERRAL, Audience.CLIENT, tmp_path / "c.pdf"))
    # The lines are drawn between the prompt and the sentence after them.
    assert _page_of(pages, "Nog een vraag? Schrijf ze hier op.") == _page_of(
        pages, "Je krijgt de dag ervoor nog een herinnering."
    )


def test_client_sheets_name_the_coach_without_a_profile_and_promise_no_number(
    vault: OpenVault, tmp_path: Path
) -> None:
    load_demo(vault)  # no coach details filled in: the dossier's coach is named
    for kind, item in (("referral", DEBT_REFERRAL), ("meeting", ROUND_TABLE)):
        text = _flat(_text(_export(vault, kind, item, Audience.CLIENT, tmp_path / f"{kind}.pdf")))
        assert "Vraag het aan je coach, Sam Peeters." in text, kind
        assert "Bel dan" not in text and "Bel je coach" not in text, kind


def test_partner_meeting_sheet_shares_only_what_every_service_may_know(
    demo: OpenVault, tmp_path: Path
) -> None:
    path = _export(demo, "meeting", ROUND_TABLE, Audience.PARTNER, tmp_path / "m.pdf")
    text = _flat(_text(path))
    assert "Rondetafelgesprek" in text and "Bart Goossens" in text
    assert "Huurachterstand" in text and "Vocht in de kinderkamer" in text
    assert "Wie doet wat, tegen wanneer" in text  # the meeting was on 30/09: agreements
    assert "afbetalingsvoorstel opmaken" in text
    # Woonmaatschappij only consented identity, contact details and rights: no life domains.
    assert "levensdomeinen (krachten en noden)" in text  # named as left out
    assert "Ik wil blijven wonen" not in text  # the client's view stays hers to say
    # Around one table only what she asked of everyone there is printed; a limit toward
    # one service would tell the others what it is about: that there are more is said.
    box = text[text.index("Grenzen die de cliënt stelt") : text.index("Waarop dit blad steunt")]
    for limit in (
        "Niets over haar ex-partner of de scheiding.",
        "Geen details over de gezondheid van de kinderen.",
        "De naam van de verhuurder pas na haar akkoord.",
        "Niets over de schulden.",  # her limit toward a service not at the table
    ):
        assert limit not in text, limit
    assert "De cliënt stelde ook grenzen die niet voor iedereen aan tafel gelden." in box
    assert "De coach kent ze en bewaakt ze" in box
    # Left out because not every service at the table may know it, not because she said no.
    assert "omdat niet iedereen aan tafel er toestemming voor heeft" in text
    assert "gaf de cliënt geen toestemming" not in text
    # The agenda is numbered, without a bullet before the number.
    assert "1. Huurachterstand 2. Vocht in de kinderkamer 3. Werk" in text
    # A date column wide enough for dd/mm/jjjj: no "20/11/202" with a lone "6" below.
    raw = _text(path)
    assert "20/11/2026" in raw and not re.search(r"\d\d/\d\d/\d{1,3}\n", raw)
    line = _shares(demo)[0]
    assert line.startswith("meeting:partner org=") and line.count(",") == 4  # 3 orgs, 3 consents


def test_client_meeting_sheet_prepares_her_in_plain_words(demo: OpenVault, tmp_path: Path) -> None:
    # The day before the round table, with no agreements written down yet.
    demo.clock = FixedClock(datetime(2026, 9, 29, 9, 0, tzinfo=UTC))
    dossiers = DossierService(demo)
    dossier = dossiers.get(AYSE_ID)
    dossiers.save(
        replace(
            dossier,
            meetings=tuple(
                replace(m, themes=tuple(replace(t, agreements=()) for t in m.themes))
                for m in dossier.meetings
            ),
        )
    )
    text = _flat(_text(_export(demo, "meeting", ROUND_TABLE, Audience.CLIENT, tmp_path / "c.pdf")))
    for words in (
        "Wat is een rondetafelgesprek?",
        "Wie komt er",
        "Ik wil blijven wonen",
        "Jouw eigen punten",
        "de rechten en premies",
        "één voor één",
        "Voor Ayşe, 29 september 2026",
    ):
        assert words in text, words
    assert "wat goed gaat en wat moeilijk is" not in text  # not consented by all three
    assert "een voor een" not in text
    # She is "Jij" among the people at the table, not "Ayşe Yılmaz, cliënt".
    who = text[text.index("Wie komt er") : text.index("Hoe gaat het")]
    assert "Jij" in who and "Yılmaz" not in who and "cliënt" not in who
    assert "Fatima, buurvrouw" in who


def test_after_the_meeting_she_gets_what_was_agreed_not_the_preparation(
    demo: OpenVault, tmp_path: Path
) -> None:
    path = _export(demo, "meeting", ROUND_TABLE, Audience.CLIENT, tmp_path / "c.pdf")
    text = _flat(_text(path))  # the demo day, 28/11: the meeting of 30/09 took place
    assert text.startswith("Wat we samen afspraken Voor Ayşe, 28 november 2026")
    assert "Op woensdag 30 september 2026 om 10.00 uur zaten we samen aan tafel" in text
    for agreed in (
        "1. Huurachterstand",
        "Een afbetalingsvoorstel opmaken en aan de verhuurder bezorgen.",
        "wie: Nadia El Amrani, tegen 20 november 2026",
        "wie: Sam Peeters en jij, tegen 10 oktober 2026",  # her own name becomes "jij"
        "3. Werk",
        "wie: jij, tegen 30 november 2026",
    ):
        assert agreed in text, agreed
    for preparation in ("Wat is een rondetafelgesprek?", "Jouw eigen punten", "Wie komt er"):
        assert preparation not in text, preparation


def test_agreements_written_down_mean_the_meeting_took_place(demo: OpenVault) -> None:
    """The coach may note the agreements before the clock says the meeting is over."""
    meeting = next(m for m in DossierService(demo).get(AYSE_ID).meetings if m.id == ROUND_TABLE)
    before = meeting.at - timedelta(hours=1)
    assert has_taken_place(meeting, before)
    bare = replace(meeting, themes=tuple(replace(t, agreements=()) for t in meeting.themes))
    assert not has_taken_place(bare, before)
    assert has_taken_place(bare, meeting.at)


def test_unknown_or_missing_item_and_wrong_extension_are_refused(
    demo: OpenVault, tmp_path: Path
) -> None:
    # An item that is not there is a state (exit 2), not invalid input.
    with pytest.raises(StateError, match="doorverwijzing staat niet"):
        _export(demo, "referral", "nope", Audience.CLIENT, tmp_path / "x.pdf")
    with pytest.raises(StateError, match="--item"):
        export(demo, "meeting", ExportRequest(AYSE_ID, tmp_path / "x.pdf"))
    with pytest.raises(InvalidInput, match=r"\.pdf"):
        _export(demo, "meeting", ROUND_TABLE, Audience.CLIENT, tmp_path / "x.png")
    assert not list(tmp_path.glob("x.*"))


def test_a_laptop_in_utc_prints_the_appointment_in_belgian_time(
    demo: OpenVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system clock of a laptop set to UTC carries UTC as its zone: the sheet still
    shows the Belgian hour (9.30+02:00 stays 9.30, not 7.30)."""
    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()
    try:
        demo.clock = SystemClock()
        for audience in (Audience.CLIENT, Audience.PARTNER):
            path = _export(demo, "referral", DEBT_REFERRAL, audience, tmp_path / "r.pdf")
            text = _flat(_text(path))
            assert "dinsdag 6 oktober 2026 om 9.30 uur" in text, audience
            assert "7.30" not in text, audience
    finally:
        monkeypatch.undo()
        if hasattr(time, "tzset"):
            time.tzset()
