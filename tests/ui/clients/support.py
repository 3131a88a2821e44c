"""Shared by the client-list, dossier and sociale kaart tests: real services on a fresh
demo vault, the worker (and a way to hold it, so answers arrive late), the change signal
(and what it announced), and a walk over every text a widget tree holds."""

from __future__ import annotations

import threading
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
from genwerkt_desktop.ui.events import Change, DataEvents
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


def announced(events: DataEvents) -> list[Change]:
    """Every change the real signal announces from now on, in order."""
    heard: list[Change] = []
    events.changed.connect(heard.append)
    return heard


class HeldWorker:
    """Keeps the one worker busy with a task that waits until :meth:`release`, so work
    submitted meanwhile queues behind it (answers arrive late, as on a slow disk)."""

    def __init__(self, runner: TaskRunner) -> None:
        self._go = threading.Event()
        started = threading.Event()

        def hold() -> None:
            started.set()
            self._go.wait(TIMEOUT_MS / 1000)  # never longer: the runner fixture waits

        runner.submit(hold, lambda _result: None, lambda _error: None)
        assert started.wait(TIMEOUT_MS / 1000)

    def release(self) -> None:
        self._go.set()


@pytest.fixture
def hold_worker(runner: TaskRunner) -> Iterator[Callable[[], HeldWorker]]:
    """Hold the worker on demand; whatever a test left held is released at its end."""
    held: list[HeldWorker] = []

    def hold() -> HeldWorker:
        held.append(HeldWorker(runner))
        return held[-1]

    yield hold
    for worker in held:
        worker.release()
