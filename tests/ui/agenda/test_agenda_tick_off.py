"""Ticking off an aftercare contact moment right in the agenda: the button, Ctrl+D and the
context menu; the row leaves, the dossier has it done, the closure tab shows it, undo."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda import AgendaView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import IOANA_ID
from tests.ui.agenda.widget_texts import leaks
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier

HOME_VISIT = date(2026, 12, 14)  # Ioana's home visit, planned and not yet done
CTRL = Qt.KeyboardModifier.ControlModifier


def load(qtbot, view: AgendaView, action=None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.controller.loaded, timeout=10_000):
        (action or view.load)()


def row_of(view: AgendaView, wanted: AgendaKind, day: date | None = None) -> int:
    """The proxy row of the first item of that kind (on that day), or -1."""
    for row in range(view.proxy.rowCount()):
        item = view.model.item_at(view.proxy.mapToSource(view.proxy.index(row, 0)).row())
        if item.kind is wanted and (day is None or item.day == day):
            return row
    return -1


def aftercare_items(view: AgendaView) -> list[AgendaItem]:
    items = [view.model.item_at(row) for row in range(view.model.rowCount())]
    return [i for i in items if i.kind is AgendaKind.AFTERCARE]


def stored_done(workspace: Workspace, day: date) -> bool | None:
    plan = workspace.dossiers.get(IOANA_ID).aftercare
    assert plan is not None
    return next(m.done for m in plan.contact_moments if m.on == day)


def closure_shows_done(view: DossierWorkspace, day: date) -> bool:
    """What the open dossier's Afsluiting & nazorg tab shows for the moment on ``day``."""
    model = view.closure.aftercare.aftercare_form.model
    records = [model.record_at(row) for row in range(model.rowCount())]
    return bool(next(m.done for m in records if m.on == day))


@pytest.fixture
def week_of_the_visit(qtbot, agenda: AgendaView) -> AgendaView:  # type: ignore[no-untyped-def]
    load(qtbot, agenda, lambda: agenda.show_week_of(HOME_VISIT))
    assert [(i.client_id, i.day) for i in aftercare_items(agenda)] == [(IOANA_ID, HOME_VISIT)]
    return agenda


@pytest.fixture
def closure_view(qtbot, dossier_view: DossierWorkspace) -> DossierWorkspace:  # type: ignore[no-untyped-def]
    """Ioana's dossier open on Afsluiting & nazorg, on the agenda's store and events."""
    open_dossier(qtbot, dossier_view, IOANA_ID)
    dossier_view.tabs.setCurrentWidget(dossier_view.closure)
    return dossier_view


def test_the_button_is_only_enabled_on_an_aftercare_row(qtbot, week_of_the_visit: AgendaView):
    agenda = week_of_the_visit
    # Nothing chosen yet: nothing to tick off.
    assert agenda.tick_button.isVisible()
    assert not agenda.tick_button.isEnabled() and not agenda.tick_action.isEnabled()

    for kind in (AgendaKind.STEP_OVERDUE, AgendaKind.APPOINTMENT):
        row = row_of(agenda, kind)
        assert row >= 0, kind
        agenda.table.selectRow(row)
        assert agenda.selected_item() is not None
        assert not agenda.tick_button.isEnabled(), kind
        assert not agenda.tick_action.isEnabled(), kind
        menu = agenda.context_menu()
        assert agenda.tick_action not in menu.actions()
        assert agenda.open_action in menu.actions()
        menu.close()
        # Ctrl+D on another kind of row writes nothing.
        agenda.table.setFocus()
        with qtbot.assertNotEmitted(agenda.controller.ticked, wait=200):
            qtbot.keyClick(agenda.table, Qt.Key.Key_D, CTRL)

    agenda.table.selectRow(row_of(agenda, AgendaKind.AFTERCARE, HOME_VISIT))
    assert agenda.tick_button.isEnabled() and agenda.tick_action.isEnabled()
    menu = agenda.context_menu()
    assert agenda.tick_action in menu.actions()
    assert agenda.tick_action.text().replace("&", "") == "Afvinken"
    menu.close()


def test_ticking_off_from_the_agenda_saves_it_and_tells_the_other_views(
    qtbot,  # type: ignore[no-untyped-def]
    week_of_the_visit: AgendaView,
    demo_workspace: Workspace,
    events: DataEvents,
):
    agenda = week_of_the_visit
    agenda.table.selectRow(row_of(agenda, AgendaKind.AFTERCARE, HOME_VISIT))
    changes: list[Change] = []
    events.changed.connect(changes.append)

    with qtbot.waitSignal(agenda.controller.ticked, timeout=10_000):
        agenda.tick_button.click()
    # The agenda took the row out itself: its own change does not reload it.
    with qtbot.assertNotEmitted(agenda.controller.loaded, wait=200):
        pass

    assert aftercare_items(agenda) == []
    assert row_of(agenda, AgendaKind.AFTERCARE) == -1
    assert stored_done(demo_workspace, HOME_VISIT) is True
    # The aftercare plan changed, nothing else of the dossier.
    assert [(c.kind, c.client_id, c.parts) for c in changes] == [
        (ChangeKind.DOSSIER, IOANA_ID, frozenset({Part.CLOSURE}))
    ]
    assert agenda.undo_bar.isVisibleTo(agenda)
    assert agenda.undo_button.isVisibleTo(agenda)
    assert agenda.notice_label.text() == (
        "Nazorgcontact met Ioana Constanțescu van maandag 14 december 2026 is afgevinkt."
    )
    assert not agenda.tick_button.isEnabled()  # the selection went with the row


def test_ctrl_d_ticks_off_and_the_closure_tab_shows_it_done(
    qtbot,  # type: ignore[no-untyped-def]
    week_of_the_visit: AgendaView,
    closure_view: DossierWorkspace,
    demo_workspace: Workspace,
):
    assert not closure_shows_done(closure_view, HOME_VISIT)
    agenda = week_of_the_visit
    agenda.activateWindow()  # the dossier was shown last; the shortcut needs this window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is agenda)
    agenda.table.setFocus()
    agenda.table.selectRow(row_of(agenda, AgendaKind.AFTERCARE, HOME_VISIT))

    with qtbot.waitSignal(agenda.controller.ticked, timeout=10_000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_D, CTRL)

    assert aftercare_items(agenda) == []
    assert stored_done(demo_workspace, HOME_VISIT) is True
    # The open dossier reloaded on the change.
    wait_for(qtbot, lambda: closure_shows_done(closure_view, HOME_VISIT))


def test_undo_brings_the_moment_back(
    qtbot,  # type: ignore[no-untyped-def]
    week_of_the_visit: AgendaView,
    closure_view: DossierWorkspace,
    demo_workspace: Workspace,
):
    agenda = week_of_the_visit
    agenda.table.selectRow(row_of(agenda, AgendaKind.AFTERCARE, HOME_VISIT))
    with qtbot.waitSignal(agenda.controller.ticked, timeout=10_000):
        agenda.tick_action.trigger()
    assert stored_done(demo_workspace, HOME_VISIT) is True
    wait_for(qtbot, lambda: closure_shows_done(closure_view, HOME_VISIT))

    with qtbot.waitSignals([agenda.controller.unticked, agenda.controller.loaded], timeout=10_000):
        agenda.undo_button.click()

    assert [(i.client_id, i.day) for i in aftercare_items(agenda)] == [(IOANA_ID, HOME_VISIT)]
    assert stored_done(demo_workspace, HOME_VISIT) is False
    assert agenda.notice_label.text() == (
        "Het nazorgcontact van maandag 14 december 2026 staat weer open."
    )
    assert not agenda.undo_button.isVisibleTo(agenda)
    wait_for(qtbot, lambda: not closure_shows_done(closure_view, HOME_VISIT))


def test_a_moment_that_is_gone_is_reported_calmly(
    qtbot,  # type: ignore[no-untyped-def]
    week_of_the_visit: AgendaView,
    demo_workspace: Workspace,
):
    agenda = week_of_the_visit
    (item,) = aftercare_items(agenda)
    gone = dataclasses.replace(item, ref_id="999999")

    with qtbot.waitSignal(agenda.controller.write_failed, timeout=10_000):
        assert agenda.controller.tick_off(gone)

    assert agenda.notice_label.text().startswith("Dat lukt nu niet")
    assert not agenda.undo_button.isVisibleTo(agenda)
    assert stored_done(demo_workspace, HOME_VISIT) is False
    assert aftercare_items(agenda) == [item]


def test_clear_drops_the_undo_line_and_its_name(
    qtbot,  # type: ignore[no-untyped-def]
    week_of_the_visit: AgendaView,
    runner: TaskRunner,
):
    agenda = week_of_the_visit
    agenda.table.selectRow(row_of(agenda, AgendaKind.AFTERCARE, HOME_VISIT))
    with qtbot.waitSignal(agenda.controller.ticked, timeout=10_000):
        agenda.tick_button.click()
    assert leaks(agenda, ["Ioana"])

    agenda.clear()

    assert not agenda.undo_bar.isVisibleTo(agenda)
    assert leaks(agenda, ["Ioana", "Constanțescu"]) == []
    agenda.undo_button.click()  # nothing left to undo
    runner.wait()
