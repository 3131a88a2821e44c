"""What is due across all clients between two days, from the dossiers themselves
(domain/due.py): the one source the command line's agenda reads."""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.domain.due import DueItem, due_items, in_period
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store import dossier_read

from .vault import OpenVault


def check_period(first: date, last: date) -> None:
    if first > last:
        raise StateError(
            f"de periode begint na het einde: {first.isoformat()} ligt na {last.isoformat()}"
        )


class DueItemsService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def between(self, first: date, last: date) -> list[DueItem]:
        """Every client's due items whose day (in Belgian time) lies from ``first`` to
        ``last`` inclusive, sorted by time; statuses as of the clock's now."""
        check_period(first, last)
        now = self._vault.clock.now()
        # One read unit of work: every dossier seen in the same state of the store.
        with self._vault.db.read() as conn:
            dossiers = [
                dossier_read.read_dossier(conn, cid) for cid in dossier_read.client_ids(conn)
            ]
        items = tuple(
            item for dossier in dossiers if dossier is not None for item in due_items(dossier, now)
        )
        return in_period(items, first, last)
