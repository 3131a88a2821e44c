"""The Levensdomeinen & rechten presenter beside its real view (offscreen) on the real
DossierController, its worker and the demo vault: what a save stores and announces, the
life domain and the chosen rows kept by its own read-back, a change made elsewhere shown."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import LifeDomain, RightStatus
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.domains.presenter import DomainsPresenter
from genwerkt_desktop.ui.dossier.domains.view import DomainsView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import announced, wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.support import Deliveries, deliver, load, settle, shown_view

DOMAINS = frozenset({Part.DOMAINS})


@pytest.fixture
def view(qtbot) -> Iterator[DomainsView]:  # type: ignore[no-untyped-def]
    widget = DomainsView()
    shown_view(qtbot, widget)
    yield widget


@pytest.fixture
def presenter(
    view: DomainsView,
    dossier_controller: DossierController,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> DomainsPresenter:
    return DomainsPresenter(view, dossier_controller, dialogs, fixed_clock, initiator=view)


@pytest.fixture
def seen(
    dossier_controller: DossierController, presenter: DomainsPresenter, view: DomainsView
) -> Deliveries:
    return deliver(dossier_controller, presenter, view)


@pytest.fixture
def dossier(qtbot, dossier_controller: DossierController, seen: Deliveries) -> Dossier:  # type: ignore[no-untyped-def]
    return load(qtbot, dossier_controller, seen, AYSE_ID)


def _right_named(view: DomainsView, name: str) -> int:
    proxy = view.right_proxy
    return next(r for r in range(proxy.rowCount()) if proxy.record_at(r).name == name)


def test_nothing_can_be_added_before_a_dossier_is_shown(
    qtbot,
    view: DomainsView,
    presenter: DomainsPresenter,
    dossier_controller: DossierController,
    seen: Deliveries,
) -> None:
    presenter.clear()
    assert not view.add_observation_button.isEnabled()
    view.add_observation_requested.emit()
    assert view.observation_dialog is None
    load(qtbot, dossier_controller, seen, AYSE_ID)
    assert view.add_observation_button.isEnabled()


def test_a_new_observation_is_saved_for_the_chosen_domain_and_chosen_when_it_comes_back(
    qtbot,
    view: DomainsView,
    dossier: Dossier,
    fixed_clock: FixedClock,
    demo_workspace: Workspace,
    events: DataEvents,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    view.choose_domain(LifeDomain.MOBILITY)
    view.add_observation_button.click()
    dialog = view.observation_dialog
    assert dialog is not None
    dialog.text.setPlainText("Fietst elke dag naar de taalles")
    dialog.save_button.click()
    settle(qtbot, runner, lambda: seen.kept)
    [saved] = [
        o
        for o in demo_workspace.dossiers.get(AYSE_ID).observations
        if o.text == "Fietst elke dag naar de taalles"
    ]
    assert saved.domain is LifeDomain.MOBILITY and saved.noted_on == fixed_clock.today()
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, DOMAINS, view)]
    assert view.current_domain() is LifeDomain.MOBILITY
    assert view.selected_observation() == saved


def test_a_right_changed_elsewhere_shows_and_stays_chosen(
    qtbot,
    view: DomainsView,
    dossier: Dossier,
    dossier_controller: DossierController,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    view.choose_domain(LifeDomain.HOUSING)
    view.right_view.selectRow(_right_named(view, "Huurpremie"))
    chosen = view.selected_right()
    assert chosen is not None and chosen.status is not RightStatus.GRANTED
    changed = replace(chosen, status=RightStatus.GRANTED)

    def grant(edits: DossierEdits, client_id: str) -> Changes:
        return edits.save_right(client_id, changed)

    resets = len(seen.resets)
    dossier_controller.edit(grant)  # another view's write: no initiator of this tab
    settle(qtbot, runner, lambda: len(seen.resets) > resets)
    assert seen.kept == []
    assert view.selected_right() == changed
    assert view.current_domain() is LifeDomain.HOUSING


def test_delete_asks_first_and_names_the_tab(
    qtbot,
    view: DomainsView,
    dialogs: FakeDialogs,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    view.right_view.selectRow(0)
    right = view.selected_right()
    assert right is not None
    dialogs.yes = False
    view.delete_right_button.click()
    runner.wait()
    assert heard == []
    assert right.id in [r.id for r in demo_workspace.dossiers.get(AYSE_ID).rights]
    dialogs.yes = True
    view.delete_right_button.click()
    settle(qtbot, runner, lambda: seen.kept)
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, DOMAINS, view)]
    assert right.id not in [r.id for r in demo_workspace.dossiers.get(AYSE_ID).rights]
    proxy = view.right_proxy
    assert right.id not in [proxy.record_at(row).id for row in range(proxy.rowCount())]


def test_its_own_save_keeps_the_domain_and_the_chosen_right(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner, monkeypatch
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.domains
    dossier_view.tabs.setCurrentWidget(tab)
    set_anew: list[Dossier] = []
    real_set = tab.set_dossier
    monkeypatch.setattr(tab, "set_dossier", lambda d: (set_anew.append(d), real_set(d)))
    tab.choose_domain(LifeDomain.HOUSING)
    tab.right_view.selectRow(_right_named(tab, "Huurpremie"))
    tab.observation_view.selectRow(0)
    kept_observation = tab.selected_observation()
    tab.edit_right_button.click()
    dialog = tab.right_dialog
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(RightStatus.APPLIED.value))
    dialog.save_button.click()
    runner.wait()
    wait_for(
        qtbot,
        lambda: (right := tab.selected_right()) is not None and right.status is RightStatus.APPLIED,
    )
    assert set_anew == []
    assert tab.current_domain() is LifeDomain.HOUSING
    assert tab.selected_observation() == kept_observation
    stored = next(r for r in demo_workspace.dossiers.get(AYSE_ID).rights if r.name == "Huurpremie")
    assert stored.status is RightStatus.APPLIED


def test_the_list_and_the_narrow_choice_show_the_same_life_domain(
    view: DomainsView, dossier: Dossier
) -> None:
    domains = view.domain_list
    view.domain_combo.setCurrentIndex(view.domain_combo.findData(LifeDomain.WORK.value))
    assert view.current_domain() is LifeDomain.WORK
    [chosen] = domains.table.selectionModel().selectedRows()
    assert domains.proxy.record_at(chosen.row()).domain is LifeDomain.WORK
    housing = domains.proxy.mapFromSource(
        domains.model.index(domains.model.row_for(LifeDomain.HOUSING), 0)
    )
    domains.table.selectRow(housing.row())
    assert view.current_domain() is LifeDomain.HOUSING
    assert view.domain_combo.currentData() == LifeDomain.HOUSING.value
    assert view.observations_title.text().endswith("Wonen")
