"""Shared by the client-list and dossier tests: real services on a fresh demo vault,
the worker, the change signal, and a walk over every text a widget tree holds."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner

TIMEOUT_MS = 15_000


def keep_none_alive() -> None:
    """Work around a PySide6 6.12 bug on Python 3.11: every call of a Qt method that
    returns nothing (setText, processEvents, ...) drops one reference to None without
    taking it, and Python aborts ("deallocating None") after a few thousand calls.
    From Python 3.12 None is immortal and this does nothing.  The application itself
    needs a real fix (another PySide6 or Python 3.12); see the hand-over notes."""
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += 1 << 40


@pytest.fixture(scope="session", autouse=True)
def _none_stays_alive() -> None:
    keep_none_alive()


@pytest.fixture
def demo_workspace(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


@pytest.fixture
def runner(vault: OpenVault) -> Iterator[TaskRunner]:
    """The worker; every task has finished before the vault closes."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts: list[str] = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value:
                    texts.append(str(value))
    return texts


def texts_in(root: QWidget) -> str:
    """Every text the widget tree shows or holds: labels, fields, buttons, tooltips,
    accessible names and descriptions, and each item view's model."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        ]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += model_texts(model)
            source = getattr(model, "sourceModel", lambda: None)()
            if source is not None:
                texts += model_texts(source)
    return "\n".join(t for t in texts if t)


def wait_for(qtbot, condition: Callable[[], object], timeout: int = TIMEOUT_MS) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
