"""The mind map tab in the dossier: Ayşe's map from the demo shows, a thought typed with
the keyboard is saved in the encrypted store and is there when the dossier is read again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.mindmap.tab import MindmapTab
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier


def _words(branches) -> set[str]:  # type: ignore[no-untyped-def]
    found: set[str] = set()
    for branch in branches:
        found.add(branch.text)
        found |= _words(branch.children)
    return found


def test_a_thought_added_on_the_mindmap_tab_is_kept_in_the_store(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, AYSE_ID)
    stored = demo_workspace.dossiers.get(AYSE_ID).mindmaps
    assert stored, "the demo gives Ayşe a mind map"
    dossier_view.tabs.setCurrentIndex(dossier_view._tab_index["together"])
    assert dossier_view.tabs.tabText(dossier_view.tabs.currentIndex()) == "Samen bek&ijken"
    together = dossier_view.together
    assert together.inner.tabText(0) == "&Mindmap"
    tab = together.inner.currentWidget()
    assert isinstance(tab, MindmapTab)
    assert tab.stack.currentWidget() is tab.page
    assert tab.presenter.shown().centre == stored[0].centre

    view = tab.page.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)  # a new thought under the selected question
    qtbot.keyClicks(view.inline, "Rijbewijs halen")
    qtbot.keyClick(view.inline, Qt.Key.Key_Return)
    tab.commit_pending()

    def saved() -> bool:
        maps = demo_workspace.dossiers.get(AYSE_ID).mindmaps
        return any("Rijbewijs halen" in _words(m.branches) for m in maps)

    wait_for(qtbot, saved)
