"""Child process of ``startup_to_unlock_ms``: the real app start, up to the unlock page.

    python -m benchmarks.startup_driver --data-dir DIR

Runs :func:`genwerkt_desktop.app.main` unchanged.  Before it, one zero-delay timer is
queued: it is the first thing the event loop runs, and it watches the unlock page of the
main window that ``main`` built.  The first paint of that page (it is only painted once
it is the page shown), and then the end of that paint cycle, is the moment measured: this
process prints one JSON line with the wall-clock time (``time.time()``, comparable with
the parent's clock) and leaves the event loop.  Leaving with ``exit`` rather than closing
the window writes no settings.

Nothing may be imported before the first line: the parent also counts interpreter start-up.
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from genwerkt_desktop import app as desktop_app  # noqa: E402
from genwerkt_desktop.ui.main_window import MainWindow  # noqa: E402

GIVE_UP_MS = 60_000
EXIT_NOT_SHOWN = 3


def _report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


class _FirstPaint(QObject):
    """Waits for the first paint of one widget, then reports after that paint cycle."""

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # The page is painted before its children: report once the cycle is over.
            QTimer.singleShot(0, self._shown)
        return False

    def _shown(self) -> None:
        _report(
            shown_at=time.time(),
            in_process_ms=(time.perf_counter() - STARTED) * 1000.0,
        )
        QCoreApplication.exit(0)


def _watch(first_paint: _FirstPaint) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if len(windows) != 1:
        _report(error=f"expected one main window when the event loop started, saw {len(windows)}")
        QCoreApplication.exit(EXIT_NOT_SHOWN)
        return
    screens = windows[0].vault_screens
    if screens.unlock.isVisible():
        _report(error="the unlock page was already shown before the event loop ran")
        QCoreApplication.exit(EXIT_NOT_SHOWN)
        return
    screens.unlock.installEventFilter(first_paint)


def _give_up(first_paint: _FirstPaint) -> None:
    if not first_paint.done:
        _report(error=f"the unlock page was not shown within {GIVE_UP_MS} ms")
        QCoreApplication.exit(EXIT_NOT_SHOWN)


def main() -> int:
    # The QApplication main() would make (it takes an existing one): the timers need it.
    _qapp = QApplication([sys.argv[0]])  # kept alive until main() returns
    first_paint = _FirstPaint()
    QTimer.singleShot(0, lambda: _watch(first_paint))
    QTimer.singleShot(GIVE_UP_MS, lambda: _give_up(first_paint))
    return desktop_app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
