"""What the dossier views do: load one dossier, save or delete one part of it.

Reads and writes run through :class:`Operations` (stale answers are dropped there).
After each successful write the controller announces a :class:`Change` for this client,
naming the parts it touched when it knows them; the workspace hears it (as do the client
list and the agenda) and reads those parts, or the whole dossier, again.
``save_contact_now`` is the one synchronous write, for the lock that must not wait.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from genwerkt_desktop.domain.enums import Phase
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Contact, Dossier, Observation, Right
from genwerkt_desktop.services.changes import Part
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

Done = Callable[[], None]
_CONTACTS = frozenset({Part.CONTACTS})


class DossierController(QObject):
    loaded = Signal(object)  # Dossier
    # Dossier, frozenset[Part]: only those parts were read again; the rest is as it was
    parts_loaded = Signal(object, object)
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
            self._refresh_parts.start()
        else:
            self._refresh_parts.stop()
            self._stale_parts.clear()
            self._reload.start()

    def _read_parts(self) -> None:
        current, parts = self._current, frozenset(self._stale_parts)
        self._stale_parts.clear()
        if current is None or not parts:
            return
        client_id, dossiers = self._client_id, self._workspace.dossiers

        def done(contacts: tuple[Contact, ...]) -> None:
            if self._current is not current:
                return  # a whole reload came first
            dossier = dataclasses.replace(current, contacts=contacts)
            self._current = dossier
            self.parts_loaded.emit(dossier, parts)

        def failed(_exc: BaseException) -> None:
            self.reload()  # the narrow read failed: fall back to the whole dossier

        # Part.CONTACTS is the one part read on its own so far.
        self._ops.query(lambda: dossiers.contacts(client_id), done, key="parts", failure=failed)

    # -- writing

    def enter_phase(
        self, phase: Phase, on: date, note: str | None, done: Done | None = None
    ) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.enter_phase(cid, phase, on, note), done)

    def save_contact(
        self,
        contact: Contact,
        done: Done | None = None,
        failed: Callable[[str], None] | None = None,
        client_id: str | None = None,
    ) -> None:
        edits, cid = self._workspace.edits, client_id or self._client_id
        self._write(cid, lambda: edits.save_contact(cid, contact), done, failed, parts=_CONTACTS)

    def save_contact_now(self, contact: Contact, client_id: str | None = None) -> None:
        """Save on the GUI thread (the lock is about to close the vault)."""
        cid = client_id or self._client_id
        self._workspace.edits.save_contact(cid, contact)
        self._events.emit_change(ChangeKind.DOSSIER, cid, _CONTACTS)

    def delete_contact(self, contact_id: str, done: Done | None = None) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.delete_contact(cid, contact_id), done, parts=_CONTACTS)

    def save_observation(self, observation: Observation, done: Done | None = None) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.save_observation(cid, observation), done)

    def delete_observation(self, observation_id: str, done: Done | None = None) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.delete_observation(cid, observation_id), done)

    def save_right(self, right: Right, done: Done | None = None) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.save_right(cid, right), done)

    def delete_right(self, right_id: str, done: Done | None = None) -> None:
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: edits.delete_right(cid, right_id), done)

    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Done | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
    ) -> None:
        """Run one write of this dossier in the worker: ``work(edits, client_id)``;
        ``result`` receives what it returned."""
        edits, cid = self._workspace.edits, self._client_id
        self._write(cid, lambda: work(edits, cid), done, failed, result)

    def _write(
        self,
        client_id: str,
        work: Callable[[], Any],
        done: Done | None,
        failed: Callable[[str], None] | None = None,
        result: Callable[[Any], None] | None = None,
        *,
        parts: frozenset[Part] = frozenset(),
    ) -> None:
        if not client_id:
            return

        def succeeded(outcome: Any) -> None:
            if result is not None:
                result(outcome)
            self._events.emit_change(ChangeKind.DOSSIER, client_id, parts)
            if done is not None:
                done()

        self._ops.write(work, succeeded, failure=failed)
