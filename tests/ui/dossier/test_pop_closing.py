"""Closing a goal that still has open steps (issue 16, point 2): the POP tab asks what
becomes of each step; each choice does what it says, in one write; Cancel changes
nothing; no step disappears unasked."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import GoalStatus, StepStatus
from genwerkt_desktop.domain.goal_closing import StepChoice, StepFate
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.dossier.pop.closing_dialog import ClosingDialog
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier

DEBTS = "Rust in de schulden"
KITCHEN = "Terug aan de slag in een keuken"
MYSELF = "Iets voor mezelf doen"
PROPOSAL = "Een afbetalingsvoorstel opmaken en naar de verhuurder sturen."  # bezig, late
SECOND = "Mee naar het tweede gesprek bij Schuldhulp Oost gaan"  # gepland
POST = "Elke maandagavond de post openen en wat dringend is op de koelkast hangen."


def _pop(qtbot, view: DossierWorkspace, client_id: str = AYSE_ID):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, client_id)
    view.tabs.setCurrentWidget(view.pop)
    return view.pop


def _choose(qtbot, tab, title: str) -> None:  # type: ignore[no-untyped-def]
    goal = next(g for g in tab.goal_list.goals.records() if g.title == title)
    tab.select_goal(goal.id)
    wait_for(
        qtbot,
        lambda: (
            tab.presenter.current_goal() is not None and tab.presenter.current_goal().title == title
        ),
    )


def _stored(workspace: Workspace, title: str, client_id: str = AYSE_ID):  # type: ignore[no-untyped-def]
    return next(g for g in workspace.dossiers.get(client_id).goals if g.title == title)


def _close_as(qtbot, tab, status: GoalStatus) -> ClosingDialog:  # type: ignore[no-untyped-def]
    select_data(tab.page.form.status, status.value)
    tab.page.save_goal_button.click()
    wait_for(qtbot, lambda: tab.closing_dialog is not None)
    dialog: ClosingDialog = tab.closing_dialog
    return dialog


def _row(dialog: ClosingDialog, text: str):  # type: ignore[no-untyped-def]
    return next(c for c in dialog.choices.values() if text in c.accessibleName())


def test_reaching_a_goal_with_open_steps_asks_and_each_choice_does_what_it_says(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    debts = _stored(demo_workspace, DEBTS)
    dialog = _close_as(qtbot, tab, GoalStatus.REACHED)
    # The three open steps, in their order; the done ones are not asked about.
    assert [c.accessibleName() for c in dialog.choices.values()] == [
        f"Wat gebeurt er met: {PROPOSAL}",
        f"Wat gebeurt er met: {next(s.text for s in debts.steps if s.text.startswith(SECOND))}",
        f"Wat gebeurt er met: {POST}",
    ]
    assert "te laat" in _row(dialog, PROPOSAL).accessibleDescription()
    # Another goal still runs: moving there is what is offered first.
    proposal = _row(dialog, PROPOSAL)
    assert proposal.currentText() == f"Verplaatsen naar “{KITCHEN}”"
    assert [proposal.itemText(i) for i in range(proposal.count())] == [
        f"Verplaatsen naar “{KITCHEN}”",
        f"Verplaatsen naar “{MYSELF}”",
        "Afgerond: de stap is gedaan",
        "Niet meer nodig (wordt bewaard als “niet gelukt”)",
    ]
    # By keyboard: the first choice has the focus; the arrow keys walk the choices.
    assert dialog.focusWidget() is proposal
    qtbot.keyClick(proposal, Qt.Key.Key_Down)
    qtbot.keyClick(proposal, Qt.Key.Key_Down)
    assert proposal.currentData() == StepChoice(StepFate.DONE)
    second = _row(dialog, SECOND)
    second.setCurrentIndex(second.findText("Niet meer nodig (wordt bewaard als “niet gelukt”)"))
    post = _row(dialog, POST)
    post.setCurrentIndex(post.findText(f"Verplaatsen naar “{MYSELF}”"))
    dialog._submit()

    wait_for(qtbot, lambda: _stored(demo_workspace, DEBTS).status is GoalStatus.REACHED)
    closed = _stored(demo_workspace, DEBTS)
    statuses = {s.text: s.status for s in closed.steps}
    assert statuses[PROPOSAL] is StepStatus.DONE
    assert next(v for k, v in statuses.items() if k.startswith(SECOND)) is StepStatus.FAILED
    assert POST not in statuses
    moved = _stored(demo_workspace, MYSELF).steps[-1]
    assert moved.text == POST and moved.status is StepStatus.IN_PROGRESS
    assert POST not in [s.text for s in _stored(demo_workspace, KITCHEN).steps]
    # The tab shows the closed goal with what was answered, and the moved step under
    # the goal it went to.
    wait_for(qtbot, lambda: POST not in [r.step.text for r in tab.page.steps.records()])
    assert tab.page.form.status.currentText() == "Bereikt"
    assert tab.page.steps.rowCount() == len(debts.steps) - 1
    _choose(qtbot, tab, MYSELF)
    wait_for(qtbot, lambda: POST in [r.step.text for r in tab.page.steps.records()])


def test_cancel_leaves_the_goal_as_it_was(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    before = demo_workspace.dossiers.get(AYSE_ID).goals
    history = demo_workspace.pop.follow_up(AYSE_ID).history
    tab.page.form.measure.setPlainText("Geen aanmaningen meer in de bus.")
    dialog = _close_as(qtbot, tab, GoalStatus.LET_GO)
    dialog.reject()
    wait_for(qtbot, lambda: tab.closing_dialog is None)
    runner.wait()
    assert demo_workspace.dossiers.get(AYSE_ID).goals == before
    assert demo_workspace.pop.follow_up(AYSE_ID).history == history
    # The status goes back; what else was typed stays typed, to be saved later.
    assert tab.page.form.status.currentData() == GoalStatus.IN_PROGRESS.value
    assert tab.page.form.measure.toPlainText() == "Geen aanmaningen meer in de bus."
    assert tab.page.form.dirty
    # Saving now saves what was typed, without closing and without asking.
    tab.page.save_goal_button.click()
    assert tab.closing_dialog is None
    wait_for(
        qtbot,
        lambda: _stored(demo_workspace, DEBTS).measure == "Geen aanmaningen meer in de bus.",
    )
    assert _stored(demo_workspace, DEBTS).status is GoalStatus.IN_PROGRESS


def test_without_another_running_goal_a_step_is_done_by_default(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view, IOANA_ID)
    title = "Later de opleiding zorgkundige"  # bijgesteld: still running, two open steps
    _choose(qtbot, tab, title)
    dialog = _close_as(qtbot, tab, GoalStatus.REACHED)
    assert len(dialog.choices) == 2  # the step that did not work out is not asked about
    for combo in dialog.choices.values():
        assert combo.currentText() == "Afgerond: de stap is gedaan"
        assert combo.count() == 2  # nowhere to move to
    dialog._submit()
    wait_for(
        qtbot,
        lambda: _stored(demo_workspace, title, IOANA_ID).status is GoalStatus.REACHED,
    )
    steps = _stored(demo_workspace, title, IOANA_ID).steps
    assert [s.status for s in steps].count(StepStatus.DONE) == 2
    assert len(steps) == 3  # nothing disappeared


def test_switching_goals_with_a_closing_typed_asks_first_and_stays(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    select_data(tab.page.form.status, GoalStatus.REACHED.value)
    kitchen = next(g for g in tab.goal_list.goals.records() if g.title == KITCHEN)
    tab.select_goal(kitchen.id)
    wait_for(qtbot, lambda: tab.closing_dialog is not None)
    assert tab.presenter.current_goal().title == DEBTS
    tab.closing_dialog.reject()
    assert tab.presenter.current_goal().title == DEBTS
    assert _stored(demo_workspace, DEBTS).status is GoalStatus.IN_PROGRESS


def test_the_lock_saves_what_was_typed_but_never_closes_a_goal_unasked(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    tab.page.form.title.setText("Rust in de schulden, stap voor stap")
    select_data(tab.page.form.status, GoalStatus.REACHED.value)
    tab.commit_pending()
    assert tab.closing_dialog is None
    wait_for(
        qtbot,
        lambda: any(
            g.title == "Rust in de schulden, stap voor stap"
            for g in demo_workspace.dossiers.get(AYSE_ID).goals
        ),
    )
    assert _stored(demo_workspace, "Rust in de schulden, stap voor stap").status is (
        GoalStatus.IN_PROGRESS
    )


def test_the_closing_dialog_fits_a_small_window(
    qtbot, dossier_view: DossierWorkspace, tmp_path: Path
) -> None:
    dossier_view.resize(1280, 720)
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    dialog = _close_as(qtbot, tab, GoalStatus.REACHED)
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 720 and dialog.width() <= 1280
    shot = Path(os.environ.get("GENWERKT_SHOT_DIR", tmp_path)) / "pop-closing-dialog.png"
    assert dialog.grab().save(str(shot))
    dialog.reject()
