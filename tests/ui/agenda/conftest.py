"""An AgendaView on the demo vault (fixed clock: Saturday 28 November 2026, 09:30)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda import AgendaView
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.fakes import FixedClock
from tests.ui.dossier.conftest import dossier_view

# Shared with the dossier tests: a dossier open beside the agenda, on the same store.
__all__ = ["dossier_view"]


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
def agenda(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    fixed_clock: FixedClock,
) -> AgendaView:
    view = AgendaView(demo_workspace, runner, events, fixed_clock)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view
