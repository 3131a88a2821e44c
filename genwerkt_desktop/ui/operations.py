"""One way to run work off the GUI thread (after Anki's ``aqt/operations``).

A *query* reads.  Queries share a key when a newer one makes an older one's answer
pointless (the dossier of another client, the list for another search): only the newest
answer per key is delivered, and :meth:`Operations.drop_all` forgets every answer still on
its way (a lock, another client).  A query may say how to ``interrupt`` its work: a
newer query with the same key, :meth:`Operations.drop` or :meth:`Operations.drop_all`
then stops it where it is (a search's SQL) instead of letting it run on unheard; work
that stopped so raises ``Interrupted``, which only its ``interrupted`` hears of.

A *write* changes the store.  What it changed is announced (``announce``) whatever came
after it, because the store did change; its ``success`` and ``failure`` reach the view
that asked only while that view still shows what it asked about (no :meth:`drop_all`
since).  A failure is worded once, here, and goes to the caller's handler or to the
``failed`` signal.  A long write reports its progress through :meth:`write_reporting`;
the percentages arrive on the GUI thread, throttled, and stop when it is done.

Everything runs in the shared :class:`TaskRunner` (one worker, so writes never overlap),
and :meth:`Operations.flush` waits for whatever is still running (the lock).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from genwerkt_desktop.domain.errors import Interrupted
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

T = TypeVar("T")
Report = Callable[[int, int], None]  # (done, total), called on the worker
# The worker reports at most this often (and only when the percentage went up): a few
# dozen queued calls per long write, whatever its size.
PROGRESS_INTERVAL_S = 0.05


@dataclass(frozen=True)
class Failure:
    """A write that did not happen: the calm sentence to show, and the error itself for a
    caller that tells a rule saying no (``StateError``) from a breakdown."""

    text: str
    error: BaseException


class ThrottledPercent:
    """Turns ``(done, total)`` into whole percentages for ``emit``: only when the
    percentage went up, no more often than every ``interval`` seconds, except 100 %,
    which always goes.  Called on the worker thread; it only reads the clock."""

    def __init__(
        self,
        emit: Callable[[int], None],
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._emit = emit
        self._interval = PROGRESS_INTERVAL_S if interval is None else interval
        self._clock = clock
        self._percent = -1
        self._at = float("-inf")

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, max(0, done * 100 // total))
        if percent <= self._percent:
            return
        now = self._clock()
        if percent < 100 and now - self._at < self._interval:
            return
        self._percent, self._at = percent, now
        self._emit(percent)


class Operations(QObject):
    failed = Signal(str)  # a calm sentence for a write nobody else handles
    # Emitted on the worker (which write, percent); delivered queued on the GUI thread.
    _moved = Signal(int, int)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tokens: dict[Hashable, int] = {}
        # Per key, the query still running that can be interrupted: (its token, how).
        self._running: dict[Hashable, tuple[int, Callable[[], None]]] = {}
        self._epoch = 0
        self._reporting: dict[int, Callable[[int], None]] = {}
        self._write_ids = itertools.count(1)
        self._moved.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def query(
        self,
        work: Callable[[], T],
        success: Callable[[T], None],
        *,
        key: Hashable = None,
        failure: Callable[[BaseException], None] | None = None,
        interrupt: Callable[[], None] | None = None,
        interrupted: Callable[[], None] | None = None,
    ) -> None:
        """Read in the worker; ``success`` gets the answer unless a newer query with the
        same key (or :meth:`drop`) came after it.  Without a key nothing supersedes it.

        ``interrupt`` (called on the GUI thread, with a key only) stops this query's work
        when it is superseded, and work superseded before it started is skipped;
        ``interrupted`` hears when the work stopped (or was skipped) so."""
        token = 0
        if key is not None:
            self._interrupt(key)  # before the newer one can start
            token = self._tokens.get(key, 0) + 1
            self._tokens[key] = token
            if interrupt is not None:
                self._running[key] = (token, interrupt)
        epoch = self._epoch

        def finished() -> None:
            running = self._running.get(key)
            if running is not None and running[0] == token:
                del self._running[key]

        def current() -> bool:
            fresh = key is None or self._tokens.get(key) == token
            return epoch == self._epoch and fresh

        def done(result: Any) -> None:
            finished()
            if current():
                success(result)

        def run() -> T:
            # Superseded while it waited its turn: never started, so nothing to interrupt.
            if interrupt is not None and not current():
                raise Interrupted()
            return work()

        def went_wrong(exc: BaseException) -> None:
            finished()
            if isinstance(exc, Interrupted):
                if interrupted is not None:
                    interrupted()
                return
            if not current():
                return
            if failure is not None:
                failure(exc)
            else:
                self.failed.emit(failure_text(exc))

        self._runner.submit(run, done, went_wrong)

    def write(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        *,
        announce: Callable[[T], None] | None = None,
        failure: Callable[[Failure], None] | None = None,
    ) -> None:
        """Change the store in the worker.  Writes are never dropped: what the coach asked
        for is done, and ``announce`` says what changed, even after :meth:`drop_all`."""
        self._submit_write(work, success, announce, failure, None)

    def write_reporting(
        self,
        work: Callable[[Report], T],
        success: Callable[[T], None] | None = None,
        *,
        progress: Callable[[int], None],
        announce: Callable[[T], None] | None = None,
        failure: Callable[[Failure], None] | None = None,
    ) -> None:
        """A long write: ``work`` gets a ``report(done, total)`` to call as it goes, and
        ``progress`` receives whole percentages on the GUI thread until it is done."""
        write_id = next(self._write_ids)
        self._reporting[write_id] = progress
        report = ThrottledPercent(lambda percent: self._moved.emit(write_id, percent))
        self._submit_write(lambda: work(report), success, announce, failure, write_id)

    def _submit_write(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None,
        announce: Callable[[T], None] | None,
        failure: Callable[[Failure], None] | None,
        write_id: int | None,
    ) -> None:
        epoch = self._epoch

        def done(result: Any) -> None:
            self._reporting.pop(write_id, None)  # type: ignore[arg-type]
            if announce is not None:
                announce(result)
            if success is not None and epoch == self._epoch:
                success(result)

        def went_wrong(exc: BaseException) -> None:
            self._reporting.pop(write_id, None)  # type: ignore[arg-type]
            self._runner.note_write_failure()
            text = failure_text(exc)
            if failure is not None and epoch == self._epoch:
                failure(Failure(text, exc))
            else:
                self.failed.emit(text)

        self._runner.submit(work, done, went_wrong)

    @Slot(int, int)
    def _show_progress(self, write_id: int, percent: int) -> None:
        shown = self._reporting.get(write_id)
        if shown is not None:
            shown(percent)

    def drop(self, key: Hashable) -> None:
        """Forget the answers still on their way for queries with ``key`` (and interrupt
        the one running, when it said how)."""
        self._interrupt(key)
        self._tokens[key] = self._tokens.get(key, 0) + 1

    def _interrupt(self, key: Hashable) -> None:
        running = self._running.pop(key, None)
        if running is not None:
            running[1]()

    def drop_all(self) -> None:
        """Forget every answer still on its way (the lock, another client); writes still
        announce what they changed."""
        self._epoch += 1
        self._reporting.clear()
        for key in list(self._running):
            self._interrupt(key)

    def flush(self, msecs: int = -1) -> bool:
        """Wait until every piece of work has run and its callback has been called."""
        return self._runner.wait(msecs)
