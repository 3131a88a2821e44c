"""Saving a POP goal with its follow-up: the history of status changes and the date to
look again at a step on hold.  Reading that follow-up for one dossier."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.goal_closing import GoalClosing
from genwerkt_desktop.domain.model import Goal
from genwerkt_desktop.domain.pop_progress import HistoryEntry
from genwerkt_desktop.store import pop_follow_up

from .coach_profile import load_profile
from .vault import OpenVault


@dataclass(frozen=True)
class PopFollowUp:
    history: tuple[HistoryEntry, ...] = ()
    revisits: Mapping[str, date] = field(default_factory=dict)  # step id -> date


class PopPlanService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def save_goal(
        self, client_id: str, goal: Goal, revisits: Mapping[str, date] | None = None
    ) -> Changes:
        """One transaction: the goal and its steps, what changed, the revisit dates.

        ``revisits`` gives new dates for steps on hold; a step on hold without one
        keeps the date it had.  The change is signed with the coach's name from the
        coach profile, when one is filled in."""
        by = load_profile(self._vault.paths).name or None
        now = self._vault.clock.now()
        with self._vault.write_dossier(client_id) as conn:
            pop_follow_up.save_goal_keeping_follow_up(
                conn, client_id, goal, dict(revisits or {}), now, by
            )
        return Changes.of(client_id, Part.POP)

    def close_goal(
        self, client_id: str, closing: GoalClosing, revisits: Mapping[str, date] | None = None
    ) -> Changes:
        """One transaction: the closed goal with the steps it keeps, and each goal that
        received a step.  A step on hold keeps its revisit date when it moves
        (``revisits``: dates handed in now, over the stored ones)."""
        by = load_profile(self._vault.paths).name or None
        now = self._vault.clock.now()
        with self._vault.write_dossier(client_id) as conn:
            dates = {**pop_follow_up.revisits_of_goal(conn, closing.goal.id), **(revisits or {})}
            for goal in closing.goals:
                carried = {
                    step.id: dates[step.id]
                    for step in goal.steps
                    if step.id in dates and (goal is closing.goal or step.id in closing.moved)
                }
                pop_follow_up.save_goal_keeping_follow_up(conn, client_id, goal, carried, now, by)
        return Changes.of(client_id, Part.POP)

    def follow_up(self, client_id: str) -> PopFollowUp:
        with self._vault.db.read() as conn:
            return PopFollowUp(
                history=tuple(pop_follow_up.history_of_client(conn, client_id)),
                revisits=pop_follow_up.revisits_of_client(conn, client_id),
            )
