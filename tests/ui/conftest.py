"""UI fixtures: a main window on a real vault (fast KDF, in-memory keyring, fixed clock),
with dialogs that answer at once and settings in a temp file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from genwerkt_desktop.services.demo import demo_files, load_demo
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.fakes import FixedClock

MainWindowFactory = Callable[..., MainWindow]


@dataclass
class FakeDialogs:
    """Answers every dialog at once and remembers what was asked."""

    print_result: bool = True
    yes: bool = True
    printed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warnings.append(text)

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self.yes

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        return None

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        return None

    def print_document(self, parent: QWidget | None, title: str, html: str) -> bool:
        self.printed.append((title, html))
        return self.print_result


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "genwerkt-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(
    qtbot, fixed_clock: FixedClock, dialogs: FakeDialogs, ui_settings: QSettings
) -> MainWindowFactory:
    """Build, show and start a main window on the given vault service."""

    def build(service: VaultService) -> MainWindow:
        window = MainWindow(service, fixed_clock, dialogs, settings=ui_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.start()
        return window

    return build


@pytest.fixture
def existing_vault(vault_service: VaultService) -> Iterator[str]:
    """A vault on disk with the demo dossiers, closed again; yields its recovery code."""
    created = vault_service.create(PASSPHRASE)
    try:
        load_demo(created.vault)
    finally:
        created.vault.close()
    yield created.recovery_code


def demo_client_names() -> list[str]:
    names: list[str] = []
    for path in demo_files():
        client = json.loads(path.read_text(encoding="utf-8"))["client"]
        for key in ("first_name", "last_name", "preferred_name"):
            if client.get(key):
                names.append(client[key])
    return names


def all_widget_texts(window: QMainWindow) -> list[str]:
    """Every piece of text the window holds in a widget or an item view's model."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts
