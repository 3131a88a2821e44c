"""The SMART check of a POP goal and the follow-up of its steps.

The check helps the coach and the client talk about the goal; it never blocks
saving one. Each missing letter comes with a short Dutch hint the coach can use as a
question in the conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .enums import GoalStatus, StepStatus
from .model import Goal, Step

MIN_SPECIFIC_WORDS = 3
"""A goal described in fewer words than this is too vague to act on."""

OPEN_STEP_STATUSES: frozenset[StepStatus] = frozenset(
    {StepStatus.PLANNED, StepStatus.IN_PROGRESS, StepStatus.ON_HOLD}
)
"""Steps that still have to happen (on hold counts: it is paused, not finished)."""

CLOSED_GOAL_STATUSES: frozenset[GoalStatus] = frozenset({GoalStatus.REACHED, GoalStatus.LET_GO})
"""Goals that are finished; their leftover steps are no longer followed up."""

_RUNNING_GOAL_STATUSES: frozenset[GoalStatus] = frozenset({GoalStatus.OPEN, GoalStatus.IN_PROGRESS})

HINT_SPECIFIC = (
    "Specifiek: beschrijf in een paar woorden, liefst zoals de cliënt het zegt, "
    "wat er precies moet veranderen."
)
HINT_MEASURABLE = "Meetbaar: spreek af waaraan jullie samen zien dat het doel bereikt is."
HINT_ACCEPTABLE = (
    "Acceptabel: vraag de cliënt of dit echt het eigen doel is en noteer het antwoord."
)
HINT_REALISTIC = (
    "Realistisch: noteer waarom dit haalbaar is, of plan al een eerste kleine tussenstap."
)
HINT_TIME_BOUND = "Tijdsgebonden: kies samen een datum om het doel te bekijken."
HINT_DATE_PASSED = "Tijdsgebonden: de gekozen datum is voorbij; leg samen een nieuwe datum vast."


@dataclass(frozen=True)
class SmartCheck:
    """Which SMART letters a goal meets, with a hint for each one it misses.

    ``missing`` is in S-M-A-R-T order. ``date_passed`` is True when the goal is still
    open or in progress and its date lies before today.
    """

    specific: bool
    measurable: bool
    acceptable: bool
    realistic: bool
    time_bound: bool
    missing: tuple[str, ...]
    date_passed: bool = False

    @property
    def complete(self) -> bool:
        return (
            self.specific
            and self.measurable
            and self.acceptable
            and self.realistic
            and self.time_bound
        )


def _filled(text: str | None) -> bool:
    return text is not None and text.strip() != ""


def _word_count(text: str) -> int:
    return len(text.split())


def check_smart(goal: Goal, today: date) -> SmartCheck:
    """Check a goal against the SMART letters.

    * specific: the title is filled in and the client's own words (or, without them,
      the title) count at least three words;
    * measurable: a measure is filled in;
    * acceptable: the client explicitly agreed (``agreed_by_client is True``);
    * realistic: a note on feasibility, or at least one step planned;
    * time-bound: a due date is set. A date that has passed while the goal is still
      open or in progress does not count: it needs a new date, and the hint says so.
      For a goal that is reached, adjusted or let go a past date is simply history.
    """
    described = goal.client_words if _filled(goal.client_words) else goal.title
    specific = _filled(goal.title) and _word_count(described or "") >= MIN_SPECIFIC_WORDS
    measurable = _filled(goal.measure)
    acceptable = goal.agreed_by_client is True
    realistic = _filled(goal.realistic_note) or len(goal.steps) > 0
    date_passed = (
        goal.due_on is not None and goal.due_on < today and goal.status in _RUNNING_GOAL_STATUSES
    )
    time_bound = goal.due_on is not None and not date_passed

    missing: list[str] = []
    if not specific:
        missing.append(HINT_SPECIFIC)
    if not measurable:
        missing.append(HINT_MEASURABLE)
    if not acceptable:
        missing.append(HINT_ACCEPTABLE)
    if not realistic:
        missing.append(HINT_REALISTIC)
    if not time_bound:
        missing.append(HINT_DATE_PASSED if date_passed else HINT_TIME_BOUND)

    return SmartCheck(
        specific=specific,
        measurable=measurable,
        acceptable=acceptable,
        realistic=realistic,
        time_bound=time_bound,
        missing=tuple(missing),
        date_passed=date_passed,
    )


def step_is_overdue(step: Step, today: date) -> bool:
    """True when a planned or running step has a due date before today.

    A step on hold is not overdue: it was paused on purpose, like a referral in
    time-out. A step due today is not late yet.
    """
    return (
        step.status in (StepStatus.PLANNED, StepStatus.IN_PROGRESS)
        and step.due_on is not None
        and step.due_on < today
    )


def open_steps(goals: Iterable[Goal]) -> tuple[tuple[Goal, Step], ...]:
    """Every step still to do (planned, in progress or on hold), with its goal.

    Steps of goals that are reached or let go are skipped: once the goal is closed,
    its leftovers should not keep showing up as work to do. Order: goals as given,
    steps as given.
    """
    return tuple(
        (goal, step)
        for goal in goals
        if goal.status not in CLOSED_GOAL_STATUSES
        for step in goal.steps
        if step.status in OPEN_STEP_STATUSES
    )


def overdue_steps(goals: Iterable[Goal], today: date) -> tuple[tuple[Goal, Step], ...]:
    """The open steps that are overdue on ``today`` (see :func:`step_is_overdue`)."""
    return tuple((goal, step) for goal, step in open_steps(goals) if step_is_overdue(step, today))
