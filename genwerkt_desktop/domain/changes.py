"""What a write changed, so each view refreshes only that (after Anki's ``OpChanges``).

Every write of a dossier returns a :class:`Changes`: whose dossier, and which parts of
it.  The open dossier then reads back just those parts (a saved note: the contacts, not
the whole dossier in fourteen queries), and only the views that show them refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Part(StrEnum):
    """A part of a dossier that can be read back, and shown, on its own."""

    CLIENT = "client"  # the card: name, status, contact details, support question
    PHASES = "phases"
    DOMAINS = "domains"  # observations (needs, strengths) and rights per life domain
    CONTACTS = "contacts"  # contact moments and their notes
    ECOGRAMS = "ecograms"
    BALANCES = "balances"
    POP = "pop"  # goals and their steps
    COLLABORATION = "collaboration"  # consents, referrals, round-table meetings
    CLOSURE = "closure"  # the closing talk and the aftercare plan
    FIRST_RECEPTION = "first_reception"  # what was explained and agreed at the start
    INNER_NOTES = "inner_notes"  # the inside of poverty (binnenkant)
    LIFE_EVENTS = "life_events"  # the life story (levensloop)
    MINDMAPS = "mindmaps"
    VACANCIES = "vacancies"  # vacancies read together
    DECISIONS = "decisions"  # choices weighed (pros and cons)
    PHONE_REQUESTS = "phone_requests"  # information asked by telephone


EVERY_PART: frozenset[Part] = frozenset(Part)


@dataclass(frozen=True)
class Changes:
    """``client_id``'s dossier changed in ``parts``; no parts: the dossier as a whole
    (created, deleted, or too much to name)."""

    client_id: str | None
    parts: frozenset[Part] = frozenset()

    @classmethod
    def of(cls, client_id: str, *parts: Part) -> Changes:
        return cls(client_id, frozenset(parts))

    @property
    def whole(self) -> bool:
        return not self.parts


@dataclass(frozen=True)
class ChangesWith(Generic[T]):
    """A write that also answers something (the merged plan, a new id)."""

    changes: Changes
    value: T
