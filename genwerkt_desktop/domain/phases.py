"""The phases of a trajectory.

The trajectory is cyclic: a client can go back to any phase (for example from
execution to clarifying the question when a new need comes up) and every entry is
kept. Going back is a normal part of the work, not an error; the timeline only marks
it so the interface can show it as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .enums import Phase
from .model import PhaseEntry

PHASE_ORDER: tuple[Phase, ...] = (
    Phase.INTAKE,
    Phase.CLARIFYING,
    Phase.GOAL_SETTING,
    Phase.EXECUTION,
    Phase.CLOSURE,
    Phase.AFTERCARE,
)
"""The phases in methodological order."""

PHASE_LABELS: dict[Phase, str] = {
    Phase.INTAKE: "Onthaal",
    Phase.CLARIFYING: "Vraagverduidelijking",
    Phase.GOAL_SETTING: "Doel- en strategiebepaling",
    Phase.EXECUTION: "Uitvoering",
    Phase.CLOSURE: "Afsluiting",
    Phase.AFTERCARE: "Nazorg",
}
"""Dutch labels as the interface shows them."""

_RANK: dict[Phase, int] = {phase: index for index, phase in enumerate(PHASE_ORDER)}


@dataclass(frozen=True)
class PhaseSpan:
    """One stretch of the timeline: a phase from its start until the next entry.

    ``ended_on`` is the start of the next entry (``None`` for the current phase).
    ``days`` is the length in days; for the current phase it is only known when the
    timeline was asked with a ``today``. ``went_back`` is True when this phase comes
    earlier in :data:`PHASE_ORDER` than the phase before it.
    """

    phase: Phase
    started_on: date
    ended_on: date | None
    went_back: bool
    days: int | None
    note: str | None = None

    @property
    def label(self) -> str:
        return PHASE_LABELS[self.phase]


def _format_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def sorted_history(entries: Iterable[PhaseEntry]) -> tuple[PhaseEntry, ...]:
    """The entries by start date; entries of the same day keep their given order."""
    # sorted() is stable, so same-day entries stay in the order they were recorded.
    return tuple(sorted(entries, key=lambda entry: entry.started_on))


def current_phase(entries: Iterable[PhaseEntry], on: date | None = None) -> Phase | None:
    """The phase the trajectory is in on ``on`` (the latest entry if ``on`` is None).

    That is the latest entry started on or before ``on``; among entries of the same
    day the last recorded one wins. ``None`` when no entry has started yet.
    """
    history = sorted_history(entries)
    if on is not None:
        history = tuple(entry for entry in history if entry.started_on <= on)
    return history[-1].phase if history else None


def timeline(entries: Iterable[PhaseEntry], today: date | None = None) -> tuple[PhaseSpan, ...]:
    """The history as consecutive spans, oldest first.

    Pass ``today`` to also get the number of days of the phase that is still running.
    """
    history = sorted_history(entries)
    spans: list[PhaseSpan] = []
    for index, entry in enumerate(history):
        following = history[index + 1] if index + 1 < len(history) else None
        ended_on = following.started_on if following is not None else None
        if ended_on is not None:
            days: int | None = (ended_on - entry.started_on).days
        elif today is not None and today >= entry.started_on:
            days = (today - entry.started_on).days
        else:
            days = None
        went_back = index > 0 and _RANK[entry.phase] < _RANK[history[index - 1].phase]
        spans.append(
            PhaseSpan(
                phase=entry.phase,
                started_on=entry.started_on,
                ended_on=ended_on,
                went_back=went_back,
                days=days,
                note=entry.note,
            )
        )
    return tuple(spans)


def validate_history(entries: Iterable[PhaseEntry], today: date | None = None) -> list[str]:
    """Problems with the history, in Dutch, one line each (empty when all is well).

    Checks: the same phase entered twice on the same day, and (when ``today`` is
    given) an entry that starts after today. Going back to an earlier phase is not a
    problem. Messages carry no client content, only phase labels and dates.
    """
    problems: list[str] = []
    seen: set[tuple[date, Phase]] = set()
    reported: set[tuple[date, Phase]] = set()
    for entry in sorted_history(entries):
        key = (entry.started_on, entry.phase)
        if key in seen and key not in reported:
            reported.add(key)
            problems.append(
                f"De fase {PHASE_LABELS[entry.phase]} staat meer dan één keer "
                f"op {_format_date(entry.started_on)}."
            )
        seen.add(key)
        if today is not None and entry.started_on > today:
            problems.append(
                f"De fase {PHASE_LABELS[entry.phase]} begint op "
                f"{_format_date(entry.started_on)}, een datum die nog moet komen."
            )
    return problems
