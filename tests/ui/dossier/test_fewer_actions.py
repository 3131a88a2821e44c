"""Issue 19, fewer actions at the table: Volgende afspraak on the Overzicht (one small
form, filled in already, Enter plans it) and balance weights set in place (a number key
or the slider, no form per factor).  Real widgets on the demo vault."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from genwerkt_desktop.domain.enums import BalanceSide, ContactKind, NoteScope
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.balance import BalanceTab
from genwerkt_desktop.ui.dossier.overview.appointment_dialog import NextAppointmentDialog
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.fakes import BRUSSELS_WINTER
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN
CTRL = Qt.KeyboardModifier.ControlModifier


def _appointment_form(qtbot, view: DossierWorkspace) -> NextAppointmentDialog:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    overview = view.overview
    view.tabs.setCurrentWidget(overview)
    qtbot.mouseClick(overview.next_appointment_button, Qt.MouseButton.LeftButton)
    dialog = overview.appointment_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_form_proposes_next_week_same_hour_and_the_last_place_and_kind(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    dialog = _appointment_form(qtbot, dossier_view)
    # The demo day is Saturday 28 November 09:30; Ayşe's last contact was a conversation
    # at the Sociaal Huis (the planned ones ahead do not count).
    assert dialog.day.value() == date(2026, 12, 5)
    assert dialog.hour.time().toString("HH:mm") == "09:30"
    assert dialog.place.text() == "Sociaal Huis Leiemeersen"
    assert dialog.kind.currentText() == "Gesprek"
    assert dialog.day.hasFocus()
    dialog.reject()


def test_enter_plans_the_chosen_appointment_in_the_contacts_and_the_agenda(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    dialog = _appointment_form(qtbot, dossier_view)
    # By keyboard only: each label's letter, then the value typed over the proposal.
    for letter, typed in (("D", "0812"), ("U", "1415"), ("P", "Thuis, Klaprooshof")):
        qtbot.keyClick(dialog, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(dialog.focusWidget(), typed)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.kind.hasFocus()
    qtbot.keyClicks(dialog.kind, "Huisbezoek")
    assert dialog.value() == (
        datetime(2026, 12, 8, 14, 15, tzinfo=BRUSSELS_WINTER),
        ContactKind.HOME_VISIT,
        "Thuis, Klaprooshof",
    )
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    runner.wait()

    at = datetime(2026, 12, 8, 14, 15, tzinfo=BRUSSELS_WINTER)
    stored = [c for c in demo_workspace.dossiers.get(AYSE_ID).contacts if c.at == at]
    assert len(stored) == 1
    contact = stored[0]
    assert contact.planned is True and contact.kind is ContactKind.HOME_VISIT
    assert contact.place == "Thuis, Klaprooshof" and contact.summary is None
    assert contact.note_scope is NoteScope.FILE
    # On the overview's appointments, in the contacts tab, in the agenda of that week.
    overview = dossier_view.overview
    wait_for(
        qtbot,
        lambda: any(
            item.ref_id == contact.id
            for item in overview.appointments.records()  # type: ignore[attr-defined]
        ),
    )
    contacts = dossier_view.contacts
    wait_for(qtbot, lambda: contacts.model.row_of(contact.id) >= 0)
    agenda = demo_workspace.agenda.between(date(2026, 12, 7), date(2026, 12, 13))
    (item,) = [i for i in agenda if i.ref_id == contact.id]
    assert item.at == at and item.client_id == AYSE_ID
    assert item.detail.contact_kind is ContactKind.HOME_VISIT
    assert item.detail.subject == "Thuis, Klaprooshof"


def test_escape_plans_nothing(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    before = len(demo_workspace.dossiers.get(AYSE_ID).contacts)
    dialog = _appointment_form(qtbot, dossier_view)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    runner.wait()
    assert not dialog.isVisible()
    assert len(demo_workspace.dossiers.get(AYSE_ID).contacts) == before


# -- balance weights in place


def _balance(qtbot, view: DossierWorkspace) -> BalanceTab:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    tab = view.balance
    view.tabs.setCurrentWidget(tab)
    return tab


def _choose(qtbot, tab: BalanceTab, side: BalanceSide, row: int) -> None:  # type: ignore[no-untyped-def]
    table = tab.views[side]
    index = table.model().index(row, 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert tab.chosen_factor() is not None and table.hasFocus()


def _weights(tab: BalanceTab, side: BalanceSide) -> list[int]:
    return [row.factor.weight for row in tab.models[side].records()]


def test_number_keys_set_the_chosen_weight_the_drawing_follows_and_it_is_stored(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _balance(qtbot, dossier_view)
    balance_id = tab.current().id  # type: ignore[union-attr]
    assert _weights(tab, BUR)[:2] == [4, 3] and tab.picture.drawing().burden.total == 11
    _choose(qtbot, tab, BUR, 0)
    qtbot.keyClick(tab.views[BUR], Qt.Key.Key_1)
    assert _weights(tab, BUR)[0] == 1
    assert tab.picture.drawing().burden.total == 8
    assert tab.weight_slider.value() == 1
    qtbot.keyClick(tab.views[BUR], Qt.Key.Key_Down)
    qtbot.keyClick(tab.views[BUR], Qt.Key.Key_5)
    assert _weights(tab, BUR)[:2] == [1, 5]
    assert tab.factor_dialog is None  # no form opened on the way
    # One undo step per weight, as every change of the balance.
    qtbot.keyClick(tab.views[BUR], Qt.Key.Key_Z, CTRL)
    assert _weights(tab, BUR)[:2] == [1, 3]
    qtbot.keyClick(
        tab.views[BUR],
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _weights(tab, BUR)[:2] == [1, 5]

    # Saved after the short pause, without anything else: then read again from the store.
    wait_for(qtbot, lambda: not tab.presenter.autosave.busy())
    runner.wait()
    stored = next(b for b in demo_workspace.dossiers.get(AYSE_ID).balances if b.id == balance_id)
    assert [f.weight for f in stored.factors if f.side is BUR][:2] == [1, 5]
    dossier_view.clear()
    reopened = _balance(qtbot, dossier_view)
    assert reopened.current().id == balance_id  # type: ignore[union-attr]
    assert _weights(reopened, BUR)[:2] == [1, 5]
    assert reopened.picture.drawing().burden.total == 10


def test_the_slider_sets_the_chosen_weight_by_keyboard(
    qtbot, dossier_view: DossierWorkspace, runner: TaskRunner
) -> None:
    tab = _balance(qtbot, dossier_view)
    assert not tab.weight_slider.isEnabled()  # no factor chosen yet
    _choose(qtbot, tab, CAP, 1)
    assert tab.weight_slider.isEnabled() and tab.weight_slider.value() == 3
    tab.weight_slider.setFocus()
    qtbot.keyClick(tab.weight_slider, Qt.Key.Key_Right)
    assert _weights(tab, CAP)[1] == 4
    assert tab.chosen_factor() == (CAP, 1)
    assert tab.picture.drawing().capacity.total == 16


def test_no_weight_changes_while_a_colleague_holds_the_dossier(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _balance(qtbot, dossier_view)
    _choose(qtbot, tab, CAP, 0)
    tab.set_read_only(True)
    qtbot.keyClick(tab.views[CAP], Qt.Key.Key_1)
    assert _weights(tab, CAP)[0] == 4
    assert not tab.weight_slider.isEnabled()
    tab.set_read_only(False)
    qtbot.keyClick(tab.views[CAP], Qt.Key.Key_1)
    assert _weights(tab, CAP)[0] == 1
    QApplication.processEvents()


def test_a_factor_opened_in_a_colleagues_dossier_is_shown_not_edited(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _balance(qtbot, dossier_view)
    _choose(qtbot, tab, CAP, 0)
    tab.set_read_only(True)
    table = tab.views[CAP]
    index = table.model().index(0, 0)
    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    dialog = tab.factor_dialog
    assert dialog is not None and dialog.isVisible()
    shown = tab.models[CAP].records()[0].factor
    assert dialog.text.text() == shown.text and dialog.text.isReadOnly()
    assert dialog.reading_only and not dialog.save_button.isVisible()
    assert not dialog.side.isEnabled() and dialog.weight.isReadOnly()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves nothing here
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _weights(tab, CAP)[0] == shown.weight
    tab.set_read_only(False)
    tab.presenter.factors.edit_factor()
    editable = tab.factor_dialog
    assert editable is not dialog and not editable.reading_only
    assert editable.save_button.isVisible() and not editable.text.isReadOnly()
    editable.reject()
