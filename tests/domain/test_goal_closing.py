"""Closing a goal with open steps: which steps are open, and what each choice does."""

from __future__ import annotations

from datetime import timedelta

import pytest

from genwerkt_desktop.domain.enums import GoalStatus, StepStatus
from genwerkt_desktop.domain.goal_closing import (
    DROPPED_AS,
    ClosingError,
    StepChoice,
    StepFate,
    asks_about_steps,
    close_goal,
    closes,
    default_choice,
    move_targets,
    open_steps_of,
)
from tests.domain.builders import goal, step
from tests.fakes import FixedClock


def _closing_goal(clock: FixedClock):  # type: ignore[no-untyped-def]
    today = clock.today()
    return goal(
        id="g1",
        status=GoalStatus.REACHED,
        steps=(
            step(StepStatus.DONE, id="done", due_on=today - timedelta(days=60)),
            step(StepStatus.IN_PROGRESS, id="late", due_on=today - timedelta(days=21)),
            step(StepStatus.PLANNED, id="next", due_on=today + timedelta(days=7)),
            step(StepStatus.ON_HOLD, id="paused", due_on=today - timedelta(days=3)),
            step(StepStatus.FAILED, id="failed"),
        ),
    )


def test_open_steps_are_those_not_done_and_not_failed_with_late_ones_marked(
    clock: FixedClock,
) -> None:
    closing = _closing_goal(clock)
    shown = open_steps_of(closing, clock.today())
    assert [(o.step.id, o.overdue) for o in shown] == [
        ("late", True),
        ("next", False),
        ("paused", False),  # a pause is not late
    ]
    clock.advance(days=8)  # a week and a day later the next step is late too
    assert [o.overdue for o in open_steps_of(closing, clock.today())] == [True, True, False]


def test_only_reaching_or_letting_go_of_a_goal_with_open_steps_asks() -> None:
    open_step = (step(StepStatus.PLANNED),)
    running = goal(status=GoalStatus.IN_PROGRESS, steps=open_step)
    for status in (GoalStatus.REACHED, GoalStatus.LET_GO):
        assert closes(running, goal(status=status, steps=open_step))
        assert asks_about_steps(running, goal(status=status, steps=open_step))
    # Bijgesteld: the goal keeps running with its steps.
    assert not asks_about_steps(running, goal(status=GoalStatus.ADJUSTED, steps=open_step))
    # Already closed (reached, now let go): nothing new is closed.
    reached = goal(status=GoalStatus.REACHED, steps=open_step)
    assert not asks_about_steps(reached, goal(status=GoalStatus.LET_GO, steps=open_step))
    # Nothing left open: nothing to ask.
    done = (step(StepStatus.DONE), step(StepStatus.FAILED, id="s2"))
    assert not asks_about_steps(running, goal(status=GoalStatus.REACHED, steps=done))
    # A new goal saved as reached with an open step asks too.
    assert asks_about_steps(None, goal(status=GoalStatus.REACHED, steps=open_step))


def test_steps_move_only_to_running_goals_and_moving_is_the_default_when_one_exists() -> None:
    this = goal(id="g1", status=GoalStatus.REACHED)
    others = (
        this,
        goal(id="g2", status=GoalStatus.REACHED),
        goal(id="g3", status=GoalStatus.ADJUSTED),
        goal(id="g4", status=GoalStatus.LET_GO),
        goal(id="g5", status=GoalStatus.OPEN),
    )
    targets = move_targets(others, "g1")
    assert [g.id for g in targets] == ["g3", "g5"]
    assert default_choice(targets) == StepChoice(StepFate.MOVED, "g3")
    assert default_choice(()) == StepChoice(StepFate.DONE)


def test_each_choice_does_what_it_says(clock: FixedClock) -> None:
    closing = _closing_goal(clock)
    other = goal(id="g2", status=GoalStatus.OPEN, steps=(step(StepStatus.PLANNED, id="own"),))
    result = close_goal(
        closing,
        (closing, other),
        {
            "late": StepChoice(StepFate.MOVED, "g2"),
            "next": StepChoice(StepFate.DONE),
            "paused": StepChoice(StepFate.DROPPED),
        },
    )
    kept = {s.id: s.status for s in result.goal.steps}
    assert kept == {
        "done": StepStatus.DONE,
        "next": StepStatus.DONE,
        "paused": DROPPED_AS,
        "failed": StepStatus.FAILED,
    }
    assert DROPPED_AS is StepStatus.FAILED  # no status of its own: the closest one
    assert result.goal.status is GoalStatus.REACHED
    (received,) = result.receiving
    assert received.id == "g2"
    # Moved unchanged (still in progress, same date), after the goal's own steps.
    moved = closing.steps[1]
    assert received.steps == (other.steps[0], moved)
    assert result.moved == {"late": "g2"}
    assert [g.id for g in result.goals] == ["g1", "g2"]


def test_no_step_is_left_without_a_choice_and_no_step_moves_to_a_closed_goal(
    clock: FixedClock,
) -> None:
    closing = _closing_goal(clock)
    reached = goal(id="g2", status=GoalStatus.REACHED)
    done = StepChoice(StepFate.DONE)
    with pytest.raises(ClosingError):
        close_goal(closing, (reached,), {"late": done, "next": done})
    with pytest.raises(ClosingError):
        close_goal(
            closing,
            (reached,),
            {"late": StepChoice(StepFate.MOVED, "g2"), "next": done, "paused": done},
        )
    with pytest.raises(ClosingError):
        close_goal(
            closing,
            (closing,),
            {"late": StepChoice(StepFate.MOVED, "g1"), "next": done, "paused": done},
        )


def test_closing_without_moves_changes_no_other_goal(clock: FixedClock) -> None:
    closing = _closing_goal(clock)
    other = goal(id="g2", status=GoalStatus.OPEN)
    done = StepChoice(StepFate.DONE)
    result = close_goal(closing, (other,), {"late": done, "next": done, "paused": done})
    assert result.receiving == ()
    assert result.moved == {}
    assert all(s.status in (StepStatus.DONE, StepStatus.FAILED) for s in result.goal.steps)
