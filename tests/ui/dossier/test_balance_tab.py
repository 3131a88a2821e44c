"""The Balans tab on the demo vault: the picture, the lists, undo, reorder, picking from
strengths and needs, the trend, a new assessment and the exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from genwerkt_desktop.domain.enums import BalanceSide, ObservationKind
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.balance import BalanceTab
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import open_dossier

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN


def _open(qtbot, view: DossierWorkspace, client_id: str = AYSE_ID) -> BalanceTab:  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, client_id)
    tab = view.balance
    view.tabs.setCurrentWidget(tab)
    return tab


def _texts(tab: BalanceTab, side: BalanceSide) -> list[str]:
    return [row.factor.text for row in tab.models[side].records()]


def _stored(workspace: Workspace, balance_id: str):  # type: ignore[no-untyped-def]
    return next(b for b in workspace.dossiers.get(AYSE_ID).balances if b.id == balance_id)


def _settle(qtbot, tab: BalanceTab, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    tab.commit_pending()
    runner.wait()
    qtbot.wait(20)


def test_opens_on_the_latest_assessment_with_both_lists_and_a_level_caption(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _open(qtbot, dossier_view)
    assert dossier_view.tabs.tabText(dossier_view.tabs.indexOf(tab)) == "&Balans"
    current = tab.current()
    assert current is not None and current.assessed_on.isoformat() == "2026-10-12"
    assert "Vaste opvang voor Kerem" in _texts(tab, CAP)
    assert "Huurachterstand en vochtige woning" in _texts(tab, BUR)
    assert tab.assessments.count() == 3 and tab.assessments.currentText() == "12/10/2026"
    drawing = tab.picture.drawing()
    assert drawing is not None and drawing.capacity.total == 15 and drawing.burden.total == 11
    assert tab.picture.tilt == drawing.tilt < 0  # more draagkracht: the left side lower
    assert "geen gevalideerde score" in tab.caption.text()


def test_add_remove_undo_redo_and_the_beam_follows(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _open(qtbot, dossier_view)
    before = tab.current()
    assert before is not None
    tab.add_factor(BUR)
    dialog = tab.factor_dialog
    assert dialog is not None
    dialog.text.setText("Nieuwe brief van de huisbaas")
    dialog.weight.setValue(5)
    dialog.save_button.click()
    assert _texts(tab, BUR)[-1] == "Nieuwe brief van de huisbaas"
    assert tab.picture.drawing().burden.total == 16
    tab.views[BUR].setFocus()
    qtbot.keyClick(tab.views[BUR], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.current() == before and tab.picture.drawing().burden.total == 11
    qtbot.keyClick(
        tab.views[BUR],
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Nieuwe brief van de huisbaas" in _texts(tab, BUR)
    # Remove the first draagkracht factor, then bring it back.
    tab.views[CAP].selectRow(0)
    first = _texts(tab, CAP)[0]
    tab.remove_button.click()
    assert first not in _texts(tab, CAP)
    tab.undo_action.trigger()
    assert _texts(tab, CAP)[0] == first
    _settle(qtbot, tab, runner)
    stored = _stored(demo_workspace, before.id)
    assert "Nieuwe brief van de huisbaas" in [f.text for f in stored.factors]


def test_reorder_with_buttons_and_ctrl_arrows(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _open(qtbot, dossier_view)
    start = _texts(tab, CAP)
    tab.views[CAP].selectRow(0)
    tab.down_button.click()
    assert _texts(tab, CAP)[:2] == [start[1], start[0]]
    assert tab.views[CAP].selectionModel().selectedRows()[0].row() == 1  # it stays chosen
    tab.views[CAP].setFocus()
    qtbot.keyClick(tab.views[CAP], Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _texts(tab, CAP) == start
    tab.views[CAP].selectRow(len(start) - 1)
    tab.up_button.click()
    _settle(qtbot, tab, runner)
    current = tab.current()
    assert current is not None
    stored = [f.text for f in _stored(demo_workspace, current.id).factors if f.side is CAP]
    assert stored == [*start[:-2], start[-1], start[-2]]


def test_pick_from_strengths_and_needs(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _open(qtbot, dossier_view)
    tab.pick_from_dossier()
    dialog = tab.pick_dialog
    assert dialog is not None
    rows = dialog.model.records()
    need = next(r for r in rows if r.observation.kind is ObservationKind.NEED and not r.present)
    strength = next(
        r for r in rows if r.observation.kind is ObservationKind.STRENGTH and not r.present
    )
    for row in (need, strength):
        dialog.model.toggle(dialog.model.row_of(row.observation.id))
    dialog.save_button.click()
    burdens = tab.models[BUR].records()
    assert burdens[-1].factor.domain == need.observation.domain
    assert burdens[-1].factor.weight == 3
    assert need.observation.text.startswith(burdens[-1].factor.text.rstrip("…"))
    assert tab.models[CAP].records()[-1].factor.domain == strength.observation.domain
    tab.undo_action.trigger()  # one step undoes the whole pick
    assert len(tab.models[BUR].records()) == len(burdens) - 1


def test_a_click_on_a_trend_point_opens_that_assessment(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _open(qtbot, dossier_view)
    oldest = tab.history()[0]
    qtbot.waitExposed(tab.trend)
    point = tab.trend.point_of(oldest.id)
    assert point is not None
    qtbot.mouseClick(
        tab.trend, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y()))
    )
    current = tab.current()
    assert current is not None and current.id == oldest.id
    assert tab.assessments.currentText() == "23/03/2026"
    assert "Geen opvang voor Kerem" in _texts(tab, BUR)
    assert tab.picture.drawing().tilt > 0  # that spring the burden weighed more
    tab.trend_domain.setCurrentIndex(tab.trend_domain.findText("GE Gezin en kinderopvang"))
    trend = tab.trend.trend()
    assert trend is not None and "Gezin" in trend.title
    assert (trend.marks[0].capacity, trend.marks[0].burden) == (4, 5)


def test_new_assessment_copies_the_latest_dated_today(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    tab = _open(qtbot, dossier_view)
    latest = tab.current()
    assert latest is not None
    tab.new_button.click()
    made = tab.current()
    assert made is not None and made.id != latest.id
    assert made.assessed_on.isoformat() == "2026-11-28"  # the injected clock's today
    assert made.factors == latest.factors and made.note is None
    runner.wait()
    wait_for(qtbot, lambda: tab.assessments.count() == 4)
    assert tab.assessments.currentText() == "28/11/2026"
    assert len(demo_workspace.dossiers.get(AYSE_ID).balances) == 4


def test_empty_state_then_a_first_assessment(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    cid = demo_workspace.edits.create_client(NewClient("Mira", "Claes"))
    tab = _open(qtbot, dossier_view, cid)
    assert tab.stack.currentWidget() is not tab._content
    assert tab.empty_state.isVisible() and "Nog geen balans" in tab.empty_state.text()
    tab.first_button.click()
    assert tab.stack.currentWidget() is tab._content
    assert tab.current() is not None and tab.current().factors == ()
    assert tab.picture.drawing().tilt == 0.0


def test_exports_from_the_tab_and_clear_forgets(
    qtbot,
    dossier_view: DossierWorkspace,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    tab = _open(qtbot, dossier_view)
    dialogs.yes = False
    for name, button in (("b.pdf", tab.pdf_button), ("b.png", tab.png_button)):
        dialogs.save_to = tmp_path / name
        with qtbot.waitSignal(tab.exports.written, timeout=15_000):
            button.click()
        assert (tmp_path / name).stat().st_size > 1000
    tab.clear()
    assert tab.current() is None and tab.models[CAP].rowCount() == 0
    assert tab.assessments.count() == 0 and tab.picture.drawing() is None
    QApplication.processEvents()


def test_an_export_to_a_folder_that_is_gone_names_the_file(
    qtbot,
    dossier_view: DossierWorkspace,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    tab = _open(qtbot, dossier_view)
    target = tmp_path / "usb-stick" / "balans.pdf"  # the stick was pulled out meanwhile
    dialogs.save_to = target
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=15_000)
    assert str(target) in dialogs.warnings[-1]
    assert "bestaat niet" in dialogs.warnings[-1]
    assert "onverwachts" not in dialogs.warnings[-1]
    assert not target.parent.exists()


def test_show_large_for_the_client_follows_the_tab_and_names_no_one(
    qtbot, dossier_view: DossierWorkspace
) -> None:
    tab = _open(qtbot, dossier_view)
    tab.views[CAP].setFocus()
    qtbot.keyClick(tab.views[CAP], Qt.Key.Key_F11)
    large = tab.large_view
    assert large is not None and large.isVisible()
    assert large.picture.drawing() == tab.picture.drawing()
    assert "Ayşe" not in large.windowTitle() and "Yılmaz" not in large.windowTitle()
    # Bigger than in the tab: that is the point of it.
    qtbot.waitUntil(lambda: large.picture.width() > tab.picture.width())
    # A weight added in the tab tilts the big beam too.
    tab.add_factor(BUR)
    dialog = tab.factor_dialog
    assert dialog is not None
    dialog.text.setText("Nog een brief")
    dialog.weight.setValue(5)
    dialog.save_button.click()
    assert large.picture.drawing().burden.total == 16
    qtbot.keyClick(large, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.large_view is None)

    tab.show_large()
    assert tab.large_view is not None
    dossier_view.clear()  # locking or another client: the big picture goes too
    qtbot.waitUntil(lambda: tab.large_view is None)
