"""Easy-read sheets from the desktop, and the hint under fields that reach a client
sheet: "Komt op het blad voor de cliënt", and the je-form when the text is about her."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from genwerkt_desktop.services.coach_profile import CoachProfile, save_profile
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

ABOUT_HER = "Ayşe opent zelf haar post"
TO_HER = "Je opent zelf je post"


def _pop(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    view.tabs.setCurrentWidget(view.pop)
    tab = view.pop
    wait_for(qtbot, lambda: tab.presenter.current_goal() is not None)
    return tab


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_a_goal_field_that_reaches_the_sheet_says_so_and_suggests_the_je_form(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    form = _pop(qtbot, dossier_view).page.form
    measure_hint = form.sheet_hints[2]
    assert measure_hint.isVisible()
    assert measure_hint.reaches.isVisible()
    assert measure_hint.reaches.text() == "Komt op het blad voor de cliënt."

    form.measure.setPlainText(ABOUT_HER)
    assert measure_hint.je_form.isVisible()
    assert measure_hint.example.text() == "“Je opent zelf je post”"
    assert form.measure.toPlainText() == ABOUT_HER  # a suggestion, never a rewrite

    form.measure.setPlainText(TO_HER)
    assert not measure_hint.je_form.isVisible()
    assert measure_hint.reaches.isVisible()


def test_a_field_that_stays_with_the_coach_has_no_sheet_hint(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    form = _pop(qtbot, dossier_view).page.form
    fields_with_hint = [hint._field for hint in form.sheet_hints]
    assert form.realistic not in fields_with_hint  # "haalbaar omdat" is the coach's own
    assert form.title in fields_with_hint and form.client_words in fields_with_hint


def test_the_closing_fields_on_the_aftercare_sheet_suggest_the_je_form(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    dossier_view.tabs.setCurrentWidget(dossier_view.closure)
    closure = dossier_view.closure.closing.closure_form
    continues, hint = closure.continues_alone, closure.sheet_hints[1]
    continues.setPlainText(ABOUT_HER)
    assert hint.isVisible() and hint.je_form.isVisible()
    continues.setPlainText(TO_HER)
    assert not hint.je_form.isVisible()
    aftercare = dossier_view.closure.aftercare.aftercare_form
    aftercare.signals_to_watch.setPlainText("Ayşe laat brieven liggen")
    assert aftercare.sheet_hints[3].je_form.isVisible()
    assert "Je laat brieven liggen" in aftercare.sheet_hints[3].example.text()


def test_the_step_dialog_suggests_the_je_form_too(qtbot, dossier_view: DossierWorkspace) -> None:
    tab = _pop(qtbot, dossier_view)
    tab.page.new_step_button.click()
    wait_for(qtbot, lambda: getattr(tab, "step_dialog", None) is not None)
    dialog = tab.step_dialog
    dialog.text.setPlainText(ABOUT_HER)
    assert dialog.sheet_hint.suggests_je_form()
    dialog.text.setPlainText(TO_HER)
    assert not dialog.sheet_hint.suggests_je_form()
    dialog.reject()


def test_makkelijk_lezen_writes_the_one_page_pop_and_aftercare_plan(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    save_profile(demo_workspace.vault.paths, CoachProfile("Sam Peeters", phone="015 00 00 40"))
    tab = _pop(qtbot, dossier_view)
    dialogs.yes = False
    dialogs.save_to = tmp_path / "pop.pdf"
    tab.goal_list.easy_read.setChecked(True)
    with qtbot.waitSignal(tab.presenter.export_flow.written):
        tab.goal_list.pop_button.click()
    written = _text(tmp_path / "pop.pdf")
    assert "Je stappenplan" in written and "015 00 00 40" in written
    assert len(PdfReader(tmp_path / "pop.pdf").pages) == 1

    open_dossier(qtbot, dossier_view, IOANA_ID)
    dossier_view.tabs.setCurrentWidget(dossier_view.closure)
    card = dossier_view.closure.trajectory
    wait_for(qtbot, lambda: card.easy_read.isEnabled())
    card.easy_read.setChecked(True)
    dialogs.save_to = tmp_path / "nazorg.pdf"
    with qtbot.waitSignal(dossier_view.closure.presenter.export_flow.written):
        card.sheet_button.click()
    written = _text(tmp_path / "nazorg.pdf")
    assert "Hoe het nu verder gaat" in written and "maandag 14 december" in written
    assert len(PdfReader(tmp_path / "nazorg.pdf").pages) == 1
    assert "Niet op dit blad:" in written  # what did not fit is named on the page
