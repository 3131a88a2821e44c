"""What the POP tab shows, as frozen records the presenter hands to the view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from genwerkt_desktop.domain.model import Goal
from genwerkt_desktop.domain.pop_progress import GoalProgress
from genwerkt_desktop.services.pop_plan import PopFollowUp


@dataclass(frozen=True)
class GoalSteps:
    """One goal's steps as of ``today``, with their follow-up (history, revisit dates)."""

    goal: Goal
    today: date
    follow_up: PopFollowUp
    zone: tzinfo | None
    progress: GoalProgress
