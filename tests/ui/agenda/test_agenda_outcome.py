"""In the agenda, a planned contact whose moment passed stays on top as overdue and asks
"Doorgegaan / Niet gekomen / Verzet" (fixed clock: Saturday 28 November 2026, 09:30)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import ContactKind, ContactOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.agenda import AgendaKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda import AgendaView
from genwerkt_desktop.ui.agenda.model import (
    CLIENT_ID_ROLE,
    COL_DAY,
    COL_TEXT,
    OVERDUE_ROLE,
    REF_ID_ROLE,
)
from genwerkt_desktop.ui.dossier.contacts.outcome import FollowUpDialog, MoveDialog
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for

BRUSSELS = ZoneInfo("Europe/Brussels")
MISSED_ID = "8b2c3d4e-5f60-4b7c-9d8e-0f1a2b3c4d5e"
MISSED_AT = datetime(2026, 11, 16, 9, 0, tzinfo=BRUSSELS)  # the week before last


def stored(workspace: Workspace) -> dict[str, Contact]:
    return {c.id: c for c in workspace.dossiers.get(AYSE_ID).contacts}


@pytest.fixture
def shown(qtbot, agenda: AgendaView, demo_workspace: Workspace) -> AgendaView:
    demo_workspace.edits.save_contact(
        AYSE_ID, Contact(id=MISSED_ID, at=MISSED_AT, kind=ContactKind.PHONE, planned=True)
    )
    with qtbot.waitSignal(agenda.controller.loaded, timeout=10_000):
        agenda.load()
    return agenda


def select_missed(agenda: AgendaView) -> int:
    proxy = agenda.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, COL_DAY).data(REF_ID_ROLE) == MISSED_ID:
            agenda.table.setFocus()
            agenda.table.selectRow(row)
            return row
    raise AssertionError("the missed appointment is not in the agenda")


def test_the_missed_appointment_of_an_earlier_week_is_on_top_and_asks(shown: AgendaView) -> None:
    row = select_missed(shown)
    index = shown.proxy.index(row, COL_DAY)
    assert index.data(OVERDUE_ROLE) is True and index.data(CLIENT_ID_ROLE) == AYSE_ID
    assert shown.selected_item() is not None
    assert shown.selected_item().kind is AgendaKind.APPOINTMENT
    assert shown.outcome_bar.isVisibleTo(shown)
    assert "16/11/2026 09:00" in shown.outcome_bar.question.text()
    # Not on an overdue step: only appointments are asked about.
    for other in range(shown.proxy.rowCount()):
        if shown.proxy.index(other, COL_DAY).data(REF_ID_ROLE) != MISSED_ID:
            shown.table.selectRow(other)
            assert not shown.outcome_bar.isVisibleTo(shown)
            break


def test_doorgegaan_by_keyboard_takes_it_out_of_the_agenda(
    qtbot, shown: AgendaView, demo_workspace: Workspace
) -> None:
    select_missed(shown)
    with qtbot.waitSignal(shown.controller.loaded, timeout=10_000):
        qtbot.keyClick(shown.outcome_bar.held_button, Qt.Key.Key_Space)
    contact = stored(demo_workspace)[MISSED_ID]
    assert (contact.planned, contact.outcome) == (False, ContactOutcome.HELD)
    refs = [shown.proxy.index(r, COL_DAY).data(REF_ID_ROLE) for r in range(shown.proxy.rowCount())]
    assert MISSED_ID not in refs
    assert "doorgegaan" in shown.notice_label.text()


def test_niet_gekomen_plans_the_follow_up_that_then_shows_in_the_agenda(
    qtbot, shown: AgendaView, demo_workspace: Workspace
) -> None:
    select_missed(shown)
    before = set(stored(demo_workspace))
    shown.outcome_bar.no_show_button.click()
    dialog = shown.open_dialog()
    assert isinstance(dialog, FollowUpDialog)
    with qtbot.waitSignal(shown.controller.loaded, timeout=10_000):
        dialog.save_button.click()  # the proposal: bellen, Monday 30 November 10:00
    contacts = stored(demo_workspace)
    assert contacts[MISSED_ID].outcome is ContactOutcome.NO_SHOW
    (new_id,) = set(contacts) - before
    assert contacts[new_id].kind is ContactKind.PHONE
    assert contacts[new_id].at == datetime(2026, 11, 30, 10, 0, tzinfo=BRUSSELS)
    refs = [shown.proxy.index(r, COL_DAY).data(REF_ID_ROLE) for r in range(shown.proxy.rowCount())]
    assert MISSED_ID not in refs  # missed is recorded: no longer overdue
    with qtbot.waitSignal(shown.controller.loaded, timeout=10_000):
        shown.show_next()
    refs = [shown.proxy.index(r, COL_DAY).data(REF_ID_ROLE) for r in range(shown.proxy.rowCount())]
    assert new_id in refs
    # In its own week the missed appointment says so, not late any more.
    with qtbot.waitSignal(shown.controller.loaded, timeout=10_000):
        shown.show_week_of(MISSED_AT.date())
    row = select_missed(shown)
    assert shown.proxy.index(row, COL_DAY).data(OVERDUE_ROLE) is False
    assert shown.proxy.index(row, COL_TEXT).data() == "Telefoon – niet gekomen"
    assert not shown.outcome_bar.isVisibleTo(shown)


def test_verzet_moves_it_to_the_new_moment(
    qtbot, shown: AgendaView, demo_workspace: Workspace
) -> None:
    select_missed(shown)
    shown.outcome_bar.moved_button.click()
    dialog = shown.open_dialog()
    assert isinstance(dialog, MoveDialog)
    new = datetime(2026, 12, 1, 11, 0, tzinfo=BRUSSELS)
    dialog.at.set_value(new, BRUSSELS)
    with qtbot.waitSignal(shown.controller.loaded, timeout=10_000):
        dialog.save_button.click()
    wait_for(qtbot, lambda: stored(demo_workspace)[MISSED_ID].at == new)
    assert stored(demo_workspace)[MISSED_ID].outcome is ContactOutcome.MOVED
