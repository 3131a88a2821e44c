from __future__ import annotations

from genwerkt_desktop.domain.enums import GoalStatus, StepStatus
from genwerkt_desktop.domain.smart import (
    HINT_ACCEPTABLE,
    HINT_DATE_PASSED,
    HINT_MEASURABLE,
    HINT_REALISTIC,
    HINT_SPECIFIC,
    HINT_TIME_BOUND,
    check_smart,
    open_steps,
    overdue_steps,
    step_is_overdue,
)
from tests.domain.builders import D, goal, step

TODAY = D(2024, 6, 15)


def test_a_well_formed_goal_is_complete() -> None:
    check = check_smart(goal(), TODAY)
    assert check.complete
    assert check.missing == ()


def test_a_bare_goal_misses_every_letter_with_a_hint_each() -> None:
    bare = goal(
        title="Werk",
        client_words=None,
        measure="  ",
        agreed_by_client=None,
        realistic_note=None,
        due_on=None,
    )
    check = check_smart(bare, TODAY)
    assert not check.complete
    assert (
        check.specific,
        check.measurable,
        check.acceptable,
        check.realistic,
        check.time_bound,
    ) == (False, False, False, False, False)
    assert check.missing == (
        HINT_SPECIFIC,
        HINT_MEASURABLE,
        HINT_ACCEPTABLE,
        HINT_REALISTIC,
        HINT_TIME_BOUND,
    )
    assert all(hint.strip() for hint in check.missing)


def test_client_words_can_make_a_short_title_specific() -> None:
    assert check_smart(goal(title="Werk", client_words="Ik wil poetsen bij mensen"), TODAY).specific
    assert not check_smart(goal(title="Werk", client_words=None), TODAY).specific
    assert not check_smart(
        goal(title=" ", client_words="Ik wil poetsen bij mensen"), TODAY
    ).specific


def test_client_has_to_agree_explicitly() -> None:
    assert check_smart(goal(agreed_by_client=False), TODAY).missing == (HINT_ACCEPTABLE,)


def test_a_planned_step_makes_a_goal_realistic() -> None:
    assert check_smart(goal(realistic_note=None, steps=(step(),)), TODAY).realistic
    assert not check_smart(goal(realistic_note=None), TODAY).realistic


def test_a_passed_date_on_a_running_goal_asks_for_a_new_date() -> None:
    check = check_smart(goal(due_on=D(2024, 6, 14), status=GoalStatus.OPEN), TODAY)
    assert not check.time_bound and check.date_passed
    assert check.missing == (HINT_DATE_PASSED,)
    assert check_smart(goal(due_on=TODAY), TODAY).time_bound
    # A reached goal keeps its old date without complaint.
    assert check_smart(goal(due_on=D(2024, 1, 1), status=GoalStatus.REACHED), TODAY).time_bound


def test_overdue_steps() -> None:
    late = step(due_on=D(2024, 6, 1), id="late")
    due_today = step(due_on=TODAY, id="today")
    paused = step(StepStatus.ON_HOLD, due_on=D(2024, 6, 1), id="paused")
    done = step(StepStatus.DONE, due_on=D(2024, 6, 1), id="done")
    running = goal(id="g1", steps=(late, due_today, paused, done))
    finished = goal(id="g2", status=GoalStatus.LET_GO, steps=(step(due_on=D(2024, 1, 1)),))

    assert step_is_overdue(late, TODAY)
    assert not step_is_overdue(due_today, TODAY)
    assert not step_is_overdue(paused, TODAY)
    assert not step_is_overdue(done, TODAY)
    assert [s.id for _, s in open_steps((running, finished))] == ["late", "today", "paused"]
    assert [(g.id, s.id) for g, s in overdue_steps((running, finished), TODAY)] == [("g1", "late")]
