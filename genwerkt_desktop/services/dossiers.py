"""Dossier use cases: list, read, save, archive, delete for good."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.due import DueItem, late_items, next_appointment
from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.store import (
    client_list,
    dossier_parts,
    dossier_read,
    dossier_write,
    row_values,
)

from .client_list import ClientSummary, names_and_phases, summaries
from .due_items import due_per_client
from .vault import OpenVault

__all__ = ["ClientSummary", "DossierService"]


def _next_appointment(items: tuple[DueItem, ...]) -> datetime | None:
    item = next_appointment(items)
    return item.starts if item is not None else None


class DossierService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def list_clients(self, *, with_due: bool = True) -> list[ClientSummary]:
        """Every client, sorted by name, with phase, last contact and (``with_due``) the
        next appointment and how much is overdue.  Without them it is one query: the
        desktop shows the names at once and the due marks a moment later."""
        return self._summaries(None, with_due=with_due)

    def list_names(self) -> list[ClientSummary]:
        """Every client, sorted by name, with status and phase, and nothing about their
        contacts (``contacts_read`` is False): the first list after unlocking.  Its one
        query reads the clients and their phases, a few hundred pages, where the last
        contact reads thousands, each decrypted on a connection just opened."""
        return names_and_phases(self._vault)

    def summary(self, client_id: str) -> ClientSummary:
        """One line of the list, after an edit (cheaper than reading the whole list)."""
        found = self._summaries(client_id)
        if not found:
            raise StateError(f"geen cliënt met id {client_id}")
        return found[0]

    def _summaries(self, only: str | None, *, with_due: bool = True) -> list[ClientSummary]:
        now = self._vault.clock.now()
        now_utc = row_values.utc_key(now)
        today = self._vault.clock.today()
        with self._vault.db.read() as conn:
            rows = client_list.summary_rows(conn, now_utc, today, only)
            due = (
                {
                    d.dossier.client.id: (_next_appointment(d.items), len(late_items(d.items)))
                    for d in due_per_client(conn, now, only)
                }
                if with_due
                else {}
            )
        return summaries(rows, due)

    def get(self, client_id: str) -> Dossier:
        with self._vault.db.read() as conn:
            dossier = dossier_read.read_dossier(conn, client_id)
        if dossier is None:
            raise StateError(f"geen cliënt met id {client_id}")
        return dossier

    def refreshed(self, current: Dossier, parts: frozenset[Part]) -> Dossier:
        """``current`` with only ``parts`` read again (a saved note: the contacts, in one
        query), instead of the whole dossier."""
        with self._vault.db.read() as conn:
            return dossier_read.read_parts(conn, current, parts)

    def save(self, dossier: Dossier) -> None:
        with self._vault.write_dossier(dossier.client.id) as conn:
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

    def set_status(self, client_id: str, status: ClientStatus) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            stored = dossier_read.read_client_by_id(conn, client_id)
            if stored is None:
                raise StateError(f"geen cliënt met id {client_id}")
            client = dataclasses.replace(stored, status=status)
            dossier_parts.update_client(conn, client)
            self._vault.record("status_gewijzigd", client_id, status.value, conn=conn)
        return Changes.of(client_id, Part.CLIENT)

    def archive(self, client_id: str) -> Changes:
        """Archive instead of delete: the dossier stays, out of the daily list."""
        return self.set_status(client_id, ClientStatus.ARCHIVED)

    def restore(self, client_id: str) -> Changes:
        return self.set_status(client_id, ClientStatus.ACTIVE)

    def delete_for_good(self, client_id: str) -> None:
        """Remove a dossier and its search entries; the audit keeps only that it happened."""
        with self._vault.write_dossier(client_id) as conn:
            if not dossier_read.read_client_exists(conn, client_id):
                raise StateError(f"geen cliënt met id {client_id}")
            dossier_write.delete_dossier_rows(conn, client_id)
            self._vault.record("verwijderd", client_id, conn=conn)

    def count(self) -> int:
        with self._vault.db.read() as conn:
            return client_list.count_clients(conn)
