"""One way to run work off the GUI thread (after Anki's ``aqt/operations``).

A *query* reads.  Queries share a key when a newer one makes an older one's answer
pointless (the dossier of another client, the list for another search): only the newest
answer per key is delivered, and :meth:`Operations.drop_all` forgets every answer still on
its way (a lock, another client).  A *write* changes the store; a failure is worded once,
by :func:`failure_text`, and goes to the caller's handler or to the ``failed`` signal.

Both run in the shared :class:`TaskRunner` (one worker, so writes never overlap), and
:meth:`Operations.flush` waits for whatever is still running (the lock).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

T = TypeVar("T")


class Operations(QObject):
    failed = Signal(str)  # a calm sentence for a write nobody else handles

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tokens: dict[Hashable, int] = {}
        self._epoch = 0

    def query(
        self,
        work: Callable[[], T],
        success: Callable[[T], None],
        *,
        key: Hashable = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read in the worker; ``success`` gets the answer unless a newer query with the
        same key (or :meth:`drop`) came after it."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token
        epoch = self._epoch

        def current() -> bool:
            return epoch == self._epoch and self._tokens.get(key) == token

        def done(result: Any) -> None:
            if current():
                success(result)

        def went_wrong(exc: BaseException) -> None:
            if not current():
                return
            if failure is not None:
                failure(exc)
            else:
                self.failed.emit(failure_text(exc))

        self._runner.submit(work, done, went_wrong)

    def write(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        *,
        failure: Callable[[str], None] | None = None,
    ) -> None:
        """Change the store in the worker.  Writes are never dropped: what the coach asked
        for is done (or its failure said), even after :meth:`drop`."""

        def done(result: Any) -> None:
            if success is not None:
                success(result)

        def went_wrong(exc: BaseException) -> None:
            text = failure_text(exc)
            if failure is not None:
                failure(text)
            else:
                self.failed.emit(text)

        self._runner.submit(work, done, went_wrong)

    def drop(self, key: Hashable) -> None:
        """Forget the answers still on their way for queries with ``key``."""
        self._tokens[key] = self._tokens.get(key, 0) + 1

    def drop_all(self) -> None:
        """Forget every answer still on its way (the lock, another client)."""
        self._epoch += 1

    def flush(self, msecs: int = -1) -> bool:
        """Wait until every piece of work has run and its callback has been called."""
        return self._runner.wait(msecs)
