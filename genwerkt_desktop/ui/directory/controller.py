"""Loading, saving and deleting organisations of the sociale kaart through the runner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner

log = logging.getLogger(__name__)

SAVE_NOW_TIMEOUT_S = 30.0


class DirectoryController(QObject):
    """Does the work for the DirectoryView; emits DIRECTORY after every write."""

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
        self._runner = runner
        self._events = events
        self._generation = 0  # the newest load
        self._epoch = 0  # bumped by clear(): writes from before the lock stay quiet
        self._active = False
        events.changed.connect(self._on_changed)

    def load(self) -> None:
        self._active = True
        self._generation += 1
        generation, epoch = self._generation, self._epoch
        self._runner.submit(
            self._directory.organisations,
            lambda orgs: self._loaded(generation, epoch, orgs),
            lambda exc: self._load_failed(generation, epoch, exc),
        )

    def save(self, org: Organisation) -> None:
        epoch = self._epoch
        self._runner.submit(
            lambda: self._directory.save(org),
            lambda _none: self._saved(epoch, org),
            lambda exc: self._save_failed(epoch, org, exc),
        )

    def save_now(self, org: Organisation) -> bool:
        """Save and wait (for the lock): True when it is stored."""
        outcome: list[bool] = []
        self._runner.submit(
            lambda: self._directory.save(org),
            lambda _none: outcome.append(True),
            lambda exc: outcome.append(False),
        )
        # The runner delivers the callback itself when it has waited: no event loop spun.
        self._runner.wait(int(SAVE_NOW_TIMEOUT_S * 1000))
        if outcome == [True]:
            self._events.emit_change(ChangeKind.DIRECTORY)
            return True
        return False

    def delete(self, organisation_id: str) -> None:
        epoch = self._epoch
        self._runner.submit(
            lambda: self._directory.delete(organisation_id),
            lambda _none: self._deleted(epoch, organisation_id),
            lambda exc: self._delete_failed(epoch, organisation_id, exc),
        )

    def clear(self) -> None:
        """Drop whatever is still on its way back."""
        self._active = False
        self._generation += 1
        self._epoch += 1

    # -- callbacks on the GUI thread

    def _current(self, generation: int, epoch: int) -> bool:
        return self._active and generation == self._generation and epoch == self._epoch

    def _loaded(self, generation: int, epoch: int, orgs: list[Organisation]) -> None:
        if self._current(generation, epoch):
            self.loaded.emit(orgs)

    def _load_failed(self, generation: int, epoch: int, exc: BaseException) -> None:
        log.error("de sociale kaart laden mislukte: %s", type(exc).__name__)
        if self._current(generation, epoch):
            self.load_failed.emit()

    def _saved(self, epoch: int, org: Organisation) -> None:
        # The write happened: say so even if the view was cleared meanwhile.
        self._events.emit_change(ChangeKind.DIRECTORY)
        if epoch == self._epoch:
            self.saved.emit(org)

    def _save_failed(self, epoch: int, org: Organisation, exc: BaseException) -> None:
        log.error("een organisatie bewaren mislukte: %s", type(exc).__name__)
        if epoch != self._epoch:
            return
        reason = str(exc) if isinstance(exc, ValueError | StateError) else ""
        self.save_failed.emit(org, reason)

    def _deleted(self, epoch: int, organisation_id: str) -> None:
        self._events.emit_change(ChangeKind.DIRECTORY)
        if epoch == self._epoch:
            self.deleted.emit(organisation_id)

    def _delete_failed(self, epoch: int, organisation_id: str, exc: BaseException) -> None:
        if epoch != self._epoch:
            return
        if isinstance(exc, StateError):
            self.delete_refused.emit(organisation_id, str(exc))
            return
        log.error("een organisatie verwijderen mislukte: %s", type(exc).__name__)
        self.delete_failed.emit(organisation_id)

    def _on_changed(self, change: Change) -> None:
        if self._active and change.kind is ChangeKind.DIRECTORY:
            self.load()
