"""Thousands of generated clients: the list loads, filters and searches correctly.

The module builds one vault of 2,000 generated clients through the import path, each
with its first three notes only (the list is under test here, not the notes), so it
takes seconds rather than minutes; GENWERKT_UI_SCALE_CLIENTS changes the size.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.clients.model import DEFAULT_STATUSES
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.conftest import PASSPHRASE
from tests.fakes import FAST_POLICY, demo_day
from tests.fakes_keystore import MemoryKeyStore
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs

SCALE = int(os.environ.get("GENWERKT_UI_SCALE_CLIENTS", "2000"))
ARCHIVE_EVERY = 10


@pytest.fixture(scope="module")
def big_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder: Path = tmp_path_factory.mktemp("groot") / "kluis"
    service = VaultService(folder, policy=FAST_POLICY, clock=demo_day(), keystore=MemoryKeyStore())
    vault = service.create(PASSPHRASE).vault
    try:
        fill(vault, SCALE, max_contacts=3)
        workspace = Workspace.open(vault)
        for summary in workspace.dossiers.list_clients()[::ARCHIVE_EVERY]:
            workspace.dossiers.archive(summary.id)
        yield workspace
    finally:
        vault.close()


@pytest.fixture
def big_panel(qtbot, big_workspace: Workspace, dialogs: FakeDialogs) -> Iterator[ClientsPanel]:
    runner = TaskRunner()
    panel = ClientsPanel(demo_day())
    panel.attach(big_workspace, runner, DataEvents(), dialogs)
    qtbot.addWidget(panel)
    panel.resize(620, 720)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.clear()
    runner.wait()


@pytest.fixture(scope="module")
def summaries(big_workspace: Workspace) -> list[ClientSummary]:
    return big_workspace.dossiers.list_clients()


def shown(panel: ClientsPanel) -> set[str]:
    return {
        panel.model.client_at(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()).id
        for row in range(panel.proxy.rowCount())
    }


def by_default(summaries: list[ClientSummary]) -> list[ClientSummary]:
    return [c for c in summaries if (c.status or ClientStatus.ACTIVE) in DEFAULT_STATUSES]


def test_the_whole_list_loads_and_archived_ones_stay_out_of_sight(
    qtbot, big_panel: ClientsPanel, summaries: list[ClientSummary]
) -> None:
    started = time.perf_counter()
    big_panel.load()
    wait_for(qtbot, lambda: big_panel.model.rowCount() == SCALE, timeout=60_000)
    assert time.perf_counter() - started < 10
    assert shown(big_panel) == {c.id for c in by_default(summaries)}
    archived = sum(1 for c in summaries if c.status is ClientStatus.ARCHIVED)
    assert archived == len(range(0, SCALE, ARCHIVE_EVERY))
    assert big_panel.view.count_label.text() == f"{SCALE - archived} van {SCALE} cliënten"


def test_status_and_phase_filters(
    qtbot, big_panel: ClientsPanel, summaries: list[ClientSummary]
) -> None:
    big_panel.load()
    wait_for(qtbot, lambda: big_panel.model.rowCount() == SCALE, timeout=60_000)
    statuses = Counter(c.status for c in summaries)
    for status, box in big_panel.view.filter_bar.status_boxes.items():
        box.setChecked(status is ClientStatus.CLOSED)
    assert len(shown(big_panel)) == statuses[ClientStatus.CLOSED]
    big_panel.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    assert len(shown(big_panel)) == statuses[ClientStatus.CLOSED] + statuses[ClientStatus.ARCHIVED]

    for status, box in big_panel.view.filter_bar.status_boxes.items():
        box.setChecked(status in DEFAULT_STATUSES)
    for phase in Phase:
        big_panel.view.filter_bar.phase_filter.setCurrentIndex(
            big_panel.view.filter_bar.phase_filter.findData(phase.value)
        )
        expected = {c.id for c in by_default(summaries) if c.phase is phase}
        assert shown(big_panel) == expected, phase


def test_search_by_name_then_in_the_dossiers(
    qtbot, big_panel: ClientsPanel, big_workspace: Workspace, summaries: list[ClientSummary]
) -> None:
    big_panel.load()
    wait_for(qtbot, lambda: big_panel.model.rowCount() == SCALE, timeout=60_000)
    name = summaries[len(summaries) // 2].last_name
    typed = fold(name)[:4]

    def by_name(text: str) -> set[str]:
        words = fold(text).split()
        return {
            c.id
            for c in by_default(summaries)
            if all(w in fold(f"{c.display_name} {c.first_name} {c.last_name}") for w in words)
        }

    big_panel.search.setText(typed)
    assert shown(big_panel) == by_name(typed)  # at once, before any full-text answer

    word = "schuld"
    big_panel.search.setText(word)
    wait_for(qtbot, lambda: not big_panel.view.searching_label.isVisible(), timeout=60_000)
    in_dossiers = big_workspace.search.client_ids(word)
    expected = {c.id for c in by_default(summaries) if c.id in in_dossiers} | by_name(word)
    assert expected
    assert shown(big_panel) == expected
