"""Afsluiting & nazorg: close a trajectory, plan aftercare, tick off a contact moment,
the retention date, and the client's right of access written from the tab."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.domain.enums import ClientStatus, ContactKind, NoteScope, Phase
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.agenda import AgendaKind
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.fakes import BRUSSELS_WINTER, FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier


def _show_tab(qtbot, view: DossierWorkspace, client_id: str) -> None:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, client_id)
    view.tabs.setCurrentWidget(view.closure)


def test_closing_moves_the_phase_on_and_starts_aftercare(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> None:
    _show_tab(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.closure
    assert tab.closing.close_button.isVisible() and tab.closing.close_button.isEnabled()
    assert "loopt nog" in tab.trajectory.state_line.text()
    assert not tab.trajectory.retention_line.isVisible()
    tab.closing.closure_form.client_experience.setPlainText(
        "Ik durf nu zelf te bellen naar diensten."
    )
    tab.closing.closure_form.held_back.setPlainText("De vroege uren, met twee kleine kinderen.")
    tab.closing.closure_form.achieved.setPlainText("Een vast contract in de bakkerij.")
    dialogs.yes = True  # yes to closing, and yes to starting aftercare right after

    tab.closing.close_button.click()

    wait_for(
        qtbot, lambda: demo_workspace.dossiers.get(AYSE_ID).client.status is ClientStatus.AFTERCARE
    )
    dossier = demo_workspace.dossiers.get(AYSE_ID)
    today = fixed_clock.today()
    assert [p.phase for p in dossier.phases[-2:]] == [Phase.CLOSURE, Phase.AFTERCARE]
    assert dossier.client.closed_on == today
    assert dossier.closure is not None
    assert dossier.closure.client_experience == "Ik durf nu zelf te bellen naar diensten."
    assert dossier.closure.held_back == "De vroege uren, met twee kleine kinderen."
    assert dossier.aftercare is not None and dossier.aftercare.starts_on == today
    wait_for(qtbot, lambda: dossier_view.status_badge.text() == "Nazorg")
    assert dossier_view.phase_badge.text() == "Nazorg"
    assert not dossier_view.phase_badge.isVisible()  # status and phase say the same: once
    wait_for(qtbot, lambda: "in nazorg tot" in tab.trajectory.state_line.text())
    assert not tab.closing.close_button.isVisible()
    assert (
        tab.aftercare.save_aftercare_button.isVisible()
        and not tab.aftercare.start_aftercare_button.isVisible()
    )
    # Kept five years (the default) after the proposed six months of aftercare.
    assert "te vernietigen vanaf" in tab.trajectory.retention_line.text()


def test_saying_no_to_closing_changes_nothing(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    dialogs: FakeDialogs,
    runner: TaskRunner,
) -> None:
    _show_tab(qtbot, dossier_view, AYSE_ID)
    dialogs.yes = False
    dossier_view.closure.closing.close_button.click()
    runner.wait()
    assert demo_workspace.dossiers.get(AYSE_ID).client.status is ClientStatus.ACTIVE


def test_plan_aftercare_and_tick_off_a_contact_moment(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    _show_tab(qtbot, dossier_view, IOANA_ID)
    form = dossier_view.closure.aftercare.aftercare_form
    assert form.model.rowCount() == 5
    form.moment_on.set_value(date(2027, 1, 18))
    form.moment_kind.setCurrentIndex(form.moment_kind.findData("huisbezoek"))
    form.moment_who.setCurrentIndex(form.moment_who.findData("client"))
    form.add_button.click()
    form.can_come_back_for.appendPlainText("Hulp bij de aangifte van de belastingen")
    dossier_view.closure.aftercare.save_aftercare_button.click()
    wait_for(
        qtbot,
        lambda: len(demo_workspace.dossiers.get(IOANA_ID).aftercare.contact_moments) == 6,
    )
    plan = demo_workspace.dossiers.get(IOANA_ID).aftercare
    added = [m for m in plan.contact_moments if m.on == date(2027, 1, 18)]
    assert added and added[0].who_initiates.value == "client" and added[0].done is False
    assert "Hulp bij de aangifte van de belastingen" in plan.can_come_back_for

    # Tick off the home visit of 14 December: saved at once, shown as done.
    form.select_moment(date(2026, 12, 14))
    assert form.tick_button.isEnabled()
    form.tick_button.click()
    wait_for(
        qtbot,
        lambda: (
            next(
                m
                for m in demo_workspace.dossiers.get(IOANA_ID).aftercare.contact_moments
                if m.on == date(2026, 12, 14)
            ).done
        ),
    )
    wait_for(qtbot, lambda: "gebeurd" in _row_texts(form, date(2026, 12, 14)))
    # The agenda no longer lists a moment that was ticked off.
    items = demo_workspace.agenda.between(date(2026, 12, 1), date(2026, 12, 31))
    aftercare = [i for i in items if i.client_id == IOANA_ID and i.kind is AgendaKind.AFTERCARE]
    assert aftercare == []


def _row_texts(form, day: date) -> str:  # type: ignore[no-untyped-def]
    for row in range(form.proxy.rowCount()):
        if form.proxy.record_at(row).on == day:
            return " ".join(
                str(form.proxy.index(row, c).data()) for c in range(form.proxy.columnCount())
            )
    return ""


def test_a_closed_dossier_says_when_to_destroy_it(qtbot, dossier_view: DossierWorkspace) -> None:
    _show_tab(qtbot, dossier_view, IOANA_ID)
    tab = dossier_view.closure
    # Aftercare ends 31/03/2027; kept five years after that.
    assert "te vernietigen vanaf 31/03/2032" in tab.trajectory.retention_line.text()
    assert tab.trajectory.retention_line.isVisible()


def test_right_of_access_writes_pdf_and_json_without_personal_notes_by_default(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    demo_workspace.edits.save_contact(
        IOANA_ID,
        Contact(
            id=new_id(),
            at=datetime(2026, 11, 20, 10, 0, tzinfo=BRUSSELS_WINTER),
            kind=ContactKind.OTHER,
            summary="Geheugensteun: vragen naar de tandarts",
            note_scope=NoteScope.PERSONAL,
        ),
    )
    _show_tab(qtbot, dossier_view, IOANA_ID)
    tab = dossier_view.closure
    dialogs.save_to = tmp_path / "inzage" / "dossier Ioana.pdf"
    dialogs.save_to.parent.mkdir()
    dialogs.yes = True
    tab.trajectory.access_button.click()
    dialog = tab.presenter.access.dialog
    assert dialog is not None and not dialog.personal.isChecked()
    # The dialog says plainly what leaves, and follows the choice.
    assert "zonder uw persoonlijke werknotities" in dialog.contents.text()
    dialog.personal.setChecked(True)
    assert "ook uw persoonlijke werknotities" in dialog.contents.text()
    dialog.personal.setChecked(False)
    dialog.save_button.click()
    pdf, json_file = (
        tmp_path / "inzage" / "dossier Ioana.pdf",
        tmp_path / "inzage" / "dossier Ioana.json",
    )
    wait_for(qtbot, lambda: dialogs.shown == [pdf])
    assert json_file.exists()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Hof ter Linde" in text and "Je dossier" in text
    assert "Geheugensteun" not in text
    assert "Geheugensteun" not in json_file.read_text(encoding="utf-8")
    lines = [e for e in _audit(demo_workspace) if e.action == "inzage"]
    assert [e.detail for e in lines] == ["json", "pdf"]  # newest first; no content


def _audit(workspace: Workspace):  # type: ignore[no-untyped-def]
    from genwerkt_desktop.services.audit import AuditService

    return AuditService(workspace.vault).recent()


def _tick_in_the_agenda(workspace: Workspace, events: DataEvents | None, index: int) -> None:
    """What the agenda does: tick a moment off through the service, then announce it
    (``events`` None: the announcement has not reached the tab yet)."""
    from genwerkt_desktop.services.closing import ClosingService
    from genwerkt_desktop.ui.events import ChangeKind

    ClosingService(workspace.vault).set_moment_done(IOANA_ID, index, True)
    if events is not None:
        events.emit_change(ChangeKind.DOSSIER, IOANA_ID)


def _open_moment(workspace: Workspace) -> int:
    plan = workspace.dossiers.get(IOANA_ID).aftercare
    assert plan is not None
    return next(i for i, m in enumerate(plan.contact_moments) if not m.done)


def test_unsaved_plan_edits_do_not_undo_a_tick_made_in_the_agenda(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    events: DataEvents,
) -> None:
    _show_tab(qtbot, dossier_view, IOANA_ID)
    tab = dossier_view.closure
    index = _open_moment(demo_workspace)
    tab.aftercare.aftercare_form.signals_to_watch.setPlainText("Slaapt slecht\nZegt afspraken af")
    _tick_in_the_agenda(demo_workspace, events, index)
    # The open tab hears of it, shows the tick beside the coach's unsaved text, and says so.
    wait_for(qtbot, lambda: tab.aftercare.aftercare_notice.isVisible())
    assert "nog niet bewaard" in tab.aftercare.aftercare_notice.text()
    assert tab.aftercare.aftercare_form.value().contact_moments[index].done
    assert "Zegt afspraken af" in tab.aftercare.aftercare_form.signals_to_watch.toPlainText()
    tab.aftercare.save_aftercare_button.click()
    wait_for(qtbot, lambda: "Zegt afspraken af" in _signals(demo_workspace))
    plan = demo_workspace.dossiers.get(IOANA_ID).aftercare
    assert plan is not None and plan.contact_moments[index].done


def test_a_save_that_races_the_agenda_keeps_the_tick(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    events: DataEvents,
    runner: TaskRunner,
) -> None:
    _show_tab(qtbot, dossier_view, IOANA_ID)
    tab = dossier_view.closure
    index = _open_moment(demo_workspace)
    tab.aftercare.aftercare_form.signals_to_watch.setPlainText("Slaapt slecht")
    # Ticked in the agenda, and the lock saves before the tab has heard of it.
    _tick_in_the_agenda(demo_workspace, None, index)
    tab.commit_pending()
    runner.wait()  # the lock flushes the worker: the plan is saved by then
    plan = demo_workspace.dossiers.get(IOANA_ID).aftercare
    assert plan is not None
    assert plan.contact_moments[index].done
    assert "Slaapt slecht" in plan.signals_to_watch


def _signals(workspace: Workspace) -> str:
    plan = workspace.dossiers.get(IOANA_ID).aftercare
    return "\n".join(plan.signals_to_watch) if plan else ""
