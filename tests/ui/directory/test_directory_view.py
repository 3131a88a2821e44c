"""The sociale kaart on the demo dossiers: search, create with contact persons, refuse to
delete what a dossier uses, ask before dropping an edit, and forget everything on clear()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.directory import DirectoryView
from genwerkt_desktop.ui.directory.models import (
    COL_NAME,
    COL_PERSON_BACKUP,
    COL_PERSON_EMAIL,
    COL_PERSON_PHONE,
    COL_PERSON_ROLE,
    COL_PERSON_TRUSTED,
    COL_TRUSTED,
    ORG_ID_ROLE,
)
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from tests.ui.agenda.widget_texts import leaks
from tests.ui.conftest import FakeDialogs, demo_client_names

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_names(view: DirectoryView) -> list[str]:
    return [view.proxy.index(row, COL_NAME).data() for row in range(view.proxy.rowCount())]


def choose(qtbot, view: DirectoryView, name: str) -> None:
    row = shown_names(view).index(name)
    view.organisation_list.table.setFocus()
    view.organisation_list.table.setCurrentIndex(view.proxy.index(row, COL_NAME))
    assert view.detail.form.name.text() == name


def type_into_cell(qtbot, view: DirectoryView, row: int, column: int, text: str) -> None:
    """Edit one cell of the contact persons table by keyboard: F2, type, Enter."""
    table = view.detail.form.people_table
    table.setFocus()
    table.setCurrentIndex(view.detail.form.people_model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def tick(qtbot, view: DirectoryView, row: int, column: int) -> None:
    """Space on a check cell, as the coach would."""
    table = view.detail.form.people_table
    table.setFocus()
    table.setCurrentIndex(view.detail.form.people_model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def marks(view: DirectoryView, column: int) -> list[bool]:
    model = view.detail.form.people_model
    return [
        model.index(row, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for row in range(model.rowCount())
    ]


def test_search_as_you_type_finds_schuldhulp_oost(qtbot, directory: DirectoryView):
    assert len(shown_names(directory)) == 12
    qtbot.keyClick(directory, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert directory.organisation_list.search.hasFocus()
    qtbot.keyClicks(directory.organisation_list.search, "schuld")
    assert shown_names(directory) == ["Schuldhulp Oost"]
    assert directory.proxy.index(0, COL_TRUSTED).data() == "Nadia El Amrani"
    assert directory.organisation_list.count_label.text() == "1 van 12"
    # Enter goes to the list; choosing the row fills the form.
    qtbot.keyClick(directory.organisation_list.search, Qt.Key.Key_Return)
    assert directory.organisation_list.table.hasFocus()
    assert directory.detail.form.name.text() == "Schuldhulp Oost"
    # Accents and contact persons are found too.
    directory.organisation_list.search.setText("nadia")
    assert shown_names(directory) == ["Schuldhulp Oost"]
    directory.organisation_list.search.setText("geen-zo-een-organisatie")
    assert shown_names(directory) == []
    assert directory.organisation_list.nothing_found.isVisibleTo(directory)


def test_create_an_organisation_with_a_trusted_and_a_backup_contact(
    qtbot, directory: DirectoryView, demo_workspace: Workspace, events: DataEvents
):
    directory.organisation_list.table.setFocus()
    qtbot.keyClick(directory.organisation_list.table, Qt.Key.Key_N, CTRL)
    assert directory.detail.form.name.hasFocus()
    assert directory.detail.heading.text() == "Nieuwe organisatie"
    qtbot.keyClicks(directory.detail.form.name, "Fietsatelier Het Wiel")
    qtbot.keyClicks(directory.detail.form.services, "Tweedehands fietsen en leren herstellen.")
    qtbot.keyClicks(directory.detail.form.phone, "09 000 00 99")
    assert directory.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"

    directory.detail.form.add_person_button.click()
    editor = QApplication.focusWidget()  # the new row's name cell is being edited
    qtbot.keyClicks(editor, "Anna Peeters")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_into_cell(qtbot, directory, 0, COL_PERSON_ROLE, "begeleider")
    directory.detail.form.add_person_button.click()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Bram Claes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_into_cell(qtbot, directory, 1, COL_PERSON_EMAIL, "bram@wiel.example")
    tick(qtbot, directory, 0, COL_PERSON_TRUSTED)
    tick(qtbot, directory, 1, COL_PERSON_BACKUP)
    assert marks(directory, COL_PERSON_TRUSTED) == [True, False]
    assert marks(directory, COL_PERSON_BACKUP) == [False, True]

    with (
        qtbot.waitSignal(
            events.changed,
            check_params_cb=lambda change: change == Change(ChangeKind.DIRECTORY),
        ),
        qtbot.waitSignal(directory.controller.loaded, timeout=10_000),
    ):
        qtbot.keyClick(directory.detail.form.phone, Qt.Key.Key_S, CTRL)

    assert not directory.is_dirty()
    stored = demo_workspace.directory.search("fietsatelier")
    assert [org.name for org in stored] == ["Fietsatelier Het Wiel"]
    org = stored[0]
    assert org.services == "Tweedehands fietsen en leren herstellen."
    assert [(p.name, p.role, bool(p.trusted), bool(p.backup)) for p in org.contacts] == [
        ("Anna Peeters", "begeleider", True, False),
        ("Bram Claes", None, False, True),
    ]
    # It is in the list, chosen, and found by the search field.
    assert "Fietsatelier Het Wiel" in shown_names(directory)
    assert directory.organisation_list.table.currentIndex().data(ORG_ID_ROLE) == org.id
    directory.organisation_list.search.setText("wiel")
    assert shown_names(directory) == ["Fietsatelier Het Wiel"]
    assert directory.proxy.index(0, COL_TRUSTED).data() == "Anna Peeters"

    # A second "bevoorrecht" tick moves the mark (and nobody is their own backup).
    tick(qtbot, directory, 1, COL_PERSON_TRUSTED)
    assert marks(directory, COL_PERSON_TRUSTED) == [False, True]
    assert marks(directory, COL_PERSON_BACKUP) == [False, False]
    tick(qtbot, directory, 0, COL_PERSON_BACKUP)
    assert marks(directory, COL_PERSON_BACKUP) == [True, False]
    with qtbot.waitSignal(directory.controller.saved, timeout=10_000):
        directory.detail.save_button.click()
    org = demo_workspace.directory.get(org.id)
    assert [(p.name, bool(p.trusted), bool(p.backup)) for p in org.contacts] == [
        ("Anna Peeters", False, True),
        ("Bram Claes", True, False),
    ]


def test_a_nameless_organisation_is_not_saved(qtbot, directory: DirectoryView, events):
    directory.new_organisation()
    qtbot.keyClicks(directory.detail.form.phone, "09 000 00 00")
    with qtbot.assertNotEmitted(events.changed, wait=200):
        directory.save()
    assert directory.detail.form.name_problem.isVisibleTo(directory)
    assert directory.detail.form.name_problem.text() == "Geef de organisatie eerst een naam."
    assert directory.detail.form.name.hasFocus()
    assert directory.is_dirty()


def test_deleting_a_used_organisation_is_refused_kindly(
    qtbot, directory: DirectoryView, demo_workspace: Workspace, dialogs: FakeDialogs
):
    choose(qtbot, directory, "Schuldhulp Oost")
    assert demo_workspace.directory.uses(directory.current_organisation_id()) > 0
    directory.detail.delete_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.infos), timeout=10_000)
    assert "wordt nog gebruikt in een dossier" in dialogs.infos[0]
    assert dialogs.infos[0].startswith("Deze organisatie")
    assert "Schuldhulp Oost" in shown_names(directory)
    assert [o.name for o in demo_workspace.directory.search("schuldhulp")] == ["Schuldhulp Oost"]
    assert directory.detail.form.name.text() == "Schuldhulp Oost"


def test_deleting_an_unused_organisation_removes_it(
    qtbot, directory: DirectoryView, demo_workspace: Workspace, dialogs: FakeDialogs
):
    directory.new_organisation()
    qtbot.keyClicks(directory.detail.form.name, "Kortstondig Project")
    with qtbot.waitSignal(directory.controller.loaded, timeout=10_000):
        directory.save()
    dialogs.yes = False
    directory.detail.delete_button.click()
    assert "Kortstondig Project" in shown_names(directory)  # the coach said no
    dialogs.yes = True
    with qtbot.waitSignal(directory.controller.loaded, timeout=10_000):
        directory.detail.delete_button.click()
    assert "Kortstondig Project" not in shown_names(directory)
    assert demo_workspace.directory.search("kortstondig") == []
    assert directory.detail.stack.currentWidget() is directory.detail.empty_state
    assert dialogs.infos == [] and dialogs.warnings == []


def test_switching_rows_with_unsaved_changes_asks(
    qtbot, directory: DirectoryView, demo_workspace: Workspace, dialogs: FakeDialogs
):
    choose(qtbot, directory, "Taalpunt Noord")
    taalpunt = directory.current_organisation_id()
    qtbot.keyClick(directory.detail.form.opening_hours, Qt.Key.Key_End)
    qtbot.keyClicks(directory.detail.form.opening_hours, " (ook op zaterdag)")
    dialogs.yes = False  # "drop them"
    choose(qtbot, directory, "Werkpunt Vaart")
    assert "zaterdag" not in (demo_workspace.directory.get(taalpunt).opening_hours or "")

    choose(qtbot, directory, "Taalpunt Noord")
    qtbot.keyClick(directory.detail.form.opening_hours, Qt.Key.Key_End)
    qtbot.keyClicks(directory.detail.form.opening_hours, " (ook op zaterdag)")
    dialogs.yes = True  # "save them"
    with qtbot.waitSignal(directory.controller.saved, timeout=10_000):
        choose(qtbot, directory, "Werkpunt Vaart")
    assert demo_workspace.directory.get(taalpunt).opening_hours.endswith("(ook op zaterdag)")


def test_commit_pending_hands_an_unsaved_edit_to_the_worker_that_the_lock_waits_for(
    qtbot, directory: DirectoryView, demo_workspace: Workspace, runner
):
    choose(qtbot, directory, "Praatpunt Zuid")
    praatpunt = directory.current_organisation_id()
    qtbot.keyClicks(directory.detail.form.website, "praatpunt.example")
    assert directory.commit_pending() is True
    assert runner.is_busy()  # never a write on the GUI thread
    runner.wait()
    assert demo_workspace.directory.get(praatpunt).website == "praatpunt.example"
    assert not directory.is_dirty()


def test_clear_leaves_no_names_in_any_widget_or_model(
    qtbot, directory: DirectoryView, demo_workspace: Workspace
):
    choose(qtbot, directory, "Schuldhulp Oost")
    type_into_cell(qtbot, directory, 0, COL_PERSON_PHONE, " (na 14 u)")
    directory.organisation_list.search.setText("oost")
    orgs = demo_workspace.directory.organisations()
    secrets = [
        *demo_client_names(),
        *(org.name for org in orgs),
        *(person.name for org in orgs for person in org.contacts),
        *(org.phone for org in orgs if org.phone),
        "oost",
    ]
    assert leaks(directory, secrets)

    directory.clear()

    assert directory.model.rowCount() == 0
    assert directory.detail.form.people_model.rowCount() == 0
    assert leaks(directory, secrets) == []
    assert directory.detail.stack.currentWidget() is directory.detail.empty_state
    assert not directory.is_dirty()
    assert directory.commit_pending() is True


def test_everything_is_reachable_by_keyboard(directory: DirectoryView):
    chain: list[QWidget] = []
    widget = directory.organisation_list.search
    for _ in range(1000):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is directory.organisation_list.search:
            break
    form = directory.detail.form
    wanted = [
        directory.organisation_list.search,
        directory.organisation_list.table,
        directory.organisation_list.new_button,
        form.name,
        form.services,
        form.entry_criteria,
        form.way_of_working,
        form.stopping_consequences,
        form.address,
        form.phone,
        form.email,
        form.website,
        form.opening_hours,
        form.people_table,
        form.add_person_button,
        form.edit_person_button,
        form.remove_person_button,
        directory.detail.save_button,
        directory.detail.revert_button,
        directory.detail.delete_button,
    ]
    positions = [chain.index(w) for w in wanted]
    assert positions == sorted(positions)
    for w in wanted:
        assert w.accessibleName() or w.text(), w  # type: ignore[attr-defined]


def test_saving_takes_along_a_cell_still_being_typed_in(
    qtbot, directory: DirectoryView, demo_workspace: Workspace
):
    directory.new_organisation()
    qtbot.keyClicks(directory.detail.form.name, "Herstelpunt Zuid")
    directory.detail.form.add_person_button.click()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Mona Jacobs")  # no Enter: the editor is still open
    with qtbot.waitSignal(directory.controller.saved, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    (org,) = demo_workspace.directory.search("herstelpunt")
    assert [p.name for p in org.contacts] == ["Mona Jacobs"]
    assert not directory.is_dirty()


def test_a_row_hidden_by_the_search_can_be_chosen_again(qtbot, directory: DirectoryView):
    choose(qtbot, directory, "Taalpunt Noord")
    directory.organisation_list.search.setText("schuld")  # Taalpunt drops out of the list
    assert not directory.organisation_list.table.currentIndex().isValid()
    directory.organisation_list.search.clear()
    assert directory.organisation_list.table.currentIndex().data() == "Taalpunt Noord"
    directory.organisation_list.search.setText("schuld")
    choose(qtbot, directory, "Schuldhulp Oost")  # the only row left, chosen by the coach
    assert directory.current_organisation_id() is not None
