from __future__ import annotations

from datetime import date

from genwerkt_desktop.domain.enums import Phase
from genwerkt_desktop.domain.phases import (
    PHASE_LABELS,
    PHASE_ORDER,
    current_phase,
    sorted_history,
    timeline,
    validate_history,
)
from tests.domain.builders import D, entry

BACK_AND_FORTH = (
    entry(Phase.INTAKE, D(2024, 1, 1)),
    entry(Phase.CLARIFYING, D(2024, 1, 15)),
    entry(Phase.GOAL_SETTING, D(2024, 2, 1)),
    entry(Phase.EXECUTION, D(2024, 3, 1)),
    entry(Phase.CLARIFYING, D(2024, 4, 10)),
)


def test_order_and_labels_cover_every_phase() -> None:
    assert set(PHASE_ORDER) == set(Phase)
    assert PHASE_ORDER[0] is Phase.INTAKE and PHASE_ORDER[-1] is Phase.AFTERCARE
    assert PHASE_LABELS[Phase.GOAL_SETTING] == "Doel- en strategiebepaling"
    assert set(PHASE_LABELS) == set(Phase)


def test_going_back_from_execution_to_clarifying() -> None:
    assert current_phase(BACK_AND_FORTH) is Phase.CLARIFYING
    spans = timeline(BACK_AND_FORTH)
    assert [span.went_back for span in spans] == [False, False, False, False, True]
    assert spans[-1].phase is Phase.CLARIFYING
    assert spans[-1].ended_on is None and spans[-1].days is None
    assert spans[3].ended_on == D(2024, 4, 10)
    assert spans[3].days == 40
    assert validate_history(BACK_AND_FORTH, today=D(2024, 6, 1)) == []


def test_history_is_sorted_whatever_order_it_was_typed_in() -> None:
    shuffled = tuple(reversed(BACK_AND_FORTH))
    assert sorted_history(shuffled) == BACK_AND_FORTH
    assert current_phase(shuffled) is Phase.CLARIFYING


def test_same_day_entries_keep_their_order_and_the_last_wins() -> None:
    day = D(2024, 5, 1)
    entries = (entry(Phase.EXECUTION, day), entry(Phase.CLOSURE, day))
    assert sorted_history(entries) == entries
    assert current_phase(entries) is Phase.CLOSURE
    assert timeline(entries)[0].days == 0


def test_current_phase_on_a_date() -> None:
    assert current_phase(BACK_AND_FORTH, on=D(2023, 12, 31)) is None
    assert current_phase(BACK_AND_FORTH, on=D(2024, 1, 1)) is Phase.INTAKE
    assert current_phase(BACK_AND_FORTH, on=D(2024, 4, 9)) is Phase.EXECUTION
    assert current_phase(()) is None


def test_running_phase_gets_its_days_when_today_is_given() -> None:
    spans = timeline(BACK_AND_FORTH, today=D(2024, 4, 20))
    assert spans[-1].days == 10
    assert spans[-1].label == "Vraagverduidelijking"


def test_re_entering_the_same_phase_is_not_going_back() -> None:
    entries = (entry(Phase.EXECUTION, D(2024, 1, 1)), entry(Phase.EXECUTION, D(2024, 2, 1)))
    assert [span.went_back for span in timeline(entries)] == [False, False]


def test_validate_flags_duplicates_once_and_future_dates() -> None:
    day = D(2024, 5, 1)
    entries = (
        entry(Phase.EXECUTION, day),
        entry(Phase.EXECUTION, day),
        entry(Phase.EXECUTION, day),
        entry(Phase.CLOSURE, date(2030, 1, 1)),
    )
    problems = validate_history(entries, today=D(2024, 6, 1))
    assert len(problems) == 2
    assert "Uitvoering" in problems[0] and "01/05/2024" in problems[0]
    assert "Afsluiting" in problems[1] and "01/01/2030" in problems[1]
    # Without a today, the future is not judged.
    assert len(validate_history(entries)) == 1
