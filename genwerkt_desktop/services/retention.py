"""How long closed dossiers are kept, and destroying them for good.

A closed dossier may be kept for a number of years after aftercare ends (or after
closing, without aftercare).  Destroying removes every row of the dossier and its
search entries, then rewrites the full-text index and the database file so that the
freed pages no longer hold the text: secure_delete zeroes freed pages, the FTS5
``optimize`` drops the deleted words that older index segments still carry, VACUUM
rebuilds the file and the WAL is folded back and truncated.  The audit log keeps only
that a dossier was destroyed, never what was in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from genwerkt_desktop.domain.closure import (
    destroy_from,
    is_past_retention,
    retention_start,
)
from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import display_name
from genwerkt_desktop.store import dossier_read, dossier_write, retention_rows

from .vault import OpenVault

DESTROYED = "vernietigd"


@dataclass(frozen=True)
class RetentionItem:
    """One ended trajectory and the day its dossier should be destroyed."""

    client_id: str
    display_name: str
    full_name: str
    status: ClientStatus | None
    kept_since: date
    destroy_from: date


class RetentionService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def items(self, years: int) -> list[RetentionItem]:
        """Every ended trajectory with its destruction date, the earliest first."""
        with self._vault.db.read() as conn:
            rows = retention_rows.retention_rows(conn)
        out: list[RetentionItem] = []
        for cid, first, last, preferred, status, closed_on, ends_on, evaluated_on in rows:
            state = ClientStatus(status) if status else None
            start = retention_start(state, closed_on, ends_on, evaluated_on)
            due = destroy_from(start, years)
            if start is None or due is None:
                continue
            out.append(
                RetentionItem(
                    client_id=cid,
                    display_name=display_name(first, last, preferred),
                    full_name=f"{first} {last}".strip(),
                    status=state,
                    kept_since=start,
                    destroy_from=due,
                )
            )
        out.sort(key=lambda item: (item.destroy_from, item.display_name.casefold()))
        return out

    def past_due(self, years: int, today: date | None = None) -> list[RetentionItem]:
        """The dossiers whose keeping period is over."""
        day = today or self._vault.clock.today()
        return [item for item in self.items(years) if is_past_retention(item.destroy_from, day)]

    def due_date(self, client_id: str, years: int) -> date | None:
        for item in self.items(years):
            if item.client_id == client_id:
                return item.destroy_from
        return None

    def destroy(self, client_id: str) -> None:
        """Remove the dossier for good, leave no text behind, log only that it happened."""
        with self._vault.write_dossier(client_id) as conn:
            if not dossier_read.read_client_exists(conn, client_id):
                raise StateError(f"geen cliënt met id {client_id}")
            dossier_write.delete_dossier_rows(conn, client_id)
            self._vault.record(DESTROYED, client_id, "bewaartermijn", conn=conn)
        compact_store(self._vault)
        # The automatic safety copies (made before an upgrade) still hold the dossier;
        # the store they guard is sound again, so they go too.  Backups the coach made
        # are theirs to manage: the retention window says so.
        for copy in self._vault.paths.safety_backups.glob("*.genwerkt-backup"):
            copy.unlink(missing_ok=True)


def compact_store(vault: OpenVault) -> None:
    """Rewrite the index and the file so deleted text is gone from every page."""
    vault.db.compact()
