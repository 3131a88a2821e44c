"""Closing a trajectory and starting aftercare: each one transaction.

Closing writes the evaluation, enters the phase *afsluiting* and marks the client
closed; starting aftercare writes the plan, enters *nazorg* and marks the client in
aftercare.  Either all of it is saved or nothing is.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select

from genwerkt_desktop.domain.closure import (
    AFTERCARE_PHASE,
    CLOSING_PHASE,
    closed_client,
    in_aftercare_client,
)
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Aftercare, Client, Closure, PhaseEntry
from genwerkt_desktop.store import dossier_parts, dossier_read
from genwerkt_desktop.store.models import ClientRow, table_of

from .vault import OpenVault


def _client(conn: Connection, client_id: str) -> Client:
    clients = table_of(ClientRow)
    row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
    if row is None:
        raise StateError(f"geen cliënt met id {client_id}")
    return dossier_read.read_client(row)


class ClosingService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def close_trajectory(
        self, client_id: str, closure: Closure, on: date | None = None, note: str | None = None
    ) -> None:
        """Save the evaluation, enter the closing phase and mark the client closed."""
        day = on or closure.evaluated_on or self._vault.clock.today()
        with self._vault.db.write() as conn:
            client = _client(conn, client_id)
            dossier_parts.set_closure(conn, client_id, closure)
            dossier_parts.append_phase(conn, client_id, PhaseEntry(CLOSING_PHASE, day, note))
            dossier_parts.update_client(conn, closed_client(client, day))
            self._vault.record("afgesloten", client_id, conn=conn)

    def start_aftercare(self, client_id: str, aftercare: Aftercare) -> None:
        """Save the plan, enter the aftercare phase and mark the client in aftercare."""
        day = aftercare.starts_on or self._vault.clock.today()
        with self._vault.db.write() as conn:
            client = _client(conn, client_id)
            dossier_parts.set_aftercare(conn, client_id, aftercare)
            dossier_parts.append_phase(conn, client_id, PhaseEntry(AFTERCARE_PHASE, day))
            dossier_parts.update_client(conn, in_aftercare_client(client, day))
