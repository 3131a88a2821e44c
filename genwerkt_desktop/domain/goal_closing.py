"""Closing a POP goal that still has open steps.

A goal is closed when it is reached or let go (``CLOSED_GOAL_STATUSES``; a goal that is
*bijgesteld* keeps running).  Its steps that still have to happen (planned, in progress
or on hold) would otherwise drop out of every list of work to do, so closing asks, per
step, what becomes of it: it is done, it is no longer needed, or it moves to another
goal of the same dossier that still runs.

There is no step status for "no longer needed": the closest is ``FAILED`` (*niet
gelukt*): it is not counted in a goal's progress, never shown as work to do, and the
client's POP sheet leaves it out.  :data:`DROPPED_AS` names that choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .enums import GoalStatus, StepStatus
from .model import Goal, Step
from .smart import CLOSED_GOAL_STATUSES, OPEN_STEP_STATUSES, step_is_overdue

DROPPED_AS = StepStatus.FAILED
"""The status a step that is no longer needed gets (there is none of its own)."""


class StepFate(StrEnum):
    DONE = "gedaan"
    DROPPED = "niet_meer_nodig"
    MOVED = "verplaatst"


@dataclass(frozen=True)
class StepChoice:
    """What becomes of one open step; ``to_goal_id`` only for ``MOVED``."""

    fate: StepFate
    to_goal_id: str | None = None


@dataclass(frozen=True)
class OpenStep:
    """A step still to do, and whether it is late on the day asked."""

    step: Step
    overdue: bool


class ClosingError(ValueError):
    """The choices do not fit the goal: a step without a choice, or no goal to move to."""


def is_closed(status: GoalStatus) -> bool:
    return status in CLOSED_GOAL_STATUSES


def open_steps_of(goal: Goal, today: date) -> tuple[OpenStep, ...]:
    """The goal's steps that still have to happen, in their order."""
    return tuple(
        OpenStep(step, step_is_overdue(step, today))
        for step in goal.steps
        if step.status in OPEN_STEP_STATUSES
    )


def closes(before: Goal | None, after: Goal) -> bool:
    """Whether saving ``after`` over ``before`` (None: a new goal) closes the goal."""
    return is_closed(after.status) and (before is None or not is_closed(before.status))


def asks_about_steps(before: Goal | None, after: Goal) -> bool:
    """Closing a goal that has open steps: the coach chooses what becomes of them."""
    return closes(before, after) and any(s.status in OPEN_STEP_STATUSES for s in after.steps)


def move_targets(goals: Sequence[Goal], goal_id: str) -> tuple[Goal, ...]:
    """The other goals of the dossier a step can move to: those still running."""
    return tuple(g for g in goals if g.id != goal_id and not is_closed(g.status))


def default_choice(targets: Sequence[Goal]) -> StepChoice:
    """Move to the first running goal when there is one; otherwise the step is done."""
    if targets:
        return StepChoice(StepFate.MOVED, targets[0].id)
    return StepChoice(StepFate.DONE)


@dataclass(frozen=True)
class GoalClosing:
    """What closing a goal writes: the closed goal with the steps it keeps, and the
    goals that received steps (each with the moved steps added at the end)."""

    goal: Goal
    receiving: tuple[Goal, ...]
    moved: Mapping[str, str]  # step id -> id of the goal it moved to

    @property
    def goals(self) -> tuple[Goal, ...]:
        """Every goal to save, the closed one first (it gives the moved steps up)."""
        return (self.goal, *self.receiving)


def close_goal(
    goal: Goal, others: Sequence[Goal], choices: Mapping[str, StepChoice]
) -> GoalClosing:
    """Apply the coach's choice to each open step of ``goal`` (already carrying its
    closed status); ``others``: the dossier's other goals.

    Done steps become ``DONE``, dropped ones :data:`DROPPED_AS`; moved steps leave the
    goal and are added, unchanged, after the steps of the goal they move to.  Every open
    step needs a choice; a move needs a running goal of the same dossier."""
    targets = {g.id: g for g in move_targets(others, goal.id)}
    kept: list[Step] = []
    moving: dict[str, list[Step]] = {}
    moved: dict[str, str] = {}
    for step in goal.steps:
        if step.status not in OPEN_STEP_STATUSES:
            kept.append(step)
            continue
        choice = choices.get(step.id)
        if choice is None:
            raise ClosingError(f"geen keuze voor stap {step.id}")
        if choice.fate is StepFate.DONE:
            kept.append(replace(step, status=StepStatus.DONE))
        elif choice.fate is StepFate.DROPPED:
            kept.append(replace(step, status=DROPPED_AS))
        else:
            if choice.to_goal_id is None or choice.to_goal_id not in targets:
                raise ClosingError(f"geen lopend doel om stap {step.id} naartoe te verplaatsen")
            moving.setdefault(choice.to_goal_id, []).append(step)
            moved[step.id] = choice.to_goal_id
    receiving = tuple(
        replace(target, steps=(*target.steps, *moving[target.id]))
        for target in move_targets(others, goal.id)
        if target.id in moving
    )
    return GoalClosing(replace(goal, steps=tuple(kept)), receiving, moved)
