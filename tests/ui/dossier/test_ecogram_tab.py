"""The Ecogram tab on the demo vault: drawing, keyboard, side panel, undo, versions,
comparison and exports, each read back from the encrypted store."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem

from genwerkt_desktop.domain.ecogram import sector
from genwerkt_desktop.domain.ecogram_drawing import Mark
from genwerkt_desktop.domain.enums import NodeCategory, TieStrength
from genwerkt_desktop.domain.model import Ecogram
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.ecogram import EcogramTab
from genwerkt_desktop.ui.dossier.ecogram.org_picker import OrganisationPicker
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

FATIMA = "eb8f0bd4-bbb3-480a-af3a-599a8febae6b"
MOEDER = "812d5b89-0e9d-4d23-923a-d571b7c04c6a"
NEWER = "e18e0473-0a63-4358-8643-cacac2e069dc"


def _tab(qtbot, view: DossierWorkspace, client_id: str = AYSE_ID) -> EcogramTab:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, client_id)
    tab = view.ecogram
    view.tabs.setCurrentWidget(tab)
    return tab


def _saved(tab: EcogramTab, runner: TaskRunner) -> None:
    tab.presenter.autosave.save_now()
    runner.wait()


def _stored(workspace: Workspace, client_id: str = AYSE_ID) -> list[Ecogram]:
    return sorted(workspace.dossiers.get(client_id).ecograms, key=lambda e: e.drawn_on)


def _node(ecogram: Ecogram, node_id: str):  # type: ignore[no-untyped-def]
    return next((n for n in ecogram.nodes if n.id == node_id), None)


def _drag(viewport, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A real mouse drag with the left button held (QTest moves without buttons)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    steps = [(QMouseEvent.Type.MouseButtonPress, start, left, left)]
    for i in range(1, 6):
        point = start + (end - start) * (i / 5)
        steps.append((QMouseEvent.Type.MouseMove, point, none, left))
    steps.append((QMouseEvent.Type.MouseButtonRelease, end, left, none))
    for kind, point, button, buttons in steps:
        local = QPointF(point)
        event = QMouseEvent(kind, local, viewport.mapToGlobal(local), button, buttons, mods)
        QApplication.sendEvent(viewport, event)


def test_dragging_a_member_stores_its_new_place(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _tab(qtbot, dossier_view)
    item = tab.draw.scene.member_item(FATIMA)
    assert item is not None
    before = item.map_position()
    start = tab.draw.view.mapFromScene(item.scenePos())
    _drag(tab.draw.view.viewport(), start, start + QPoint(60, -40))
    after = item.map_position()
    assert after[0] > before[0] and after[1] < before[1]

    def stored_place() -> tuple[float, float]:
        runner.wait()
        node = _node(_stored(demo_workspace)[-1], FATIMA)
        return node.x, node.y

    qtbot.waitUntil(lambda: stored_place() != before, timeout=5000)  # saved by itself
    stored = _node(_stored(demo_workspace)[-1], FATIMA)
    assert stored is not None
    assert math.isclose(stored.x, after[0], abs_tol=1e-3)
    assert math.isclose(stored.y, after[1], abs_tol=1e-3)


def test_keyboard_adds_moves_and_deletes_with_undo_and_redo_after_saving(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _tab(qtbot, dossier_view)
    start_count = len(tab.presenter.editor.current.nodes)
    tab.draw.view.setFocus()
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Insert)
    assert len(tab.presenter.editor.current.nodes) == start_count + 1
    added = tab.draw.scene.selected_id()
    assert tab.draw.panel.label.hasFocus()  # type the name straight away
    qtbot.keyClicks(tab.draw.panel.label, "Oom Ahmet")
    _saved(tab, runner)
    assert _node(_stored(demo_workspace)[-1], added).label == "Oom Ahmet"

    tab.draw.scene.select(FATIMA)
    tab.draw.view.setFocus()
    x_before = _node(tab.presenter.editor.current, FATIMA).x
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Right)
    assert math.isclose(
        _node(tab.presenter.editor.current, FATIMA).x, x_before + 0.04, abs_tol=1e-6
    )
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Tab)
    assert tab.draw.scene.selected_id() not in ("", FATIMA)
    tab.draw.scene.select(FATIMA)
    tab.draw.view.setFocus()
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Delete)
    assert _node(tab.presenter.editor.current, FATIMA) is None
    _saved(tab, runner)
    assert _node(_stored(demo_workspace)[-1], FATIMA) is None

    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo delete
    _saved(tab, runner)
    assert _node(_stored(demo_workspace)[-1], FATIMA) is not None
    tab.presenter.edits.undo()  # the two arrow keys were one step
    _saved(tab, runner)
    assert math.isclose(_node(_stored(demo_workspace)[-1], FATIMA).x, x_before, abs_tol=1e-6)
    qtbot.keyClick(
        tab.draw.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _saved(tab, runner)
    assert math.isclose(_node(_stored(demo_workspace)[-1], FATIMA).x, x_before + 0.04, abs_tol=1e-6)


def test_side_panel_changes_group_and_strength(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _tab(qtbot, dossier_view)
    tab.draw.scene.select(MOEDER)
    panel = tab.draw.panel
    assert panel.label.text() == "Moeder"
    index = panel.strength.findData(TieStrength.STRONG)
    panel.strength.setCurrentIndex(index)
    panel.strength.activated.emit(index)
    index = panel.category.findData(NodeCategory.HOUSEHOLD)
    panel.category.setCurrentIndex(index)
    panel.category.activated.emit(index)
    _saved(tab, runner)
    stored = _node(_stored(demo_workspace)[-1], MOEDER)
    assert stored.strength is TieStrength.STRONG
    assert stored.category is NodeCategory.HOUSEHOLD
    start, end = sector(NodeCategory.HOUSEHOLD)  # moved into the household's sector
    angle = math.atan2(stored.x, -stored.y) % (2 * math.pi)
    assert start - 1e-6 <= angle <= end + 1e-6


def test_new_version_copies_the_latest_and_old_versions_are_read_only(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner: TaskRunner,
    dialogs: FakeDialogs,
) -> None:
    tab = _tab(qtbot, dossier_view)
    latest = _stored(demo_workspace)[-1]
    qtbot.mouseClick(tab.draw.new_version_button, Qt.MouseButton.LeftButton)
    runner.wait()
    stored = _stored(demo_workspace)
    assert len(stored) == 3
    fresh = stored[-1]
    assert fresh.drawn_on == date(2026, 11, 28) and fresh.id != latest.id
    assert [n.id for n in fresh.nodes] == [n.id for n in latest.nodes]
    assert fresh.ties == latest.ties
    qtbot.mouseClick(tab.draw.new_version_button, Qt.MouseButton.LeftButton)
    assert dialogs.infos and len(_stored(demo_workspace)) == 3  # one version a day

    tab.draw.versions.button(NEWER).click()
    assert not tab.presenter.is_editable()
    item = tab.draw.scene.member_item(FATIMA)
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    tab.draw.view.setFocus()
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Insert)
    assert len(tab.presenter.shown().nodes) == len(latest.nodes)


def test_compare_view_marks_and_lists_who_joined(
    qtbot, dossier_view: DossierWorkspace, runner: TaskRunner, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    tab = _tab(qtbot, dossier_view)
    qtbot.mouseClick(tab.draw.compare_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.compare
    assert any(s.startswith("Nieuw in het netwerk: Moeder") for s in tab.compare.sentences)
    assert "Niet meer in het netwerk: Ouders en broers." in tab.compare.changes.text()
    moeder = tab.compare.scene.member_item(MOEDER)
    assert moeder is not None and moeder.member.mark is Mark.JOINED

    dialogs.save_to = tmp_path / "vergelijking"
    qtbot.mouseClick(tab.compare.export, Qt.MouseButton.LeftButton)
    runner.wait()
    written = tmp_path / "vergelijking.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(written).pages)
    assert "23/03/2026" in text and "12/10/2026" in text and "Moeder" in text
    assert dialogs.shown == [written]


def test_export_button_writes_the_shown_version(
    qtbot, dossier_view: DossierWorkspace, runner: TaskRunner, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    tab = _tab(qtbot, dossier_view)
    dialogs.save_to = tmp_path / "netwerk.svg"
    qtbot.mouseClick(tab.draw.export_button, Qt.MouseButton.LeftButton)
    runner.wait()
    assert "Buurvrouw Fatima" in (tmp_path / "netwerk.svg").read_text(encoding="utf-8")


def test_empty_dossier_starts_with_just_the_client_and_organisations_link(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    client_id = demo_workspace.edits.create_client(NewClient("Noor", "Peeters"))
    tab = _tab(qtbot, dossier_view, client_id)
    assert tab.stack.currentWidget() is tab.empty_page
    qtbot.mouseClick(tab.empty_page.start_button, Qt.MouseButton.LeftButton)
    runner.wait()
    stored = _stored(demo_workspace, client_id)
    assert len(stored) == 1 and stored[0].nodes == ()
    organisation = demo_workspace.directory.search("schuldhulp")[0]
    tab.pick_organisation = lambda: organisation
    qtbot.mouseClick(tab.draw.add_org_button, Qt.MouseButton.LeftButton)
    _saved(tab, runner)
    (node,) = _stored(demo_workspace, client_id)[0].nodes
    assert node.organisation_id == organisation.id and node.label == organisation.name
    assert node.category is NodeCategory.SERVICES


def test_organisation_picker_narrows_as_you_type_searching_in_the_worker(
    qtbot, demo_workspace: Workspace, runner
) -> None:
    picker = OrganisationPicker(demo_workspace.directory.search, runner)
    qtbot.addWidget(picker)
    runner.wait()
    everyone = picker.model.rowCount()
    picker.query.setText("schuld")
    picker.query.setText("schuldhulp")  # typed on: only the newest words' answer shows
    assert runner.is_busy()  # never a read on the GUI thread
    runner.wait()
    assert 0 < picker.model.rowCount() < everyone
    assert "Schuldhulp" in picker.chosen().name
    picker.query.setText("geen-zo-een-dienst")
    runner.wait()
    assert picker.model.rowCount() == 0 and not picker.ok.isEnabled()


def test_clear_forgets_every_member_name(qtbot, dossier_view: DossierWorkspace) -> None:
    tab = _tab(qtbot, dossier_view)
    assert tab.draw.scene.member_ids()
    dossier_view.clear()
    assert tab.draw.scene.member_ids() == [] and not tab.draw.scene.items()
    assert tab.draw.panel.label.text() == "" and tab.compare.sentences == []


def test_deleting_a_version_asks_first_then_shows_the_newest_left(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner: TaskRunner,
    dialogs: FakeDialogs,
) -> None:
    tab = _tab(qtbot, dossier_view)
    older, newer = _stored(demo_workspace)
    assert tab.presenter.shown().id == NEWER == newer.id

    dialogs.yes = False  # the coach changes their mind: nothing happens
    qtbot.mouseClick(tab.draw.delete_version_button, Qt.MouseButton.LeftButton)
    runner.wait()
    assert [e.id for e in _stored(demo_workspace)] == [older.id, newer.id]

    dialogs.yes = True
    qtbot.mouseClick(tab.draw.delete_version_button, Qt.MouseButton.LeftButton)
    runner.wait()
    assert [e.id for e in _stored(demo_workspace)] == [older.id]
    qtbot.waitUntil(
        lambda: tab.presenter.shown() is not None and tab.presenter.shown().id == older.id
    )
    qtbot.wait(200)  # the dossier is read again: the deleted version stays away
    assert tab.draw.versions.button(NEWER) is None
    assert tab.draw.versions.button(older.id) is not None
    assert tab.presenter.is_editable()  # the one left is now the newest: drawing goes on there
    assert not tab.draw.compare_button.isEnabled()

    qtbot.mouseClick(tab.draw.delete_version_button, Qt.MouseButton.LeftButton)
    runner.wait()
    assert _stored(demo_workspace) == []
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty_page)
