"""Belgian time: how every sheet, list and the CLI show a moment (CLI.md "Time").

A moment keeps the offset it was stored with; it is only *shown* in Europe/Brussels,
whatever the computer's own time zone: a 10:30+01:00 appointment reads 10.30 on a laptop
set to UTC too.  A moment without an offset is read as Belgian time.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final
from zoneinfo import ZoneInfo

BRUSSELS: Final = ZoneInfo("Europe/Brussels")


def in_brussels(moment: datetime) -> datetime:
    """The same instant on the Belgian clock (a naive moment is taken as Belgian)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=BRUSSELS)
    return moment.astimezone(BRUSSELS)


def belgian_today(now: datetime) -> date:
    """The Belgian calendar day of ``now``."""
    return in_brussels(now).date()


def clock_time(moment: datetime) -> str:
    """ "10.30": the Belgian hour and minute, the way Flemish sheets write them."""
    local = in_brussels(moment)
    return f"{local.hour}.{local.minute:02d}"
