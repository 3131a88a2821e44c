"""A DirectoryView on the demo vault, with dialogs that answer at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.directory import DirectoryView
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.ui.clients.support import hold_worker
from tests.ui.conftest import FakeDialogs

__all__ = ["hold_worker"]  # the shared fixture, offered to the tests in this folder


@pytest.fixture
def demo_workspace(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def directory(
    qtbot, demo_workspace: Workspace, runner: TaskRunner, events: DataEvents, dialogs: FakeDialogs
) -> DirectoryView:
    view = DirectoryView(demo_workspace, runner, events, dialogs)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    with qtbot.waitSignal(view.controller.loaded, timeout=10_000):
        view.load()
    return view
