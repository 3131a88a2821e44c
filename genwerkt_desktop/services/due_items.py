"""What is due across all clients between two days, from the dossiers themselves
(domain/due.py): the one source the command line's agenda, the desktop agenda, the
overview and the client list read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.due import DueItem, due_items, in_period
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.store import due_rows

from .vault import OpenVault

if TYPE_CHECKING:
    from genwerkt_desktop.store.database import Connection


def check_period(first: date, last: date) -> None:
    if first > last:
        raise StateError(
            f"de periode begint na het einde: {first.isoformat()} ligt na {last.isoformat()}"
        )


@dataclass(frozen=True)
class ClientDue:
    """One client's due items, beside the parts of the dossier they came from (the card,
    the referrals with their appointments: what the agenda words them with)."""

    dossier: Dossier
    items: tuple[DueItem, ...]


def due_per_client(conn: Connection, now: datetime, only: str | None = None) -> list[ClientDue]:
    """Every client's (or only ``only``'s) due items as of ``now``, in one read of the
    parts that can be due; ``conn`` is the caller's read unit of work."""
    return [ClientDue(d, due_items(d, now)) for d in due_rows.due_dossiers(conn, only)]


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
            items = tuple(item for due in due_per_client(conn, now) for item in due.items)
        return in_period(items, first, last)
