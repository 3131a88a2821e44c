"""How a trajectory ends: closing, aftercare, and how long a closed dossier may be kept.

Closing moves the trajectory to the phase *afsluiting* and marks the client closed on
that day; starting aftercare moves on to *nazorg* and marks the client as in aftercare
(so the planned contact moments show in the agenda).  A closed dossier is kept for a
number of years after aftercare ends, or after closing when there was no aftercare;
from that day on it should be destroyed.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from .enums import ClientStatus, Phase
from .model import Aftercare, AftercareMoment, Client, Closure

CLOSING_PHASE = Phase.CLOSURE
AFTERCARE_PHASE = Phase.AFTERCARE
DEFAULT_AFTERCARE_DAYS = 182  # about six months: long enough to see whether it holds

# A client in one of these statuses has a trajectory that ended.
ENDED = (ClientStatus.CLOSED, ClientStatus.AFTERCARE, ClientStatus.ARCHIVED)


def closed_client(client: Client, on: date) -> Client:
    """The client record once the trajectory is closed on ``on``."""
    return dataclasses.replace(client, status=ClientStatus.CLOSED, closed_on=on)


def in_aftercare_client(client: Client, on: date) -> Client:
    """The client record once aftercare starts (closed_on stays, or becomes ``on``)."""
    return dataclasses.replace(
        client, status=ClientStatus.AFTERCARE, closed_on=client.closed_on or on
    )


def proposed_aftercare(starts_on: date, closure: Closure | None = None) -> Aftercare:
    """A first plan: six months, a call from the coach after a month, the network from the
    closing talk as a starting point."""
    network = () if closure is None or not closure.network_fallback else (closure.network_fallback,)
    return Aftercare(
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=DEFAULT_AFTERCARE_DAYS),
        network_support=network,
    )


def with_moment_done(aftercare: Aftercare, index: int, done: bool) -> Aftercare:
    """The plan with contact moment ``index`` ticked off (or not)."""
    moments = list(aftercare.contact_moments)
    if not 0 <= index < len(moments):
        raise IndexError("geen contactmoment op die plaats")
    moments[index] = dataclasses.replace(moments[index], done=done)
    return dataclasses.replace(aftercare, contact_moments=tuple(moments))


def sorted_moments(moments: tuple[AftercareMoment, ...]) -> tuple[AftercareMoment, ...]:
    return tuple(sorted(moments, key=lambda m: m.on))


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retention_start(
    status: ClientStatus | None,
    closed_on: date | None,
    aftercare_ends_on: date | None,
    evaluated_on: date | None = None,
) -> date | None:
    """The day the keeping period starts: the end of aftercare, else the closing day.

    None while the trajectory is still running (an active client, or one without any
    date to count from): such a dossier is never due for destruction.
    """
    if status not in ENDED:
        return None
    return aftercare_ends_on or closed_on or evaluated_on


def destroy_from(start: date | None, years: int) -> date | None:
    """From this day on the dossier should be destroyed (None: not yet known)."""
    return None if start is None else add_years(start, years)


def is_past_retention(due: date | None, today: date) -> bool:
    return due is not None and today >= due
