"""Right after unlocking, the client list comes first (issue 18: unlock to a painted list).

The work area the main window builds asks for the names as soon as the list's panel
has its controller, so the worker reads them while the rest of the area (the dossier
pane) is built; the list shows the names before the last contacts and the marks of what
is due, which follow in a second read.
No timing is asserted: what is checked is the order a coach would see things in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.areas import Area
from genwerkt_desktop.ui.clients.model import COL_LAST_CONTACT
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.dossier import workspace as dossier_workspace_module
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.work_area import WorkArea
from genwerkt_desktop.ui.worker import TaskRunner
from tests.fakes import FixedClock
from tests.ui.clients.support import TIMEOUT_MS, wait_for
from tests.ui.conftest import FakeDialogs


class _Reads:
    """The list reads the worker ran ("names": names only, "list": with the last
    contacts, "marks": with what is due too), and a gate that holds the read with the
    marks until the test opens it."""

    def __init__(self, workspace: Workspace, *, hold_marks: bool) -> None:
        self.kinds: list[str] = []
        self.marks_gate = threading.Event()
        if not hold_marks:
            self.marks_gate.set()
        real = self.real = workspace.dossiers.list_clients
        real_names = workspace.dossiers.list_names

        def list_clients(*, with_due: bool = True) -> list[ClientSummary]:
            self.kinds.append("marks" if with_due else "list")
            if with_due:
                self.marks_gate.wait(TIMEOUT_MS / 1000)
            return real(with_due=with_due)

        def list_names() -> list[ClientSummary]:
            self.kinds.append("names")
            return real_names()

        workspace.dossiers.list_clients = list_clients  # type: ignore[method-assign]
        workspace.dossiers.list_names = list_names  # type: ignore[method-assign]


@pytest.fixture
def held_marks(demo_workspace: Workspace) -> Iterator[_Reads]:
    reads = _Reads(demo_workspace, hold_marks=True)
    yield reads
    reads.marks_gate.set()  # never leave the worker waiting


def test_the_list_shows_every_name_before_the_due_marks_arrive(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
    held_marks: _Reads,
) -> None:
    expected = held_marks.real(with_due=True)
    assert any(c.next_appointment is not None or c.late for c in expected)
    panel = ClientsPanel(fixed_clock)
    panel.attach(demo_workspace, runner, events, dialogs)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()

    # The due-mark read is held in the worker: the names are there all the same.
    wait_for(qtbot, lambda: panel.model.rowCount() == len(expected))
    wait_for(qtbot, lambda: held_marks.kinds == ["list", "marks"])
    shown = panel.model.clients()
    assert sorted(c.id for c in shown) == sorted(c.id for c in expected)
    assert all(c.next_appointment is None and not c.late for c in shown)

    held_marks.marks_gate.set()
    wait_for(qtbot, lambda: any(c.next_appointment or c.late for c in panel.model.clients()))
    runner.wait()
    by_id = {c.id: c for c in panel.model.clients()}
    assert all(by_id[c.id].next_appointment == c.next_appointment for c in expected)
    assert all(by_id[c.id].late == c.late for c in expected)


@pytest.fixture
def make_area(
    qtbot,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> Iterator[Callable[..., WorkArea]]:
    """Builds a work area on the demo vault (``options`` as the main window passes
    them), shown and started unless ``show`` is False; cleared after the test."""
    built: list[WorkArea] = []

    def make(
        *, show: bool = True, names: list[ClientSummary] | None = None, **options: Any
    ) -> WorkArea:
        area = WorkArea(fixed_clock, names=names)
        area.attach(demo_workspace, runner, events, dialogs, **options)
        qtbot.addWidget(area)
        built.append(area)
        if show:
            area.show()
            area.start()
        return area

    yield make
    for area in built:
        area.clear()
    runner.wait()


def _last_contact_cells(area: WorkArea) -> list[str]:
    model = area.clients.model
    return [model.index(row, COL_LAST_CONTACT).data() for row in range(model.rowCount())]


def test_right_after_unlocking_the_last_contacts_follow_the_names_and_are_never_said_missing(
    qtbot, make_area: Callable[..., WorkArea], held_marks: _Reads
) -> None:
    expected = held_marks.real(with_due=True)
    never_seen = QCoreApplication.translate("ClientTableModel", "nog geen")
    area = make_area(list_first=True)

    wait_for(qtbot, lambda: area.clients.model.rowCount() == len(expected))
    assert held_marks.kinds[0] == "names"
    # Not read yet is blank: no client is said never to have been seen.
    assert set(_last_contact_cells(area)) == {""}

    held_marks.marks_gate.set()
    wait_for(qtbot, lambda: "" not in _last_contact_cells(area))
    cells = _last_contact_cells(area)
    assert len(set(cells)) > 1  # dates, now that they are read
    seen = [c for c in expected if c.last_contact is not None]
    assert seen and cells.count(never_seen) == len(expected) - len(seen)


@pytest.mark.parametrize("list_first", [True, False])
def test_the_work_area_asks_for_the_names_before_it_builds_the_dossier_pane_when_told(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    make_area: Callable[..., WorkArea],
    demo_workspace: Workspace,
    runner: TaskRunner,
    list_first: bool,
) -> None:
    """The main window builds its work area with ``list_first``; either way the list is
    read once for its names and once for its marks, and the names are shown.  Only
    right after unlocking are the names read alone."""
    expected = len(demo_workspace.dossiers.list_clients(with_due=False))
    reads = _Reads(demo_workspace, hold_marks=False)
    asked_before_dossier: list[list[bool]] = []
    real_dossier = dossier_workspace_module.DossierWorkspace

    def dossier_pane(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Whether the names' read was already handed to the worker: the runner is busy.
        asked_before_dossier.append([runner.is_busy()])
        return real_dossier(*args, **kwargs)

    monkeypatch.setattr(dossier_workspace_module, "DossierWorkspace", dossier_pane)
    area = make_area(list_first=list_first)

    assert asked_before_dossier == [[list_first]]
    assert area.current_area() is Area.CLIENTS
    wait_for(qtbot, lambda: area.clients.model.rowCount() == expected)
    first = "names" if list_first else "list"
    wait_for(qtbot, lambda: reads.kinds == [first, "marks"])
    runner.wait()
    assert reads.kinds == [first, "marks"]  # start() did not ask a second time


def test_names_read_by_the_unlock_are_in_the_list_when_the_area_is_built(
    qtbot,
    make_area: Callable[..., WorkArea],
    demo_workspace: Workspace,
    runner: TaskRunner,
    held_marks: _Reads,
) -> None:
    names = demo_workspace.dossiers.list_names()
    held_marks.kinds.clear()
    area = make_area(show=False, list_first=True, names=names)
    # Before the event loop ran once: no read of the names was needed.
    assert [c.id for c in area.clients.model.clients()] == [c.id for c in names]
    area.show()
    area.start()
    held_marks.marks_gate.set()
    wait_for(qtbot, lambda: "" not in _last_contact_cells(area))
    runner.wait()
    assert held_marks.kinds == ["marks"]
