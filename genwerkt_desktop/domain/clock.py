"""Where "today" comes from.

Every rule that depends on the date takes a ``date`` argument; the services ask a
:class:`Clock` for it so that tests can pin time without patching anything.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    """A source of the current date and time."""

    def today(self) -> date:
        """The local calendar date."""
        ...

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    """The computer's own clock, in its local timezone."""

    def now(self) -> datetime:
        # astimezone() on a naive "now" attaches the local timezone.
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()
