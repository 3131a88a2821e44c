"""Where "today" comes from.

Every rule that depends on the date takes a ``date`` argument; the services ask a
:class:`Clock` for it so that tests can pin time without patching anything.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Protocol

from .belgian_time import BRUSSELS


class Clock(Protocol):
    """A source of the current date and time."""

    def today(self) -> date:
        """The local calendar date."""
        ...

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    """The computer's own clock, read in Belgian time (CLI.md "Time"): the coaches work in
    Flanders, and a laptop set to UTC or to a holiday's zone must not shift their
    appointments or their "today".  A real zone, so a July appointment typed in November
    gets its summer offset."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone or BRUSSELS

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()
