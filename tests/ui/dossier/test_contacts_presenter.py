"""The Contacten presenter beside its real view (offscreen) on the real DossierController,
its worker and the demo vault: what a save stores and announces, a read-back that keeps
the chosen note, the form and the cursor, and a change made elsewhere that shows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QTextCursor

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.contacts.presenter import ContactsPresenter
from genwerkt_desktop.ui.dossier.contacts.view import ContactsView
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import announced, wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.support import Deliveries, deliver, load, settle, shown_view

GONE = "Dat lukt nu niet: het dossier is intussen veranderd of verwijderd."
CONTACTS = frozenset({Part.CONTACTS})


@pytest.fixture
def view(qtbot) -> Iterator[ContactsView]:  # type: ignore[no-untyped-def]
    widget = ContactsView()
    shown_view(qtbot, widget, 900, 600)
    yield widget


@pytest.fixture
def presenter(
    view: ContactsView,
    dossier_controller: DossierController,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> ContactsPresenter:
    return ContactsPresenter(view, dossier_controller, dialogs, fixed_clock, initiator=view)


@pytest.fixture
def seen(
    dossier_controller: DossierController, presenter: ContactsPresenter, view: ContactsView
) -> Deliveries:
    return deliver(dossier_controller, presenter, view)


@pytest.fixture
def dossier(qtbot, dossier_controller: DossierController, seen: Deliveries) -> Dossier:  # type: ignore[no-untyped-def]
    return load(qtbot, dossier_controller, seen, AYSE_ID)


def _choose_first(view: ContactsView) -> Contact:
    view.table.selectRow(0)
    chosen = view.selected_contact()
    assert chosen is not None
    return chosen


def _stored(workspace: Workspace, contact_id: str) -> Contact | None:
    return next((c for c in workspace.dossiers.get(AYSE_ID).contacts if c.id == contact_id), None)


def _changed_elsewhere(controller: DossierController, contact: Contact) -> None:
    """Another view (the agenda, say) saves this contact: no initiator of this tab."""
    controller.save_contact(contact)


def test_a_saved_note_names_the_tab_and_the_read_back_keeps_the_form(
    qtbot,
    view: ContactsView,
    presenter: ContactsPresenter,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    chosen = _choose_first(view)
    view.editor.text.setPlainText("Samen gebeld met de huisbaas")
    view.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    resets = len(seen.resets)
    view.save_requested.emit()
    assert not view.editor.is_dirty()
    settle(qtbot, runner, lambda: seen.kept)
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, CONTACTS, view)]
    stored = _stored(demo_workspace, chosen.id)
    assert stored is not None and stored.summary == "Samen gebeld met de huisbaas"
    assert len(seen.resets) == resets  # its own save came back through keep
    assert view.selected_contact() == stored
    assert view.editor.text.toPlainText() == "Samen gebeld met de huisbaas"
    assert view.editor.text.textCursor().position() == len("Samen gebeld met de huisbaas")
    assert not view.editor.is_dirty()


def test_a_change_made_elsewhere_shows_in_the_form_of_the_chosen_note(
    qtbot,
    view: ContactsView,
    dossier: Dossier,
    dossier_controller: DossierController,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    chosen = _choose_first(view)
    resets = len(seen.resets)
    _changed_elsewhere(dossier_controller, replace(chosen, summary="Elders aangevuld"))
    settle(qtbot, runner, lambda: len(seen.resets) > resets)
    assert seen.kept == []  # not this tab's change: it is shown anew
    selected = view.selected_contact()
    assert selected is not None and selected.id == chosen.id
    assert selected.summary == "Elders aangevuld"
    assert view.editor.text.toPlainText() == "Elders aangevuld"


def test_typing_is_never_overwritten_by_a_read_back(
    qtbot,
    view: ContactsView,
    dossier: Dossier,
    dossier_controller: DossierController,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    chosen = _choose_first(view)
    view.editor.text.setPlainText("Half getypt")
    resets = len(seen.resets)
    _changed_elsewhere(dossier_controller, replace(chosen, summary="Elders aangevuld"))
    settle(qtbot, runner, lambda: len(seen.resets) > resets)
    assert view.editor.is_dirty() and view.editor.text.toPlainText() == "Half getypt"


def test_a_failed_save_says_so_and_the_note_stays_unsaved(
    qtbot,
    view: ContactsView,
    presenter: ContactsPresenter,
    dialogs: FakeDialogs,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    runner: TaskRunner,
) -> None:
    view.new_note_requested.emit()
    assert view.editor.is_new() and view.selected_contact() is None
    view.editor.text.setPlainText("Telefoon met de VDAB")
    demo_workspace.dossiers.delete_for_good(AYSE_ID)  # meanwhile, in another window
    heard = announced(events)
    view.save_requested.emit()
    settle(qtbot, runner, lambda: dialogs.warnings)
    assert dialogs.warnings == [GONE]
    assert view.editor.is_dirty()
    assert heard == []


def test_delete_asks_first_and_names_the_tab(
    qtbot,
    view: ContactsView,
    dialogs: FakeDialogs,
    dossier: Dossier,
    demo_workspace: Workspace,
    events: DataEvents,
    seen: Deliveries,
    runner: TaskRunner,
) -> None:
    heard = announced(events)
    chosen = _choose_first(view)
    dialogs.yes = False
    view.delete_requested.emit()
    runner.wait()
    assert heard == [] and _stored(demo_workspace, chosen.id) is not None
    dialogs.yes = True
    view.delete_requested.emit()
    assert not view.editor.is_active()
    settle(qtbot, runner, lambda: seen.kept)
    assert heard == [Change(ChangeKind.DOSSIER, AYSE_ID, CONTACTS, view)]
    assert _stored(demo_workspace, chosen.id) is None
    assert chosen.id not in [c.id for c in view.model.records()]


def test_clear_forgets_the_dossier_and_new_notes_wait_for_the_next(
    view: ContactsView, presenter: ContactsPresenter, dossier: Dossier
) -> None:
    assert view.model.rowCount() == len(dossier.contacts)
    presenter.clear()
    assert view.model.rowCount() == 0 and not view.new_note_button.isEnabled()
    view.new_note_requested.emit()
    assert not view.editor.is_active()


def test_its_own_save_keeps_the_chosen_note_and_what_is_typed_after_it(
    qtbot, dossier_view: DossierWorkspace, runner
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.contacts
    dossier_view.tabs.setCurrentWidget(tab)
    tab.table.selectRow(2)
    chosen = tab.selected_contact()
    assert chosen is not None
    tab.editor.text.setPlainText("Eerst bewaard")
    tab.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    tab.save()
    qtbot.keyClicks(tab.editor.text, ", dan verder getypt")  # while the save is on its way
    runner.wait()
    wait_for(qtbot, lambda: any(c.summary == "Eerst bewaard" for c in tab.model.records()))
    selected = tab.selected_contact()
    assert selected is not None and selected.id == chosen.id
    assert tab.editor.text.toPlainText() == "Eerst bewaard, dan verder getypt"
    assert tab.editor.is_dirty()
    assert tab.editor.text.textCursor().position() == len("Eerst bewaard, dan verder getypt")
