"""The Balans presenter beside its real view (offscreen) on the real DossierController,
its worker and the demo vault: what it stores, which change it announces, and whether
its own read-back keeps the chosen factor, the note being typed and the undo history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCursor

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.balance.presenter import BalancePresenter
from genwerkt_desktop.ui.dossier.balance.tab_view import BalanceTabView
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, LUKASZ_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import announced, wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.support import Deliveries, deliver, load, settle, shown_view

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN
GONE = "Dat lukt nu niet: het dossier is intussen veranderd of verwijderd."


@pytest.fixture
def view(qtbot) -> Iterator[BalanceTabView]:  # type: ignore[no-untyped-def]
    widget = BalanceTabView()
    shown_view(qtbot, widget)
    yield widget


@pytest.fixture
def presenter(
    view: BalanceTabView,
    dossier_controller: DossierController,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
    demo_workspace: Workspace,
    runner: TaskRunner,
) -> BalancePresenter:
    exports = ExportFlow(demo_workspace, runner, dialogs, view)
    return BalancePresenter(view, dossier_controller, dialogs, fixed_clock, exports, initiator=view)


@pytest.fixture
def seen(
    dossier_controller: DossierController, presenter: BalancePresenter, view: BalanceTabView
) -> Deliveries:
    return deliver(dossier_controller, presenter, view)


@pytest.fixture
def dossier(qtbot, dossier_controller: DossierController, seen: Deliveries) -> Dossier:  # type: ignore[no-untyped-def]
    return load(qtbot, dossier_controller, seen, AYSE_ID)


def _stored_note(workspace: Workspace, balance_id: str) -> str | None:
    return next(b for b in workspace.dossiers.get(AYSE_ID).balances if b.id == balance_id).note


def test_a_typed_note_goes_to_the_worker_at_once_when_committed(
    qtbot,
    view: BalanceTabView,
    presenter: BalancePresenter,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    shown = presenter.current()
    assert shown is not None
    view.note.setPlainText("Samen bekeken op kantoor")
    runner.wait()
    assert heard == []  # it waits for a pause in the typing
    assert _stored_note(demo_workspace, shown.id) != "Samen bekeken op kantoor"
    presenter.commit_pending()
    runner.wait()
    assert _stored_note(demo_workspace, shown.id) == "Samen bekeken op kantoor"
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, frozenset({Part.BALANCES}), view)]
    presenter.commit_pending()
    runner.wait()
    assert len(heard) == 1  # nothing left to save


def test_the_read_back_of_its_own_save_keeps_the_choice_the_note_and_the_undo(
    qtbot,
    view: BalanceTabView,
    presenter: BalancePresenter,
    dossier: Dossier,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    view.views[BUR].selectRow(0)
    view.move_requested.emit(1)  # the first burden down: it stays chosen, one step lower
    chosen = view.chosen_factor()
    assert chosen is not None and chosen[0] is BUR
    view.note.setPlainText("Eerst de huur")
    view.note.moveCursor(QTextCursor.MoveOperation.End)
    resets = len(seen.resets)
    presenter.commit_pending()
    settle(qtbot, runner, lambda: seen.kept)
    assert len(seen.resets) == resets  # its own save came back through keep
    assert view.chosen_factor() == chosen
    assert view.note.toPlainText() == "Eerst de huur"
    assert view.note.textCursor().position() == len("Eerst de huur")
    assert presenter.undo_stack.canUndo()


def test_another_client_starts_on_its_latest_assessment_without_undo(
    qtbot,
    view: BalanceTabView,
    presenter: BalancePresenter,
    dossier: Dossier,
    dossier_controller: DossierController,
    seen: Deliveries,
) -> None:
    view.views[CAP].selectRow(0)
    view.remove_requested.emit()
    assert presenter.undo_stack.canUndo()
    other = load(qtbot, dossier_controller, seen, LUKASZ_ID)
    assert other.client.id == LUKASZ_ID
    assert not presenter.undo_stack.canUndo()
    assert view.chosen_factor() is None
    latest = max(other.balances, key=lambda b: b.assessed_on)
    current = presenter.current()
    assert current is not None and current.id == latest.id


def test_delete_asks_first_and_then_shows_the_latest_that_is_left(
    qtbot,
    view: BalanceTabView,
    presenter: BalancePresenter,
    dialogs: FakeDialogs,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    shown = presenter.current()
    assert shown is not None
    dialogs.yes = False
    view.delete_requested.emit()
    runner.wait()
    assert heard == [] and len(demo_workspace.dossiers.get(AYSE_ID).balances) == 3
    dialogs.yes = True
    view.delete_requested.emit()
    settle(qtbot, runner, lambda: seen.kept)
    stored = demo_workspace.dossiers.get(AYSE_ID).balances
    assert shown.id not in [b.id for b in stored] and len(stored) == len(dossier.balances) - 1
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, frozenset({Part.BALANCES}), view)]
    current = presenter.current()
    assert current is not None and current.id == max(stored, key=lambda b: b.assessed_on).id
    assert view.assessments.count() == len(dossier.balances) - 1


def test_a_failed_save_is_said(
    qtbot,
    view: BalanceTabView,
    presenter: BalancePresenter,
    dialogs: FakeDialogs,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    runner: TaskRunner,
) -> None:
    demo_workspace.dossiers.delete_for_good(AYSE_ID)  # meanwhile, in another window
    heard = announced(events)
    view.note.setPlainText("Iets")
    presenter.commit_pending()
    settle(qtbot, runner, lambda: dialogs.warnings)
    assert dialogs.warnings == [GONE]
    assert heard == []  # nothing was stored, so nothing is announced


def test_its_own_save_keeps_the_chosen_factor_and_the_note_being_typed(
    qtbot, dossier_view: DossierWorkspace, runner: TaskRunner, monkeypatch
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.balance
    dossier_view.tabs.setCurrentWidget(tab)
    kept: list[Dossier] = []
    set_anew: list[Dossier] = []
    real_keep, real_set = tab.keep, tab.set_dossier
    monkeypatch.setattr(tab, "keep", lambda d: (kept.append(d), real_keep(d)))
    monkeypatch.setattr(tab, "set_dossier", lambda d: (set_anew.append(d), real_set(d)))
    tab.views[CAP].selectRow(1)
    chosen = tab.views[CAP].selectionModel().selectedRows()[0].row()
    tab.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.note, " Samen ingevuld.")
    typed = tab.note.toPlainText()
    assert typed.endswith(" Samen ingevuld.")
    tab.commit_pending()
    runner.wait()
    wait_for(qtbot, lambda: kept)
    assert set_anew == []
    assert tab.views[CAP].selectionModel().selectedRows()[0].row() == chosen
    assert tab.note.toPlainText() == typed
    assert tab.note.textCursor().position() == len(typed)


def test_commit_pending_hands_the_edited_assessment_to_the_worker(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    runner.wait()
    tab = dossier_view.balance
    shown = tab.current()
    assert shown is not None
    tab.note.setPlainText("Nog snel aangevuld voor het vergrendelen")
    dossier_view.commit_pending()
    assert runner.is_busy()  # off the GUI thread: the lock drains the worker
    runner.wait()
    stored = next(b for b in demo_workspace.dossiers.get(AYSE_ID).balances if b.id == shown.id)
    assert stored.note == "Nog snel aangevuld voor het vergrendelen"
