"""The Mind map tab driven as a coach would, with the keys and the mouse: every test
reads the map handed to the save callback (what the store would keep)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genwerkt_desktop.domain.instruments import Mindmap, MindmapBranch
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.mindmap import MindmapTab, build_mindmap_tab, flow_export
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.domain.builders import client
from tests.fakes import FixedClock
from tests.mindmap_demo import back_to_work
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.support import shown_view

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@dataclass
class Written:
    saved: list[Mindmap] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    exported: list[tuple[Mindmap, str]] = field(default_factory=list)

    def last(self) -> Mindmap:
        assert self.saved, "nothing was saved"
        return self.saved[-1]


@pytest.fixture
def written() -> Written:
    return Written()


def _tab(
    qtbot,  # type: ignore[no-untyped-def]
    written: Written,
    dialogs: FakeDialogs,
    clock: FixedClock,
    *mindmaps: Mindmap,
) -> MindmapTab:
    tab = build_mindmap_tab(
        save=written.saved.append,
        remove=written.removed.append,
        dialogs=dialogs,
        clock=clock,
        export=lambda m, label: written.exported.append((m, label)),
    )
    shown_view(qtbot, tab, 1366, 768)
    tab.set_dossier(Dossier(client=client(), mindmaps=mindmaps))
    tab.page.view.setFocus()
    return tab


def _key(
    tab: MindmapTab, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:

    QTest.keyClick(tab.page.view, key, mods)


def _type(qtbot, tab: MindmapTab, words: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the words being edited in place, and keep them with Enter."""
    inline = tab.page.view.inline
    assert inline.isVisible()
    qtbot.keyClicks(inline, words)
    qtbot.keyClick(inline, Qt.Key.Key_Return)


def _saved(tab: MindmapTab, written: Written) -> Mindmap:
    tab.commit_pending()
    return written.last()


def _selected(tab: MindmapTab):  # type: ignore[no-untyped-def]
    return tab.page.scene.selected_path()


def test_the_newest_map_shows_with_the_question_selected(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    older = Mindmap("oud", "Wat doe ik graag?", date(2025, 3, 1))
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work(), older)
    assert tab.stack.currentWidget() is tab.page
    assert tab.presenter.shown() == back_to_work()
    assert _selected(tab) == ()
    assert tab.page.maps.count() == 2
    assert tab.page.maps.currentText() == "20/11/2026 · Ik wil terug aan het werk"
    tab.page.maps.activated.emit(0)
    assert tab.presenter.shown() == older
    assert not written.saved  # looking changes nothing


def test_arrow_keys_walk_the_map_and_a_click_selects(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    _key(tab, Qt.Key.Key_Up)
    assert _selected(tab) == (0,)  # "Wat ik kan", straight above
    _key(tab, Qt.Key.Key_Down)
    assert _selected(tab) == ()
    _key(tab, Qt.Key.Key_Right)
    assert _selected(tab) == (1,)
    view = tab.page.view
    item = tab.page.scene.node_item((3, 0))
    assert item is not None
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.rect().center())
    )
    assert _selected(tab) == (3, 0)


def test_insert_adds_a_thought_named_in_place(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    _key(tab, Qt.Key.Key_Up)
    _key(tab, Qt.Key.Key_Insert)
    _type(qtbot, tab, "Koken voor groepen")
    kept = _saved(tab, written)
    assert [b.text for b in kept.branches[0].children][-1] == "Koken voor groepen"
    assert _selected(tab) == (0, 3)
    # Tab does the same, from the new thought: a thought under the thought.
    _key(tab, Qt.Key.Key_Tab)
    _type(qtbot, tab, "Grootkeuken")
    assert _saved(tab, written).branches[0].children[3].children == (MindmapBranch("Grootkeuken"),)


def test_enter_adds_a_branch_beside_the_selected_one(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((1, 0))
    _key(tab, Qt.Key.Key_Return)
    _type(qtbot, tab, "Mijn knie")
    kept = _saved(tab, written)
    assert [b.text for b in kept.branches[1].children][:2] == [
        "Mijn rug na lang staan",
        "Mijn knie",
    ]
    # Beside the question there is nothing: Enter there adds a theme.
    tab.presenter.select(())
    _key(tab, Qt.Key.Key_Enter)
    _type(qtbot, tab, "Vrije tijd")
    assert _saved(tab, written).branches[-1] == MindmapBranch("Vrije tijd")


def test_typing_renames_in_place_and_f2_starts_from_the_words(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((2,))
    _key(tab, Qt.Key.Key_C)  # the first letter opens the words, the rest follows
    assert tab.page.view.inline.text() == "c"
    qtbot.keyClicks(tab.page.view.inline, "enten")
    qtbot.keyClick(tab.page.view.inline, Qt.Key.Key_Return)
    assert _saved(tab, written).branches[2].text == "centen"
    tab.presenter.select(())
    _key(tab, Qt.Key.Key_F2)
    inline = tab.page.view.inline
    assert inline.selectedText() == "Ik wil terug aan het werk"
    qtbot.keyClick(inline, Qt.Key.Key_End)
    _type(qtbot, tab, ", deeltijds")
    assert _saved(tab, written).centre == "Ik wil terug aan het werk, deeltijds"


def test_a_double_click_renames_and_escape_keeps_the_old_words(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    view = tab.page.view
    item = tab.page.scene.node_item((4,))
    assert item is not None
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.rect().center())
    )
    assert view.inline.isVisible()
    assert view.inline.text() == "Eerste stappen"
    qtbot.keyClicks(view.inline, "iets anders")
    qtbot.keyClick(view.inline, Qt.Key.Key_Escape)
    assert not view.inline.isVisible()
    tab.commit_pending()
    assert not written.saved
    assert tab.presenter.shown() == back_to_work()


def test_a_new_branch_without_words_is_dropped(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    _key(tab, Qt.Key.Key_Insert)
    qtbot.keyClick(tab.page.view.inline, Qt.Key.Key_Escape)
    assert tab.presenter.shown() == back_to_work()
    _key(tab, Qt.Key.Key_Insert)
    qtbot.keyClick(tab.page.view.inline, Qt.Key.Key_Return)  # Enter on no words
    assert tab.presenter.shown() == back_to_work()
    assert _selected(tab) == ()
    # A blank branch on screen (while typing) never reaches the store.
    _key(tab, Qt.Key.Key_Insert)
    tab.commit_pending()
    assert written.last() == back_to_work()


def test_delete_removes_a_thought_and_asks_first_for_a_theme(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((0, 2))
    _key(tab, Qt.Key.Key_Delete)
    assert not dialogs.questions
    assert [b.text for b in _saved(tab, written).branches[0].children] == [
        "Tien jaar in de keuken gestaan",
        "Goed met mensen",
    ]
    assert _selected(tab) == (0, 1)
    tab.presenter.select((1,))
    dialogs.yes = False
    _key(tab, Qt.Key.Key_Delete)
    assert "met de 3 takken eronder" in dialogs.questions[-1]
    assert len(tab.presenter.shown().branches) == 5  # type: ignore[union-attr]
    dialogs.yes = True
    _key(tab, Qt.Key.Key_Delete)
    assert [b.text for b in _saved(tab, written).branches] == [
        "Wat ik kan",
        "Geld",
        "Wie kan helpen",
        "Eerste stappen",
    ]
    # The question itself stays.
    tab.presenter.select(())
    _key(tab, Qt.Key.Key_Delete)
    assert len(tab.presenter.shown().branches) == 4  # type: ignore[union-attr]


def test_undo_brings_a_removed_theme_back_and_redo_removes_it_again(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((3,))
    _key(tab, Qt.Key.Key_Delete)
    assert len(tab.presenter.shown().branches) == 4  # type: ignore[union-attr]
    _key(tab, Qt.Key.Key_Z, CTRL)
    assert _saved(tab, written) == back_to_work()
    assert _selected(tab) == (3,)
    _key(tab, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Wie kan helpen" not in [b.text for b in _saved(tab, written).branches]


def test_a_new_thought_and_its_words_are_one_step_to_undo(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    _key(tab, Qt.Key.Key_Insert)
    _type(qtbot, tab, "Gezondheid")
    assert tab.presenter.shown().branches[-1].text == "Gezondheid"  # type: ignore[union-attr]
    _key(tab, Qt.Key.Key_Z, CTRL)
    assert tab.presenter.shown() == back_to_work()


def test_ctrl_up_and_down_move_a_branch_among_its_siblings(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((4,))
    _key(tab, Qt.Key.Key_Up, CTRL)
    _key(tab, Qt.Key.Key_Up, CTRL)
    assert [b.text for b in _saved(tab, written).branches] == [
        "Wat ik kan",
        "Wat me tegenhoudt",
        "Eerste stappen",
        "Geld",
        "Wie kan helpen",
    ]
    assert _selected(tab) == (2,)
    tab.presenter.select((2, 0))
    _key(tab, Qt.Key.Key_Down, CTRL)
    assert [b.text for b in _saved(tab, written).branches[2].children] == [
        "Deeltijds beginnen",
        "Cv samen opmaken",
        "Een dag meelopen",
    ]


def test_a_first_map_starts_from_the_question_typed_at_once(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock)
    assert tab.stack.currentWidget() is tab.empty_page
    qtbot.mouseClick(tab.empty_page.start_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.page
    tab.presenter.save_now()  # the autosave's moment
    assert not written.saved  # no question, nothing to keep yet
    _type(qtbot, tab, "Wat wil ik leren?")
    _key(tab, Qt.Key.Key_Insert)
    _type(qtbot, tab, "Nederlands")
    kept = _saved(tab, written)
    assert kept.centre == "Wat wil ik leren?"
    assert kept.made_on == fixed_clock.today()
    assert kept.branches == (MindmapBranch("Nederlands"),)


def test_removing_a_map_asks_and_hands_over_its_id(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    dialogs.yes = False
    qtbot.mouseClick(tab.page.delete_map_button, Qt.MouseButton.LeftButton)
    assert written.removed == []
    dialogs.yes = True
    qtbot.mouseClick(tab.page.delete_map_button, Qt.MouseButton.LeftButton)
    assert "Ik wil terug aan het werk" in dialogs.questions[-1]
    assert written.removed == ["mm-terug-aan-het-werk"]
    assert tab.stack.currentWidget() is tab.empty_page


def test_another_client_saves_the_pending_edit_and_forgets_every_word(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((2,))
    _key(tab, Qt.Key.Key_Delete)
    tab.clear()
    assert len(written.last().branches) == 4
    assert tab.page.scene.items() == []
    assert tab.page.maps.count() == 0
    assert tab.stack.currentWidget() is tab.empty_page


def test_our_own_save_coming_back_keeps_the_map_on_screen(
    qtbot, written, dialogs, fixed_clock
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    _key(tab, Qt.Key.Key_Insert)
    _type(qtbot, tab, "Gezondheid")
    tab.commit_pending()
    _key(tab, Qt.Key.Key_Insert)  # still typing when the save comes back
    tab.keep(Dossier(client=client(), mindmaps=(written.last(),)))
    assert tab.page.view.inline.isVisible()
    _type(qtbot, tab, "Slaap")
    assert _saved(tab, written).branches[-1] == MindmapBranch(
        "Gezondheid", (MindmapBranch("Slaap"),)
    )


def test_export_hands_over_the_map_and_the_first_name(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    qtbot.mouseClick(tab.page.export_button, Qt.MouseButton.LeftButton)
    assert written.exported == [(back_to_work(), "Tima")]


def test_the_export_flow_writes_the_pdf_in_the_worker(  # type: ignore[no-untyped-def]
    qtbot,
    written,
    dialogs,
    fixed_clock,
    demo_workspace: Workspace,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    flow = ExportFlow(demo_workspace, runner, dialogs, tab)
    dialogs.save_to = tmp_path / "mindmap-Tima.pdf"
    dialogs.yes = False  # do not open it afterwards
    export = flow_export(flow, lambda: tab, lambda: demo_workspace.vault, lambda: AYSE_ID)
    export(back_to_work(), "Tima")
    runner.wait()
    qtbot.waitUntil(lambda: dialogs.save_to is not None and dialogs.save_to.exists())
    text = PdfReader(tmp_path / "mindmap-Tima.pdf").pages[0].extract_text()
    assert "Mindmap van Tima, 20/11/2026" in text
    # Like every export, the log notes that a mind map left the dossier (no content).
    latest = demo_workspace.audit.recent(1)[0]
    assert (latest.action, latest.client_id, latest.detail) == ("geëxporteerd", AYSE_ID, "mindmap")
    QApplication.processEvents()


def test_a_colleagues_dossier_can_be_walked_but_not_changed(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.set_read_only(True)
    _key(tab, Qt.Key.Key_Up)
    assert _selected(tab) == (0,)
    for key in (Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_A):
        _key(tab, key)
    _key(tab, Qt.Key.Key_Delete)
    _key(tab, Qt.Key.Key_Down, CTRL)
    assert not tab.page.view.inline.isVisible()
    assert tab.presenter.shown() == back_to_work()
    assert not tab.page.add_child_button.isEnabled()
    assert tab.page.export_button.isEnabled()
    tab.commit_pending()
    assert not written.saved
    tab.set_read_only(False)
    _key(tab, Qt.Key.Key_Delete)
    assert len(_saved(tab, written).branches) == 4


def test_the_whole_map_stays_in_view_as_it_grows(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    view = tab.page.view
    for theme in range(5):
        tab.presenter.select((theme,))
        _key(tab, Qt.Key.Key_Insert)
        _type(qtbot, tab, "een gedachte erbij")
        _key(tab, Qt.Key.Key_Return)
        _type(qtbot, tab, "en nog een ernaast")
    assert len(_saved(tab, written).branches[0].children) == 5
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(tab.page.scene.content_rect())


def test_words_still_being_typed_are_kept_before_the_lock_and_then_forgotten(
    qtbot: QtBot, written: Written, dialogs: FakeDialogs, fixed_clock: FixedClock
) -> None:
    tab = _tab(qtbot, written, dialogs, fixed_clock, back_to_work())
    tab.presenter.select((2,))
    _key(tab, Qt.Key.Key_Insert)
    qtbot.keyClicks(tab.page.view.inline, "Huur betalen")
    tab.clear()
    assert written.last().branches[2].children[-1] == MindmapBranch("Huur betalen")
    assert not tab.page.view.inline.isVisible()
    assert tab.page.view.inline.text() == ""
