"""Run slow work (Argon2, imports) on a thread pool and hand the result back on the GUI thread.

A task is a plain callable.  It runs in a :class:`QRunnable`; its outcome travels back as a
queued Qt signal to the :class:`TaskRunner`, which lives on the GUI thread and calls the
success or failure callback there.  Widgets never touch a worker thread directly.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Created on the GUI thread; emitting it from a worker queues the call back there."""

    done = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never lost on a thread
            self._relay.done.emit(self._id, False, exc)
            return
        self._relay.done.emit(self._id, True, result)


@dataclass
class _Pending:
    on_success: SuccessCallback
    on_failure: FailureCallback


class TaskRunner(QObject):
    """Submits callables to a thread pool; says when it is busy."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            # One worker: unlocking, creating and importing never overlap.
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self.write_failures = 0  # how many writes failed so far (the lock compares)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback,
        on_failure: FailureCallback,
    ) -> None:
        task_id = next(self._ids)
        was_busy = self.is_busy()
        self._pending[task_id] = _Pending(on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(task_id, fn, self._relay))

    def note_write_failure(self) -> None:
        self.write_failures += 1

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has run and its callback has been called."""
        done = self._pool.waitForDone(msecs)
        # The queued call to _finish is posted to this runner, the receiver of the relay.
        QCoreApplication.sendPostedEvents(self)
        return done

    @Slot(int, bool, object)
    def _finish(self, task_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return
        try:
            if ok:
                pending.on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                pending.on_failure(payload)
        finally:
            if not self.is_busy():
                self.busy_changed.emit(False)
