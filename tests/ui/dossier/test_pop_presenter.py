"""The POP presenter on Ayşe's demo dossier: its own saves keep what the coach is doing,
what is typed before the lock goes through the worker, a failed read is said calmly."""

from __future__ import annotations

import threading

import pytest

from genwerkt_desktop.domain.enums import StepStatus
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.test_pop_tab import DEBTS, POST, _choose, _choose_step, _stored_step


def _pop(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    view.tabs.setCurrentWidget(view.pop)
    return view.pop


def _record_refreshes(tab) -> list[Dossier]:  # type: ignore[no-untyped-def]
    """The dossiers the workspace handed to ``set_dossier`` (a reset of the tab)."""
    shown: list[Dossier] = []
    original = tab.set_dossier

    def set_dossier(dossier: Dossier) -> None:
        shown.append(dossier)
        original(dossier)

    tab.set_dossier = set_dossier
    return shown


def test_saving_a_step_keeps_the_goal_the_step_and_the_typing_in_the_form(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    goal_id = tab.presenter.current_goal().id
    _choose_step(tab, POST)
    tab.page.form.measure.setPlainText("Geen aanmaningen meer in de bus.")
    refreshes = _record_refreshes(tab)

    tab.page.done_button.click()
    wait_for(qtbot, lambda: _stored_step(demo_workspace, POST).status is StepStatus.DONE)
    wait_for(qtbot, lambda: "3 van 5 gedaan" in tab.page.progress_label.text())

    assert refreshes == []  # its own change came back through keep, not as a reset
    assert tab.presenter.current_goal().id == goal_id
    assert (
        tab.goal_list.goals.record_at(
            tab.goal_list.goals_proxy.mapToSource(
                tab.goal_list.goals_view.selectionModel().selectedRows()[0]
            ).row()
        ).id
        == goal_id
    )
    assert tab.page.current_step().text == POST
    assert tab.page.form.measure.toPlainText() == "Geen aanmaningen meer in de bus."
    stored = next(g for g in demo_workspace.dossiers.get(AYSE_ID).goals if g.id == goal_id)
    assert stored.measure == "Geen aanmaningen meer in de bus."  # saved with the step


def test_a_new_goal_saved_twice_stays_one_goal(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    before = len(demo_workspace.dossiers.get(AYSE_ID).goals)
    tab.presenter.new_goal()
    tab.page.form.title.setText("Een fiets")
    tab.presenter.save_goal()
    wait_for(qtbot, lambda: "Een fiets" in [g.title for g in tab.goal_list.goals.records()])
    tab.page.form.title.setText("Een tweedehands fiets")
    tab.presenter.save_goal()
    wait_for(
        qtbot,
        lambda: "Een tweedehands fiets" in [g.title for g in tab.goal_list.goals.records()],
    )
    titles = [g.title for g in demo_workspace.dossiers.get(AYSE_ID).goals]
    assert len(titles) == before + 1 and "Een fiets" not in titles
    assert tab.presenter.current_goal().title == "Een tweedehands fiets"
    assert tab.page.form.title.text() == "Een tweedehands fiets"


def test_commit_pending_hands_the_typed_goal_to_the_worker(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    saved_on: list[threading.Thread] = []
    save_goal = demo_workspace.pop.save_goal

    def recording_save_goal(*args, **kwargs):  # type: ignore[no-untyped-def]
        saved_on.append(threading.current_thread())
        return save_goal(*args, **kwargs)

    monkeypatch.setattr(demo_workspace.pop, "save_goal", recording_save_goal)
    tab.page.form.title.setText("Rust in de schulden, stap voor stap")
    tab.commit_pending()
    assert not tab.page.form.dirty  # handed off: the form no longer holds it alone
    runner.wait()
    titles = [g.title for g in demo_workspace.dossiers.get(AYSE_ID).goals]
    assert "Rust in de schulden, stap voor stap" in titles
    assert saved_on and threading.main_thread() not in saved_on


def test_a_follow_up_that_cannot_be_read_is_said_calmly_and_the_goals_stay(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, monkeypatch
) -> None:
    def unreadable(_client_id: str) -> None:
        raise RuntimeError("kapotte rij 17")

    monkeypatch.setattr(demo_workspace.pop, "follow_up", unreadable)
    tab = _pop(qtbot, dossier_view)
    wait_for(qtbot, lambda: tab.page.history_notice.isVisibleTo(tab))
    notice = tab.page.history_notice.text()
    assert "Probeer het opnieuw" in notice and "rij 17" not in notice  # calm, no error text
    assert DEBTS in [g.title for g in tab.goal_list.goals.records()]
    tab.clear()
    assert not tab.page.history_notice.isVisibleTo(tab)
