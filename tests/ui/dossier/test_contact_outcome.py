"""A planned contact whose moment passed asks "Doorgegaan / Niet gekomen / Verzet" in the
contacts tab, by keyboard too (fixed clock: Saturday 28 November 2026, 09:30)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import ContactKind, ContactOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.contacts.outcome import FollowUpDialog, MoveDialog
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier

BRUSSELS = ZoneInfo("Europe/Brussels")
MISSED_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
MISSED_AT = datetime(2026, 11, 26, 14, 0, tzinfo=BRUSSELS)


@pytest.fixture
def tab(qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace):  # type: ignore[no-untyped-def]
    demo_workspace.edits.save_contact(
        AYSE_ID,
        Contact(
            id=MISSED_ID, at=MISSED_AT, kind=ContactKind.HOME_VISIT, place="Thuis", planned=True
        ),
    )
    open_dossier(qtbot, dossier_view, AYSE_ID)
    contacts = dossier_view.contacts
    wait_for(qtbot, lambda: contacts.model.row_of(MISSED_ID) >= 0)
    contacts.select_quietly(MISSED_ID)
    contacts.contact_chosen.emit()
    return contacts


def stored(workspace: Workspace) -> dict[str, Contact]:
    return {c.id: c for c in workspace.dossiers.get(AYSE_ID).contacts}


def test_a_past_planned_contact_asks_what_became_of_it_and_says_late(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.outcome_bar.isVisibleTo(tab)
    assert "26/11/2026 14:00" in tab.outcome_bar.question.text()
    row = tab.model.row_of(MISSED_ID)
    cell = tab.model.index(row, 0)
    assert cell.data().endswith("· te laat")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    # Every answer is a button with its own key, reachable by Tab.
    for button in tab.outcome_bar.buttons():
        assert "&" in button.text() and button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_doorgegaan_makes_it_a_held_contact_and_leaves_the_note_to_the_coach(
    qtbot, tab, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(tab.outcome_bar.held_button, Qt.Key.Key_Space)
    wait_for(qtbot, lambda: stored(demo_workspace)[MISSED_ID].planned is False)
    assert stored(demo_workspace)[MISSED_ID].outcome is ContactOutcome.HELD
    wait_for(qtbot, lambda: not tab.outcome_bar.isVisibleTo(tab))
    assert tab.selected_id() == MISSED_ID


def test_verzet_asks_the_new_moment_and_moves_it(qtbot, tab, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    tab.outcome_bar.moved_button.click()
    dialog = tab.open_dialog()
    assert isinstance(dialog, MoveDialog)
    new = datetime(2026, 12, 3, 10, 0, tzinfo=BRUSSELS)
    dialog.at.set_value(new, BRUSSELS)
    dialog.save_button.click()
    wait_for(qtbot, lambda: stored(demo_workspace)[MISSED_ID].at == new)
    moved = stored(demo_workspace)[MISSED_ID]
    assert (moved.planned, moved.outcome) == (True, ContactOutcome.MOVED)
    wait_for(qtbot, lambda: not tab.outcome_bar.isVisibleTo(tab))


def test_niet_gekomen_records_it_and_plans_the_follow_up_the_coach_confirms(
    qtbot, tab, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    before = set(stored(demo_workspace))
    tab.outcome_bar.no_show_button.click()
    dialog = tab.open_dialog()
    assert isinstance(dialog, FollowUpDialog)
    assert [dialog.way.itemText(i) for i in range(dialog.way.count())] == [
        "Bellen",
        "Een brief sturen",
        "Op huisbezoek gaan",
    ]
    dialog.way.setCurrentIndex(2)  # huisbezoek
    dialog.save_button.click()
    wait_for(qtbot, lambda: len(stored(demo_workspace)) == len(before) + 1)
    contacts = stored(demo_workspace)
    assert contacts[MISSED_ID].outcome is ContactOutcome.NO_SHOW
    (new_id,) = set(contacts) - before
    follow_up = contacts[new_id]
    assert follow_up.planned is True and follow_up.kind is ContactKind.HOME_VISIT
    # The next working day after Saturday 28 November: Monday, 10:00.
    assert follow_up.at == datetime(2026, 11, 30, 10, 0, tzinfo=BRUSSELS)
    assert follow_up.summary == "Huisbezoek: de afspraak van 26/11/2026 ging niet door."
    wait_for(qtbot, lambda: tab.model.row_of(new_id) >= 0)
    row = tab.model.row_of(MISSED_ID)
    assert tab.model.index(row, 0).data().endswith("· niet gekomen")


def test_niet_gekomen_without_follow_up_only_records_it(
    qtbot, tab, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    before = set(stored(demo_workspace))
    tab.outcome_bar.no_show_button.click()
    dialog = tab.open_dialog()
    dialog.plan.setChecked(False)
    assert not dialog.way.isEnabled()
    dialog.save_button.click()
    wait_for(qtbot, lambda: stored(demo_workspace)[MISSED_ID].outcome is ContactOutcome.NO_SHOW)
    assert set(stored(demo_workspace)) == before


def test_a_future_planned_contact_asks_nothing(qtbot, dossier_view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    future = MISSED_AT + timedelta(days=7)
    demo_workspace.edits.save_contact(
        AYSE_ID, Contact(id=MISSED_ID, at=future, kind=ContactKind.PHONE, planned=True)
    )
    open_dossier(qtbot, dossier_view, AYSE_ID)
    contacts = dossier_view.contacts
    wait_for(qtbot, lambda: contacts.model.row_of(MISSED_ID) >= 0)
    contacts.select_quietly(MISSED_ID)
    contacts.contact_chosen.emit()
    assert not contacts.outcome_bar.isVisibleTo(contacts)
