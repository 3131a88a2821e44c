"""Eerste onthaal from the dossier overview, on the real workspace, its worker and the
encrypted demo vault: the ticks, the team-sharing answer and the next appointment are saved
in one operation; the appointment shows in the contacts tab; the overview sums it up."""

from __future__ import annotations

from datetime import date, datetime

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.enums import ContactKind, TeamSharing
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from tests.demo_files import AYSE_ID, LUKASZ_ID
from tests.fakes import BRUSSELS_WINTER
from tests.ui.clients.support import announced, wait_for
from tests.ui.dossier.conftest import open_dossier

NEXT = datetime(2026, 12, 4, 14, 30, tzinfo=BRUSSELS_WINTER)


def test_the_first_reception_saves_the_ticks_the_team_answer_and_the_next_appointment(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, events: DataEvents
) -> None:
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    overview = dossier_view.overview
    assert overview.first_reception_line.text() == "Eerste onthaal: nog niet genoteerd."
    assert overview.reception_button.text() == "Eerste ont&haal…"
    overview.reception_button.click()
    dialog = overview.reception_dialog
    assert dialog is not None
    # Łukasz has appointments ahead already: the dialog says so and does not plan another
    assert not dialog.plan_next.isChecked() and not dialog.next_at.isEnabled()
    assert dialog.already_planned.text() == "Er staat al een afspraak gepland op 09/12/2026 10:00."
    assert dialog.on.value() == date(2026, 11, 28)
    dialog.secrecy.setChecked(True)
    dialog.what_is_noted.setChecked(True)
    qtbot.keyClicks(dialog.reachability, "gsm na 16 uur")
    dialog.practical_help.setPlainText("Samen de huurwaarborg bij het OCMW aangevraagd")
    dialog.expectations.setPlainText("Snel werk, liefst als lasser")
    dialog.sharing.setCurrentIndex(dialog.sharing.findData(TeamSharing.TEAM.value))
    dialog.plan_next.setChecked(True)
    assert dialog.next_at.isEnabled()
    dialog.next_at.set_value(NEXT, BRUSSELS_WINTER)
    dialog.next_kind.setCurrentIndex(dialog.next_kind.findData(ContactKind.HOME_VISIT.value))
    qtbot.keyClicks(dialog.next_place, "Bij Lukasz thuis")
    heard = announced(events)
    dialog.save_button.click()
    wait_for(qtbot, lambda: "uitgelegd" in overview.first_reception_line.text())

    assert overview.first_reception_line.text() == (
        "Eerste onthaal op 28/11/2026 · uitgelegd: beroepsgeheim, "
        "wat genoteerd wordt en wie het leest"
    )
    # one operation, one announcement naming every part it wrote
    [change] = [c for c in heard if c.kind is ChangeKind.DOSSIER]
    assert change.parts == {Part.FIRST_RECEPTION, Part.CLIENT, Part.CONTACTS}
    dossier = demo_workspace.dossiers.get(LUKASZ_ID)
    reception = dossier.first_reception
    assert reception is not None
    assert (
        reception.explained_secrecy,
        reception.explained_what_is_noted,
        reception.explained_team_sharing,
    ) == (True, True, False)
    assert reception.reachability == "gsm na 16 uur"
    assert reception.practical_help == "Samen de huurwaarborg bij het OCMW aangevraagd"
    assert reception.client_expectations == "Snel werk, liefst als lasser"
    assert dossier.client.team_sharing is TeamSharing.TEAM
    assert "Ja, het team mag meelezen" in overview.team_sharing_line.text()
    [planned] = [c for c in dossier.contacts if c.at == NEXT]
    assert planned.planned and planned.kind is ContactKind.HOME_VISIT
    assert planned.place == "Bij Lukasz thuis"

    dossier_view.tabs.setCurrentWidget(dossier_view.contacts)
    model = dossier_view.contacts.model
    wait_for(qtbot, lambda: model.rowCount() > 0)
    shown = [model.record_at(row) for row in range(model.rowCount())]
    assert planned in shown


def test_a_reception_already_noted_opens_filled_in_and_changes_without_a_new_appointment(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    overview = dossier_view.overview
    assert overview.first_reception_line.text() == (
        "Eerste onthaal op 02/03/2026 · uitgelegd: beroepsgeheim, "
        "wat genoteerd wordt en wie het leest, dat het team kan inspringen"
    )
    before = demo_workspace.dossiers.get(AYSE_ID)
    overview.reception_button.click()
    dialog = overview.reception_dialog
    assert dialog is not None
    assert dialog.secrecy.isChecked() and dialog.team_may_step_in.isChecked()
    assert dialog.reachability.text().startswith("Liefst per sms")
    assert dialog.sharing.currentData() == ""  # not asked yet, as the client card says
    dialog.team_may_step_in.setChecked(False)
    dialog.save_button.click()
    wait_for(qtbot, lambda: "inspringen" not in overview.first_reception_line.text())
    after = demo_workspace.dossiers.get(AYSE_ID)
    assert after.first_reception is not None
    assert after.first_reception.explained_team_sharing is False
    assert after.first_reception.reachability == before.first_reception.reachability  # type: ignore[union-attr]
    assert after.contacts == before.contacts  # no appointment was asked for
    assert after.client.team_sharing is None
