"""Where "today" comes from.

Every rule that depends on the date takes a ``date`` argument; the services ask a
:class:`Clock` for it so that tests can pin time without patching anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """A source of the current date and time."""

    def today(self) -> date:
        """The local calendar date."""
        ...

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


def local_zone() -> tzinfo:
    """The computer's time zone with its summer-time rules, when the system names it.

    A fixed offset (what ``astimezone()`` gives) would stamp a July appointment typed in
    November with the winter offset; a real zone gives every date its own offset.
    """
    name = os.environ.get("TZ", "").lstrip(":")
    candidates: list[Callable[[], tzinfo]] = []
    if name:
        candidates.append(lambda: ZoneInfo(name))
    candidates.append(lambda: _zone_from_file(Path("/etc/localtime")))
    for candidate in candidates:
        try:
            return candidate()
        except (OSError, ValueError, ZoneInfoNotFoundError):
            continue
    fixed = datetime.now().astimezone().tzinfo  # e.g. Windows without tzdata
    assert fixed is not None
    return fixed


def _zone_from_file(path: Path) -> tzinfo:
    with path.open("rb") as fh:
        return ZoneInfo.from_file(fh, key="localtime")


class SystemClock:
    """The computer's own clock, in its local time zone."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone or local_zone()

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()
