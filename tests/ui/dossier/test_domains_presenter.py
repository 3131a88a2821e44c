"""The Levensdomeinen & rechten presenter beside its real view (offscreen) and a
controller that records the writes it is handed; and, through the workspace, a save of
its own that leaves the life domain and the chosen rows where the coach had them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import LifeDomain, RightStatus
from genwerkt_desktop.domain.model import Dossier, Observation, Right
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.domains.presenter import DomainsPresenter
from genwerkt_desktop.ui.dossier.domains.view import DomainsView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier


@dataclass
class StoreSpy:
    """Stands in for the service inside a write: remembers what it was asked."""

    saved: list[Observation | Right] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def save_observation(self, client_id: str, observation: Observation) -> Changes:
        self.saved.append(observation)
        return Changes.of(client_id, Part.DOMAINS)

    def save_right(self, client_id: str, right: Right) -> Changes:
        self.saved.append(right)
        return Changes.of(client_id, Part.DOMAINS)

    def delete_observation(self, client_id: str, observation_id: str) -> Changes:
        self.deleted.append(observation_id)
        return Changes.of(client_id, Part.DOMAINS)

    def delete_right(self, client_id: str, right_id: str) -> Changes:
        self.deleted.append(right_id)
        return Changes.of(client_id, Part.DOMAINS)


@dataclass
class RecordedWrites:
    store: StoreSpy = field(default_factory=StoreSpy)
    initiators: list[object] = field(default_factory=list)

    def edit(
        self,
        work: Callable[[Any, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None:
        work(self.store, AYSE_ID)  # the worker's part, here and now
        self.initiators.append(initiator)


@pytest.fixture
def view(qtbot) -> Iterator[DomainsView]:  # type: ignore[no-untyped-def]
    widget = DomainsView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget


@pytest.fixture
def writes() -> RecordedWrites:
    return RecordedWrites()


@pytest.fixture
def presenter(
    view: DomainsView, writes: RecordedWrites, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> DomainsPresenter:
    return DomainsPresenter(view, writes, dialogs, fixed_clock, initiator=view)


@pytest.fixture
def dossier(demo_workspace: Workspace) -> Dossier:
    return demo_workspace.dossiers.get(AYSE_ID)


def _right_named(view: DomainsView, name: str) -> int:
    proxy = view.right_proxy
    return next(r for r in range(proxy.rowCount()) if proxy.record_at(r).name == name)


def test_nothing_can_be_added_before_a_dossier_is_shown(
    view: DomainsView, presenter: DomainsPresenter, dossier: Dossier
) -> None:
    presenter.clear()
    assert not view.add_observation_button.isEnabled()
    view.add_observation_requested.emit()
    assert view.observation_dialog is None
    presenter.show(dossier)
    assert view.add_observation_button.isEnabled()


def test_a_new_observation_is_saved_for_the_chosen_domain_and_chosen_when_it_comes_back(
    view: DomainsView,
    presenter: DomainsPresenter,
    writes: RecordedWrites,
    dossier: Dossier,
    fixed_clock: FixedClock,
) -> None:
    presenter.show(dossier)
    view.choose_domain(LifeDomain.MOBILITY)
    view.add_observation_button.click()
    dialog = view.observation_dialog
    assert dialog is not None
    dialog.text.setPlainText("Fietst elke dag naar de taalles")
    dialog.save_button.click()
    [saved] = writes.store.saved
    assert isinstance(saved, Observation)
    assert saved.domain is LifeDomain.MOBILITY and saved.noted_on == fixed_clock.today()
    assert writes.initiators == [view]
    presenter.keep(replace(dossier, observations=(*dossier.observations, saved)))
    assert view.current_domain() is LifeDomain.MOBILITY
    assert view.selected_observation() == saved


def test_a_right_changed_elsewhere_shows_and_stays_chosen(
    view: DomainsView, presenter: DomainsPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
    view.choose_domain(LifeDomain.HOUSING)
    view.right_view.selectRow(_right_named(view, "Huurpremie"))
    chosen = view.selected_right()
    assert chosen is not None
    changed = replace(chosen, status=RightStatus.GRANTED)
    presenter.show(
        replace(dossier, rights=tuple(changed if r.id == chosen.id else r for r in dossier.rights))
    )
    assert view.selected_right() == changed
    assert view.current_domain() is LifeDomain.HOUSING


def test_delete_asks_first_and_names_the_tab(
    view: DomainsView,
    presenter: DomainsPresenter,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    dossier: Dossier,
) -> None:
    presenter.show(dossier)
    view.right_view.selectRow(0)
    right = view.selected_right()
    assert right is not None
    dialogs.yes = False
    view.delete_right_button.click()
    assert writes.store.deleted == []
    dialogs.yes = True
    view.delete_right_button.click()
    assert writes.store.deleted == [right.id] and writes.initiators == [view]


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
    view: DomainsView, presenter: DomainsPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
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
