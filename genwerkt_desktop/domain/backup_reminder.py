"""When to remind the coach to make a backup: never made, or older than a week."""

from __future__ import annotations

from datetime import datetime, timedelta

REMIND_AFTER = timedelta(days=7)


def backup_is_due(last: datetime | None, now: datetime) -> bool:
    """True when there never was a backup, or the last one is more than a week old."""
    return last is None or now - last > REMIND_AFTER
