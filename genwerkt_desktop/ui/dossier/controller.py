"""What the dossier views do: load one dossier, save or delete one part of it.

Reads and writes run through :class:`Operations` (stale answers are dropped there).
Every write returns the service's :class:`Changes` (which parts of whose dossier); the
controller announces them as a :class:`Change` naming the view that asked (its
*initiator*).  The workspace hears it (as do the client list and the agenda), reads back
only those parts, and refreshes only the views that show them; the initiator keeps what
it shows.  Nothing here writes on the GUI thread: the lock flushes the operations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from genwerkt_desktop.domain.changes import Changes, ChangesWith, Part
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

Done = Callable[[], None]


class DossierController(QObject):
    loaded = Signal(object)  # Dossier
    # Dossier, frozenset[Part], initiator: only those parts were read again; the rest is
    # as it was; the initiator (a view, or None) made the change itself
    parts_loaded = Signal(object, object, object)
    gone = Signal()  # the client no longer exists (deleted for good)
    failed = Signal(str)  # a calm sentence; nothing of the dossier in it

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._ops.failed.connect(self.failed)
        self._events = events
        self._client_id = ""
        self._current: Dossier | None = None  # the dossier as last read
        self._stale_parts: set[Part] = set()
        self._initiators: set[object] = set()  # whose writes the pending part read follows
        self._refresh_parts = QTimer(self)
        self._refresh_parts.setSingleShot(True)
        self._refresh_parts.setInterval(0)
        self._refresh_parts.timeout.connect(self._read_parts)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.reload)
        events.changed.connect(self._on_changed)

    @property
    def client_id(self) -> str:
        return self._client_id

    # -- reading

    def load(self, client_id: str) -> None:
        self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        if not self._client_id:
            return
        client_id, dossiers = self._client_id, self._workspace.dossiers
        self._ops.drop("parts")  # the whole dossier supersedes a narrower read

        def done(dossier: Dossier) -> None:
            self._current = dossier
            self._stale_parts.clear()
            self.loaded.emit(dossier)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StateError):
                self.gone.emit()
            else:
                self.failed.emit(failure_text(exc))

        self._ops.query(lambda: dossiers.get(client_id), done, key="dossier", failure=failed)

    def forget(self) -> None:
        """No dossier any more; answers still on their way are dropped."""
        self._client_id = ""
        self._ops.drop_all()
        self._current = None
        self._stale_parts.clear()
        self._initiators.clear()
        self._reload.stop()
        self._refresh_parts.stop()

    def _on_changed(self, change: Change) -> None:
        if not (
            self._client_id
            and change.kind in (ChangeKind.DOSSIER, ChangeKind.CLIENTS)
            and change.touches(self._client_id)
        ):
            return
        if (
            change.kind is ChangeKind.DOSSIER
            and change.parts
            and self._current is not None
            and not self._reload.isActive()
        ):
            # Only these parts changed: read them, not the whole dossier.
            self._stale_parts |= change.parts
            self._initiators.add(change.initiator)
            self._refresh_parts.start()
        else:
            self._refresh_parts.stop()
            self._stale_parts.clear()
            self._initiators.clear()
            self._reload.start()

    def _read_parts(self) -> None:
        current, parts = self._current, frozenset(self._stale_parts)
        # One view may keep what it shows only when every change read here was its own.
        initiator = next(iter(self._initiators)) if len(self._initiators) == 1 else None
        self._stale_parts.clear()
        self._initiators.clear()
        if current is None or not parts:
            return
        dossiers = self._workspace.dossiers

        def done(dossier: Dossier) -> None:
            if self._current is not current:
                return  # a whole reload came first
            self._current = dossier
            self.parts_loaded.emit(dossier, parts, initiator)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StateError):
                self.gone.emit()
            else:
                self.reload()  # the narrow read failed: fall back to the whole dossier

        self._ops.query(
            lambda: dossiers.refreshed(current, parts), done, key="parts", failure=failed
        )

    # -- writing: ``initiator`` is the view asking (it is not reset by its own change)

    def save_contact(
        self,
        contact: Contact,
        done: Done | None = None,
        failed: Callable[[str], None] | None = None,
        client_id: str | None = None,
        *,
        initiator: object | None = None,
    ) -> None:
        self._write(
            client_id or self._client_id,
            lambda edits, cid: edits.save_contact(cid, contact),
            done,
            failed,
            initiator=initiator,
        )

    def delete_contact(
        self, contact_id: str, done: Done | None = None, *, initiator: object | None = None
    ) -> None:
        self.edit(
            lambda edits, cid: edits.delete_contact(cid, contact_id), done, initiator=initiator
        )

    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Done | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None:
        """Run one write of this dossier in the worker: ``work(edits, client_id)``.  It
        returns the service's :class:`Changes` (or :class:`ChangesWith`, whose value goes
        to ``result``)."""
        self._write(self._client_id, work, done, failed, result, initiator=initiator)

    def _write(
        self,
        client_id: str,
        work: Callable[[DossierEdits, str], Any],
        done: Done | None,
        failed: Callable[[str], None] | None = None,
        result: Callable[[Any], None] | None = None,
        *,
        initiator: object | None = None,
    ) -> None:
        if not client_id:
            return
        edits = self._workspace.edits

        def changes_of(outcome: Any) -> Changes:
            if isinstance(outcome, ChangesWith):
                return outcome.changes
            if isinstance(outcome, Changes):
                return outcome
            return Changes(client_id)  # a service that names nothing: the whole dossier

        def announce(outcome: Any) -> None:
            changes = changes_of(outcome)
            self._events.emit_change(
                ChangeKind.DOSSIER, changes.client_id or client_id, changes.parts, initiator
            )

        def succeeded(outcome: Any) -> None:
            if result is not None:
                result(outcome.value if isinstance(outcome, ChangesWith) else outcome)
            if done is not None:
                done()

        self._ops.write(
            lambda: work(edits, client_id),
            succeeded,
            announce=announce,
            failure=None if failed is None else (lambda failure: failed(failure.text)),
        )
