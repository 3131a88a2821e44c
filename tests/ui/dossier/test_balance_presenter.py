"""The Balans presenter beside its real view (offscreen) and a controller that records the
writes it is handed; and, through the workspace, a save of its own that leaves the chosen
factor, the note being typed and the undo history where the coach had them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance, Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.balance.presenter import BalancePresenter
from genwerkt_desktop.ui.dossier.balance.tab_view import BalanceTabView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, LUKASZ_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN


@dataclass
class StoreSpy:
    """Stands in for the service inside a write: remembers what it was asked."""

    saved: list[Balance] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def save_balance(self, client_id: str, balance: Balance) -> Changes:
        self.saved.append(balance)
        return Changes.of(client_id, Part.BALANCES)

    def delete_balance(self, client_id: str, balance_id: str) -> Changes:
        self.deleted.append(balance_id)
        return Changes.of(client_id, Part.BALANCES)


@dataclass
class RecordedWrites:
    client_id: str = AYSE_ID
    store: StoreSpy = field(default_factory=StoreSpy)
    initiators: list[object] = field(default_factory=list)
    failures: list[Callable[[str], None]] = field(default_factory=list)

    def edit(
        self,
        work: Callable[[Any, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None:
        work(self.store, self.client_id)  # the worker's part, here and now
        self.initiators.append(initiator)
        if failed is not None:
            self.failures.append(failed)
        if done is not None:
            done()


@pytest.fixture
def view(qtbot) -> Iterator[BalanceTabView]:  # type: ignore[no-untyped-def]
    widget = BalanceTabView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget


@pytest.fixture
def writes() -> RecordedWrites:
    return RecordedWrites()


@pytest.fixture
def presenter(
    view: BalanceTabView,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
    demo_workspace: Workspace,
    runner: TaskRunner,
) -> BalancePresenter:
    exports = ExportFlow(demo_workspace, runner, dialogs, view)
    return BalancePresenter(view, writes, dialogs, fixed_clock, exports, initiator=view)


@pytest.fixture
def dossier(demo_workspace: Workspace) -> Dossier:
    return demo_workspace.dossiers.get(AYSE_ID)


def test_a_typed_note_goes_to_the_controller_at_once_when_committed(
    view: BalanceTabView, presenter: BalancePresenter, writes: RecordedWrites, dossier: Dossier
) -> None:
    presenter.show(dossier)
    view.note.setPlainText("Samen bekeken op kantoor")
    assert writes.store.saved == []  # it waits for a pause in the typing
    presenter.commit_pending()
    [saved] = writes.store.saved
    assert saved.note == "Samen bekeken op kantoor"
    assert writes.initiators == [view]
    presenter.commit_pending()
    assert len(writes.store.saved) == 1  # nothing left to save


def test_the_read_back_of_its_own_save_keeps_the_choice_the_note_and_the_undo(
    view: BalanceTabView, presenter: BalancePresenter, writes: RecordedWrites, dossier: Dossier
) -> None:
    presenter.show(dossier)
    view.views[BUR].selectRow(0)
    view.move_requested.emit(1)  # the first burden down: it stays chosen, one step lower
    chosen = view.chosen_factor()
    assert chosen is not None and chosen[0] is BUR
    view.note.setPlainText("Eerst de huur")
    view.note.moveCursor(QTextCursor.MoveOperation.End)
    presenter.commit_pending()
    [saved] = writes.store.saved[-1:]
    presenter.keep(
        replace(dossier, balances=(*(b for b in dossier.balances if b.id != saved.id), saved))
    )
    assert view.chosen_factor() == chosen
    assert view.note.toPlainText() == "Eerst de huur"
    assert view.note.textCursor().position() == len("Eerst de huur")
    assert presenter.undo_stack.canUndo()


def test_another_client_starts_on_its_latest_assessment_without_undo(
    view: BalanceTabView, presenter: BalancePresenter, demo_workspace: Workspace, dossier: Dossier
) -> None:
    presenter.show(dossier)
    view.views[CAP].selectRow(0)
    view.remove_requested.emit()
    assert presenter.undo_stack.canUndo()
    other = demo_workspace.dossiers.get(LUKASZ_ID)
    presenter.show(other)
    assert not presenter.undo_stack.canUndo()
    assert view.chosen_factor() is None


def test_delete_asks_first_and_then_shows_the_latest_that_is_left(
    view: BalanceTabView,
    presenter: BalancePresenter,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    dossier: Dossier,
) -> None:
    presenter.show(dossier)
    shown = presenter.current()
    assert shown is not None
    dialogs.yes = False
    view.delete_requested.emit()
    assert writes.store.deleted == []
    dialogs.yes = True
    view.delete_requested.emit()
    assert writes.store.deleted == [shown.id] and writes.initiators == [view]
    presenter.keep(
        replace(dossier, balances=tuple(b for b in dossier.balances if b.id != shown.id))
    )
    current = presenter.current()
    assert current is not None and current.id != shown.id
    assert view.assessments.count() == len(dossier.balances) - 1


def test_a_failed_save_is_said(
    view: BalanceTabView,
    presenter: BalancePresenter,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    dossier: Dossier,
) -> None:
    presenter.show(dossier)
    view.note.setPlainText("Iets")
    presenter.commit_pending()
    writes.failures[-1]("De schijf is vol.")
    assert dialogs.warnings == ["De schijf is vol."]


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
