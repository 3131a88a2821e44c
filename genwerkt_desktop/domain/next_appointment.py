"""The next appointment, proposed from the dossier so that planning it takes one key.

At the end of a conversation the coach and the client agree when they meet again.  Most
of the time that is like the last meeting: the same kind of contact, the same place,
a week later at the same hour.  :func:`propose` works that out from the contact moments;
:func:`planned_contact` makes the chosen moment a planned contact, the same record a
planned appointment in the contacts tab is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Final

from .enums import ContactKind, NoteScope
from .model import Contact

NEXT_WEEK: Final = timedelta(days=7)
ROUND_MINUTES: Final = 15
DEFAULT_KIND: Final = ContactKind.CONVERSATION


@dataclass(frozen=True)
class Proposal:
    """What the form shows first: a moment, a place ("" when none is known), a kind."""

    at: datetime
    place: str
    kind: ContactKind


def propose(contacts: Iterable[Contact], now: datetime) -> Proposal:
    """A week from today at the same hour, the place and kind of the last contact.

    *The same hour*: that of the last contact when it was today (the conversation the
    coach is finishing), otherwise the hour now, rounded down to a quarter.  *The last
    contact* is the latest one up to now; the place is that of the latest one that names
    a place (a phone call names none).  Planned contacts still ahead do not count: they
    are not what happened.
    """
    past = sorted((c for c in contacts if c.at <= now), key=lambda c: c.at)
    zone = now.tzinfo
    today_contacts = [c for c in past if _local(c.at, now).date() == now.date()]
    if today_contacts:
        hour = _local(today_contacts[-1].at, now).time().replace(second=0, microsecond=0)
    else:
        hour = time(now.hour, now.minute - now.minute % ROUND_MINUTES)
    day = now.date() + NEXT_WEEK
    placed = [c for c in past if c.place and c.place.strip()]
    return Proposal(
        at=datetime.combine(day, hour, tzinfo=zone),
        place=(placed[-1].place or "").strip() if placed else "",
        kind=past[-1].kind if past else DEFAULT_KIND,
    )


def planned_contact(contact_id: str, at: datetime, kind: ContactKind, place: str) -> Contact:
    """A planned appointment, as the contacts tab stores one: for the file, readable by
    the client, without a note yet."""
    return Contact(
        id=contact_id,
        at=at,
        kind=kind,
        place=place.strip() or None,
        summary=None,
        note_scope=NoteScope.FILE,
        client_may_read=True,
        planned=True,
    )


def _local(moment: datetime, now: datetime) -> datetime:
    if moment.tzinfo is None or now.tzinfo is None:
        return moment
    return moment.astimezone(now.tzinfo)
