"""How far a POP goal has come, and what changed between two versions of a goal.

The history of a POP keeps statuses and dates only, never the texts typed: a text can
be a note the client never meant to keep, a status cannot.  The texts shown beside a
history line are read from the dossier as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .enums import StepStatus
from .model import Goal, Step


class ChangeKind(StrEnum):
    ADDED = "nieuw"
    STATUS = "status"
    DUE = "datum"
    REMOVED = "geschrapt"


@dataclass(frozen=True)
class GoalProgress:
    """``done`` of ``counted`` steps are done; steps that did not work out are not
    counted, so a step replaced by a better one does not keep the share down."""

    done: int
    counted: int
    failed: int

    @property
    def share(self) -> float:
        return self.done / self.counted if self.counted else 0.0

    @property
    def percent(self) -> int:
        return round(self.share * 100)


def goal_progress(goal: Goal) -> GoalProgress:
    done = sum(1 for s in goal.steps if s.status is StepStatus.DONE)
    failed = sum(1 for s in goal.steps if s.status is StepStatus.FAILED)
    return GoalProgress(done=done, counted=len(goal.steps) - failed, failed=failed)


@dataclass(frozen=True)
class PopChange:
    """One change to a goal or one of its steps (``step_id`` None: the goal itself).

    ``before`` and ``after`` are status codes or ISO dates, never free text."""

    goal_id: str
    step_id: str | None
    kind: ChangeKind
    before: str | None
    after: str | None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str | None
    change: PopChange


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _step_changes(goal_id: str, old: Step | None, new: Step | None) -> list[PopChange]:
    if old is None and new is not None:
        return [PopChange(goal_id, new.id, ChangeKind.ADDED, None, new.status.value)]
    if old is not None and new is None:
        return [PopChange(goal_id, old.id, ChangeKind.REMOVED, old.status.value, None)]
    assert old is not None and new is not None
    out: list[PopChange] = []
    if old.status is not new.status:
        out.append(
            PopChange(goal_id, new.id, ChangeKind.STATUS, old.status.value, new.status.value)
        )
    if old.due_on != new.due_on:
        out.append(PopChange(goal_id, new.id, ChangeKind.DUE, _day(old.due_on), _day(new.due_on)))
    return out


def changes_between(old: Goal | None, new: Goal) -> list[PopChange]:
    """What a save changes: a new goal, its status and date, and each step's."""
    out: list[PopChange] = []
    if old is None:
        out.append(PopChange(new.id, None, ChangeKind.ADDED, None, new.status.value))
    else:
        if old.status is not new.status:
            out.append(
                PopChange(new.id, None, ChangeKind.STATUS, old.status.value, new.status.value)
            )
        if old.due_on != new.due_on:
            out.append(PopChange(new.id, None, ChangeKind.DUE, _day(old.due_on), _day(new.due_on)))
    before = {s.id: s for s in old.steps} if old is not None else {}
    after = {s.id: s for s in new.steps}
    for step in new.steps:
        out += _step_changes(new.id, before.get(step.id), step)
    for step_id, step in before.items():
        if step_id not in after:
            out += _step_changes(new.id, step, None)
    return out


def revisits_to_keep(
    goal: Goal, previous: dict[str, date], given: dict[str, date]
) -> dict[str, date]:
    """The revisit dates a goal keeps after a save: only steps still on hold have one;
    a date handed in now wins over the one stored before."""
    out: dict[str, date] = {}
    for step in goal.steps:
        if step.status is not StepStatus.ON_HOLD:
            continue
        chosen = given.get(step.id) or previous.get(step.id)
        if chosen is not None:
            out[step.id] = chosen
    return out
