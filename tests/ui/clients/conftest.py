"""Fixtures for the client list: a panel on the demo vault, loaded and shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.fakes import FixedClock
from tests.ui.clients.support import (
    demo_workspace,
    events,
    hold_worker,
    runner,
    wait_for,
)
from tests.ui.conftest import FakeDialogs

# The shared fixtures, offered to the tests in this folder.
__all__ = ["demo_workspace", "events", "hold_worker", "panel", "runner"]


@pytest.fixture
def panel(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> Iterator[ClientsPanel]:
    widget = ClientsPanel(fixed_clock)
    widget.attach(demo_workspace, runner, events, dialogs)
    qtbot.addWidget(widget)
    widget.resize(620, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.load()
    wait_for(qtbot, lambda: widget.model.rowCount() == 3)
    yield widget
    widget.clear()
    runner.wait()
