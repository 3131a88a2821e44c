"""When the coach is with a client: the planned contact that is happening now.

A planned contact has a start and no end.  It counts as *now* from a little before its
start (the client is early, the coach prepares) until well after it (a home visit runs
long).  A phone call is not "with" the client: nobody looks at the screen beside the
coach, so it is never offered.  A contact already recorded as held or missed is over.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final

from .belgian_time import BRUSSELS
from .enums import ContactKind, ContactOutcome
from .model import Contact

BEFORE: Final = timedelta(minutes=20)
"""How long before its start a planned contact counts as now."""

AFTER: Final = timedelta(minutes=90)
"""How long after its start a planned contact still counts as now."""

OVER: Final = frozenset({ContactOutcome.HELD, ContactOutcome.NO_SHOW})


def is_now(contact: Contact, now: datetime) -> bool:
    """Whether ``contact`` is a planned meeting with the client happening at ``now``."""
    if contact.planned is not True or contact.outcome in OVER:
        return False
    if contact.kind is ContactKind.PHONE:
        return False
    at = _aware(contact.at)
    return at - BEFORE <= now <= at + AFTER


def contact_now(contacts: Iterable[Contact], now: datetime) -> Contact | None:
    """The planned contact happening at ``now`` (the one nearest to it), or None."""
    current = [c for c in contacts if is_now(c, now)]
    return min(current, key=lambda c: (abs(_aware(c.at) - now), c.id), default=None)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=BRUSSELS)
