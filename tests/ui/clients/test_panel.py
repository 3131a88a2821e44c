"""The client list as the coach uses it: first reception, search, filters, archive, delete."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.enums import ClientStatus, ContactKind, NoteScope, ReminderPreference
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.clients.model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_APPOINTMENT,
    COL_PHASE,
    COL_STATUS,
    FOUND_IN_DOSSIER_ROLE,
)
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID
from tests.fakes import BRUSSELS_WINTER
from tests.ui.clients.support import texts_in, wait_for
from tests.ui.conftest import FakeDialogs, demo_client_names


def shown_ids(panel: ClientsPanel) -> list[str]:
    return [
        panel.model.client_at(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()).id
        for row in range(panel.proxy.rowCount())
    ]


def select(panel: ClientsPanel, client_id: str) -> None:
    row = shown_ids(panel).index(client_id)
    panel.view.table.selectRow(row)


def test_first_reception_creates_the_client_and_selects_it(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace
) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.new_client_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.first_name, "Gulsen")
    assert not dialog.create_button.isEnabled()  # both names are needed
    dialog.first_name.setText("Gülşen")
    dialog.last_name.setText("Aydın")
    dialog.phone.setText("0470 00 00 00")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(ReminderPreference.SMS.value))
    dialog.referred_by.setText("OCMW-loket")
    dialog.question.setPlainText("Ik wil leren rijden zodat ik vroege shiften kan doen.")
    assert dialog.create_button.isEnabled()

    with qtbot.waitSignal(panel.client_selected, timeout=15_000) as chosen:
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    new_id_ = chosen.args[0]
    wait_for(qtbot, lambda: panel.selected_client() is not None)
    selected = panel.selected_client()
    assert selected is not None and selected.id == new_id_
    assert selected.display_name == "Gülşen Aydın"
    assert panel.new_client_dialog is None
    client = demo_workspace.dossiers.get(new_id_).client
    assert client.support_question == "Ik wil leren rijden zodat ik vroege shiften kan doen."
    assert client.reminder_preference is ReminderPreference.SMS
    assert client.referred_by == "OCMW-loket"
    assert client.status is ClientStatus.ACTIVE


def test_search_by_name_filters_at_once_ignoring_accents(qtbot, panel: ClientsPanel) -> None:
    qtbot.keyClicks(panel.search, "yilm")
    # No waiting: names are matched in the proxy as the coach types.
    assert shown_ids(panel) == [AYSE_ID]
    assert panel.proxy.index(0, COL_NAME).data() == "Ayşe Yılmaz"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "lukasz")
    assert shown_ids(panel) == [LUKASZ_ID]
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""
    assert len(shown_ids(panel)) == 3


def test_search_finds_a_word_that_is_only_in_a_note(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace
) -> None:
    note = Contact(
        id=new_id(),
        at=datetime(2026, 11, 27, 10, 0, tzinfo=BRUSSELS_WINTER),
        kind=ContactKind.PHONE,
        summary="Belde over de fietsherstelling: de zadelpen is besteld.",
        note_scope=NoteScope.FILE,
        client_may_read=True,
    )
    demo_workspace.edits.save_contact(LUKASZ_ID, note)
    qtbot.keyClicks(panel.search, "zadelpen")
    assert shown_ids(panel) == []  # no name matches; the dossiers are searched after a pause
    assert panel.view.searching_label.isVisible()
    wait_for(qtbot, lambda: shown_ids(panel) == [LUKASZ_ID])
    index = panel.proxy.index(0, COL_NAME)
    assert index.data(FOUND_IN_DOSSIER_ROLE) is True
    assert "gevonden in dossier" in index.data()
    assert not panel.view.searching_label.isVisible()


def test_name_and_full_text_matches_show_together(qtbot, panel: ClientsPanel) -> None:
    # "a" is too short for the full text, so only names count; "schimmel" is in a note.
    qtbot.keyClicks(panel.search, "schimmel")
    wait_for(qtbot, lambda: shown_ids(panel) == [AYSE_ID])
    panel.search.setText("ioana")
    assert shown_ids(panel) == [IOANA_ID]
    assert panel.proxy.index(0, COL_NAME).data(FOUND_IN_DOSSIER_ROLE) is False


def test_status_filter_hides_archived_by_default(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace
) -> None:
    demo_workspace.dossiers.archive(IOANA_ID)
    panel.load()
    wait_for(qtbot, lambda: IOANA_ID not in shown_ids(panel))
    assert panel.view.count_label.text() == "2 van 3 cliënten"
    panel.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    assert IOANA_ID in shown_ids(panel)
    panel.view.filter_bar.status_boxes[ClientStatus.ACTIVE].setChecked(False)
    panel.view.filter_bar.status_boxes[ClientStatus.AFTERCARE].setChecked(False)
    panel.view.filter_bar.status_boxes[ClientStatus.CLOSED].setChecked(False)
    assert shown_ids(panel) == [IOANA_ID]


def test_phase_filter_and_sorting(qtbot, panel: ClientsPanel) -> None:
    phases = {panel.model.client_at(r).phase for r in range(3)}
    phase = next(iter(phases))
    panel.view.filter_bar.phase_filter.setCurrentIndex(
        panel.view.filter_bar.phase_filter.findData(phase.value)
    )
    assert all(panel.model.client_at(r).phase is phase for r in _source_rows(panel))
    panel.view.filter_bar.phase_filter.setCurrentIndex(0)
    assert len(shown_ids(panel)) == 3

    panel.view.filter_bar.sort_combo.setCurrentIndex(
        panel.view.filter_bar.sort_combo.findData(COL_NEXT_APPOINTMENT)
    )
    nexts = [panel.model.client_at(r).next_appointment for r in _source_rows(panel)]
    assert nexts == sorted(nexts, key=lambda m: (m is None, m))
    panel.view.table.horizontalHeader().sectionClicked.emit(COL_LAST_CONTACT)
    panel.view.table.sortByColumn(COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert panel.view.filter_bar.sort_combo.currentData() == COL_LAST_CONTACT
    lasts = [panel.model.client_at(r).last_contact for r in _source_rows(panel)]
    assert lasts == sorted(lasts, reverse=True)


def _source_rows(panel: ClientsPanel) -> list[int]:
    return [
        panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()
        for row in range(panel.proxy.rowCount())
    ]


def test_archive_then_undo_brings_back_the_earlier_status(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace
) -> None:
    before = demo_workspace.dossiers.get(IOANA_ID).client.status
    select(panel, IOANA_ID)
    assert panel.view.dossier_actions.archive_button.isEnabled()
    panel.view.dossier_actions.archive_button.click()
    wait_for(qtbot, lambda: panel.view.undo_bar.isVisible())
    wait_for(qtbot, lambda: IOANA_ID not in shown_ids(panel))
    assert "Ioana" in panel.view.undo_bar.label.text()
    assert demo_workspace.dossiers.get(IOANA_ID).client.status is ClientStatus.ARCHIVED

    panel.view.undo_bar.button.click()
    wait_for(qtbot, lambda: IOANA_ID in shown_ids(panel))
    assert demo_workspace.dossiers.get(IOANA_ID).client.status is before
    assert not panel.view.undo_bar.isVisible()
    assert panel.view.undo_bar.label.text() == ""


def test_delete_for_good_only_after_typing_the_exact_name(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace
) -> None:
    select(panel, IOANA_ID)
    assert not panel.view.dossier_actions.delete_button.isEnabled()  # archive first
    demo_workspace.dossiers.archive(IOANA_ID)
    panel.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    panel.load()
    wait_for(qtbot, lambda: panel.view.dossier_actions.restore_button.isEnabled())
    assert panel.view.dossier_actions.delete_button.isEnabled()

    panel.view.dossier_actions.delete_button.click()
    dialog = panel.delete_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Ioana")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does nothing yet
    assert dialog.isVisible()
    dialog.typed.setText("ioana constanțescu")
    assert not dialog.delete_button.isEnabled()  # exactly, capitals too
    dialog.typed.setText("Ioana Constanțescu")
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(panel.client_selected, timeout=15_000) as gone:
        dialog.delete_button.click()
    assert gone.args == [""]
    wait_for(qtbot, lambda: panel.model.row_of(IOANA_ID) < 0)
    with pytest.raises(StateError):
        demo_workspace.dossiers.get(IOANA_ID)
    line = AuditService(demo_workspace.vault).recent(1)[0]
    assert (line.action, line.client_id, line.detail) == ("verwijderd", IOANA_ID, None)


def test_restore_from_the_archive(qtbot, panel: ClientsPanel, demo_workspace: Workspace) -> None:
    demo_workspace.dossiers.archive(LUKASZ_ID)
    panel.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    panel.load()
    wait_for(qtbot, lambda: _status(panel, LUKASZ_ID) is ClientStatus.ARCHIVED)
    select(panel, LUKASZ_ID)
    assert (
        panel.view.dossier_actions.restore_button.isVisible()
        and not panel.view.dossier_actions.archive_button.isEnabled()
    )
    panel.view.dossier_actions.restore_button.click()
    wait_for(
        qtbot,
        lambda: demo_workspace.dossiers.get(LUKASZ_ID).client.status is ClientStatus.ACTIVE,
    )
    wait_for(qtbot, lambda: _status(panel, LUKASZ_ID) is ClientStatus.ACTIVE)


def _status(panel: ClientsPanel, client_id: str) -> ClientStatus | None:
    row = panel.model.row_of(client_id)
    return panel.model.client_at(row).status if row >= 0 else None


def test_select_from_elsewhere_widens_the_filters(qtbot, panel: ClientsPanel) -> None:
    panel.search.setText("lukasz")
    with qtbot.waitSignal(panel.client_selected) as chosen:
        panel.select(AYSE_ID)
    assert chosen.args == [AYSE_ID]
    assert panel.search.text() == ""
    assert panel.selected_client() is not None
    assert panel.selected_client().id == AYSE_ID  # type: ignore[union-attr]


def test_filtering_keeps_the_chosen_client_open(qtbot, panel: ClientsPanel) -> None:
    seen: list[str] = []
    panel.client_selected.connect(seen.append)
    select(panel, AYSE_ID)
    assert seen == [AYSE_ID]
    panel.search.setText("lukasz")
    assert seen == [AYSE_ID]  # hidden by the search, still the open dossier
    panel.search.clear()
    assert panel.selected_client() is not None
    assert panel.selected_client().id == AYSE_ID  # type: ignore[union-attr]


def test_keyboard_moves_from_search_to_list(qtbot, panel: ClientsPanel) -> None:
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "wrob")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.selected_client() is not None
    assert panel.selected_client().id == LUKASZ_ID  # type: ignore[union-attr]


def test_every_control_has_an_accessible_name(panel: ClientsPanel) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    for widget in panel.findChildren(QWidget):
        control = isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QTableView)
        if control and widget.isVisibleTo(panel):
            assert widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text()
            ), widget


def test_clear_leaves_no_client_text(qtbot, panel: ClientsPanel, dialogs: FakeDialogs) -> None:
    qtbot.keyClicks(panel.search, "schimmel")
    wait_for(qtbot, lambda: panel.proxy.rowCount() == 1)
    select(panel, AYSE_ID)
    panel.view.dossier_actions.archive_button.click()
    wait_for(qtbot, lambda: panel.view.undo_bar.isVisible())
    panel.open_new_client()
    assert panel.new_client_dialog is not None
    panel.new_client_dialog.first_name.setText("Ayşe")
    panel.clear()
    assert panel.current_client_id() == ""
    texts = texts_in(panel)
    for name in [*demo_client_names(), "schimmel"]:
        assert name not in texts
    assert panel.model.rowCount() == 0


def test_commit_pending_creates_a_filled_in_first_reception_in_the_worker(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace, runner
) -> None:
    panel.open_new_client()
    dialog = panel.new_client_dialog
    assert dialog is not None
    dialog.first_name.setText("Mira")
    dialog.last_name.setText("Claes")
    panel.commit_pending()
    assert runner.is_busy()  # handed to the worker; the lock waits for it
    runner.wait()
    names = [c.display_name for c in demo_workspace.dossiers.list_clients()]
    assert "Mira Claes" in names
    assert panel.new_client_dialog is None


def test_a_new_note_updates_that_clients_line_without_reading_the_whole_list(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace, events, runner
) -> None:
    from genwerkt_desktop.ui.events import ChangeKind

    runner.wait()  # the list has its due marks: the load is over
    runner.wait()
    reset: list[bool] = []
    panel.model.modelReset.connect(lambda: reset.append(True))
    note = Contact(
        id=new_id(),
        at=datetime(2026, 11, 27, 15, 0, tzinfo=BRUSSELS_WINTER),
        kind=ContactKind.PHONE,
        summary="Kort gebeld",
        note_scope=NoteScope.FILE,
    )
    demo_workspace.edits.save_contact(IOANA_ID, note)
    events.emit_change(ChangeKind.DOSSIER, IOANA_ID)
    row = panel.model.row_of(IOANA_ID)
    wait_for(qtbot, lambda: panel.model.client_at(row).last_contact == note.at)
    assert reset == []
    assert panel.model.index(row, COL_LAST_CONTACT).data() != ""


def test_a_new_client_gets_the_default_coach_from_the_settings(
    qtbot, demo_workspace: Workspace, runner, events, dialogs: FakeDialogs, fixed_clock
) -> None:
    widget = ClientsPanel(fixed_clock)
    widget.attach(demo_workspace, runner, events, dialogs, default_coach=lambda: "Sam Peeters")
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    wait_for(qtbot, lambda: widget.model.rowCount() == 3)
    widget.view.new_client_action.trigger()
    dialog = widget.new_client_dialog
    assert dialog is not None
    dialog.first_name.setText("Nour")
    dialog.last_name.setText("Haddad")
    with qtbot.waitSignal(widget.client_selected, timeout=15_000) as chosen:
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    assert demo_workspace.dossiers.get(chosen.args[0]).client.coach == "Sam Peeters"
    widget.clear()
    runner.wait()


def test_a_narrow_list_hides_status_then_phase_and_shows_them_again_when_wider(
    qtbot, panel: ClientsPanel
) -> None:
    def hidden() -> tuple[bool, bool]:
        return panel.view.table.isColumnHidden(COL_STATUS), panel.view.table.isColumnHidden(
            COL_PHASE
        )

    panel.resize(900, 720)
    qtbot.waitUntil(lambda: hidden() == (False, False))
    panel.resize(330, 720)
    qtbot.waitUntil(lambda: hidden() == (True, True))
    names_width = panel.view.table.columnWidth(COL_NAME)
    assert names_width >= panel.fontMetrics().averageCharWidth() * 20  # a name still reads
    panel.resize(440, 720)  # wider, still too narrow for either: nothing comes back yet
    qtbot.wait(50)
    assert hidden() == (True, True)
    panel.resize(900, 720)
    qtbot.waitUntil(lambda: hidden() == (False, False))
    assert panel.view.table.columnWidth(COL_STATUS) > 0
