"""Loading, saving and deleting organisations of the sociale kaart, as operations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.worker import TaskRunner

log = logging.getLogger(__name__)


class DirectoryController(QObject):
    """Does the work for the DirectoryView; every write announces DIRECTORY, even one that
    comes back after the lock."""

    loaded = Signal(list)  # list[Organisation]
    load_failed = Signal()
    saved = Signal(object)  # Organisation
    save_failed = Signal(object, str)  # Organisation, reason (may be empty)
    deleted = Signal(str)  # organisation id
    delete_refused = Signal(str, str)  # organisation id, the service's reason
    delete_failed = Signal(str)  # organisation id

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = workspace.directory
        self._ops = Operations(runner, self)
        self._events = events
        self._active = False
        events.changed.connect(self._on_changed)

    def load(self) -> None:
        self._active = True
        self._ops.query(
            self._directory.organisations, self.loaded.emit, key="list", failure=self._load_failed
        )

    def save(self, org: Organisation) -> None:
        """Save in the worker; before a lock, the lock waits for it (and says so if it
        failed)."""
        directory = self._directory
        self._ops.write(
            lambda: directory.save(org),
            lambda _none: self.saved.emit(org),
            announce=self._announce,
            failure=lambda failure: self._save_failed(org, failure),
        )

    def delete(self, organisation_id: str) -> None:
        directory = self._directory
        self._ops.write(
            lambda: directory.delete(organisation_id),
            lambda _none: self.deleted.emit(organisation_id),
            announce=self._announce,
            failure=lambda failure: self._delete_failed(organisation_id, failure),
        )

    def clear(self) -> None:
        """Drop whatever is still on its way back."""
        self._active = False
        self._ops.drop_all()

    # -- callbacks on the GUI thread

    def _announce(self, _result: object) -> None:
        self._events.emit_change(ChangeKind.DIRECTORY)

    def _load_failed(self, exc: BaseException) -> None:
        log.error("de sociale kaart laden mislukte: %s", type(exc).__name__)
        self.load_failed.emit()

    def _save_failed(self, org: Organisation, failure: Failure) -> None:
        log.error("een organisatie bewaren mislukte: %s", type(failure.error).__name__)
        # A rule of the directory said no: its own sentence helps the coach fix the form.
        refused = isinstance(failure.error, ValueError | StateError)
        self.save_failed.emit(org, str(failure.error) if refused else "")

    def _delete_failed(self, organisation_id: str, failure: Failure) -> None:
        if isinstance(failure.error, StateError):
            self.delete_refused.emit(organisation_id, str(failure.error))
            return
        log.error("een organisatie verwijderen mislukte: %s", type(failure.error).__name__)
        self.delete_failed.emit(organisation_id)

    def _on_changed(self, change: Change) -> None:
        if self._active and change.kind is ChangeKind.DIRECTORY:
            self.load()
