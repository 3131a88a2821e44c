"""The desktop's team views against a real PostgreSQL and real vaults: the lead admits a
waiting colleague after seeing the right fingerprint, removes one (a new team key), a
conflict copy merged by hand in the conflict view, and a colleague's version of an
organisation shown beside this laptop's."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.domain.team_conflict import ItemKind
from genwerkt_desktop.services.directory import DirectoryService
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.team.services import TeamServices
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.directory import DirectoryView
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.team.area import TeamArea
from genwerkt_desktop.ui.team.conflict_dialog import DifferenceTableModel
from genwerkt_desktop.ui.team.models import MemberTableModel, is_waiting
from genwerkt_desktop.ui.worker import TaskRunner
from tests.team.conftest import Laptops, TeamDb
from tests.team.laptops import Laptop, open_laptop
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs

TIMEOUT_MS = 30_000
PERSONAL_NOTE = "Mijn indruk: moe, vraag naar slaap"


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


class Runners:
    """One worker per laptop's view; each has finished before its vault closes."""

    def __init__(self) -> None:
        self.made: list[TaskRunner] = []

    def new(self) -> TaskRunner:
        runner = TaskRunner()
        self.made.append(runner)
        return runner

    def wait(self) -> None:
        for runner in self.made:
            runner.wait()


@contextlib.contextmanager
def _runners() -> Iterator[Runners]:
    runners = Runners()
    try:
        yield runners
    finally:
        runners.wait()


def services_of(laptop: Laptop) -> TeamServices:
    """The laptop's team services, its team password remembered in its keyring (so the
    views ask the server without a prompt, as after 'Wachtwoord onthouden')."""
    laptop.context.remember_password(laptop.password)
    return TeamServices.open(laptop.vault, laptop.keystore)


def team_area(qtbot, laptop: Laptop, runner: TaskRunner, events, dialogs) -> TeamArea:  # type: ignore[no-untyped-def]
    area = TeamArea(services_of(laptop), laptop.dossiers, runner, events, dialogs)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
        area.load()
    return area


def _select_member(area: TeamArea, role: str) -> None:
    row = area.view.member_model.row_of(role)
    assert row >= 0
    area.view.member_table.selectRow(row)


# -- members -----------------------------------------------------------------------------


@pytest.fixture
def waiting(team_db: TeamDb, tmp_path: Path, fixed_clock) -> Iterator[tuple[Laptop, Laptop]]:  # type: ignore[no-untyped-def]
    """A lead and a coach who connected but was not admitted yet."""
    lead_role, coach_role = team_db.create_role("lead"), team_db.create_role("coach")
    team_db.init("gent", lead_role, [coach_role])
    with contextlib.ExitStack() as stack:
        lead = stack.enter_context(
            contextlib.contextmanager(open_laptop)(team_db, lead_role, tmp_path / "l", fixed_clock)
        )
        coach = stack.enter_context(
            contextlib.contextmanager(open_laptop)(team_db, coach_role, tmp_path / "c", fixed_clock)
        )
        lead.connect()
        coach.connect()
        assert coach.sync().waiting_for_admission
        yield lead, coach


def test_the_lead_sees_the_waiting_colleague_and_admits_them_after_comparing(
    qtbot,
    waiting: tuple[Laptop, Laptop],
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    lead, coach = waiting
    with _runners() as runners:
        area = team_area(qtbot, lead, runners.new(), events, dialogs)
        view = area.view
        model = view.member_model
        members = {m.role: m for m in model.records()}
        assert not members[coach.role].admitted and is_waiting(members[coach.role])
        coach_fingerprint = coach.membership.info().fingerprint  # type: ignore[union-attr]
        row = model.row_of(coach.role)
        assert model.index(row, MemberTableModel.FINGERPRINT).data() == coach_fingerprint
        assert model.index(row, MemberTableModel.STATE).data() == "wacht op toelating"
        assert view.waiting_line.isVisible() and coach.role in view.waiting_line.text()
        assert view.selected_role() == coach.role  # the waiting one is chosen already
        assert view.admit_button.isEnabled()

        view.admit_button.click()
        dialog = area.presenter.admit_dialog
        assert dialog is not None
        shown = dialog.fingerprint.text().replace("\n", " ")
        assert shown == coach_fingerprint  # large, in groups, exactly the colleague's
        with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
            dialog.admit_button.click()
        assert {m.role: m.admitted for m in model.records()}[coach.role]
        assert not view.waiting_line.isVisible()
        assert "toegelaten" in view.quiet_line.text()
    assert not coach.sync().waiting_for_admission


def test_cancelling_the_comparison_admits_nobody(
    qtbot,
    waiting: tuple[Laptop, Laptop],
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    lead, coach = waiting
    with _runners() as runners:
        area = team_area(qtbot, lead, runners.new(), events, dialogs)
        area.view.admit_button.click()
        dialog = area.presenter.admit_dialog
        assert dialog is not None
        dialog.cancel_button.click()
        runners.wait()
    assert coach.sync().waiting_for_admission


def test_removing_a_member_renews_the_team_key(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    lead, bo = laptops.lead, laptops.bo
    with _runners() as runners:
        area = team_area(qtbot, lead, runners.new(), events, dialogs)
        _select_member(area, lead.role)
        assert not area.view.remove_button.isEnabled()  # never oneself
        _select_member(area, bo.role)
        with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
            area.view.remove_button.click()
        assert "teamsleutel" in dialogs.questions[0]
        assert "versie 2" in area.view.quiet_line.text()
        left = {m.role: m.left for m in area.view.member_model.records()}
        assert left[bo.role]
    assert laptops.team.db.server(lead.role).current_key_version() == 2


def test_a_coach_sees_only_their_own_part_and_who_holds_what(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    an, bo = laptops.an, laptops.bo
    shared = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    bo.sync()
    with _runners() as runners:
        area = team_area(qtbot, bo, runners.new(), events, dialogs)
        view = area.view
        assert [m.role for m in view.member_model.records()] == [bo.role]
        assert not view.lead_buttons.isVisibleTo(view)
        holdings = {h.client_id: h for h in view.holding_model.records()}
        assert holdings[shared].holder == an.role
        assert holdings[shared].name == "Ayşe Yılmaz"
        assert holdings[shared].state is TeamState.READ_ONLY
        view.filter.setText("niemand-heet-zo")
        assert view.holding_proxy.rowCount() == 0
        view.filter.setText(an.role)
        assert view.holding_proxy.rowCount() == 1


def test_an_unreachable_server_gives_a_quiet_line(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    an = laptops.an
    an.new_client("Ayşe", "Yılmaz")
    an.sync()
    from genwerkt_desktop.store import team_local

    with an.vault.db.write() as conn:
        link = team_local.read_link(conn)
        assert link is not None
        offline = "postgresql://x@127.0.0.1:9/none?sslmode=disable"
        team_local.write_link(conn, dataclasses.replace(link, url=offline))
    with _runners() as runners:
        area = team_area(qtbot, an, runners.new(), events, dialogs)
        assert "niet bereikbaar" in area.view.quiet_line.text()
        assert area.view.holding_model.rowCount() == 1  # what the laptop last heard
        assert dialogs.warnings == []


# -- conflicts ---------------------------------------------------------------------------


def _holder_conflict(laptops: Laptops) -> str:
    """As in the team scenario: An holds the dossier again, but the server moved on."""
    an, bo, lead = laptops.an, laptops.bo, laptops.lead
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    an.note(cid, "Notitie op de laptop")
    an.note(cid, PERSONAL_NOTE, personal=True)
    lead.handover.hand_over(cid, bo.role, lead.password)
    bo.sync()
    bo.note(cid, "Notitie van Bo tijdens de overname")
    bo.sync()
    lead.handover.hand_over(cid, an.role, lead.password)
    assert an.sync().conflicts == (cid,)
    return cid


def _open_conflict(qtbot, area: TeamArea, cid: str):  # type: ignore[no-untyped-def]
    assert [c for c, _name in area.view.overview.conflicts] == [cid]  # type: ignore[union-attr]
    area.view.conflict_list.selectRow(0)
    with qtbot.waitSignal(area.controller.conflict_loaded, timeout=TIMEOUT_MS):
        area.view.open_conflict_button.click()
    dialog = area.presenter.conflict_dialog
    assert dialog is not None
    return dialog


def test_the_holder_merges_the_items_they_keep(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    an = laptops.an
    cid = _holder_conflict(laptops)
    an_personal = PERSONAL_NOTE
    with _runners() as runners:
        area = team_area(qtbot, an, runners.new(), events, dialogs)
        dialog = _open_conflict(qtbot, area, cid)
        model = dialog.model
        texts = " ".join(
            str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(4)
        )
        assert an_personal not in texts  # never sent, so never a difference
        rows = {
            model.index(r, DifferenceTableModel.MINE).data(): r for r in range(model.rowCount())
        }
        kinds = {model.index(r, DifferenceTableModel.KIND).data() for r in range(model.rowCount())}
        assert "Notitie of contact" in kinds
        mine_row = next(r for text, r in rows.items() if "Notitie op de laptop" in text)
        assert model.index(mine_row, DifferenceTableModel.THEIRS).data() == (
            "(niet in deze versie)"
        )
        assert dialog.merge_button.isEnabled()
        assert model.setData(
            model.index(mine_row, DifferenceTableModel.KEEP),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
        with qtbot.waitSignal(area.controller.conflict_resolved, timeout=TIMEOUT_MS):
            dialog.merge_button.click()
        wait_for(qtbot, lambda: area.view.overview.conflicts == ())  # type: ignore[union-attr]
        assert area.presenter.conflict_dialog is None
    assert set(an.notes(cid)) == {
        "Notitie op de laptop",
        "Notitie van Bo tijdens de overname",
        an_personal,  # stays on this laptop
    }
    assert an.sync().pushed == (cid,)


def test_someone_who_no_longer_holds_it_cannot_merge_but_saves_their_version(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    lead, an, bo = laptops.lead, laptops.an, laptops.bo
    cid = an.new_client("Ayşe", "Yılmaz")
    an.sync()
    lead.sync()
    an.note(cid, "Laatste notitie van An, nog niet verstuurd")
    lead.handover.hand_over(cid, bo.role, lead.password)
    bo.sync()
    bo.note(cid, "Bo neemt over: afspraak bij het OCMW gemaakt")
    bo.sync()
    assert an.sync().conflicts == (cid,)

    with _runners() as runners:
        area = team_area(qtbot, an, runners.new(), events, dialogs)
        dialog = _open_conflict(qtbot, area, cid)
        assert not dialog.merge_button.isEnabled()
        assert bo.role in dialog.explain.text()
        model = dialog.model
        keep = model.index(0, DifferenceTableModel.KEEP)
        assert not model.flags(keep) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.setData(keep, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

        dialogs.save_to = tmp_path / "an-versie.json"
        with qtbot.waitSignal(area.controller.mine_saved, timeout=TIMEOUT_MS):
            dialog.save_button.click()
        document = json.loads(dialogs.save_to.read_text(encoding="utf-8"))
        summaries = [c.get("summary") for c in document["contacts"]]
        assert "Laatste notitie van An, nog niet verstuurd" in summaries
        assert an.conflicts.dossier_ids() == [cid]  # saving leaves the conflict open

        with qtbot.waitSignal(area.controller.conflict_resolved, timeout=TIMEOUT_MS):
            dialog.keep_server_button.click()  # after a confirmation
        assert "versie van de server" in dialogs.questions[-1].lower()
    assert an.conflicts.dossier_ids() == []
    assert an.status.local()[cid].state is TeamState.READ_ONLY


def test_declining_the_confirmation_keeps_the_conflict(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    an = laptops.an
    cid = _holder_conflict(laptops)
    with _runners() as runners:
        area = team_area(qtbot, an, runners.new(), events, dialogs)
        dialog = _open_conflict(qtbot, area, cid)
        dialogs.yes = False
        dialog.keep_server_button.click()
        runners.wait()
    assert an.conflicts.dossier_ids() == [cid]


def test_the_difference_words_name_each_kind_in_dutch(laptops: Laptops) -> None:
    cid = _holder_conflict(laptops)
    from genwerkt_desktop.ui.wording.team_conflict import kind_word, side_summary

    conflict = laptops.an.conflicts.dossier(cid)
    words = {kind_word(d.kind) for d in conflict.differences}
    assert "Notitie of contact" in words
    assert all(kind_word(kind) for kind in ItemKind)
    for diff in conflict.differences:
        assert side_summary(diff, mine=True) and side_summary(diff, mine=False)


# -- the shared sociale kaart ------------------------------------------------------------


def _organisation_conflict(laptops: Laptops) -> tuple[str, Organisation, Organisation]:
    """An and Bo both change the same organisation; Bo's push finds An's first."""
    an, bo = laptops.an, laptops.bo
    org = Organisation(id=new_id(), name="OCMW Gent", phone="09 266 90 00")
    DirectoryService(an.vault).save(org)
    an.sync()
    bo.sync()
    theirs = dataclasses.replace(org, phone="09 266 99 99", opening_hours="ma–vr 9–12 u")
    DirectoryService(an.vault).save(theirs)
    an.sync()
    mine = dataclasses.replace(org, phone="09 266 90 01")
    DirectoryService(bo.vault).save(mine)
    bo.sync()
    assert bo.conflicts.organisation_ids() == [org.id]
    return org.id, mine, theirs


def _directory_of(qtbot, laptop: Laptop, runner, events, dialogs) -> DirectoryView:  # type: ignore[no-untyped-def]
    services_of(laptop)
    view = DirectoryView(Workspace.open(laptop.vault, laptop.keystore), runner, events, dialogs)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.controller.loaded, timeout=TIMEOUT_MS):
        view.load()
    return view


def _choose(qtbot, view: DirectoryView, org_id: str) -> None:  # type: ignore[no-untyped-def]
    row = view.model.row_of(org_id)
    index = view.proxy.mapFromSource(view.model.index(row, 0))
    with qtbot.waitSignal(view.org_conflicts.found, timeout=TIMEOUT_MS):
        view.organisation_list.table.setCurrentIndex(index)


def test_a_colleagues_version_of_an_organisation_is_shown_beside_and_kept_out(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    bo = laptops.bo
    org_id, mine, _theirs = _organisation_conflict(laptops)
    with _runners() as runners:
        view = _directory_of(qtbot, bo, runners.new(), events, dialogs)
        wait_for(qtbot, lambda: "OCMW Gent" in view.conflict_line.text())
        _choose(qtbot, view, org_id)
        panel = view.conflict_panel
        assert panel.isVisible()
        rows = {r.id: r for r in panel.model.records()}
        assert rows["phone"].differs
        assert (rows["phone"].mine, rows["phone"].theirs) == ("09 266 90 01", "09 266 99 99")
        assert rows["opening_hours"].theirs == "ma–vr 9–12 u"
        assert not rows["name"].differs
        assert panel.model.records()[0].differs  # the differences first
        assert view.detail.form.organisation().phone == "09 266 90 01"  # never replaced

        with qtbot.waitSignal(view.org_conflicts.resolved, timeout=TIMEOUT_MS):
            panel.keep_button.click()
        assert not panel.isVisible()
        wait_for(qtbot, lambda: not view.conflict_line.isVisible())
    assert bo.conflicts.organisation_ids() == []
    bo.sync()
    laptops.an.sync()
    assert DirectoryService(laptops.an.vault).get(org_id) == mine  # Bo's went to the team


def test_taking_their_organisation_puts_it_in_the_sociale_kaart(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    bo = laptops.bo
    org_id, _mine, theirs = _organisation_conflict(laptops)
    with _runners() as runners:
        view = _directory_of(qtbot, bo, runners.new(), events, dialogs)
        _choose(qtbot, view, org_id)
        with qtbot.waitSignal(view.controller.loaded, timeout=TIMEOUT_MS):
            view.conflict_panel.take_button.click()
        wait_for(qtbot, lambda: view.detail.form.organisation().phone == "09 266 99 99")
        assert not view.conflict_panel.isVisible()
    assert bo.conflicts.organisation_ids() == []
    assert DirectoryService(bo.vault).get(org_id) == theirs


# -- the work area -----------------------------------------------------------------------


def test_the_team_area_is_offered_when_linked_and_a_dossier_opens_its_conflict(
    qtbot,
    laptops: Laptops,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock,  # type: ignore[no-untyped-def]
) -> None:
    from genwerkt_desktop.ui.areas import Area
    from genwerkt_desktop.ui.work_area import WorkArea

    an = laptops.an
    cid = _holder_conflict(laptops)
    services_of(an)
    with _runners() as runners:
        area = WorkArea(fixed_clock)
        area.attach(Workspace.open(an.vault, an.keystore), runners.new(), events, dialogs)
        qtbot.addWidget(area)
        area.resize(1280, 800)
        area.show()
        with qtbot.waitSignal(area.team_linked, timeout=TIMEOUT_MS) as linked:
            area.start()
        assert linked.args == [True]
        with qtbot.waitSignal(area.team.controller.conflict_loaded, timeout=TIMEOUT_MS):
            area.open_conflict(cid)
        assert area.current_area() is Area.TEAM
        dialog = area.team.presenter.conflict_dialog
        assert dialog is not None and dialog.conflict.client_id == cid
        area.clear()
        runners.wait()


def test_an_unlinked_vault_offers_no_team_area(
    qtbot,
    team_db: TeamDb,
    tmp_path: Path,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock,  # type: ignore[no-untyped-def]
) -> None:
    from genwerkt_desktop.ui.work_area import WorkArea

    role = team_db.create_role("coach")
    with (
        contextlib.contextmanager(open_laptop)(team_db, role, tmp_path / "x", fixed_clock) as alone,
        _runners() as runners,
    ):
        area = WorkArea(fixed_clock)
        area.attach(Workspace.open(alone.vault), runners.new(), events, dialogs)
        qtbot.addWidget(area)
        with qtbot.waitSignal(area.team_linked, timeout=TIMEOUT_MS) as linked:
            area.start()
        assert linked.args == [False]
        area.clear()
        runners.wait()


def test_a_lead_without_a_remembered_password_is_asked_once_and_can_admit(
    qtbot,
    waiting: tuple[Laptop, Laptop],
    events: DataEvents,
    dialogs: FakeDialogs,  # type: ignore[no-untyped-def]
) -> None:
    from genwerkt_desktop.ui.team.session import TeamSession

    lead, coach = waiting
    with _runners() as runners:
        runner = runners.new()
        services = TeamServices.open(lead.vault, lead.keystore)  # nothing in the keyring
        session = TeamSession(services, runner, events)
        with qtbot.waitSignal(session.link_changed, timeout=TIMEOUT_MS):
            session.refresh()
        area = TeamArea(services, lead.dossiers, runner, events, dialogs, session=session)
        qtbot.addWidget(area)
        area.show()
        with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
            area.load()
        assert area.view.member_model.records() == []  # no password: the last known only

        area.view.refresh_button.click()
        asked = session.password_dialog
        assert asked is not None
        asked.field.setText(lead.password)
        with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
            asked.accept()
        assert coach.role in {m.role for m in area.view.member_model.records()}

        _select_member(area, coach.role)
        area.view.admit_button.click()
        dialog = area.presenter.admit_dialog
        assert dialog is not None
        with qtbot.waitSignal(area.controller.overview_loaded, timeout=TIMEOUT_MS):
            dialog.admit_button.click()
        assert session.password_dialog is None  # asked once for the session
    assert not coach.sync().waiting_for_admission
