"""Binnenkant & levensloop beside the life domains, on the real workspace, its worker and
the encrypted demo vault: a note per aspect, one the coach's own impression, grouped when
the dossier is opened again; the life story in the order of time; removing asks first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import InnerAspect, LifeDomain
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.inner.dialogs import SAID_COACH
from genwerkt_desktop.ui.dossier.inner.wording import aspect_labels
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import LUKASZ_ID
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

TEXTS = {
    InnerAspect.EXPERIENCE: "Ziet zichzelf als iemand die altijd pech heeft",
    InnerAspect.FEELINGS: "Schaamt zich om hulp te vragen",
    InnerAspect.HURTS: "Ontslag na twintig jaar kwam hard aan",
    InnerAspect.BULLYING: "Op school uitgelachen om zijn accent",
    InnerAspect.LOYALTIES: "Stuurt elke maand geld naar zijn moeder",
    InnerAspect.BELIEFS: "Denkt dat de VDAB hem toch niet wil helpen",
    InnerAspect.INTENTIONS: "Wil vooral dat zijn zoon trots op hem is",
    InnerAspect.DREAMS: "Droomt van een eigen fietsherstelplaats",
    InnerAspect.COPING: "Gaat vissen als het hem te veel wordt",
}


def _inner(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    view.tabs.setCurrentWidget(view.inner)
    wait_for(qtbot, lambda: view.inner.is_open())
    return view.inner


def test_a_note_per_aspect_one_an_impression_grouped_when_the_dossier_opens_again(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    tab = _inner(qtbot, dossier_view)
    assert dossier_view.tabs.indexOf(tab) == dossier_view.tabs.indexOf(dossier_view.domains) + 1
    assert "nooit mee naar een partner" in tab.never_shared.text()
    for aspect in reversed(list(InnerAspect)):  # added in the "wrong" order on purpose
        tab.choose_aspect(aspect)
        tab.add_note_button.click()
        dialog = tab.note_dialog
        assert dialog is not None and dialog.aspect.currentData() == aspect.value
        assert dialog.aspect_hint.text()  # a one-line hint for the aspect
        assert not dialog.save_button.isEnabled()  # nothing written yet
        qtbot.keyClicks(dialog.text, TEXTS[aspect])
        if aspect is InnerAspect.BELIEFS:
            dialog.said.setCurrentIndex(dialog.said.findData(SAID_COACH))
            dialog.domain.setCurrentIndex(dialog.domain.findData(LifeDomain.WORK.value))
        dialog.save_button.click()
        wait_for(qtbot, lambda a=aspect: tab.selected_note() and tab.selected_note().aspect is a)
    stored = demo_workspace.dossiers.get(LUKASZ_ID).inner_notes
    assert {n.aspect: n.text for n in stored} == TEXTS
    [impression] = [n for n in stored if n.voiced_by_client is False]
    assert impression.aspect is InnerAspect.BELIEFS and impression.domain is LifeDomain.WORK

    dossier_view.clear()
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    tab = _inner(qtbot, dossier_view)
    tab.choose_aspect(None)
    assert [n.aspect for n in tab.shown_notes()] == list(InnerAspect)  # grouped, in order
    model = tab.note_proxy
    col = tab.notes.COL_ASPECT
    assert [model.index(r, col).data() for r in range(model.rowCount())] == list(
        aspect_labels().values()
    )
    said = [model.index(r, tab.notes.COL_SAID).data() for r in range(model.rowCount())]
    assert said.count("Indruk van de coach, nog na te vragen") == 1
    assert said.count("Zegt de cliënt") == 8
    counts = {
        tab.aspects.record_at(r).aspect: tab.aspects.record_at(r).notes
        for r in range(tab.aspects.rowCount())
    }
    assert counts[None] == 9 and all(counts[a] == 1 for a in InnerAspect)
    tab.choose_aspect(InnerAspect.DREAMS)
    assert [n.text for n in tab.shown_notes()] == [TEXTS[InnerAspect.DREAMS]]
    assert tab.notes_title.text() == "Binnenkant · Dromen"


def test_a_note_is_edited_and_removed_after_asking(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, dialogs: FakeDialogs
) -> None:
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    tab = _inner(qtbot, dossier_view)
    tab.add_note_button.click()
    dialog = tab.note_dialog
    assert dialog is not None
    dialog.text.setPlainText("Voelt zich vaak moe")
    dialog.save_button.click()
    wait_for(qtbot, lambda: tab.selected_note() is not None)
    tab.edit_note_button.click()
    dialog = tab.note_dialog
    assert dialog is not None and dialog.text.toPlainText() == "Voelt zich vaak moe"
    dialog.text.setPlainText("Voelt zich vaak moe en slaapt slecht")
    dialog.save_button.click()
    wait_for(qtbot, lambda: "slaapt" in getattr(tab.selected_note(), "text", ""))
    assert len(demo_workspace.dossiers.get(LUKASZ_ID).inner_notes) == 1

    dialogs.yes = False
    dossier_view.activateWindow()
    tab.note_view.setFocus()
    wait_for(qtbot, tab.note_view.hasFocus)
    qtbot.keyClick(tab.note_view, Qt.Key.Key_Delete)
    assert dialogs.questions == ["Deze notitie over de binnenkant verwijderen?"]
    assert len(demo_workspace.dossiers.get(LUKASZ_ID).inner_notes) == 1
    dialogs.yes = True
    tab.remove_note_button.click()
    wait_for(qtbot, lambda: tab.notes.rowCount() == 0)
    assert demo_workspace.dossiers.get(LUKASZ_ID).inner_notes == ()


def test_the_life_story_stands_in_the_order_of_time(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, dialogs: FakeDialogs
) -> None:
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    tab = _inner(qtbot, dossier_view)
    moments = [
        ("2015–2017", None, "Werkte als lasser in Gdańsk"),
        ("", date(2019, 3, 1), "Kwam naar Gent"),
        ("als kind", None, "Groeide op bij zijn grootmoeder"),
        ("2021", None, "Zijn zoon werd geboren"),
    ]
    for when, on, text in moments:
        tab.add_event_button.click()
        dialog = tab.event_dialog
        assert dialog is not None
        if when.isascii():  # typed, as the coach would (QTest types only ASCII)
            qtbot.keyClicks(dialog.when, when)
        else:
            dialog.when.setText(when)
        dialog.on.set_value(on)
        dialog.text.setPlainText(text)
        dialog.save_button.click()
        wait_for(qtbot, lambda t=text: getattr(tab.selected_event(), "text", "") == t)
    assert [e.text for e in tab.shown_events()] == [
        "Groeide op bij zijn grootmoeder",
        "Werkte als lasser in Gdańsk",
        "Kwam naar Gent",
        "Zijn zoon werd geboren",
    ]
    col = tab.events.COL_WHEN
    assert tab.event_proxy.index(2, col).data() == "01/03/2019"
    stored = {e.text: e for e in demo_workspace.dossiers.get(LUKASZ_ID).life_events}
    assert stored["Groeide op bij zijn grootmoeder"].when == "als kind"
    assert stored["Kwam naar Gent"].on == date(2019, 3, 1)

    tab.event_view.selectRow(0)
    tab.edit_event_button.click()
    dialog = tab.event_dialog
    assert dialog is not None
    dialog.when.setText("2023")
    dialog.save_button.click()
    wait_for(qtbot, lambda: tab.shown_events()[-1].when == "2023")
    tab.event_view.selectRow(0)
    tab.remove_event_button.click()
    assert dialogs.questions[-1] == "Dit moment uit de levensloop verwijderen?"
    wait_for(qtbot, lambda: tab.events.rowCount() == 3)
    assert len(demo_workspace.dossiers.get(LUKASZ_ID).life_events) == 3
