"""The desktop application's composition root: `genwerkt-desktop [--data-dir DIR]`.

This is the one place that picks the real outside world (the OS keyring, the system
clock, the platform dialogs, the platform's settings store, the operating system's lock
and sleep signals) and hands it to the interface.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings
from PySide6.QtWidgets import QApplication

from genwerkt_desktop import APP_NAME, __version__
from genwerkt_desktop.diagnostics import catch_crashes, start_logging
from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.resources import MissingResource, check_installation, resource
from genwerkt_desktop.services.paths import VaultPaths, resolve_data_dir
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store.files import private_dir
from genwerkt_desktop.store.keystore import SystemKeyStore
from genwerkt_desktop.ui.dialogs import Dialogs, QtDialogs
from genwerkt_desktop.ui.i18n import install_language
from genwerkt_desktop.ui.lock import SessionWatcher
from genwerkt_desktop.ui.main_window import MainWindow
from genwerkt_desktop.ui.preload import start_preload
from genwerkt_desktop.ui.settings import AppSettings
from genwerkt_desktop.ui.style import apply_look
from genwerkt_desktop.ui.unexpected import unexpected_error_hook

log = logging.getLogger(__name__)

EXIT_NO_DATA_DIR = 1
EXIT_ALREADY_RUNNING = 2
EXIT_BROKEN_INSTALLATION = 3
LOCK_WAIT_MS = 200
# The GUI thread shares the interpreter with the preload thread and the worker.  Calls into
# Qt let go of it, and taking it back waits up to this long while another thread runs
# Python (5 ms by default): the window built beside the preload's imports waited so again
# and again.  Measured: the unlock page ~70 ms sooner at 1 ms than at 5 ms.
GIL_SWITCH_INTERVAL_S = 0.001


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; whatever is left (e.g. ``-platform``) goes to Qt."""
    parser = argparse.ArgumentParser(
        prog="genwerkt-desktop",
        description="genwerkt: een versleuteld dossierschrift voor generalistische coaches",
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="de gegevensmap met de kluis (anders GENWERKT_DATA_DIR of de standaardmap)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_known_args(list(argv))


def acquire_instance_lock(lock_path: Path) -> QLockFile | None:
    """One running genwerkt per data folder.  None when another one holds the lock."""
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # held for the whole session: only a dead owner makes it stale
    # tryLock itself takes over a lock whose owner process is gone (a crash).
    return lock if lock.tryLock(LOCK_WAIT_MS) else None


def configure_application(app: QApplication) -> AppSettings:
    """Names (for QSettings), the coach's language, the stylesheet and the icon."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = AppSettings(QSettings(), app)
    install_language(app, settings.language)
    apply_look(app, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    return settings


def _application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([sys.argv[0] if sys.argv else "genwerkt-desktop", *qt_args])


def _start_log(dialogs: Dialogs) -> Path | None:
    """The log file, the crash file and the hook for errors nobody caught."""
    try:
        log_path: Path | None = start_logging("genwerkt-desktop")
        catch_crashes()
    except OSError:
        log_path = None  # an unwritable log folder never stops the coach's work
    sys.excepthook = unexpected_error_hook(dialogs, log_path)
    log.info("gestart: versie %s, %s", __version__, sys.platform)
    return log_path


def main(argv: Sequence[str] | None = None, *, dialogs: Dialogs | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    # The database layer, the services and the first screen's views, imported on their own
    # thread while the window and the unlock page come up (ui/preload.py).
    start_preload()
    data_dir = resolve_data_dir(args.data_dir)
    app = _application(qt_args)
    dialogs = dialogs if dialogs is not None else QtDialogs()
    _start_log(dialogs)
    try:
        check_installation()
    except MissingResource as exc:
        print(f"genwerkt-desktop: {exc}", file=sys.stderr)
        dialogs.warn(None, "genwerkt", str(exc))
        return EXIT_BROKEN_INSTALLATION
    settings = configure_application(app)

    try:
        private_dir(data_dir)
    except OSError as exc:
        dialogs.warn(
            None,
            "genwerkt",
            QCoreApplication.translate(
                "App", "De gegevensmap kan niet aangemaakt worden: {reason}"
            ).format(reason=exc.strerror or type(exc).__name__),
        )
        return EXIT_NO_DATA_DIR
    lock = acquire_instance_lock(VaultPaths(data_dir).lock_file)
    if lock is None:
        dialogs.warn(
            None,
            "genwerkt",
            QCoreApplication.translate(
                "App",
                "genwerkt is al geopend voor deze gegevensmap. "
                "Gebruik het venster dat al openstaat.",
            ),
        )
        return EXIT_ALREADY_RUNNING
    try:
        clock = SystemClock()
        service = VaultService(data_dir, keystore=SystemKeyStore(), clock=clock)
        watcher = SessionWatcher(app)
        watcher.start()
        window = MainWindow(service, clock, dialogs, settings=settings, session_watcher=watcher)
        window.show()
        watcher.watch_window(int(window.winId()))
        window.start()
        return app.exec()
    finally:
        lock.unlock()


if __name__ == "__main__":
    sys.exit(main())
