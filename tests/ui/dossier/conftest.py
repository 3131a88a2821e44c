"""Fixtures for the dossier workspace: shown on the demo vault, nothing open yet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
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
from tests.ui.dossier.support import dossier_controller

# The shared fixtures, offered to the tests in this folder.
__all__ = [
    "demo_workspace",
    "dossier_controller",
    "dossier_view",
    "events",
    "hold_worker",
    "runner",
]


@pytest.fixture
def dossier_view(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> Iterator[DossierWorkspace]:
    widget = DossierWorkspace(demo_workspace, runner, events, dialogs, fixed_clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.clear()
    runner.wait()


def open_dossier(qtbot, view: DossierWorkspace, client_id: str) -> None:  # type: ignore[no-untyped-def]
    view.show_client(client_id)
    wait_for(qtbot, lambda: view.current_client_id() == client_id)
