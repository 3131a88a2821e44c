"""What is due in one dossier: the single source for the agenda and the overview.

Planned contact moments, meetings, referral appointments, aftercare contact moments and
every open POP step (planned or in progress), also under a goal that is reached, adjusted
or let go: a step someone still has to do does not stop being due because the goal moved
on.  A step on hold was paused on purpose and one that did not work out is finished:
neither is due.

Ids are the ids of dossier-v1.  Aftercare contact moments have none there; their id is
``aftercare-<day>`` (ISO date), with ``-2``, ``-3``... for a second and third moment on
the same day in the plan's order, so adding a moment on another day changes no id.

Status: ``planned`` until the moment (an appointment exactly now is still planned),
``overdue`` once it is past and not recorded as done, ``done`` when the dossier records
it: an aftercare moment ticked off, a referral whose first contact (step 6) is ticked.
A planned contact records what became of it in its ``outcome``: ``niet_gekomen`` makes
it ``missed``, ``doorgegaan`` ``done`` (usually it is then no longer planned and not
due at all), ``verzet`` moved it to its new moment, which counts as any other.  A
meeting is ``done`` once its agreements are written down; a past one without them is
``overdue``: what was agreed at the table still has to reach the dossier.

A moment keeps the offset it was stored with and is compared as an instant.  An item with
only a day is past from the day after, in Belgian time (Europe/Brussels), whatever time
zone ``now`` carries.  A step without a due date has nothing to place in time and is left
out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Final

# Re-exported: the agenda and its tests ask this module for Belgian today.
from .belgian_time import BRUSSELS
from .belgian_time import belgian_today as belgian_today
from .enums import ContactOutcome, StepStatus
from .model import Aftercare, Contact, Dossier, Goal, Meeting, Referral

# Referral step 6 is the first contact at the new service: ticked, the appointment was kept.
FIRST_CONTACT_STEP: Final = 6

_OPEN_STEP: Final = frozenset({StepStatus.PLANNED, StepStatus.IN_PROGRESS})
_TITLE_LENGTH: Final = 80
# Where ``str.splitlines`` ends a line: the first line is found without splitting the
# whole text (a step or a purpose may be pages long, and the client list asks for every
# client's items).
_LINE_BREAK: Final = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


class DueKind(StrEnum):
    CONTACT = "contact"
    MEETING = "meeting"
    REFERRAL = "referral"
    AFTERCARE = "aftercare"
    STEP = "step"


class DueStatus(StrEnum):
    PLANNED = "planned"
    OVERDUE = "overdue"
    DONE = "done"
    MISSED = "missed"  # the client did not come (contact outcome niet_gekomen)


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    id: str
    client_id: str
    at: datetime | date  # a moment with its stored offset, or a day (steps, aftercare)
    title: str
    status: DueStatus

    @property
    def day(self) -> date:
        """The day in Belgian time: a 23:30Z appointment on 31 March is on 1 April."""
        if isinstance(self.at, datetime):
            return _aware(self.at).astimezone(BRUSSELS).date()
        return self.at

    @property
    def starts(self) -> datetime:
        """The moment to sort on; a day counts from its start in Belgian time."""
        if isinstance(self.at, datetime):
            return _aware(self.at)
        return datetime.combine(self.at, time.min, tzinfo=BRUSSELS)


def due_items(dossier: Dossier, now: datetime) -> tuple[DueItem, ...]:
    """Everything due in ``dossier`` seen from ``now`` (aware), in the dossier's order."""
    client_id = dossier.client.id
    today = belgian_today(now)
    organisation_names = {o.id: o.name for o in dossier.organisations}
    return (
        *(_contact(client_id, c, now) for c in dossier.contacts if c.planned is True),
        *(_meeting(client_id, m, now) for m in dossier.meetings),
        *(
            _referral(client_id, r, r.appointment.at, organisation_names, now)
            for r in dossier.referrals
            if r.appointment is not None and r.appointment.at is not None
        ),
        *_aftercare(client_id, dossier.aftercare, today),
        *(item for goal in dossier.goals for item in _steps(client_id, goal, today)),
    )


APPOINTMENT_KINDS: Final = frozenset({DueKind.CONTACT, DueKind.MEETING, DueKind.REFERRAL})
"""The kinds that are an appointment with a time: what "Volgende afspraak" names."""


def next_appointment(items: tuple[DueItem, ...]) -> DueItem | None:
    """The first appointment still ahead (planned), or None."""
    ahead = [i for i in items if i.kind in APPOINTMENT_KINDS and i.status is DueStatus.PLANNED]
    return min(ahead, key=sort_key) if ahead else None


def late_items(items: tuple[DueItem, ...]) -> list[DueItem]:
    """The items that are overdue, the oldest first."""
    return sorted((i for i in items if i.status is DueStatus.OVERDUE), key=sort_key)


def in_period(items: tuple[DueItem, ...], first: date, last: date) -> list[DueItem]:
    """The items whose Belgian day lies from ``first`` to ``last`` (inclusive), by time."""
    return sorted((i for i in items if first <= i.day <= last), key=sort_key)


def sort_key(item: DueItem) -> tuple[datetime, int, str, str]:
    # Within one moment: timed items before days, then by client and id, so the order
    # is the same on every run.
    return (item.starts, 0 if isinstance(item.at, datetime) else 1, item.client_id, item.id)


def _aware(moment: datetime) -> datetime:
    # dossier-v1 moments carry an offset; one without is read as Belgian time rather
    # than failing the comparison with an aware ``now``.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=BRUSSELS)


def _moment_status(at: datetime, now: datetime, done: bool) -> DueStatus:
    if done:
        return DueStatus.DONE
    return DueStatus.OVERDUE if _aware(at) < _aware(now) else DueStatus.PLANNED


def _day_status(on: date, today: date, done: bool) -> DueStatus:
    if done:
        return DueStatus.DONE
    return DueStatus.OVERDUE if on < today else DueStatus.PLANNED


def _short(text: str) -> str:
    stripped = text.strip()
    line = _LINE_BREAK.split(stripped, maxsplit=1)[0].strip() if stripped else ""
    return line if len(line) <= _TITLE_LENGTH else line[: _TITLE_LENGTH - 1].rstrip() + "…"


def _contact(client_id: str, contact: Contact, now: datetime) -> DueItem:
    title = contact.kind.value + (f" – {_short(contact.place)}" if contact.place else "")
    if contact.outcome is ContactOutcome.NO_SHOW:
        status = DueStatus.MISSED
    else:
        status = _moment_status(contact.at, now, done=contact.outcome is ContactOutcome.HELD)
    return DueItem(DueKind.CONTACT, contact.id, client_id, contact.at, title, status)


def _meeting(client_id: str, meeting: Meeting, now: datetime) -> DueItem:
    if meeting.purpose and meeting.purpose.strip():
        title = _short(meeting.purpose)
    else:
        title = meeting.kind.value if meeting.kind else "overleg"
    reported = any(theme.agreements for theme in meeting.themes)
    status = _moment_status(meeting.at, now, done=reported)
    return DueItem(DueKind.MEETING, meeting.id, client_id, meeting.at, title, status)


def _referral(
    client_id: str,
    referral: Referral,
    at: datetime,
    organisation_names: dict[str, str],
    now: datetime,
) -> DueItem:
    name = organisation_names.get(referral.organisation_id)
    if name:
        title = _short(name)
    elif referral.need and referral.need.strip():
        title = _short(referral.need)
    else:
        title = "doorverwijzing"
    kept = any(s.step == FIRST_CONTACT_STEP and s.done for s in referral.steps)
    status = _moment_status(at, now, done=kept)
    return DueItem(DueKind.REFERRAL, referral.id, client_id, at, title, status)


def aftercare_moment_ids(aftercare: Aftercare) -> tuple[str, ...]:
    """The ids of the plan's contact moments, in the plan's order (see the module text)."""
    seen: Counter[date] = Counter()
    ids = []
    for moment in aftercare.contact_moments:
        seen[moment.on] += 1
        suffix = "" if seen[moment.on] == 1 else f"-{seen[moment.on]}"
        ids.append(f"aftercare-{moment.on.isoformat()}{suffix}")
    return tuple(ids)


def _aftercare(client_id: str, aftercare: Aftercare | None, today: date) -> tuple[DueItem, ...]:
    if aftercare is None:
        return ()
    return tuple(
        DueItem(
            DueKind.AFTERCARE,
            moment_id,
            client_id,
            moment.on,
            moment.kind.value if moment.kind else "nazorg",
            _day_status(moment.on, today, done=moment.done is True),
        )
        for moment_id, moment in zip(
            aftercare_moment_ids(aftercare), aftercare.contact_moments, strict=True
        )
    )


def _steps(client_id: str, goal: Goal, today: date) -> tuple[DueItem, ...]:
    return tuple(
        DueItem(
            DueKind.STEP,
            step.id,
            client_id,
            step.due_on,
            _short(step.text) or "stap",
            _day_status(step.due_on, today, done=False),
        )
        for step in goal.steps
        if step.status in _OPEN_STEP and step.due_on is not None
    )
