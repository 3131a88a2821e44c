"""What the closure tab shows of where the trajectory stands, as a frozen record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrajectoryState:
    text: str  # running, closed on, in aftercare until
    retention: str | None  # from when to destroy the dossier; None while it runs
    ended: bool  # closed, in aftercare or archived: nothing left to close
    has_plan: bool  # an aftercare plan is stored
