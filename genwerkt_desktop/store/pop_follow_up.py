"""The POP's own tables (migration 0003): revisit dates of steps on hold and the history
of status and date changes.  Callers own the transaction.

A goal is saved by deleting and rewriting it with its steps (``dossier_parts.save_goal``),
and the cascade would take these rows along; :func:`save_goal_keeping_follow_up` reads
them first and writes them back, so only a real removal (of the goal, a step, the
client, or an import over the dossier) removes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    insert,
    select,
)

from genwerkt_desktop.domain.enums import GoalStatus, Owner, StepStatus
from genwerkt_desktop.domain.model import Goal, Step
from genwerkt_desktop.domain.pop_progress import (
    ChangeKind,
    HistoryEntry,
    PopChange,
    changes_between,
    revisits_to_keep,
)

from . import dossier_parts
from .models import GoalRow, StepRow, table_of

# The schema itself is made by migration 0003 (with its foreign keys); these are the
# Core handles to query it.
_meta = MetaData()
step_revisits = Table(
    "step_revisits",
    _meta,
    Column("step_id", String(36), primary_key=True),
    Column("revisit_on", Date, nullable=False),
)
goal_history = Table(
    "goal_history",
    _meta,
    Column("pk", Integer, primary_key=True),
    Column("client_id", String(36), nullable=False),
    Column("goal_id", String(36), nullable=False),
    Column("step_id", String(36)),
    Column("at", String(40), nullable=False),
    Column("by_name", String(500)),
    Column("change", String(20), nullable=False),
    Column("before", String(40)),
    Column("after", String(40)),
)


def stored_goal(conn: Connection, goal_id: str) -> Goal | None:
    """The goal's statuses and dates as stored now (texts left empty: not needed)."""
    goals, steps = table_of(GoalRow), table_of(StepRow)
    row = conn.execute(select(goals.c.status, goals.c.due_on).where(goals.c.id == goal_id)).first()
    if row is None:
        return None
    step_rows = conn.execute(
        select(steps.c.id, steps.c.owner, steps.c.status, steps.c.due_on)
        .where(steps.c.goal_id == goal_id)
        .order_by(steps.c.position)
    )
    return Goal(
        id=goal_id,
        title="",
        status=GoalStatus(row.status),
        due_on=row.due_on,
        steps=tuple(
            Step(
                id=s.id, text="", owner=Owner(s.owner), status=StepStatus(s.status), due_on=s.due_on
            )
            for s in step_rows
        ),
    )


def revisits_of_goal(conn: Connection, goal_id: str) -> dict[str, date]:
    steps = table_of(StepRow)
    rows = conn.execute(
        select(step_revisits.c.step_id, step_revisits.c.revisit_on)
        .join(steps, steps.c.id == step_revisits.c.step_id)
        .where(steps.c.goal_id == goal_id)
    )
    return {r.step_id: r.revisit_on for r in rows}


def revisits_of_client(conn: Connection, client_id: str) -> dict[str, date]:
    steps, goals = table_of(StepRow), table_of(GoalRow)
    rows = conn.execute(
        select(step_revisits.c.step_id, step_revisits.c.revisit_on)
        .join(steps, steps.c.id == step_revisits.c.step_id)
        .join(goals, goals.c.id == steps.c.goal_id)
        .where(goals.c.client_id == client_id)
    )
    return {r.step_id: r.revisit_on for r in rows}


def _history_rows(conn: Connection, goal_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(goal_history).where(goal_history.c.goal_id == goal_id).order_by(goal_history.c.pk)
    )
    return [dict(r._mapping) for r in rows]


def add_history(
    conn: Connection, client_id: str, changes: Iterable[PopChange], at: datetime, by: str | None
) -> None:
    values = [
        {
            "client_id": client_id,
            "goal_id": c.goal_id,
            "step_id": c.step_id,
            "at": at.isoformat(),
            "by_name": by,
            "change": c.kind.value,
            "before": c.before,
            "after": c.after,
        }
        for c in changes
    ]
    if values:
        conn.execute(insert(goal_history), values)


def history_of_client(conn: Connection, client_id: str) -> list[HistoryEntry]:
    """Oldest first."""
    rows = conn.execute(
        select(goal_history)
        .where(goal_history.c.client_id == client_id)
        .order_by(goal_history.c.pk)
    )
    return [
        HistoryEntry(
            at=datetime.fromisoformat(r.at),
            by=r.by_name,
            change=PopChange(r.goal_id, r.step_id, ChangeKind(r.change), r.before, r.after),
        )
        for r in rows
    ]


def save_goal_keeping_follow_up(
    conn: Connection,
    client_id: str,
    goal: Goal,
    revisits: dict[str, date],
    at: datetime,
    by: str | None,
) -> None:
    """Save the goal with its steps, keep its history and revisit dates, add what changed."""
    before = stored_goal(conn, goal.id)
    kept_history = _history_rows(conn, goal.id)
    previous_revisits = revisits_of_goal(conn, goal.id)
    dossier_parts.save_goal(conn, client_id, goal)
    if kept_history:
        conn.execute(insert(goal_history), kept_history)
    add_history(conn, client_id, changes_between(before, goal), at, by)
    step_ids = [s.id for s in goal.steps]
    if step_ids:
        conn.execute(delete(step_revisits).where(step_revisits.c.step_id.in_(step_ids)))
    keep = revisits_to_keep(goal, previous_revisits, revisits)
    if keep:
        conn.execute(
            insert(step_revisits),
            [{"step_id": sid, "revisit_on": day} for sid, day in keep.items()],
        )
