"""One typed "changed" signal: after a write succeeds, views hear what to refresh."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.changes import Part


class ChangeKind(StrEnum):
    CLIENTS = "clients"  # a client was added, renamed, archived, restored or deleted
    DOSSIER = "dossier"  # something inside one dossier changed
    DIRECTORY = "directory"  # the sociale kaart changed


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    client_id: str | None = None
    # Which parts of the dossier changed; empty: the dossier as a whole (or unknown).
    parts: frozenset[Part] = frozenset()
    # The view whose write this was: it shows its own edit already and is not reset.
    initiator: object | None = None

    def touches(self, client_id: str | None) -> bool:
        return self.client_id is None or self.client_id == client_id


class DataEvents(QObject):
    """Shared by the views of one unlocked vault; controllers emit after each write."""

    changed = Signal(Change)

    def emit_change(
        self,
        kind: ChangeKind,
        client_id: str | None = None,
        parts: frozenset[Part] = frozenset(),
        initiator: object | None = None,
    ) -> None:
        self.changed.emit(Change(kind, client_id, parts, initiator))
