"""The desktop's team views on real vaults against a real PostgreSQL (the team tests'
throwaway cluster): each laptop gets its own workspace, worker, change signal and team
session, as an unlocked main window has them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.team.session import TeamSession
from genwerkt_desktop.ui.worker import TaskRunner
from tests.fakes import FixedClock
from tests.team.conftest import laptops, pg_server, team, team_db
from tests.team.laptops import Laptop, open_laptop
from tests.ui.clients.support import wait_for

__all__ = ["desk_of", "laptops", "pg_server", "team", "team_db"]


@pytest.fixture
def fresh_laptop(team, tmp_path, fixed_clock: FixedClock) -> Iterator[Laptop]:  # type: ignore[no-untyped-def]
    """A coach's vault that was never connected to the team's server."""
    yield from open_laptop(team.db, team.coach, tmp_path / "an", fixed_clock)


@dataclass
class Desk:
    """One coach's laptop as the desktop sees it."""

    laptop: Laptop
    workspace: Workspace
    runner: TaskRunner
    events: DataEvents
    session: TeamSession
    window: QWidget

    def linked(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        """Read the link (as the vault session does after unlock) and wait for it."""
        self.session.refresh()
        wait_for(qtbot, lambda: self.session.info is not None)


@pytest.fixture
def desk_of(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[Desk] = []

    def make(laptop: Laptop) -> Desk:
        workspace = Workspace.open(laptop.vault, laptop.keystore)
        runner = TaskRunner()
        events = DataEvents()
        window = QWidget()
        qtbot.addWidget(window)
        session = TeamSession(workspace.team, runner, events, window)
        desk = Desk(laptop, workspace, runner, events, session, window)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.session.clear()
        desk.runner.wait()


@pytest.fixture
def demo_workspace_desk(qtbot, vault, keystore):  # type: ignore[no-untyped-def]
    """A demo vault that was never linked to a team."""
    from genwerkt_desktop.services.demo import load_demo

    load_demo(vault)
    workspace = Workspace.open(vault, keystore)
    runner = TaskRunner()
    events = DataEvents()
    window = QWidget()
    qtbot.addWidget(window)
    session = TeamSession(workspace.team, runner, events, window)
    yield Desk(None, workspace, runner, events, session, window)  # type: ignore[arg-type]
    runner.wait()
