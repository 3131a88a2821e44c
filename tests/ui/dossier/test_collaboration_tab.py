"""The Samenwerking tab on Ayşe's demo dossier: consent states at a glance, recording and
revoking consent, a referral walked step by step, a meeting planned, an agreement turned
into a POP step, and partner sheets refused without consent."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import Owner, ShareCategory
from genwerkt_desktop.services.exports import Audience
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.collaboration.consent_dialog import ConsentDialog, RevokeDialog
from genwerkt_desktop.ui.dossier.collaboration.meeting_dialog import MeetingDialog
from genwerkt_desktop.ui.dossier.collaboration.models import ConsentModel, ReferralModel
from genwerkt_desktop.ui.dossier.collaboration.pop_step_dialog import (
    NEW_GOAL,
    AgreementStepDialog,
)
from genwerkt_desktop.ui.dossier.collaboration.referral_dialog import ReferralDialog
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

BRUG = "30ca2a43-5e02-4684-a410-25b0cfaaf04a"  # Buurtwerk De Brug: no consent yet
KNIKKER = "fe172c11-b2e0-4d30-8b0d-a65b79fbc11e"  # consent revoked
ROUND_TABLE = "c144e670-b817-41fa-b850-65372e7e0b04"


def _open(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    tab = view.collaboration
    view.tabs.setCurrentWidget(tab)
    wait_for(qtbot, lambda: tab.consents.model.rowCount() == 5)
    wait_for(qtbot, lambda: tab.presenter.choice().get(BRUG) is not None)  # the sociale kaart is in
    return tab


def _cell(section, org_id_or_row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(section.model.index(org_id_or_row, column).data() or "")


def _states(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = tab.consents.model
    return {
        _cell(tab.consents, r, ConsentModel.COL_ORG): _cell(tab.consents, r, ConsentModel.COL_STATE)
        for r in range(model.rowCount())
    }


def test_consent_states_show_as_words_and_colours(qtbot, dossier_view: DossierWorkspace) -> None:
    tab = _open(qtbot, dossier_view)
    states = _states(tab)
    assert states["Kinderopvang De Knikker"] == "⊘ Toestemming ingetrokken"
    assert states["Schuldhulp Oost"] == "✔ Toestemming geldig"
    row = tab.consents.model.row_of("6eb464df-2b26-44ec-b08d-787382385271")
    colour = tab.consents.model.index(row, ConsentModel.COL_STATE).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert colour.name() == "#b42318"
    # Next to every organisation in the referrals and meetings too.
    referral_states = {
        _cell(tab.referrals, r, ReferralModel.COL_ORG): _cell(
            tab.referrals, r, ReferralModel.COL_STATE
        )
        for r in range(tab.referrals.model.rowCount())
    }
    assert referral_states["Kinderopvang De Knikker"].endswith("ingetrokken")
    assert "Schuldhulp Oost ✔" in _cell(tab.meetings, 0, 4)


def test_record_then_revoke_a_consent(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    tab.presenter.consents.add()
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog)
    assert not dialog.save_button.isEnabled()  # no organisation's categories ticked yet
    select_data(dialog.organisation, BRUG)
    assert "Geen toestemming" in dialog.organisation.currentText()
    dialog.boxes[ShareCategory.IDENTITY].setChecked(True)
    dialog.boxes[ShareCategory.SUPPORT_QUESTION].setChecked(True)
    dialog.not_to_share.setPlainText("Niets over de schulden")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: _states(tab).get("Buurtwerk De Brug") == "✔ Toestemming geldig")

    tab.consents.select_id(
        next(
            c.id for c in demo_workspace.dossiers.get(AYSE_ID).consents if c.organisation_id == BRUG
        )
    )
    tab.presenter.consents.revoke()
    revoke = tab.dialog
    assert isinstance(revoke, RevokeDialog)
    qtbot.mouseClick(revoke.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: _states(tab).get("Buurtwerk De Brug") == "⊘ Toestemming ingetrokken")
    saved = [c for c in demo_workspace.dossiers.get(AYSE_ID).consents if c.organisation_id == BRUG]
    assert saved[0].revoked_on == dossier_view._clock.today()
    assert saved[0].categories == (ShareCategory.IDENTITY, ShareCategory.SUPPORT_QUESTION)


def test_walk_a_referral_through_its_steps(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    tab.presenter.referrals.add()
    dialog = tab.dialog
    assert isinstance(dialog, ReferralDialog)
    select_data(dialog.organisation, BRUG)
    # The trusted contact is proposed, the backup named beside it.
    assert dialog.person.currentText().startswith("Ruben Jacobs")
    assert "Vervanger: Mieke Lambrechts" in dialog.trusted.text()
    dialog.need.setPlainText("Mensen leren kennen in de buurt")
    for number in (1, 2, 3):
        dialog.steps.done[number].setChecked(True)
    dialog.has_appointment.setChecked(True)
    dialog.documents.setPlainText("Identiteitskaart\n\nBuurtpas")
    dialog.questions.setPlainText("Mag ik mijn kinderen meebrengen?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: tab.referrals.model.rowCount() == 3)

    saved = next(
        r for r in demo_workspace.dossiers.get(AYSE_ID).referrals if r.organisation_id == BRUG
    )
    assert [s.step for s in saved.steps if s.done] == [1, 2, 3]
    assert all(s.done_on == dossier_view._clock.today() for s in saved.steps)
    assert saved.appointment is not None and saved.appointment.documents_to_bring == (
        "Identiteitskaart",
        "Buurtpas",
    )
    assert saved.contact_person_id == "9cee3f20-6f02-463c-ab9f-68403e5b8511"
    row = tab.referrals.model.row_of(saved.id)
    assert _cell(tab.referrals, row, ReferralModel.COL_NEXT) == "4. De afspraak maken"

    # Later: the rest of the steps, then a time-out with a date to look at it again.
    tab.referrals.select_id(saved.id)
    tab.presenter.referrals.edit()
    again = tab.dialog
    assert isinstance(again, ReferralDialog)
    assert again.steps.done[3].isChecked() and not again.steps.done[4].isChecked()
    for number in (4, 5, 6, 7):
        again.steps.done[number].setChecked(True)
    select_data(again.status, "time_out")
    assert again.revisit_on.isEnabled()
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    wait_for(
        qtbot,
        lambda: (
            _cell(tab.referrals, tab.referrals.model.row_of(saved.id), ReferralModel.COL_NEXT)
            == "Alle stappen gezet"
        ),
    )
    final = next(r for r in demo_workspace.dossiers.get(AYSE_ID).referrals if r.id == saved.id)
    # A time-out proposes a date four weeks on, to look at it again (the agenda shows it).
    assert final.status.value == "time_out"
    assert final.revisit_on == dossier_view._clock.today() + timedelta(weeks=4)


def test_plan_a_meeting(qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace) -> None:
    tab = _open(qtbot, dossier_view)
    tab.presenter.meetings.add()
    wait_for(qtbot, lambda: tab.dialog is not None)  # the coach's name is read first
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.place.setText("Buurtwerk De Brug")
    dialog.purpose.setPlainText("Samen kijken naar vrije tijd voor de kinderen")
    person = dialog.participants.add()
    person.name.setText("Ruben Jacobs")
    select_data(person.organisation, BRUG)
    person.role.setText("buurtwerker")
    dialog.prepared["what_it_is"].setChecked(True)
    theme = dialog.themes.add()
    theme.title.setText("Vrije tijd")
    theme.client_view.setPlainText("De kinderen willen voetballen")
    agreement = theme.add()
    agreement.what.setText("Inschrijven bij de voetbalclub")
    agreement.who.setText("Ayşe")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: tab.meetings.model.rowCount() == 2)
    saved = next(
        m for m in demo_workspace.dossiers.get(AYSE_ID).meetings if m.place == "Buurtwerk De Brug"
    )
    assert saved.participants[0].organisation_id == BRUG
    assert saved.themes[0].agreements[0].what == "Inschrijven bij de voetbalclub"
    assert saved.client_prepared is not None and saved.client_prepared.what_it_is
    row = tab.meetings.model.row_of(saved.id)
    assert _cell(tab.meetings, row, 1) == "– Geen toestemming"


def test_an_agreement_becomes_a_pop_step_in_one_action(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    goals_before = len(demo_workspace.dossiers.get(AYSE_ID).goals)
    tab.meetings.select_id(ROUND_TABLE)
    tab.presenter.meetings.agreement_to_step()
    dialog = tab.dialog
    assert isinstance(dialog, AgreementStepDialog)
    dialog.agreement.setCurrentIndex(2)  # the letter about the mould, Sam and Ayşe
    assert dialog.owner.currentData() == Owner.CLIENT.value
    select_data(dialog.goal, NEW_GOAL)
    assert dialog.new_title.text() == "Vocht in de kinderkamer"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: len(demo_workspace.dossiers.get(AYSE_ID).goals) == goals_before + 1)
    goal = next(
        g
        for g in demo_workspace.dossiers.get(AYSE_ID).goals
        if g.title == "Vocht in de kinderkamer"
    )
    (step,) = goal.steps
    assert step.text.startswith("Samen een brief aan de verhuurder")
    assert step.owner is Owner.CLIENT and step.owner_name == "Sam Peeters en Ayşe Yılmaz"


def test_partner_sheet_refused_without_consent_and_written_with_it(
    qtbot, dossier_view: DossierWorkspace, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    tab = _open(qtbot, dossier_view)
    dialogs.save_to = tmp_path / "blad.pdf"
    tab.referrals.select_id("9c539f7a-6ce4-43ab-a83e-d8e3bf8f3a0d")  # De Knikker, revoked
    tab.presenter.sheets.referral_sheet(
        tab.presenter.exports
        and __import__("genwerkt_desktop.services.exports").services.exports.Audience.PARTNER
    )
    assert dialogs.warnings and "Kinderopvang De Knikker" in dialogs.warnings[-1]
    assert not dialogs.save_to.exists()

    tab.referrals.select_id("eb33e493-f53e-4802-add5-54dcddd5cd81")  # Schuldhulp Oost
    tab.presenter.sheets.referral_sheet(Audience.PARTNER)
    assert "gezondheid van de kinderen" in dialogs.infos[-1]  # reminded, not printed
    wait_for(qtbot, lambda: dialogs.save_to.exists())
