"""The Contacten presenter beside its real view (offscreen) and a controller that only
records what it is asked to write; and, through the workspace, a save of its own that
leaves the chosen note, the form and the cursor where the coach had them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtGui import QTextCursor

from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.contacts.presenter import ContactsPresenter
from genwerkt_desktop.ui.dossier.contacts.view import ContactsView
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier


@dataclass
class RecordedWrites:
    saved: list[tuple[Contact, object]] = field(default_factory=list)
    deleted: list[tuple[str, object]] = field(default_factory=list)
    failures: list[Callable[[str], None]] = field(default_factory=list)

    def save_contact(
        self,
        contact: Contact,
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        client_id: str | None = None,
        *,
        initiator: object | None = None,
    ) -> None:
        self.saved.append((contact, initiator))
        if failed is not None:
            self.failures.append(failed)

    def delete_contact(
        self,
        contact_id: str,
        done: Callable[[], None] | None = None,
        *,
        initiator: object | None = None,
    ) -> None:
        self.deleted.append((contact_id, initiator))


@pytest.fixture
def view(qtbot) -> Iterator[ContactsView]:  # type: ignore[no-untyped-def]
    widget = ContactsView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    yield widget


@pytest.fixture
def writes() -> RecordedWrites:
    return RecordedWrites()


@pytest.fixture
def presenter(
    view: ContactsView, writes: RecordedWrites, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> ContactsPresenter:
    return ContactsPresenter(view, writes, dialogs, fixed_clock, initiator=view)


@pytest.fixture
def dossier(demo_workspace: Workspace) -> Dossier:
    return demo_workspace.dossiers.get(AYSE_ID)


def _choose_first(view: ContactsView) -> Contact:
    view.table.selectRow(0)
    chosen = view.selected_contact()
    assert chosen is not None
    return chosen


def test_a_saved_note_names_the_tab_and_the_read_back_keeps_the_form(
    view: ContactsView, presenter: ContactsPresenter, writes: RecordedWrites, dossier: Dossier
) -> None:
    presenter.show(dossier)
    chosen = _choose_first(view)
    view.editor.text.setPlainText("Samen gebeld met de huisbaas")
    view.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    view.save_requested.emit()
    [(saved, initiator)] = writes.saved
    assert initiator is view and saved.id == chosen.id
    assert not view.editor.is_dirty()

    stored = replace(chosen, summary=saved.summary)
    presenter.keep(replace(dossier, contacts=(stored, *dossier.contacts[1:])))
    assert view.selected_contact() == stored
    assert view.editor.text.toPlainText() == "Samen gebeld met de huisbaas"
    assert view.editor.text.textCursor().position() == len("Samen gebeld met de huisbaas")
    assert not view.editor.is_dirty()


def test_a_change_made_elsewhere_shows_in_the_form_of_the_chosen_note(
    view: ContactsView, presenter: ContactsPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
    chosen = _choose_first(view)
    changed = replace(chosen, summary="Elders aangevuld")
    presenter.show(
        replace(
            dossier, contacts=tuple(changed if c.id == chosen.id else c for c in dossier.contacts)
        )
    )
    assert view.selected_contact() == changed
    assert view.editor.text.toPlainText() == "Elders aangevuld"


def test_typing_is_never_overwritten_by_a_read_back(
    view: ContactsView, presenter: ContactsPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
    _choose_first(view)
    view.editor.text.setPlainText("Half getypt")
    presenter.show(dossier)
    assert view.editor.is_dirty() and view.editor.text.toPlainText() == "Half getypt"


def test_a_failed_save_says_so_and_the_note_stays_unsaved(
    view: ContactsView,
    presenter: ContactsPresenter,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    dossier: Dossier,
) -> None:
    presenter.show(dossier)
    view.new_note_requested.emit()
    assert view.editor.is_new() and view.selected_contact() is None
    view.editor.text.setPlainText("Telefoon met de VDAB")
    view.save_requested.emit()
    writes.failures[-1]("De schijf is vol.")
    assert view.editor.is_dirty()
    assert dialogs.warnings == ["De schijf is vol."]


def test_delete_asks_first_and_names_the_tab(
    view: ContactsView,
    presenter: ContactsPresenter,
    writes: RecordedWrites,
    dialogs: FakeDialogs,
    dossier: Dossier,
) -> None:
    presenter.show(dossier)
    chosen = _choose_first(view)
    dialogs.yes = False
    view.delete_requested.emit()
    assert writes.deleted == []
    dialogs.yes = True
    view.delete_requested.emit()
    assert writes.deleted == [(chosen.id, view)]
    assert not view.editor.is_active()


def test_clear_forgets_the_dossier_and_new_notes_wait_for_the_next(
    view: ContactsView, presenter: ContactsPresenter, dossier: Dossier
) -> None:
    presenter.show(dossier)
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
