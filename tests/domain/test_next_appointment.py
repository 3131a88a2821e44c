"""The next appointment's proposal: a week later at the same hour, where and as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.domain.next_appointment import planned_contact, propose

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 28, 10, 47, tzinfo=ZONE)


def _contact(
    at: datetime, kind: ContactKind, place: str | None = None, planned: bool | None = None
) -> Contact:
    return Contact(id=f"c{at:%d%H%M}", at=at, kind=kind, place=place, planned=planned)


def test_the_conversation_held_today_gives_the_hour_place_and_kind() -> None:
    contacts = [
        _contact(NOW - timedelta(days=9), ContactKind.CONVERSATION, "Sociaal Huis"),
        _contact(NOW.replace(hour=9, minute=30), ContactKind.HOME_VISIT, "Thuis"),
    ]
    proposal = propose(contacts, NOW)
    assert proposal.at == datetime(2026, 12, 5, 9, 30, tzinfo=ZONE)
    assert (proposal.place, proposal.kind) == ("Thuis", ContactKind.HOME_VISIT)


def test_without_a_contact_today_the_hour_now_rounded_down_to_a_quarter() -> None:
    contacts = [_contact(NOW - timedelta(days=9), ContactKind.CONVERSATION, "Sociaal Huis")]
    assert propose(contacts, NOW).at == datetime(2026, 12, 5, 10, 45, tzinfo=ZONE)


def test_a_call_names_no_place_the_last_place_named_is_taken() -> None:
    contacts = [
        _contact(NOW - timedelta(days=20), ContactKind.HOME_VISIT, "Thuis, Klaprooshof"),
        _contact(NOW - timedelta(days=9), ContactKind.PHONE),
    ]
    proposal = propose(contacts, NOW)
    assert (proposal.place, proposal.kind) == ("Thuis, Klaprooshof", ContactKind.PHONE)


def test_appointments_still_ahead_do_not_count() -> None:
    contacts = [
        _contact(NOW - timedelta(days=3), ContactKind.CONVERSATION, "Kantoor"),
        _contact(NOW + timedelta(days=2), ContactKind.MEETING, "Stadhuis", planned=True),
    ]
    proposal = propose(contacts, NOW)
    assert (proposal.place, proposal.kind) == ("Kantoor", ContactKind.CONVERSATION)


def test_a_first_appointment_is_a_conversation_with_no_place_yet() -> None:
    proposal = propose([], NOW)
    assert (proposal.place, proposal.kind) == ("", ContactKind.CONVERSATION)
    assert proposal.at == datetime(2026, 12, 5, 10, 45, tzinfo=ZONE)


def test_the_planned_contact_is_what_the_contacts_tab_stores_for_an_appointment() -> None:
    at = datetime(2026, 12, 5, 9, 30, tzinfo=ZONE)
    contact = planned_contact("x", at, ContactKind.HOME_VISIT, "  Thuis ")
    assert contact.planned is True and contact.place == "Thuis" and contact.summary is None
    assert contact.note_scope is NoteScope.FILE and contact.client_may_read is True
    assert planned_contact("y", at, ContactKind.PHONE, " ").place is None
