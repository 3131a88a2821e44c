"""UI fixtures: a main window on a real vault (fast KDF, in-memory keyring, fixed clock),
with dialogs that answer at once and settings in a temp file; and a walk over every text
a window holds, to prove that locking leaves no client data behind."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from genwerkt_desktop.services.demo import demo_files, load_demo
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.fakes import FixedClock

if TYPE_CHECKING:
    from genwerkt_desktop.ui.main_window import MainWindow

MainWindowFactory = Callable[..., "MainWindow"]


@dataclass
class FakeDialogs:
    """Answers every dialog at once and remembers what was asked."""

    print_result: bool = True
    yes: bool = True
    printed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    save_to: Path | None = None  # what the save dialog answers (None: cancelled)
    shown: list[Path] = field(default_factory=list)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warnings.append(text)

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.yes

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        return None

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        return self.save_to

    def show_file(self, path: Path) -> None:
        self.shown.append(path)

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
def app_settings(ui_settings: QSettings) -> AppSettings:
    return AppSettings(ui_settings)


@pytest.fixture
def make_window(
    qtbot, fixed_clock: FixedClock, dialogs: FakeDialogs, app_settings: AppSettings
) -> MainWindowFactory:
    """Build, show and start a main window on the given vault service."""

    # Imported here: the main window pulls in every area, and a test of one area should
    # not depend on the others being importable.
    from genwerkt_desktop.ui.main_window import MainWindow

    def build(service: VaultService) -> MainWindow:
        window = MainWindow(service, fixed_clock, dialogs, settings=app_settings)
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


TREE_DEPTH = 6  # deep enough for any tree here; a guard against a model that loops
MODEL_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def model_texts(
    model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0
) -> list[str]:
    """Every row and column (and their children, for trees) in the text roles."""
    parent = parent if parent is not None else QModelIndex()
    texts: list[str] = []
    flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts += [str(model.data(index, role) or "") for role in MODEL_ROLES]
            if column == 0 and not flat and depth < TREE_DEPTH and model.rowCount(index):
                texts += model_texts(model, index, depth + 1)
    for section in range(model.columnCount(parent)):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    texts += [widget.windowTitle(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts += [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            texts += [widget.tabText(tab), widget.tabToolTip(tab)]
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                texts.append(item.text())
            texts.append(item.toolTip())
    return texts


def object_tree_texts(root: QObject) -> list[str]:
    """Every text under ``root``: widgets, item models (all rows, columns, text roles),
    graphics scenes and actions."""
    texts: list[str] = []
    if isinstance(root, QWidget):
        texts += widget_texts(root)
    for widget in root.findChildren(QWidget):
        texts += widget_texts(widget)
    for model in root.findChildren(QAbstractItemModel):
        texts += model_texts(model)
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def all_widget_texts(window: QMainWindow) -> list[str]:
    """Every piece of text the window holds in a widget, an item model or an action."""
    return [window.windowTitle(), window.statusBar().currentMessage(), *object_tree_texts(window)]


def application_texts() -> list[str]:
    """Every text in every widget the application still has (top-level dialogs too)."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += widget_texts(widget)
    for widget in QApplication.topLevelWidgets():
        for model in widget.findChildren(QAbstractItemModel):
            texts += model_texts(model)
    return texts


def wait_idle(qtbot, window: MainWindow, timeout_ms: int = 10_000) -> None:
    """Until the worker has nothing left to do (loads, saves) and its callbacks ran."""
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=timeout_ms)
    qtbot.wait(10)


def client_row_count(qtbot, window: MainWindow) -> int:
    """How many clients the Cliënten list shows (after its load finished)."""
    assert window.work_area is not None, "the vault is locked"
    wait_idle(qtbot, window)
    return window.work_area.clients.proxy.rowCount()
