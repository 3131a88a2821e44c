"""The warm referral: a path of seven steps the coach walks together with the client.

A referral can be paused (time-out) or let go with a date to look at it again; the
progress tells the coach when that date has come.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Final

from .enums import ReferralStatus
from .model import Referral

STEP_NUMBERS: Final[tuple[int, ...]] = (1, 2, 3, 4, 5, 6, 7)
"""The seven steps of a warm referral; the interface words their titles and hints."""

PAUSED_STATUSES: Final[frozenset[ReferralStatus]] = frozenset(
    {ReferralStatus.TIME_OUT, ReferralStatus.STOPPED}
)
"""Statuses in which a revisit date can come due (time-out, or let go for now)."""


@dataclass(frozen=True)
class ReferralProgress:
    """Where a referral stands.

    ``done`` lists the valid step numbers ticked off, ascending. ``next_step`` is the
    lowest step not yet done, or None when all seven are done or the referral was
    stopped. ``paused`` is True in time-out. ``revisit_due`` is True when a referral
    in time-out or stopped has a revisit date on or before today.
    """

    done: tuple[int, ...]
    next_step: int | None
    complete: bool
    paused: bool
    revisit_due: bool


def referral_progress(referral: Referral, today: date) -> ReferralProgress:
    """Summarise the steps and the pause of a referral on ``today``.

    Steps may be ticked off in any order (life does not follow the list); the next
    step is the first one still open. A paused referral keeps its next step so the
    coach knows where to pick it up again.
    """
    done = tuple(
        sorted({step.step for step in referral.steps if step.done and step.step in STEP_NUMBERS})
    )
    remaining = [number for number in STEP_NUMBERS if number not in done]
    complete = not remaining
    stopped = referral.status is ReferralStatus.STOPPED
    next_step = remaining[0] if remaining and not stopped else None
    revisit_due = (
        referral.status in PAUSED_STATUSES
        and referral.revisit_on is not None
        and referral.revisit_on <= today
    )
    return ReferralProgress(
        done=done,
        next_step=next_step,
        complete=complete,
        paused=referral.status is ReferralStatus.TIME_OUT,
        revisit_due=revisit_due,
    )


def validate_referral(referral: Referral) -> list[str]:
    """Problems with the recorded steps, in Dutch, one line each."""
    problems: list[str] = []
    counts = Counter(step.step for step in referral.steps)
    for number in sorted(counts):
        if number not in STEP_NUMBERS:
            problems.append(
                f"Stap {number} bestaat niet; de stappen zijn genummerd van "
                f"{STEP_NUMBERS[0]} tot {STEP_NUMBERS[-1]}."
            )
        if counts[number] > 1:
            problems.append(f"Stap {number} staat {counts[number]} keer in de doorverwijzing.")
    for step in referral.steps:
        if step.done_on is not None and not step.done:
            problems.append(f"Stap {step.step} heeft een datum maar is niet afgevinkt.")
    return problems
