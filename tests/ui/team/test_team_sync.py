"""Synchroniseren from the desktop: the sharing question, the push, the badges, offline."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.services.team.failures import TeamFailure
from genwerkt_desktop.store import team_local
from genwerkt_desktop.ui.clients.model import COL_TEAM, TEAM_STATE_ROLE
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.team import texts
from genwerkt_desktop.ui.team.sync_flow import TeamSyncFlow
from tests.fakes import FixedClock
from tests.team.ports import free_port
from tests.ui.clients.support import texts_in, wait_for
from tests.ui.conftest import FakeDialogs


def _flow(qtbot, desk) -> TeamSyncFlow:  # type: ignore[no-untyped-def]
    desk.linked(qtbot)
    flow = TeamSyncFlow(desk.window, desk.window)
    flow.opened(desk.session, desk.workspace)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    return flow


def _panel(qtbot, desk, fixed_clock: FixedClock) -> ClientsPanel:  # type: ignore[no-untyped-def]
    panel = ClientsPanel(fixed_clock)
    panel.attach(desk.workspace, desk.runner, desk.events, FakeDialogs())
    qtbot.addWidget(panel)
    panel.load()
    return panel


def _badge(panel: ClientsPanel, client_id: str) -> str:
    row = panel.model.row_of(client_id)
    return str(panel.model.index(row, COL_TEAM).data(TEAM_STATE_ROLE)) if row >= 0 else ""


def test_a_sync_from_the_desktop_pushes_and_the_badge_follows(
    qtbot, laptops, desk_of, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an = laptops.an
    client_id = an.new_client("Mira", "Claes", TeamSharing.TEAM)
    desk = desk_of(an)
    panel = _panel(qtbot, desk, fixed_clock)
    wait_for(qtbot, lambda: panel.model.team_linked() and _badge(panel, client_id))
    assert panel.model.columnCount() == COL_TEAM + 1
    assert _badge(panel, client_id) == TeamState.AHEAD
    row = panel.model.row_of(client_id)
    assert panel.model.index(row, COL_TEAM).data() == texts.state_mark(TeamState.AHEAD, None)

    flow = _flow(qtbot, desk)
    desk.session.keep_password(an.password)
    reports = []
    flow.finished.connect(reports.append)
    notices: list[str] = []
    flow.notice.connect(notices.append)
    flow.action.trigger()
    wait_for(qtbot, lambda: reports)
    assert reports[0] is not None and client_id in reports[0].pushed
    wait_for(qtbot, lambda: _badge(panel, client_id) == TeamState.SYNCED)
    assert notices and notices[-1].startswith("Gesynchroniseerd: 1 verstuurd")
    wait_for(qtbot, lambda: flow.status.text().startswith("Laatst gesynchroniseerd om"))

    # Bo's desktop pulls it: a read-only copy, "bij an"
    bo = desk_of(laptops.bo)
    bo_panel = _panel(qtbot, bo, fixed_clock)
    bo_flow = _flow(qtbot, bo)
    bo.session.keep_password(laptops.bo.password)
    bo_flow.sync()
    wait_for(qtbot, lambda: _badge(bo_panel, client_id) == TeamState.READ_ONLY)
    row = bo_panel.model.row_of(client_id)
    assert an.role in bo_panel.model.index(row, COL_TEAM).data()


def test_no_badge_column_without_a_team(
    qtbot, demo_workspace_desk, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, demo_workspace_desk, fixed_clock)
    wait_for(qtbot, lambda: panel.model.rowCount() > 0)
    demo_workspace_desk.runner.wait()  # the team's answer came back too
    assert not panel.model.team_linked()
    assert panel.model.columnCount() == COL_TEAM


def test_offline_the_sync_says_so_quietly(qtbot, laptops, desk_of) -> None:  # type: ignore[no-untyped-def]
    an = laptops.an
    an.new_client("Mira", "Claes", TeamSharing.TEAM)
    with an.vault.db.write() as conn:  # the server moved away: nobody listens there
        link = team_local.read_link(conn)
        assert link is not None
        gone = link.url.replace(f":{laptops.team.db.cluster.port}/", f":{free_port()}/")
        team_local.write_link(conn, replace(link, url=gone))
    desk = desk_of(an)
    flow = _flow(qtbot, desk)
    desk.session.keep_password(an.password)
    notices: list[str] = []
    flow.notice.connect(notices.append)
    reports = []
    flow.finished.connect(reports.append)
    flow.sync()
    wait_for(qtbot, lambda: reports)
    assert reports == [None]
    assert flow.status.text() == texts.offline_status()
    assert notices == []  # nothing else is said, and nothing pops up
    assert QApplication.activeModalWidget() is None
    assert flow.action.isEnabled()


def test_the_sharing_question_records_the_answers_before_the_push(qtbot, laptops, desk_of) -> None:  # type: ignore[no-untyped-def]
    an = laptops.an
    yes = an.new_client("Jef", "Peeters", None)
    no = an.new_client("Lotte", "Smet", None)
    later = an.new_client("Nora", "Aerts", None)
    desk = desk_of(an)
    flow = _flow(qtbot, desk)
    desk.session.keep_password(an.password)
    reports = []
    flow.finished.connect(reports.append)
    flow.sync()
    wait_for(qtbot, lambda: flow.sharing_dialog is not None)
    dialog = flow.sharing_dialog
    assert dialog is not None and set(dialog.groups) == {yes, no, later}
    assert dialog.answers() == {yes: None, no: None, later: None}  # "Later vragen" by default
    dialog.choose(yes, TeamSharing.TEAM)
    dialog.choose(no, TeamSharing.THIS_DEVICE_ONLY)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: reports)
    report = reports[0]
    assert report is not None
    assert report.pushed == (yes,)
    sharing = {cid: an.dossiers.get(cid).client.team_sharing for cid in (yes, no, later)}
    assert sharing == {yes: TeamSharing.TEAM, no: TeamSharing.THIS_DEVICE_ONLY, later: None}

    # "Later" is not asked again this session; the dossier stays on this laptop
    reports.clear()
    flow.sync()
    wait_for(qtbot, lambda: reports)
    assert flow.sharing_dialog is None
    assert later not in reports[0].pushed


def test_the_team_password_is_asked_once_and_dropped_at_the_lock(qtbot, laptops, desk_of) -> None:  # type: ignore[no-untyped-def]
    an = laptops.an
    desk = desk_of(an)
    flow = _flow(qtbot, desk)
    assert flow.action.isVisible() and flow.status.isVisible()
    reports = []
    flow.finished.connect(reports.append)
    flow.action.trigger()
    wait_for(qtbot, lambda: desk.session.password_dialog is not None)
    dialog = desk.session.password_dialog
    assert dialog is not None and an.role in texts_in(dialog)
    dialog.field.setText(an.password)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: reports)
    assert reports[0] is not None

    reports.clear()
    flow.sync()  # the session keeps it: not asked again
    assert desk.session.password_dialog is None
    wait_for(qtbot, lambda: reports)
    assert reports[0] is not None

    desk.session.clear()  # the lock
    assert not desk.session.has_password()


def test_without_a_team_there_is_nothing_to_synchronise(qtbot, demo_workspace_desk) -> None:  # type: ignore[no-untyped-def]
    desk = demo_workspace_desk
    flow = TeamSyncFlow(desk.window, desk.window)
    flow.opened(desk.session, desk.workspace)
    done = []
    desk.session.refresh(done.append)
    wait_for(qtbot, lambda: done)
    assert done == [None]
    assert not flow.action.isVisible() and not flow.status.isVisibleTo(desk.window)
    flow.sync()
    assert not flow.is_running()


def test_a_remembered_password_is_used_and_asked_again_when_refused(
    qtbot, fresh_laptop, desk_of
) -> None:  # type: ignore[no-untyped-def]
    from genwerkt_desktop.ui.team.settings_section import TeamSettingsSection

    laptop = fresh_laptop
    desk = desk_of(laptop)
    section = TeamSettingsSection(desk.session, desk.window)
    desk.window.show()
    wait_for(qtbot, lambda: desk.session.keyring_available)
    section.url.setText(laptop.url)
    section.password.setText(laptop.password)
    section.remember.setChecked(True)
    section.connect_button.click()
    wait_for(qtbot, lambda: desk.session.info is not None)
    assert section.values["password"].text() == "onthouden op dit toestel"
    assert desk.session.has_password()  # from the keyring, never asked

    flow = _flow(qtbot, desk)
    reports = []
    flow.finished.connect(reports.append)
    flow.sync()
    wait_for(qtbot, lambda: reports)
    assert desk.session.password_dialog is None
    assert reports[0] is not None and reports[0].waiting_for_admission

    desk.workspace.team.context.remember_password("een-oud-wachtwoord")  # changed on the server
    notices: list[str] = []
    flow.notice.connect(notices.append)
    reports.clear()
    flow.sync()
    wait_for(qtbot, lambda: reports)
    assert notices == [texts.failure_sentence(TeamFailure.LOGIN)]
    flow.sync()  # now the coach is asked
    wait_for(qtbot, lambda: desk.session.password_dialog is not None)
