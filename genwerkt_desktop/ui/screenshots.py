"""Render the first screens to docs/screenshots/ (``make screenshots``).

Runs the real window offscreen on a throwaway vault in a temporary folder, loads the
fictional demo dossiers and saves four PNGs at 1280x800.  Nothing here touches the
coach's own data folder or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from genwerkt_desktop import APP_NAME
from genwerkt_desktop.domain.clock import SystemClock
from genwerkt_desktop.resources import resource
from genwerkt_desktop.services.vault import KdfPolicy, VaultService

from .dialogs import QtDialogs
from .main_window import MainWindow
from .style import apply_look

# Screenshots use a throwaway vault in a temp folder that is deleted afterwards, so a
# cheap Argon2 setting is fine here.  The application itself always uses the production
# policy; never pass this one to a vault that holds real dossiers.
SCREENSHOT_POLICY = KdfPolicy(8192, 1, 1, 0.0)

SIZE = (1280, 800)
PASSPHRASE = "paarse olifant fietst naar Gent"
OUT_DIR = resource().parent / "docs" / "screenshots"


def _wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("het scherm verscheen niet op tijd")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(widget: QWidget, name: str) -> Path:
    _settle()
    path = OUT_DIR / name
    if not widget.grab().save(str(path)):
        raise OSError(f"kon {path} niet bewaren")
    return path


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_look(app, resource("styles", "app.qss"), resource("icons", "genwerkt.svg"))
    OUT_DIR.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="genwerkt-screens-") as tmp:
        folder = Path(tmp)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        clock = SystemClock()
        service = VaultService(folder / "kluis", policy=SCREENSHOT_POLICY, clock=clock)
        window = MainWindow(service, clock, QtDialogs(), settings=settings)
        window.resize(*SIZE)
        window.show()
        window.start()
        screens = window.vault_screens

        pair = screens.create.passphrases
        pair.first.setText(PASSPHRASE)
        pair.second.setText(PASSPHRASE)
        written = [_save(window, "01-kluis-maken.png")]

        screens.create.create_button.click()
        _wait_until(lambda: screens.currentWidget() is screens.recovery_code)
        written.append(_save(window, "02-herstelcode.png"))

        screens.recovery_code.stored.setChecked(True)
        screens.recovery_code.continue_button.click()
        screens.demo_offer.yes_button.click()
        _wait_until(lambda: window.stack.currentWidget() is window.workspace)

        window.lock()
        screens.unlock.passphrase.setText("zonder bril typ ik dit fout")
        screens.unlock.open_button.click()
        _wait_until(lambda: not screens.unlock.message.isHidden())
        written.append(_save(window, "03-kluis-openen.png"))

        screens.unlock.passphrase.setText(PASSPHRASE)
        screens.unlock.open_button.click()
        _wait_until(lambda: window.stack.currentWidget() is window.workspace)
        window.statusBar().clearMessage()
        written.append(_save(window, "04-clientenlijst.png"))

        window.close()
        for path in written:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
