"""Child process of ``startup_to_unlock_ms`` and of the unlock-to-list metrics.

    python -m benchmarks.startup_driver --data-dir DIR [--unlock-after-ms N]

Runs :func:`genwerkt_desktop.app.main` unchanged.  Before it, one zero-delay timer is
queued: it is the first thing the event loop runs, and it watches the unlock page of the
main window that ``main`` built.  The first paint of that page (it is only painted once
it is the page shown), and then the end of that paint cycle, is the moment measured: this
process prints one JSON line with the wall-clock time (``time.time()``, comparable with
the parent's clock).

Without ``--unlock-after-ms`` it leaves the event loop there.  Leaving with ``exit``
rather than closing the window writes no settings.

With ``--unlock-after-ms N`` (the passphrase in the environment variable
``GENWERKT_BENCH_PASSPHRASE``) it goes on as a coach would, ``N`` ms after that moment
(0: at once, while the preload thread of ``ui/preload.py`` is still importing; 3000: an
app that has settled; any delay above 0 also waits for that thread to be done, which on
a busy machine can take longer, and the answer says when Enter came): the passphrase is
put in the unlock page's field and Enter is pressed there (a key press and release sent
to the field, which submits on Enter, as a typed Enter does). The clock starts just
before the key press. It stops at the first *list painted with rows*: the end of the
paint cycle in which the client list's table viewport got a paint event after the list's
first answer (the names) was set into its model: the first paint that puts client names
on screen. Until that answer, the viewport paints empty (or not at all); the due marks
may still be on their way. The answer says how many rows the list then showed
(``rows_shown``), so a run on a vault with clients can check the paint had rows in it.
The answer (``unlock_to_list_ms``, in this process's ``time.perf_counter``) comes with
milestones, each in ms after Enter: ``area_built_ms`` (the work area showing the list is
built and shown: its first step, with the names the unlock read, or the whole area when
the unlock read none), ``names_ms`` (the list's model got its first answer, the names;
the same moment when the unlock read them), ``handed_over_ms`` (the open vault was
handed to the work area, which then works: the dossier can be opened), and
``preload_running`` (whether the imports were still running at Enter).  Then, once the
vault is handed over, it is locked as Ctrl+L does (the worker drained, the vault closed)
and the process leaves the event loop; the parent gives each run an
empty settings folder of its own, so what the lock writes there is thrown away.

Nothing may be imported before the first line: the parent also counts interpreter start-up.
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from genwerkt_desktop import app as desktop_app  # noqa: E402
from genwerkt_desktop.ui.main_window import MainWindow  # noqa: E402

GIVE_UP_MS = 60_000
EXIT_NOT_SHOWN = 3
EXIT_NOT_LISTED = 4
PASSPHRASE_VARIABLE = "GENWERKT_BENCH_PASSPHRASE"
PRELOAD_THREAD = "genwerkt-preload"  # ui/preload.py
SETTLED_POLL_MS = 50


def _report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def _ms_since(moment: float) -> float:
    return (time.perf_counter() - moment) * 1000.0


def _preload_running() -> bool:
    return any(thread.name == PRELOAD_THREAD for thread in threading.enumerate())


class _FirstPaint(QObject):
    """Waits for the first paint of the unlock page, then acts after that paint cycle."""

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # The page is painted before its children: act once the cycle is over.
            QTimer.singleShot(0, self._shown)
        return False

    def _shown(self) -> None:
        _report(
            shown_at=time.time(),
            in_process_ms=_ms_since(STARTED),
        )
        QCoreApplication.exit(0)


class _UnlockToList(_FirstPaint):
    """After the unlock page is shown: Enter after a delay, then waits for the list."""

    def __init__(self, window: MainWindow, after_ms: int, passphrase: str) -> None:
        super().__init__()
        self._window = window
        self._after_ms = after_ms
        self._passphrase = passphrase
        self._enter = 0.0
        self._shown_at = 0.0
        self._area_built_ms: float | None = None
        self._names_ms: float | None = None
        self._handed_over_ms: float | None = None
        self._painted_ms: float | None = None
        self._listed_ms = 0.0
        self._preload_running = False
        self.listed = False

    def _shown(self) -> None:
        _report(shown_at=time.time(), in_process_ms=_ms_since(STARTED))
        self._shown_at = time.perf_counter()
        QTimer.singleShot(self._after_ms, self._when_settled)

    def _when_settled(self) -> None:
        """Early (0 ms): at once.  Settled: not before the preload thread is done either
        (on a busy machine it can take longer than the delay)."""
        if self._after_ms and _preload_running():
            QTimer.singleShot(SETTLED_POLL_MS, self._when_settled)
            return
        self._press_enter()

    def _press_enter(self) -> None:
        window = self._window
        # After the window's own slots: the list is there when these run.
        window.controller.names_read.connect(self._names_up)
        window.controller.unlocked.connect(self._handed_over)
        field = window.vault_screens.unlock.passphrase
        field.setText(self._passphrase)  # typed while the app was loading
        self._preload_running = _preload_running()
        self._enter = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            QCoreApplication.sendEvent(field, key)

    def _names_up(self, _names: object) -> None:
        """The work area's first step shows the names the unlock read."""
        area = self._window.work_area
        if area is None:
            _report(error="the names were read, but no list was built to show them")
            QCoreApplication.exit(EXIT_NOT_LISTED)
            return
        self._area_built_ms = self._names_ms = _ms_since(self._enter)
        area.clients.view.table.viewport().installEventFilter(_ListPaint(self))

    def _handed_over(self, _vault: object, _names: object) -> None:
        self._handed_over_ms = _ms_since(self._enter)
        area = self._window.work_area
        if area is None:
            _report(error="the vault was handed over, but no work area was built")
            QCoreApplication.exit(EXIT_NOT_LISTED)
            return
        if self._area_built_ms is None:  # the unlock read no names: the whole area now
            self._area_built_ms = self._handed_over_ms
            area.clients.view.table.viewport().installEventFilter(_ListPaint(self))
        if self._names_ms is None and area.clients.model.rowCount():
            self._names_ms = self._area_built_ms
        area.clients.controller.clients_loaded.connect(self._names)
        if self._painted_ms is not None:
            self._report_and_lock()

    def _names(self, _clients: object) -> None:
        if self._names_ms is None:
            self._names_ms = _ms_since(self._enter)

    def names_shown(self) -> bool:
        """The list's first answer (the names) is in its model."""
        return self._names_ms is not None

    def rows_shown(self) -> int:
        area = self._window.work_area
        return 0 if area is None else area.clients.proxy.rowCount()

    def list_painted(self) -> None:
        """The viewport was painted with rows: report after this paint cycle."""
        if self.listed:
            return
        self.listed = True
        painted_ms = _ms_since(self._enter)
        QTimer.singleShot(0, lambda: self._listed(painted_ms))

    def _listed(self, painted_ms: float) -> None:
        self._painted_ms = painted_ms
        self._listed_ms = _ms_since(self._enter)
        if self._handed_over_ms is not None:
            self._report_and_lock()

    def _report_and_lock(self) -> None:
        _report(
            unlock_to_list_ms=self._listed_ms,
            paint_event_ms=self._painted_ms,
            area_built_ms=self._area_built_ms,
            names_ms=self._names_ms,
            handed_over_ms=self._handed_over_ms,
            rows_shown=self.rows_shown(),
            preload_running=self._preload_running,
            enter_after_ms=(self._enter - self._shown_at) * 1000.0,
        )
        self._window.lock()  # the worker drained, the vault closed, as Ctrl+L does
        QCoreApplication.exit(0)


class _ListPaint(QObject):
    """On the list's viewport: tells ``watcher`` of the first paint with rows to show."""

    def __init__(self, watcher: _UnlockToList) -> None:
        super().__init__(watcher)
        self._watcher = watcher

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watcher = self._watcher
        if event.type() == QEvent.Type.Paint and not watcher.listed and watcher.names_shown():
            watcher.list_painted()
        return False


def _main_window() -> MainWindow | None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if len(windows) != 1:
        _report(error=f"expected one main window when the event loop started, saw {len(windows)}")
        QCoreApplication.exit(EXIT_NOT_SHOWN)
        return None
    return windows[0]


def _watch(watchers: list[_FirstPaint], unlock_after_ms: int | None, passphrase: str) -> None:
    window = _main_window()
    if window is None:
        return
    screens = window.vault_screens
    if screens.unlock.isVisible():
        _report(error="the unlock page was already shown before the event loop ran")
        QCoreApplication.exit(EXIT_NOT_SHOWN)
        return
    watcher = (
        _FirstPaint()
        if unlock_after_ms is None
        else _UnlockToList(window, unlock_after_ms, passphrase)
    )
    watchers.append(watcher)
    screens.unlock.installEventFilter(watcher)


def _give_up(watchers: list[_FirstPaint]) -> None:
    watcher = watchers[0] if watchers else None
    if watcher is None or not watcher.done:
        _report(error=f"the unlock page was not shown within {GIVE_UP_MS} ms")
        QCoreApplication.exit(EXIT_NOT_SHOWN)
    elif isinstance(watcher, _UnlockToList) and not watcher.listed:
        _report(error=f"the client list was not painted within {GIVE_UP_MS} ms")
        QCoreApplication.exit(EXIT_NOT_LISTED)


def _options(argv: list[str]) -> tuple[int | None, list[str]]:
    """``--unlock-after-ms`` for this driver; the rest (``--data-dir``) goes to the app."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--unlock-after-ms", type=int)
    ours, rest = parser.parse_known_args(argv)
    return ours.unlock_after_ms, rest


def main() -> int:
    unlock_after_ms, app_argv = _options(sys.argv[1:])
    passphrase = os.environ.get(PASSPHRASE_VARIABLE, "")
    if unlock_after_ms is not None and not passphrase:
        _report(error=f"--unlock-after-ms needs the passphrase in {PASSPHRASE_VARIABLE}")
        return EXIT_NOT_LISTED
    # The QApplication main() would make (it takes an existing one): the timers need it.
    _qapp = QApplication([sys.argv[0]])  # kept alive until main() returns
    watchers: list[_FirstPaint] = []
    QTimer.singleShot(0, lambda: _watch(watchers, unlock_after_ms, passphrase))
    QTimer.singleShot(GIVE_UP_MS + (unlock_after_ms or 0), lambda: _give_up(watchers))
    return desktop_app.main(app_argv)


if __name__ == "__main__":
    sys.exit(main())
