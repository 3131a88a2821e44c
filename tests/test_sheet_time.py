"""Every sheet shows times in Belgian time, whatever the computer's zone (CLI.md "Time"):
an appointment made for 10:30+01:00 prints as 10.30 on a laptop set to UTC too."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.belgian_time import belgian_today, clock_time, in_brussels
from genwerkt_desktop.domain.consent import shareable_categories, shareable_view
from genwerkt_desktop.domain.enums import ShareCategory
from genwerkt_desktop.domain.model import Appointment, Dossier, Meeting, Participant
from genwerkt_desktop.exports import dossier_sheet
from genwerkt_desktop.exports.meeting_sheet import meeting_client_sheet, meeting_partner_sheet
from genwerkt_desktop.exports.referral_sheet import referral_client_sheet, referral_partner_sheet
from genwerkt_desktop.exports.sharing import SheetFacts
from genwerkt_desktop.exports.stavaza_sheet import build_stavaza_sheet
from tests.domain.builders import consent, full_dossier

WINTER = timezone(timedelta(hours=1))
APPOINTMENT = datetime(2026, 12, 2, 10, 30, tzinfo=WINTER)
MEETING = datetime(2026, 12, 9, 10, 30, tzinfo=WINTER)
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
FACTS = SheetFacts(on=NOW.date(), coach_name="Sam", coach_lines=("Sam", "09 000 00 00"), now=NOW)


@pytest.fixture
def laptop_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's own zone set to UTC, as on a laptop set to another zone."""
    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()
    yield
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def _dossier() -> Dossier:
    base = full_dossier(
        consents=(
            consent("cawx", ShareCategory.RIGHTS, granted_on=date(2026, 1, 1)),
            consent("vdab", ShareCategory.RIGHTS, granted_on=date(2026, 1, 1)),
        )
    )
    referral = replace(base.referrals[0], appointment=Appointment(at=APPOINTMENT))
    meeting = Meeting(
        "m1",
        MEETING,
        participants=(Participant("Els", "vdab", "consulent"),),
    )
    return replace(base, referrals=(referral,), meetings=(meeting,))


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_helper_keeps_the_instant_and_shows_the_belgian_clock(laptop_in_utc: None) -> None:
    assert in_brussels(APPOINTMENT) == APPOINTMENT
    assert clock_time(APPOINTMENT) == "10.30"
    assert clock_time(APPOINTMENT.astimezone(UTC)) == "10.30"  # stored as 09:30Z
    assert clock_time(datetime(2026, 7, 1, 8, 5, tzinfo=UTC)) == "10.05"  # summer time
    assert belgian_today(datetime(2026, 3, 10, 23, 30, tzinfo=UTC)) == date(2026, 3, 11)


def test_referral_and_meeting_sheets_print_belgian_time_on_a_laptop_in_utc(
    laptop_in_utc: None, tmp_path: Path
) -> None:
    dossier = _dossier()
    referral, meeting = dossier.referrals[0], dossier.meetings[0]
    referral_view = shareable_view(dossier, ["cawx"], FACTS.on, referral_id="r1")
    meeting_view = shareable_view(dossier, ["vdab"], FACTS.on, meeting_id="m1")
    shared = shareable_categories(dossier.consents, ["vdab"], FACTS.on)
    sheets = {
        "referral client": referral_client_sheet(dossier, referral, FACTS),
        "referral partner": referral_partner_sheet(referral_view, FACTS),
        "meeting client": meeting_client_sheet(dossier, meeting, shared, FACTS),
        "meeting partner": meeting_partner_sheet(meeting_view, FACTS),
    }
    for name, sheet in sheets.items():
        text = _text(sheet.write(tmp_path / f"{name}.pdf"))
        assert "om 10.30 uur" in text, name
        assert "9.30" not in text, name


def test_status_report_and_dossier_print_belgian_time_on_a_laptop_in_utc(
    laptop_in_utc: None, tmp_path: Path
) -> None:
    dossier = _dossier()
    stavaza = _text(build_stavaza_sheet(dossier, NOW, "Sam").write(tmp_path / "s.pdf"))
    assert "02/12/2026 10.30" in stavaza and "09/12/2026 10.30" in stavaza
    whole = _text(
        dossier_sheet.build(dossier, NOW.date(), with_personal_notes=False).write(
            tmp_path / "d.pdf"
        )
    )
    assert "2 december 2026 om 10.30 uur" in whole
    assert "9.30" not in whole
