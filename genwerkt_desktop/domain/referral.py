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


@dataclass(frozen=True)
class ReferralStepInfo:
    number: int
    title: str
    hint: str


REFERRAL_STEPS: Final[tuple[ReferralStepInfo, ...]] = (
    ReferralStepInfo(
        1,
        "Samen de vraag verkennen",
        "Bespreek met de cliënt wat er nodig is en of een andere dienst daarbij kan helpen.",
    ),
    ReferralStepInfo(
        2,
        "Samen een dienst zoeken",
        "Kijk samen op de sociale kaart welke dienst past; de cliënt kiest mee.",
    ),
    ReferralStepInfo(
        3,
        "Uitleggen hoe de dienst werkt",
        "Vertel wat de dienst aanbiedt, wie er terecht kan, hoe het verloopt en wat "
        "het betekent als de cliënt stopt.",
    ),
    ReferralStepInfo(
        4,
        "De afspraak maken",
        "Beslis samen wie contact opneemt; laat de cliënt doen wat hij of zij zelf kan.",
    ),
    ReferralStepInfo(
        5,
        "Het eerste contact voorbereiden",
        "Overloop welke papieren mee moeten, wie meegaat, hoe de cliënt er geraakt, "
        "of een herinnering helpt en wie wat zal vertellen.",
    ),
    ReferralStepInfo(
        6,
        "Het eerste contact",
        "Ga mee als dat zo afgesproken is en geef de cliënt zelf het woord.",
    ),
    ReferralStepInfo(
        7,
        "Nazorg en terugkoppeling",
        "Vraag achteraf aan de cliënt en aan de dienst hoe het liep, en bekijk samen "
        "of er nog iets nodig is.",
    ),
)
"""The seven steps, numbered 1 to 7, with a Dutch title and a conversation hint."""

STEP_NUMBERS: Final[tuple[int, ...]] = tuple(info.number for info in REFERRAL_STEPS)

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


def step_info(number: int) -> ReferralStepInfo:
    """The title and hint of step ``number`` (1..7)."""
    if number not in STEP_NUMBERS:
        raise ValueError(f"no referral step {number}")
    return REFERRAL_STEPS[number - 1]


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
