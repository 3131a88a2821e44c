"""Dossier use cases: list, read, save, archive, delete for good."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Dossier, PhaseEntry
from genwerkt_desktop.domain.phases import current_phase
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.store import dossier_parts, dossier_read, dossier_write, row_values
from genwerkt_desktop.store.models import ClientRow, ContactRow, PhaseEntryRow, table_of

from .vault import OpenVault


@dataclass(frozen=True)
class ClientSummary:
    """One line of the client list."""

    id: str
    first_name: str
    last_name: str
    display_name: str
    status: ClientStatus | None
    phase: Phase | None
    last_contact: datetime | None
    next_appointment: datetime | None


class DossierService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def list_clients(self) -> list[ClientSummary]:
        clients = table_of(ClientRow)
        contacts = table_of(ContactRow)
        phases = table_of(PhaseEntryRow)
        now_utc = row_values.utc_key(self._vault.clock.now())
        with self._vault.db.read() as conn:
            rows = conn.execute(
                select(
                    clients.c.id,
                    clients.c.first_name,
                    clients.c.last_name,
                    clients.c.preferred_name,
                    clients.c.status,
                ).order_by(func.lower(clients.c.last_name), func.lower(clients.c.first_name))
            ).all()
            history: dict[str, list[tuple[date, Phase]]] = {}
            for cid, started, phase in conn.execute(
                select(phases.c.client_id, phases.c.started_on, phases.c.phase).order_by(
                    phases.c.client_id, phases.c.position
                )
            ):
                history.setdefault(cid, []).append((started, Phase(phase)))
            last = dict(
                conn.execute(
                    select(contacts.c.client_id, func.max(contacts.c.at_utc))
                    .where(contacts.c.at_utc <= now_utc)
                    .group_by(contacts.c.client_id)
                ).all()
            )
            upcoming = dict(
                conn.execute(
                    select(contacts.c.client_id, func.min(contacts.c.at_utc))
                    .where(contacts.c.at_utc > now_utc)
                    .group_by(contacts.c.client_id)
                ).all()
            )
        today = self._vault.clock.today()
        out = []
        for cid, first, last_name, preferred, status in rows:
            out.append(
                ClientSummary(
                    id=cid,
                    first_name=first,
                    last_name=last_name,
                    display_name=f"{preferred or first} {last_name}".strip(),
                    status=ClientStatus(status) if status else None,
                    phase=_phase_on(history.get(cid, []), today),
                    last_contact=_moment(last.get(cid)),
                    next_appointment=_moment(upcoming.get(cid)),
                )
            )
        return out

    def get(self, client_id: str) -> Dossier:
        with self._vault.db.read() as conn:
            dossier = dossier_read.read_dossier(conn, client_id)
        if dossier is None:
            raise StateError(f"geen cliënt met id {client_id}")
        return dossier

    def save(self, dossier: Dossier) -> None:
        with self._vault.db.write() as conn:
            dossier_write.write_dossier(conn, dossier)

    def resolve(self, id_or_prefix: str) -> ClientSummary:
        """A client by exact id, or by a name prefix that fits exactly one client."""
        clients = self.list_clients()
        for c in clients:
            if c.id == id_or_prefix:
                return c
        wanted = fold(id_or_prefix).strip()
        matches = [
            c
            for c in clients
            if wanted
            and any(
                fold(name).startswith(wanted)
                for name in (
                    c.display_name,
                    f"{c.first_name} {c.last_name}",
                    f"{c.last_name} {c.first_name}",
                    c.last_name,
                    c.id,
                )
            )
        ]
        if not matches:
            raise StateError(f"geen cliënt gevonden voor '{id_or_prefix}'")
        if len(matches) > 1:
            raise StateError(
                f"'{id_or_prefix}' past bij {len(matches)} cliënten; geef meer letters of het id"
            )
        return matches[0]

    def set_status(self, client_id: str, status: ClientStatus) -> None:
        with self._vault.db.write() as conn:
            row = (
                conn.execute(
                    select(table_of(ClientRow)).where(table_of(ClientRow).c.id == client_id)
                )
                .mappings()
                .first()
            )
            if row is None:
                raise StateError(f"geen cliënt met id {client_id}")
            client = dataclasses.replace(dossier_read.read_client(row), status=status)
            dossier_parts.update_client(conn, client)
        self._vault.record("status_gewijzigd", client_id, status.value)

    def archive(self, client_id: str) -> None:
        """Archive instead of delete: the dossier stays, out of the daily list."""
        self.set_status(client_id, ClientStatus.ARCHIVED)

    def restore(self, client_id: str) -> None:
        self.set_status(client_id, ClientStatus.ACTIVE)

    def delete_for_good(self, client_id: str) -> None:
        """Remove a dossier and its search entries; the audit keeps only that it happened."""
        with self._vault.db.write() as conn:
            if dossier_read.read_dossier(conn, client_id) is None:
                raise StateError(f"geen cliënt met id {client_id}")
            dossier_write.delete_dossier_rows(conn, client_id)
        self._vault.record("verwijderd", client_id)

    def count(self) -> int:
        with self._vault.db.read() as conn:
            return int(
                conn.execute(select(func.count()).select_from(table_of(ClientRow))).scalar_one()
            )


def _phase_on(history: list[tuple[date, Phase]], today: date) -> Phase | None:
    return current_phase([PhaseEntry(phase=p, started_on=d) for d, p in history], today)


def _moment(utc_text: str | None) -> datetime | None:
    return None if utc_text is None else datetime.fromisoformat(utc_text)
