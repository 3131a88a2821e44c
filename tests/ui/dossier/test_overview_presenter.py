"""The Overzicht presenter beside its real view (offscreen) and a controller that records
the writes it is handed; and, through the workspace, a phase change of its own that
leaves the page where the coach scrolled it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pytest

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import Phase
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.overview.presenter import OverviewPresenter
from genwerkt_desktop.ui.dossier.overview.view import OverviewView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier


@dataclass
class StoreSpy:
    entered: list[tuple[Phase, date, str | None]] = field(default_factory=list)

    def enter_phase(self, client_id: str, phase: Phase, on: date, note: str | None) -> Changes:
        self.entered.append((phase, on, note))
        return Changes.of(client_id, Part.PHASES)


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
def view(qtbot) -> Iterator[OverviewView]:  # type: ignore[no-untyped-def]
    widget = OverviewView()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    yield widget


@pytest.fixture
def writes() -> RecordedWrites:
    return RecordedWrites()


@pytest.fixture
def presenter(
    view: OverviewView, writes: RecordedWrites, fixed_clock: FixedClock
) -> OverviewPresenter:
    return OverviewPresenter(view, writes, fixed_clock, initiator=view)


@pytest.fixture
def dossier(demo_workspace: Workspace) -> Dossier:
    return demo_workspace.dossiers.get(AYSE_ID)


def test_the_page_sums_up_the_dossier(
    view: OverviewView, presenter: OverviewPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
    assert view.state_line.text().startswith("Actief · nu in de fase Uitvoering, sinds")
    assert view.question.isVisible() and not view.no_question.isVisible()
    assert view.late_steps.text().endswith("te laat")
    assert view.appointments.rowCount() <= 5
    assert view.change_phase_button.isEnabled()


def test_a_dossier_without_question_or_phase_says_so_calmly(
    view: OverviewView, presenter: OverviewPresenter, dossier: Dossier
) -> None:
    bare = replace(dossier, client=replace(dossier.client, support_question="  "), phases=())
    presenter.show(bare)
    assert view.state_line.text() == "Actief · nog geen fase"
    assert not view.question.isVisible() and view.no_question.isVisible()


def test_a_new_phase_goes_to_the_controller_naming_the_tab(
    view: OverviewView,
    presenter: OverviewPresenter,
    writes: RecordedWrites,
    dossier: Dossier,
    fixed_clock: FixedClock,
) -> None:
    presenter.show(dossier)
    view.change_phase_button.click()
    dialog = view.phase_dialog
    assert dialog is not None
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.AFTERCARE.value))
    dialog.note.setPlainText("Werk gevonden")
    dialog.save_button.click()
    assert writes.store.entered == [(Phase.AFTERCARE, fixed_clock.today(), "Werk gevonden")]
    assert writes.initiators == [view]


def test_clear_leaves_an_empty_page_and_no_phase_form(
    view: OverviewView, presenter: OverviewPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
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
