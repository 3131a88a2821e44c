"""Shared by the client-list and dossier tests: real services on a fresh demo vault,
the worker, the change signal, and a walk over every text a widget tree holds."""

from __future__ import annotations

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
