"""What became of a planned contact once its moment passed, and the outreaching
follow-up after a missed one.

Working *aanklampend*, the coach does not let a missed appointment pass: it is recorded
(``niet_gekomen``) and followed by a new planned contact, a call, a letter or a home
visit.  ``doorgegaan`` turns the appointment into a contact that took place (no longer
planned: the coach writes the note); ``verzet`` moves it to its new moment.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from enum import StrEnum

from .enums import ContactKind, ContactOutcome
from .model import Contact


class FollowUp(StrEnum):
    """The ways to reach out again after a missed appointment."""

    CALL = "bellen"
    LETTER = "brief"
    HOME_VISIT = "huisbezoek"


FOLLOW_UP_KINDS: dict[FollowUp, ContactKind] = {
    FollowUp.CALL: ContactKind.PHONE,
    FollowUp.LETTER: ContactKind.OTHER,
    FollowUp.HOME_VISIT: ContactKind.HOME_VISIT,
}


def awaits_outcome(contact: Contact, now: datetime) -> bool:
    """A planned contact whose moment has passed and of which nothing is recorded yet
    (one moved before counts again once its new moment has passed)."""
    return (
        contact.planned is True
        and contact.outcome not in (ContactOutcome.HELD, ContactOutcome.NO_SHOW)
        and contact.at < now
    )


def with_outcome(
    contact: Contact, outcome: ContactOutcome, moved_to: datetime | None = None
) -> Contact:
    """``contact`` with ``outcome`` recorded: held is no longer planned, a missed one
    stays the appointment it was, a moved one is planned at ``moved_to``."""
    if outcome is ContactOutcome.HELD:
        return dataclasses.replace(contact, planned=False, outcome=outcome)
    if outcome is ContactOutcome.MOVED:
        if moved_to is None:
            raise ValueError("een verzette afspraak heeft een nieuw moment nodig")
        return dataclasses.replace(contact, at=moved_to, planned=True, outcome=outcome)
    return dataclasses.replace(contact, planned=True, outcome=outcome)


def follow_up_contact(
    contact_id: str, way: FollowUp, at: datetime, summary: str | None = None
) -> Contact:
    """The new planned contact that follows a missed appointment."""
    return Contact(id=contact_id, at=at, kind=FOLLOW_UP_KINDS[way], summary=summary, planned=True)
