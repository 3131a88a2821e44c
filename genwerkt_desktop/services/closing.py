"""Closing a trajectory and starting aftercare: each one transaction.

Closing writes the evaluation, enters the phase *afsluiting* and marks the client
closed; starting aftercare writes the plan, enters *nazorg* and marks the client in
aftercare.  Either all of it is saved or nothing is.  Ticking off one planned contact
moment (from the dossier or from the agenda) is one transaction too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.closure import (
    AFTERCARE_PHASE,
    CLOSING_PHASE,
    closed_client,
    in_aftercare_client,
    with_moment_done,
)
from genwerkt_desktop.domain.due import aftercare_moment_ids
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Aftercare, Client, Closure, PhaseEntry
from genwerkt_desktop.store import dossier_parts, dossier_read

from .vault import OpenVault

if TYPE_CHECKING:
    from genwerkt_desktop.store.database import Connection

# Closing and starting aftercare write the closure part, enter a phase and change the
# client's status: three parts of the dossier.
_CLOSING_PARTS = (Part.CLOSURE, Part.PHASES, Part.CLIENT)


def _client(conn: Connection, client_id: str) -> Client:
    client = dossier_read.read_client_by_id(conn, client_id)
    if client is None:
        raise StateError(f"geen cliënt met id {client_id}")
    return client


@dataclass(frozen=True)
class TickedMoment:
    """One contact moment ticked off (or not): enough to say so, and to undo it."""

    client_id: str
    index: int  # its place in the plan's contact moments
    on: date
    done: bool


def _set_moment_done(
    conn: Connection, client_id: str, index: int, done: bool, on: date | None
) -> TickedMoment:
    dossier = dossier_read.read_dossier(conn, client_id)
    if dossier is None or dossier.aftercare is None:
        raise StateError("geen nazorgplan voor deze cliënt")
    moments = dossier.aftercare.contact_moments
    if not 0 <= index < len(moments) or (on is not None and moments[index].on != on):
        raise StateError("het contactmoment is intussen veranderd")
    dossier_parts.set_aftercare(conn, client_id, with_moment_done(dossier.aftercare, index, done))
    return TickedMoment(client_id, index, moments[index].on, done)


class ClosingService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def close_trajectory(
        self, client_id: str, closure: Closure, on: date | None = None, note: str | None = None
    ) -> Changes:
        """Save the evaluation, enter the closing phase and mark the client closed."""
        day = on or closure.evaluated_on or self._vault.clock.today()
        with self._vault.write_dossier(client_id) as conn:
            client = _client(conn, client_id)
            dossier_parts.set_closure(conn, client_id, closure)
            dossier_parts.append_phase(conn, client_id, PhaseEntry(CLOSING_PHASE, day, note))
            dossier_parts.update_client(conn, closed_client(client, day))
            self._vault.record("afgesloten", client_id, conn=conn)
        return Changes.of(client_id, *_CLOSING_PARTS)

    def start_aftercare(self, client_id: str, aftercare: Aftercare) -> Changes:
        """Save the plan, enter the aftercare phase and mark the client in aftercare."""
        day = aftercare.starts_on or self._vault.clock.today()
        with self._vault.write_dossier(client_id) as conn:
            client = _client(conn, client_id)
            dossier_parts.set_aftercare(conn, client_id, aftercare)
            dossier_parts.append_phase(conn, client_id, PhaseEntry(AFTERCARE_PHASE, day))
            dossier_parts.update_client(conn, in_aftercare_client(client, day))
        return Changes.of(client_id, *_CLOSING_PARTS)

    def set_moment_done(
        self, client_id: str, index: int, done: bool, on: date | None = None
    ) -> TickedMoment:
        """Tick contact moment ``index`` of the plan off (or not).

        With ``on``, the moment must still fall on that day: a plan changed in the
        meantime is refused (StateError) rather than the wrong moment ticked.
        """
        with self._vault.write_dossier(client_id) as conn:
            return _set_moment_done(conn, client_id, index, done, on)

    def tick_off_agenda_moment(self, client_id: str, moment_id: str) -> TickedMoment:
        """Tick off the aftercare moment behind an agenda row: ``moment_id`` is its id in
        ``domain.due`` (``aftercare-<day>``); StateError when it is gone.

        The plan is written again as a whole: an undo goes through :meth:`set_moment_done`
        with the returned client, index and day.
        """
        with self._vault.write_dossier(client_id) as conn:
            dossier = dossier_read.read_dossier(conn, client_id)
            if dossier is None or dossier.aftercare is None:
                raise StateError("geen nazorgplan voor deze cliënt")
            ids = aftercare_moment_ids(dossier.aftercare)
            if moment_id not in ids:
                raise StateError("geen contactmoment met die id")
            index = ids.index(moment_id)
            on = dossier.aftercare.contact_moments[index].on
            return _set_moment_done(conn, client_id, index, True, on)
