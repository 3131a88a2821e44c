"""The Overzicht presenter beside its real view (offscreen) on the real DossierController,
its worker and the demo vault: what the page sums up, a phase change stored and announced
naming the tab; and, through the workspace, a phase change of its own that leaves the
page where the coach scrolled it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.enums import Phase, TeamSharing
from genwerkt_desktop.domain.model import Dossier, PhaseEntry
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.overview.presenter import OverviewPresenter
from genwerkt_desktop.ui.dossier.overview.view import OverviewView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import announced, wait_for
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.support import Deliveries, deliver, load, settle, shown_view


@pytest.fixture
def view(qtbot) -> Iterator[OverviewView]:  # type: ignore[no-untyped-def]
    widget = OverviewView()
    shown_view(qtbot, widget, 1000, 500)
    yield widget


@pytest.fixture
def presenter(
    view: OverviewView, dossier_controller: DossierController, fixed_clock: FixedClock
) -> OverviewPresenter:
    return OverviewPresenter(view, dossier_controller, fixed_clock, initiator=view)


@pytest.fixture
def seen(
    dossier_controller: DossierController, presenter: OverviewPresenter, view: OverviewView
) -> Deliveries:
    return deliver(dossier_controller, presenter, view)


def test_the_page_sums_up_the_dossier(
    qtbot, view: OverviewView, dossier_controller: DossierController, seen: Deliveries
) -> None:
    load(qtbot, dossier_controller, seen, AYSE_ID)
    assert view.state_line.text().startswith("Actief · nu in de fase Uitvoering, sinds")
    assert view.question.isVisible() and not view.no_question.isVisible()
    assert view.late_steps.text().endswith("te laat")
    assert view.appointments.rowCount() <= 5
    assert view.change_phase_button.isEnabled()
    assert view.team_sharing_line.text() == "Delen met het team: Nog niet gevraagd"


def test_the_page_says_what_the_client_said_about_the_team(
    qtbot,
    view: OverviewView,
    dossier_controller: DossierController,
    seen: Deliveries,
    demo_workspace: Workspace,
) -> None:
    demo_workspace.edits.set_team_sharing(AYSE_ID, TeamSharing.TEAM)
    load(qtbot, dossier_controller, seen, AYSE_ID)
    assert view.team_sharing_line.text() == (
        "Delen met het team: Ja, het team mag meelezen en overnemen"
    )
    demo_workspace.edits.set_team_sharing(AYSE_ID, TeamSharing.THIS_DEVICE_ONLY)
    load(qtbot, dossier_controller, seen, AYSE_ID)
    assert view.team_sharing_line.text() == "Delen met het team: Nee, alleen op dit toestel"


def test_a_dossier_without_question_or_phase_says_so_calmly(
    qtbot,
    view: OverviewView,
    dossier_controller: DossierController,
    seen: Deliveries,
    demo_workspace: Workspace,
) -> None:
    stored = demo_workspace.dossiers.get(AYSE_ID)
    demo_workspace.dossiers.save(
        replace(stored, client=replace(stored.client, support_question="  "), phases=())
    )
    bare = load(qtbot, dossier_controller, seen, AYSE_ID)
    assert bare.phases == ()
    assert view.state_line.text() == "Actief · nog geen fase"
    assert not view.question.isVisible() and view.no_question.isVisible()


def test_a_new_phase_is_stored_and_announced_naming_the_tab(
    qtbot,
    view: OverviewView,
    dossier_controller: DossierController,
    seen: Deliveries,
    demo_workspace: Workspace,
    events: DataEvents,
    fixed_clock: FixedClock,
    runner: TaskRunner,
) -> None:
    load(qtbot, dossier_controller, seen, AYSE_ID)
    heard = announced(events)
    view.change_phase_button.click()
    dialog = view.phase_dialog
    assert dialog is not None
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.AFTERCARE.value))
    dialog.note.setPlainText("Werk gevonden")
    dialog.save_button.click()
    settle(qtbot, runner, lambda: seen.kept)
    assert demo_workspace.dossiers.get(AYSE_ID).phases[-1] == PhaseEntry(
        Phase.AFTERCARE, fixed_clock.today(), "Werk gevonden"
    )
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, frozenset({Part.PHASES}), view)]
    assert "Nazorg" in view.state_line.text()


def test_clear_leaves_an_empty_page_and_no_phase_form(
    qtbot,
    view: OverviewView,
    presenter: OverviewPresenter,
    dossier_controller: DossierController,
    seen: Deliveries,
) -> None:
    load(qtbot, dossier_controller, seen, AYSE_ID)
    view.change_phase_button.click()
    presenter.clear()
    assert view.phase_dialog is None
    assert view.state_line.text() == "" and view.rights.rowCount() == 0
    assert not view.change_phase_button.isEnabled()
    view.phase_change_requested.emit()
    assert view.phase_dialog is None


def test_its_own_phase_change_leaves_the_page_where_it_was_scrolled(
    qtbot, dossier_view: DossierWorkspace, runner, monkeypatch
) -> None:
    dossier_view.resize(1000, 500)
    open_dossier(qtbot, dossier_view, AYSE_ID)
    overview = dossier_view.overview
    dossier_view.tabs.setCurrentWidget(overview)
    set_anew: list[Dossier] = []
    real_set = overview.set_dossier
    monkeypatch.setattr(overview, "set_dossier", lambda d: (set_anew.append(d), real_set(d)))
    bar = overview.page_scroll.verticalScrollBar()
    wait_for(qtbot, lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    overview.change_phase_button.click()
    dialog = overview.phase_dialog
    assert dialog is not None
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.CLARIFYING.value))
    dialog.save_button.click()
    runner.wait()
    wait_for(qtbot, lambda: overview.timeline.spans()[-1].phase is Phase.CLARIFYING)
    assert set_anew == []
    assert bar.value() == scrolled


def test_no_empty_late_notice_is_drawn_when_nothing_is_late(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    open_dossier(qtbot, dossier_view, IOANA_ID)
    view = dossier_view.overview
    # Ioana's appointments are all ahead: the notice beside them is not there at all
    # (an empty one still drew its frame).
    assert view.late_appointments.text() == ""
    assert not view.late_appointments.isVisibleTo(view)
