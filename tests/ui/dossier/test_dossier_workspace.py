"""The dossier workspace: notes with one keystroke, phases, life domains and rights."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from genwerkt_desktop.domain.enums import (
    ContactKind,
    LifeDomain,
    NoteScope,
    ObservationKind,
    Phase,
    RightStatus,
)
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.models import ContactModel, ObservationModel, StepModel
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID
from tests.fakes import BRUSSELS_WINTER, FixedClock
from tests.ui.clients.support import texts_in, wait_for
from tests.ui.conftest import FakeDialogs, demo_client_names
from tests.ui.dossier.conftest import open_dossier


def contact_rows(view: DossierWorkspace) -> list[Contact]:
    tab = view.contacts
    return [
        tab.model.record_at(tab.proxy.mapToSource(tab.proxy.index(row, 0)).row())
        for row in range(tab.proxy.rowCount())
    ]


def test_header_shows_name_status_and_phase_but_not_in_the_title(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    dossier_view.setWindowTitle("genwerkt")
    assert dossier_view.empty_state.isVisible()
    open_dossier(qtbot, dossier_view, AYSE_ID)
    assert dossier_view.name.text() == "Ayşe Yılmaz"
    assert dossier_view.status_badge.text() == "Actief"
    assert dossier_view.phase_badge.text() == "Uitvoering"
    assert dossier_view.phase_badge.isVisible() and "Fase" in dossier_view.phase_badge.toolTip()
    assert dossier_view.windowTitle() == "genwerkt"
    assert [dossier_view.tabs.tabText(i) for i in range(dossier_view.tabs.count())] == [
        "&Overzicht",
        "&Levensdomeinen",
        "Binnen&kant",
        "&Contacten",
        "&Ecogram",
        "&Balans",
        "&POP",
        "&Samenwerking",
        "Samen bek&ijken",
        "Afsl&uiting",
    ]


def test_a_new_note_with_one_keystroke_and_ctrl_s(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    fixed_clock: FixedClock,
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    before = len(demo_workspace.dossiers.get(AYSE_ID).contacts)
    dossier_view.tabs.setCurrentWidget(dossier_view.overview)
    dossier_view.overview.change_phase_button.setFocus()

    qtbot.keyClick(
        dossier_view.overview.change_phase_button,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = dossier_view.contacts.editor
    assert dossier_view.tabs.currentWidget() is dossier_view.contacts
    assert editor.is_new()
    assert QApplication.focusWidget() is editor.text
    assert editor.at.value() == fixed_clock.now().replace(second=0, microsecond=0)
    assert editor.kind.currentData() == ContactKind.CONVERSATION.value  # the last one used

    qtbot.keyClicks(editor.text, "Samen de brief van de huisbaas gelezen")
    assert editor.is_dirty()
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for(
        qtbot,
        lambda: any(
            c.summary == "Samen de brief van de huisbaas gelezen"
            for c in contact_rows(dossier_view)
        ),
    )
    stored = demo_workspace.dossiers.get(AYSE_ID).contacts
    assert len(stored) == before + 1
    note = next(c for c in stored if c.summary == "Samen de brief van de huisbaas gelezen")
    assert note.at == fixed_clock.now().replace(second=0, microsecond=0)
    assert note.note_scope is NoteScope.FILE and note.kind is ContactKind.CONVERSATION
    assert not editor.is_dirty()
    selected = dossier_view.contacts.selected_contact()
    assert selected is not None and selected.id == note.id


def test_the_kind_used_last_comes_back_for_the_next_note(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    before = _count(demo_workspace, LUKASZ_ID)
    tab = dossier_view.contacts
    dossier_view.new_note()
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData(ContactKind.HOME_VISIT.value))
    tab.editor.personal.setChecked(True)
    tab.editor.text.setPlainText("Eigen herinnering: volgende keer de fiets meebrengen")
    tab.save()
    wait_for(qtbot, lambda: len(contact_rows(dossier_view)) == before + 1)
    contacts = demo_workspace.dossiers.get(LUKASZ_ID).contacts
    saved = next(c for c in contacts if c.summary and "fiets" in c.summary)
    assert saved.note_scope is NoteScope.PERSONAL and saved.kind is ContactKind.HOME_VISIT
    dossier_view.new_note()
    assert tab.editor.kind.currentData() == ContactKind.HOME_VISIT.value
    assert tab.editor.for_file.isChecked()


def _count(workspace: Workspace, client_id: str) -> int:
    return len(workspace.dossiers.get(client_id).contacts)


def test_escape_asks_before_dropping_typed_text(
    qtbot, dossier_view: DossierWorkspace, dialogs: FakeDialogs
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.contacts
    dossier_view.new_note()
    qtbot.keyClicks(tab.editor.text, "half af")
    dialogs.yes = False
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Escape)
    assert tab.editor.is_dirty() and tab.editor.text.toPlainText() == "half af"
    dialogs.yes = True
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Escape)
    assert not tab.editor.is_active() and tab.editor.text.toPlainText() == ""


def test_selecting_a_contact_shows_its_note_and_delete_asks_first(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, dialogs: FakeDialogs
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.contacts
    dossier_view.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    shown = tab.selected_contact()
    assert shown is not None
    assert tab.editor.text.toPlainText() == (shown.summary or "")
    assert not tab.editor.is_dirty()
    before = _count(demo_workspace, AYSE_ID)
    dialogs.yes = False
    tab.delete_button.click()
    assert _count(demo_workspace, AYSE_ID) == before
    dialogs.yes = True
    tab.delete_button.click()
    wait_for(qtbot, lambda: tab.model.rowCount() == before - 1)
    assert shown.id not in {c.id for c in demo_workspace.dossiers.get(AYSE_ID).contacts}


def test_moving_to_another_note_saves_the_one_being_edited(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.contacts
    tab.table.selectRow(0)
    edited = tab.selected_contact()
    assert edited is not None
    tab.editor.text.setPlainText("Aangepast tijdens het gesprek")
    tab.table.selectRow(1)
    wait_for(
        qtbot,
        lambda: (
            next(
                c for c in demo_workspace.dossiers.get(AYSE_ID).contacts if c.id == edited.id
            ).summary
            == "Aangepast tijdens het gesprek"
        ),
    )


def test_planned_and_past_contacts_can_be_shown_apart(
    qtbot, dossier_view: DossierWorkspace, fixed_clock: FixedClock
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.contacts
    now = fixed_clock.now()
    everything = contact_rows(dossier_view)
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("gepland"))
    planned = contact_rows(dossier_view)
    assert planned and all(c.planned or c.at > now for c in planned)
    assert tab.proxy.index(0, ContactModel.COL_AT).data().endswith("gepland")
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("voorbij"))
    past = contact_rows(dossier_view)
    assert len(past) + len(planned) == len(everything)
    assert all(not c.planned and c.at <= now for c in past)


def test_commit_pending_hands_a_dirty_note_to_the_worker_and_a_flush_saves_it(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner
) -> None:
    open_dossier(qtbot, dossier_view, IOANA_ID)
    before = _count(demo_workspace, IOANA_ID)
    dossier_view.new_note()
    dossier_view.contacts.editor.text.setPlainText("Nog snel genoteerd voor het vergrendelen")
    dossier_view.commit_pending()
    assert runner.is_busy()  # off the GUI thread: the lock flushes it
    runner.wait()
    assert _count(demo_workspace, IOANA_ID) == before + 1
    assert not dossier_view.contacts.has_unsaved_note()


def test_overview_shows_a_return_to_an_earlier_phase_calmly(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    overview = dossier_view.overview
    spans = overview.timeline.spans()
    assert any(span.went_back for span in spans)
    phases = [overview.history.index(r, 0).data() for r in range(overview.history.rowCount())]
    assert "↩ terug naar Vraagverduidelijking" in phases
    assert "terug naar Vraagverduidelijking" in overview.timeline.accessibleDescription()
    assert "Uitvoering" in overview.state_line.text()
    assert overview.question.text().startswith("Ik wil werken")

    overview.change_phase_button.click()
    dialog = overview.phase_dialog
    assert dialog is not None
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.CLARIFYING.value))
    dialog.note.setPlainText("Nieuwe vraag over de kinderopvang")
    dialog.save_button.click()
    wait_for(qtbot, lambda: overview.timeline.spans()[-1].phase is Phase.CLARIFYING)
    assert overview.timeline.spans()[-1].went_back
    assert dossier_view.phase_badge.text() == "Vraagverduidelijking"
    assert demo_workspace.dossiers.get(AYSE_ID).phases[-1].note == (
        "Nieuwe vraag over de kinderopvang"
    )


def test_overview_puts_strengths_beside_needs_and_marks_late_steps(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    overview = dossier_view.overview
    strengths_proxy = overview.strengths_view.model()
    needs_proxy = overview.needs_view.model()
    kinds = {
        strengths_proxy.index(r, ObservationModel.COL_KIND).data()
        for r in range(strengths_proxy.rowCount())
    }
    assert kinds == {"Kracht", "Hulpbron"}
    assert {
        needs_proxy.index(r, ObservationModel.COL_KIND).data()
        for r in range(needs_proxy.rowCount())
    } == {"Nood"}
    dues = [
        overview.steps.index(r, StepModel.COL_DUE).data() for r in range(overview.steps.rowCount())
    ]
    assert any(text.endswith("te laat") for text in dues)
    assert overview.rights.rowCount() == 9
    assert overview.appointments.rowCount() >= 1


def test_domains_tab_lists_strengths_needs_and_rights_per_domain(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.domains
    tab.choose_domain(LifeDomain.WORK)
    rows = [
        tab.observation_proxy.index(r, ObservationModel.COL_KIND).data()
        for r in range(tab.observation_proxy.rowCount())
    ]
    assert sorted(rows) == ["Kracht", "Nood"]
    assert tab.observations_title.text().endswith("Werk")

    tab.choose_domain(LifeDomain.HOUSING)
    voiced = [
        tab.observation_proxy.index(r, ObservationModel.COL_VOICED).data()
        for r in range(tab.observation_proxy.rowCount())
    ]
    assert "Nog na te vragen bij de cliënt" in voiced
    rights = {tab.right_proxy.record_at(r).name for r in range(tab.right_proxy.rowCount())}
    assert rights == {"Inschrijving sociale huurwoning", "Huurpremie"}
    assert tab.right_proxy.index(0, 2).data() in {"Aangevraagd", "Besproken"}

    tab.choose_domain(None)
    assert tab.observation_proxy.rowCount() == 14
    assert tab.right_proxy.rowCount() == 9


def test_add_an_observation_and_change_a_right(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, fixed_clock: FixedClock
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    tab = dossier_view.domains
    tab.choose_domain(LifeDomain.MOBILITY)
    tab.add_observation_button.click()
    dialog = tab.observation_dialog
    assert dialog is not None and not dialog.save_button.isEnabled()
    dialog.text.setPlainText("Fietst elke dag naar de taalles")
    dialog.voiced.setCurrentIndex(dialog.voiced.findData("coach"))
    dialog.save_button.click()
    wait_for(qtbot, lambda: tab.observation_proxy.rowCount() == 2)
    stored = next(
        o
        for o in demo_workspace.dossiers.get(AYSE_ID).observations
        if o.text == "Fietst elke dag naar de taalles"
    )
    assert stored.domain is LifeDomain.MOBILITY and stored.kind is ObservationKind.STRENGTH
    assert stored.voiced_by_client is False and stored.noted_on == fixed_clock.today()

    tab.choose_domain(LifeDomain.HOUSING)
    row = next(
        r
        for r in range(tab.right_proxy.rowCount())
        if tab.right_proxy.record_at(r).name == "Huurpremie"
    )
    tab.right_view.selectRow(row)
    tab.edit_right_button.click()
    right_dialog = tab.right_dialog
    assert right_dialog is not None
    right_dialog.status.setCurrentIndex(right_dialog.status.findData(RightStatus.APPLIED.value))
    right_dialog.save_button.click()
    wait_for(
        qtbot,
        lambda: (
            next(
                r for r in demo_workspace.dossiers.get(AYSE_ID).rights if r.name == "Huurpremie"
            ).status
            is RightStatus.APPLIED
        ),
    )
    right = next(r for r in demo_workspace.dossiers.get(AYSE_ID).rights if r.name == "Huurpremie")
    assert right.updated_on == fixed_clock.today()


def test_clear_leaves_no_client_text_in_any_widget(qtbot, dossier_view: DossierWorkspace) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    dossier_view.tabs.setCurrentWidget(dossier_view.contacts)
    dossier_view.contacts.table.selectRow(0)
    dossier_view.domains.choose_domain(LifeDomain.WORK)
    dossier_view.overview.change_phase_button.click()
    assert "Ayşe" in texts_in(dossier_view)
    dossier_view.clear()
    texts = texts_in(dossier_view)
    for fragment in [
        *demo_client_names(),
        "Kerem",
        "Leefloon",
        "Klaprooshof",
        "Sociaal Huis Leiemeersen",
        "Ik wil werken",
        "grootkeuken",
    ]:
        assert fragment not in texts, fragment
    assert dossier_view.current_client_id() == ""
    assert dossier_view.empty_state.isVisible()


def test_switching_clients_saves_the_note_of_the_first(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    before = _count(demo_workspace, AYSE_ID)
    dossier_view.new_note()
    dossier_view.contacts.editor.text.setPlainText("Nog even over de opvang gebeld")
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    wait_for(qtbot, lambda: _count(demo_workspace, AYSE_ID) == before + 1)
    assert dossier_view.name.text() == "Łukasz Wróblewski"
    assert "opvang" not in dossier_view.contacts.editor.text.toPlainText()


def test_five_hundred_contacts_open_fast(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    dossier = demo_workspace.dossiers.get(LUKASZ_ID)
    start = datetime(2024, 1, 1, 9, 0, tzinfo=BRUSSELS_WINTER)
    many = tuple(
        Contact(
            id=new_id(),
            at=start + timedelta(days=i, hours=i % 7),
            kind=list(ContactKind)[i % len(ContactKind)],
            place="Kantoor",
            summary=f"Gesprek nummer {i} over werk, wonen en de week die komt.",
            note_scope=NoteScope.FILE,
            client_may_read=i % 3 != 0,
        )
        for i in range(500)
    )
    ExchangeService(demo_workspace.vault).import_dossiers(
        [dossier.__class__(**{**dossier.__dict__, "contacts": dossier.contacts + many})],
        audit=False,
    )
    started = time.perf_counter()
    open_dossier(qtbot, dossier_view, LUKASZ_ID)
    dossier_view.tabs.setCurrentWidget(dossier_view.contacts)
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    assert dossier_view.contacts.model.rowCount() == len(dossier.contacts) + 500
    assert elapsed < 3.0, elapsed
    shown = time.perf_counter()
    dossier_view.contacts.table.selectRow(250)
    assert time.perf_counter() - shown < 0.5
    assert date(2024, 1, 1) <= dossier_view.contacts.editor.at.value().date()


def test_every_control_can_be_named_by_a_screen_reader(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QWidget,
    )

    open_dossier(qtbot, dossier_view, AYSE_ID)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QAbstractSpinBox)
    unnamed = [
        widget
        for widget in dossier_view.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.parent() is not None
        and type(widget).__name__ != "QToolButton"  # scroll arrows of the tab bar
        and widget.objectName() != "qt_tableview_cornerbutton"  # hidden: no row header
        and not isinstance(widget.parent(), QLineEdit | QAbstractSpinBox | QComboBox)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]
    assert unnamed == []


def test_every_tab_fits_a_laptop_sized_pane_without_scrolling_sideways(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    """On a 1366 × 768 laptop the dossier pane is about 949 × 691 beside the client list:
    no tab asks for more, so nothing is cut off and nothing scrolls sideways; long side
    columns scroll on their own."""
    open_dossier(qtbot, dossier_view, AYSE_ID)
    ecogram = dossier_view.ecogram
    dossier_view.tabs.setCurrentWidget(ecogram)
    ecogram.draw.scene.select("eb8f0bd4-bbb3-480a-af3a-599a8febae6b")  # a member with ties
    ecogram.presenter.open_compare()
    pop = dossier_view.pop
    pop.select_goal("a8dcd111-498d-4c94-8c7c-75c80d778e56")  # the goal with five steps
    for index in range(dossier_view.tabs.count()):
        dossier_view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        wanted = dossier_view.minimumSizeHint()
        label = dossier_view.tabs.tabText(index)
        assert wanted.width() <= 940, label
        assert wanted.height() <= 680, label
    for area in pop.findChildren(QScrollArea):
        page = area.widget()
        assert page.minimumSizeHint().width() <= area.viewport().width()


def test_saving_a_note_reads_back_the_contacts_only_and_leaves_other_tabs_alone(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner,
    monkeypatch,
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    runner.wait()
    calls: dict[str, int] = {
        "get": 0,
        "refreshed": 0,
        "ecogram tab": 0,
        "overview tab": 0,
        "contacts tab": 0,
        "contacts keep": 0,
    }
    dossiers = demo_workspace.dossiers
    real_get, real_refreshed = dossiers.get, dossiers.refreshed

    def counted(name, real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(dossiers, "get", counted("get", real_get))
    monkeypatch.setattr(dossiers, "refreshed", counted("refreshed", real_refreshed))
    for name, tab in (
        ("ecogram tab", dossier_view.ecogram),
        ("overview tab", dossier_view.overview),
        ("contacts tab", dossier_view.contacts),
    ):
        monkeypatch.setattr(tab, "set_dossier", counted(name, tab.set_dossier))
    contacts = dossier_view.contacts
    monkeypatch.setattr(contacts, "keep", counted("contacts keep", contacts.keep))

    dossier_view.new_note()
    editor = dossier_view.contacts.editor
    qtbot.keyClicks(editor.text, "Kort gebeld over de afspraak")
    dossier_view.contacts.save()
    wait_for(
        qtbot,
        lambda: any(
            c.summary == "Kort gebeld over de afspraak" for c in contact_rows(dossier_view)
        ),
    )
    runner.wait()
    assert calls["get"] == 0  # no dossier-wide reload (it took 14 queries)
    assert calls["refreshed"] == 1  # the contacts only, in one query
    assert calls["overview tab"] == 1  # its next appointments come from the contacts
    assert calls["ecogram tab"] == 0
    # The contacts tab made the change: it keeps what it shows, it is not set anew.
    assert calls["contacts tab"] == 0
    assert calls["contacts keep"] == 1
