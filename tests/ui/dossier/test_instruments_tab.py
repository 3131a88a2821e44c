"""Samen bekijken on Ayşe's demo dossier: a vacancy read together with her strengths at
hand, a choice weighed that becomes a POP goal, and a call from another service that
cannot say "shared" without her agreement and lands among the contact moments."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from genwerkt_desktop.domain import phone_request
from genwerkt_desktop.domain.enums import PhoneOutcome, RequirementMatch, VacancyConclusion
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.dossier.instruments import InstrumentsTab
from genwerkt_desktop.ui.dossier.instruments.decision_dialog import DecisionDialog
from genwerkt_desktop.ui.dossier.instruments.phone_dialog import PhoneRequestDialog
from genwerkt_desktop.ui.dossier.instruments.vacancy_dialog import VacancyDialog
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

WOONHAVEN = "7b6ef704-682d-4f36-9824-889a6c48e39d"  # valid consent in the demo
KNIKKER = "fe172c11-b2e0-4d30-8b0d-a65b79fbc11e"  # consent revoked
DEMO_DECISION = "637ce163-c9f4-40b3-afa6-6f1e44c6d2ad"
DEMO_VACANCY = "fd00bfc8-a786-438d-9cfb-af8501013595"


def _open(qtbot, view: DossierWorkspace) -> InstrumentsTab:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    tab = view.instruments
    view.show_page(tab)
    wait_for(qtbot, lambda: tab.vacancies.model.rowCount() >= 1)
    wait_for(qtbot, lambda: tab.presenter.choice().get(KNIKKER) is not None)
    return tab


def _texts(section) -> list[str]:  # type: ignore[no-untyped-def]
    model = section.model
    return [
        " | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_demo_instruments_show_in_their_lists(qtbot, dossier_view: DossierWorkspace) -> None:
    tab = _open(qtbot, dossier_view)
    (vacancy,) = _texts(tab.vacancies)
    assert "Keukenhulp, halftijds in dagdienst" in vacancy
    assert "2 van 5 eisen" in vacancy and "Later bekijken" in vacancy
    (decision,) = _texts(tab.decisions)
    assert "Sollicitaties op pauze tot eind november" in decision
    (call,) = _texts(tab.phone_requests)
    assert "gedeeld met akkoord" in call


def test_a_vacancy_with_a_strength_at_hand_is_there_after_reopening(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _open(qtbot, dossier_view)
    qtbot.mouseClick(tab.vacancies.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, VacancyDialog)
    assert not dialog.save_button.isEnabled()  # a title first
    dialog.title.setText("Hulp in de kinderopvang")
    dialog.employer.setText("Kinderopvang Zonneveld")
    first = dialog.rows[0]
    first.text.setText("Werken met jonge kinderen")
    select_data(first.match, RequirementMatch.PARTLY.value)
    second = dialog.add_requirement(focus=True)
    second.text.setText("Een rijbewijs")
    select_data(second.match, RequirementMatch.NO.value)
    # The strengths from her life domains are at hand; one click puts one in the note of
    # the requirement the coach last stood in.
    strengths = [dialog.strengths.item(i).text() for i in range(dialog.strengths.count())]
    assert any("Gezin en kinderopvang · Zorgt met veel aandacht voor Elif" in s for s in strengths)
    first.note.setFocus()
    wait_for(qtbot, lambda: dialog.target() is first.note)
    item = next(
        dialog.strengths.item(i)
        for i in range(dialog.strengths.count())
        if "Zorgt met veel aandacht" in dialog.strengths.item(i).text()
    )
    spot = dialog.strengths.visualItemRect(item).center()
    qtbot.mouseClick(dialog.strengths.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert first.note.text().startswith("Zorgt met veel aandacht voor Elif")
    qtbot.mouseClick(dialog.strengths.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert first.note.text().count("Zorgt met veel aandacht") == 1  # once is enough
    select_data(dialog.conclusion, VacancyConclusion.LEARN_FIRST.value)
    dialog.client_words.setPlainText("Ik wil eerst zien hoe het loopt met Kerem.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: tab.vacancies.model.rowCount() == 2)

    dossier_view.clear()
    tab = _open(qtbot, dossier_view)
    wait_for(qtbot, lambda: tab.vacancies.model.rowCount() == 2)
    saved = next(v for v in tab.vacancies.model.records() if v.title.startswith("Hulp"))
    assert saved.employer == "Kinderopvang Zonneveld"
    assert [(r.text, r.client_has) for r in saved.requirements] == [
        ("Werken met jonge kinderen", RequirementMatch.PARTLY),
        ("Een rijbewijs", RequirementMatch.NO),
    ]
    assert saved.requirements[0].note.startswith("Zorgt met veel aandacht voor Elif")
    assert saved.conclusion is VacancyConclusion.LEARN_FIRST
    assert saved.client_words == "Ik wil eerst zien hoe het loopt met Kerem."
    assert "1 van 2" not in " ".join(_texts(tab.vacancies))  # no "ja" among them
    assert any("0 van 2 eisen" in row for row in _texts(tab.vacancies))


def test_the_vacancy_sheet_speaks_to_the_client(
    qtbot, dossier_view: DossierWorkspace, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    tab = _open(qtbot, dossier_view)
    tab.vacancies.select_id(DEMO_VACANCY)
    dialogs.save_to = tmp_path / "vacature"
    dialogs.yes = False  # not opened afterwards
    qtbot.mouseClick(tab.vacancies.sheet_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "vacature.pdf"
    wait_for(qtbot, target.exists)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Keukenhulp, halftijds in dagdienst" in text
    assert "Voor Ayşe" in text and "Yılmaz" not in text
    assert "Dit heb je al." in text and "Dit heb je nu nog niet." in text
    assert "We bekijken deze vacature later nog eens samen." in text
    assert "Ik bewaar de vacature tot Kerem opvang heeft." in text


def test_a_choice_weighed_is_kept_and_becomes_a_pop_goal(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, dialogs: FakeDialogs
) -> None:
    tab = _open(qtbot, dossier_view)
    qtbot.mouseClick(tab.decisions.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DecisionDialog)
    assert len(dialog.cards) == 2  # two options side by side to start
    dialog.question.setText("Zwemles voor Elif op woensdag of op zaterdag?")
    left, right = dialog.cards
    left.text.setText("Woensdag")
    left.pros.setPlainText("Ik ben vrij\nElif is nog fris")
    left.cons.setPlainText("Kerem moet mee")
    right.text.setText("Zaterdag")
    right.pros.setPlainText("Kerem kan bij de buren")
    qtbot.mouseClick(left.choose, Qt.MouseButton.LeftButton)
    assert dialog.chosen.text() == "Woensdag"
    dialog.chosen.setText("Elif zwemt op woensdag")
    dialog.client_words.setPlainText("Dan kan ik zelf kijken hoe ze het doet.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: tab.decisions.model.rowCount() == 2)

    dossier_view.clear()
    tab = _open(qtbot, dossier_view)
    wait_for(qtbot, lambda: tab.decisions.model.rowCount() == 2)
    saved = next(d for d in tab.decisions.model.records() if d.question.startswith("Zwemles"))
    assert [(o.text, o.pros, o.cons) for o in saved.options] == [
        ("Woensdag", ("Ik ben vrij", "Elif is nog fris"), ("Kerem moet mee",)),
        ("Zaterdag", ("Kerem kan bij de buren",), ()),
    ]
    tab.decisions.select_id(saved.id)
    qtbot.mouseClick(tab.decisions.goal_button, Qt.MouseButton.LeftButton)
    assert "“Elif zwemt op woensdag”" in dialogs.questions[-1]
    wait_for(qtbot, lambda: tab.notice.isVisible())
    assert "Elif zwemt op woensdag" in tab.notice.text()
    goal = next(
        g for g in demo_workspace.dossiers.get(AYSE_ID).goals if g.title == "Elif zwemt op woensdag"
    )
    assert goal.client_words == "Dan kan ik zelf kijken hoe ze het doet."
    # and the POP tab shows it among her goals
    pop = dossier_view.pop
    wait_for(qtbot, lambda: any(g.id == goal.id for g in pop.goal_list.goals.records()))


def test_the_phone_form_refuses_shared_without_agreement_and_the_call_becomes_a_contact(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    qtbot.mouseClick(tab.phone_requests.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PhoneRequestDialog)
    dialog.caller.setText("Sarah Peeters")
    select_data(dialog.organisation, KNIKKER)
    # Her consents for that service are at hand: revoked, with its date.
    assert "Ingetrokken op 01/07/2026" in dialog.consents.text()
    dialog.what_asked.setPlainText("Of Kerem volgende maand nog komt.")
    dialog.why.setPlainText("Ze plannen de plaatsen.")
    assert dialog.save_button.isEnabled()  # "later terugbellen" is chosen first
    dialog.outcomes[PhoneOutcome.SHARED_WITH_CONSENT].setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert dialog.why_not.isVisible()
    assert "akkoord" in dialog.why_not.text() and "Later terugbellen" in dialog.why_not.text()
    select_data(dialog.informed, "ja")
    assert not dialog.save_button.isEnabled()  # knowing is not agreeing
    dialog._submit()  # Ctrl+Enter does nothing either
    assert dialog.isVisible()
    select_data(dialog.agreed, "ja")
    assert dialog.save_button.isEnabled() and not dialog.why_not.isVisible()
    dialog.shared.setPlainText("Dat Kerem blijft tot de zomer.")
    request_id = dialog.value().id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: tab.phone_requests.model.rowCount() == 2)
    # It is among the contact moments, without what was asked.
    contacts = dossier_view.contacts
    moment = phone_request.contact_id_for(request_id)
    wait_for(qtbot, lambda: contacts.model.row_of(moment) >= 0)
    row = contacts.model.row_of(moment)
    line = " ".join(
        str(contacts.model.index(row, c).data() or "") for c in range(contacts.model.columnCount())
    )
    assert "Kerem" not in line
    dossier_view.clear()
    tab = _open(qtbot, dossier_view)
    wait_for(qtbot, lambda: tab.phone_requests.model.rowCount() == 2)
    saved = next(
        r for r in demo_workspace.dossiers.get(AYSE_ID).phone_requests if r.id == request_id
    )
    assert saved.caller == "Sarah Peeters" and saved.organisation_id == KNIKKER
    assert saved.client_agreed is True and saved.shared == "Dat Kerem blijft tot de zomer."


def test_call_back_later_keeps_nothing_shared(qtbot, dossier_view: DossierWorkspace) -> None:
    tab = _open(qtbot, dossier_view)
    qtbot.mouseClick(tab.phone_requests.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PhoneRequestDialog)
    select_data(dialog.organisation, WOONHAVEN)
    assert "Geldig sinds" in dialog.consents.text()
    dialog.caller.setText("Onthaal")
    dialog.what_asked.setPlainText("Een adres.")
    dialog.outcomes[PhoneOutcome.SHARED_WITH_CONSENT].setChecked(True)
    dialog.shared.setPlainText("iets")
    dialog.outcomes[PhoneOutcome.CALL_BACK].setChecked(True)
    assert not dialog.shared.isEnabled()
    value = dialog.value()
    assert value.outcome is PhoneOutcome.CALL_BACK and value.shared is None
