"""The POP tab on Ayşe's demo dossier: goals, steps, order, statuses, late steps, the
"lukte niet" and "on hold" flows, and what reaches the agenda."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.enums import Owner, StepStatus
from genwerkt_desktop.services.agenda import AgendaKind
from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda.model import kind_label
from genwerkt_desktop.ui.dossier.pop.models import GOAL_MIME, StepTableModel
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

DEBTS = "Rust in de schulden"
PROPOSAL = "Een afbetalingsvoorstel opmaken en naar de verhuurder sturen."  # due 20/11, bezig
POST = "Elke maandagavond de post openen en wat dringend is op de koelkast hangen."


def _pop(qtbot, view: DossierWorkspace, client_id: str = AYSE_ID):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, client_id)
    view.tabs.setCurrentWidget(view.pop)
    return view.pop


def _goal_titles(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [g.title for g in tab.goal_list.goals.records()]


def _choose(qtbot, tab, title: str) -> None:  # type: ignore[no-untyped-def]
    goal = next(g for g in tab.goal_list.goals.records() if g.title == title)
    tab.select_goal(goal.id)
    wait_for(
        qtbot,
        lambda: (
            tab.presenter.current_goal() is not None and tab.presenter.current_goal().title == title
        ),
    )


def _step_row(tab, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, r in enumerate(tab.page.steps.records()) if r.step.text == text)


def _choose_step(tab, text: str) -> None:  # type: ignore[no-untyped-def]
    step = tab.page.steps.record_at(_step_row(tab, text)).step
    tab.page.select_step(step.id)
    assert tab.page.current_step().id == step.id


def _stored_step(workspace: Workspace, text: str):  # type: ignore[no-untyped-def]
    dossier = workspace.dossiers.get(AYSE_ID)
    return next(s for g in dossier.goals for s in g.steps if s.text == text)


def test_a_new_goal_is_guided_by_plain_questions_and_saved_with_its_steps(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view, IOANA_ID)
    tab.presenter.new_goal()
    tab.page.form.title.setText("Rijbewijs")
    questions = tab.page.form.smart.questions.text()
    assert "Gaat het over één ding?" in questions
    assert "Tegen wanneer?" in questions
    assert "Staat de cliënt erachter?" in questions
    tab.page.form.client_words.setPlainText("Ik wil zelf met de auto naar mijn werk kunnen rijden.")
    tab.page.form.agreed.setChecked(True)
    assert "Staat de cliënt erachter?" not in tab.page.form.smart.questions.text()
    # The panel guides; it never blocks: saving works with questions still open.
    assert tab.page.save_goal_button.isEnabled()
    tab.presenter.save_goal()
    wait_for(qtbot, lambda: "Rijbewijs" in _goal_titles(tab))
    wait_for(qtbot, lambda: tab.presenter.current_goal() is not None)
    assert tab.presenter.current_goal().title == "Rijbewijs"

    tab.presenter.steps.new_step()
    wait_for(qtbot, lambda: tab.step_dialog is not None)  # the sociale kaart is read first
    dialog = tab.step_dialog
    assert dialog is not None
    dialog.text.setPlainText("Inschrijven voor de theorieles.")
    dialog.owner.setCurrentIndex(dialog.owner.findData(Owner.PARTNER.value))
    assert dialog.organisation.isVisibleTo(dialog)
    assert dialog.organisation.count() > 0  # the sociale kaart is offered
    dialog.organisation.setCurrentText("Rijschool Vooruit")
    dialog._submit()
    wait_for(qtbot, lambda: tab.page.steps.rowCount() == 1)
    row = tab.page.steps.index(0, StepTableModel.COL_OWNER).data()
    assert row == "Partner: Rijschool Vooruit"
    assert "0 van 1 gedaan" in tab.page.progress_label.text()
    wait_for(qtbot, lambda: tab.page.history.rowCount() >= 2)  # the goal and its step, both new


def test_goals_reorder_by_buttons_keys_and_drag(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    before = _goal_titles(tab)
    _choose(qtbot, tab, before[0])
    tab.goal_list.down_button.click()
    wait_for(qtbot, lambda: _goal_titles(tab)[:2] == [before[1], before[0]])
    stored = [g.title for g in demo_workspace.dossiers.get(AYSE_ID).goals]
    assert stored[:2] == [before[1], before[0]]

    tab.goal_list.goals_view.setFocus()
    _choose(qtbot, tab, before[0])
    qtbot.keyClick(tab.goal_list.goals_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    wait_for(qtbot, lambda: _goal_titles(tab) == before)

    # A drop of the last goal on the first row puts it first.
    last = tab.goal_list.goals.records()[-1]
    data = QMimeData()
    data.setData(GOAL_MIME, QByteArray(last.id.encode()))
    tab.goal_list.goals.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    wait_for(qtbot, lambda: _goal_titles(tab)[0] == last.title)
    assert tab.goal_list.goals.index(0, 0).data() == "1"


def test_marking_a_step_done_shows_in_progress_and_history(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    assert "2 van 5 gedaan" in tab.page.progress_label.text()
    _choose_step(tab, POST)
    tab.page.done_button.click()
    wait_for(qtbot, lambda: _stored_step(demo_workspace, POST).status is StepStatus.DONE)
    wait_for(qtbot, lambda: "3 van 5 gedaan" in tab.page.progress_label.text())
    wait_for(qtbot, lambda: tab.page.history.rowCount() == 1)
    line = tab.page.history.index(0, 1).data()
    assert "Bezig → Gedaan" in line and "post openen" in line


def test_late_steps_stand_out_in_colour_and_words_by_the_injected_clock(
    qtbot, dossier_view: DossierWorkspace, fixed_clock: FixedClock
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    row = _step_row(tab, PROPOSAL)
    due = tab.page.steps.index(row, StepTableModel.COL_DUE)
    assert "te laat" in due.data() and "⚠" in due.data()
    assert isinstance(due.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert tab.page.overdue_label.text() == "⚠ 1 te laat"
    fair = tab.page.steps.index(_step_row(tab, POST), StepTableModel.COL_DUE)
    assert "te laat" not in fair.data()

    # Three weeks later the Monday post step (due 14/12) is late as well.
    fixed_clock.advance(days=21)
    dossier_view.controller.reload()
    wait_for(qtbot, lambda: "te laat" in tab.page.steps.index(_step_row(tab, POST), 3).data())
    assert tab.page.overdue_label.text() == "⚠ 3 te laat"


def test_a_step_that_did_not_work_out_asks_what_was_in_the_way_and_offers_a_new_step(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    _choose_step(tab, PROPOSAL)
    tab.page.failed_button.click()
    dialog = tab.failed_dialog
    assert dialog is not None and dialog.new_step.isChecked()
    dialog.in_the_way.setPlainText("De verhuurder nam de telefoon niet op.")
    dialog.helped.setPlainText("Samen de brief opstellen.")
    dialog._submit()
    wait_for(qtbot, lambda: _stored_step(demo_workspace, PROPOSAL).status is StepStatus.FAILED)
    evaluation = _stored_step(demo_workspace, PROPOSAL).evaluation or ""
    assert "telefoon niet op" in evaluation and "Samen de brief" in evaluation
    # ... and a new step is offered at once, for the same owner.
    wait_for(qtbot, lambda: tab.step_dialog is not None)
    assert tab.step_dialog.owner.currentData() == Owner.PARTNER.value
    tab.step_dialog.text.setPlainText("Een brief sturen in plaats van bellen.")
    tab.step_dialog._submit()
    wait_for(qtbot, lambda: tab.page.steps.rowCount() == 6)
    # A failed step no longer counts against the share done.
    assert "2 van 5 gedaan" in tab.page.progress_label.text()


def test_a_step_on_hold_gets_a_date_that_shows_in_the_agenda(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, fixed_clock: FixedClock
) -> None:
    tab = _pop(qtbot, dossier_view)
    _choose(qtbot, tab, DEBTS)
    _choose_step(tab, POST)
    tab.page.hold_button.click()
    dialog = tab.hold_dialog
    assert dialog is not None
    revisit = fixed_clock.today() + timedelta(days=10)
    dialog.revisit_on.set_value(revisit)
    dialog._submit()
    wait_for(qtbot, lambda: _stored_step(demo_workspace, POST).status is StepStatus.ON_HOLD)
    status_cell = tab.page.steps.index(_step_row(tab, POST), StepTableModel.COL_STATUS)
    wait_for(qtbot, lambda: "On hold · 08/12/2026" in status_cell.data())
    items = demo_workspace.agenda.between(revisit, revisit)
    found = [i for i in items if i.kind is AgendaKind.STEP_REVISIT]
    assert [(i.day, i.detail.subject, i.client_id) for i in found] == [
        (date(2026, 12, 8), POST, AYSE_ID)
    ]
    assert kind_label(AgendaKind.STEP_REVISIT) == "Stap opnieuw bekijken"

    # Saving the goal again (another step changes) keeps the date.
    _choose_step(tab, PROPOSAL)
    tab.page.done_button.click()
    wait_for(qtbot, lambda: _stored_step(demo_workspace, PROPOSAL).status is StepStatus.DONE)
    assert [i.kind for i in demo_workspace.agenda.between(revisit, revisit)].count(
        AgendaKind.STEP_REVISIT
    ) == 1


def test_the_overview_counts_late_steps_in_words(qtbot, dossier_view: DossierWorkspace) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    # Ayşe's cv (15/11) and the repayment proposal (20/11) are late on 28/11.
    assert dossier_view.overview.late_steps.text() == "⚠ 2 te laat"


def test_a_client_sheet_without_the_coachs_number_says_so_after_saving(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    tab = _pop(qtbot, dossier_view)
    dialogs.yes = False  # do not open the file afterwards
    dialogs.save_to = tmp_path / "stappenplan.pdf"
    with qtbot.waitSignal(tab.presenter.export_flow.written):
        tab.goal_list.pop_button.click()
    assert "Instellingen" in dialogs.questions[-1]  # the sheet cannot say how to call

    save_profile(demo_workspace.vault.paths, CoachProfile("Sam Peeters", phone="09 000 00 00"))
    dialogs.save_to = tmp_path / "stappenplan-2.pdf"
    with qtbot.waitSignal(tab.presenter.export_flow.written):
        tab.goal_list.pop_button.click()
    assert "Instellingen" not in dialogs.questions[-1]
    # The stand van zaken is for the conversation, not a sheet to call from: no hint.
    dialogs.save_to = tmp_path / "stavaza.pdf"
    save_profile(demo_workspace.vault.paths, CoachProfile())
    with qtbot.waitSignal(tab.presenter.export_flow.written):
        tab.goal_list.stavaza_button.click()
    assert "Instellingen" not in dialogs.questions[-1]
