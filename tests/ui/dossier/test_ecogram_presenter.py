"""The Ecogram presenter on Ayşe's demo dossier: its own saves do not draw the network
again (the member stays chosen, the name being typed stays), and what is drawn before
the lock goes through the worker."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier
from tests.ui.dossier.test_ecogram_tab import FATIMA, _node, _stored


def _tab(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, AYSE_ID)
    view.tabs.setCurrentWidget(view.ecogram)
    return view.ecogram


def test_an_autosave_keeps_the_drawing_the_chosen_member_and_the_typing(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _tab(qtbot, dossier_view)
    shown: list[Dossier] = []
    kept: list[Dossier] = []
    set_dossier, keep = tab.set_dossier, tab.keep
    tab.set_dossier = lambda dossier: (shown.append(dossier), set_dossier(dossier))
    tab.keep = lambda dossier: (kept.append(dossier), keep(dossier))
    tab.draw.scene.select(FATIMA)
    label = tab.draw.panel.label
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "Fatima van hiernaast")
    item = tab.draw.scene.member_item(FATIMA)
    cursor = label.cursorPosition()

    tab.presenter.autosave.save_now()
    wait_for(qtbot, lambda: kept)
    assert _node(_stored(demo_workspace)[-1], FATIMA).label == "Fatima van hiernaast"
    assert shown == []  # its own save came back through keep
    assert tab.draw.scene.member_item(FATIMA) is item  # not drawn again
    assert tab.draw.scene.selected_id() == FATIMA
    assert label.text() == "Fatima van hiernaast" and label.cursorPosition() == cursor
    assert tab.presenter.is_editable()


def test_commit_pending_hands_the_drawing_to_the_worker(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, dossier_view)
    threads: list[threading.Thread] = []
    save_ecogram = demo_workspace.edits.save_ecogram

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return save_ecogram(*args, **kwargs)

    monkeypatch.setattr(demo_workspace.edits, "save_ecogram", recording)
    tab.draw.scene.select(FATIMA)
    tab.draw.view.setFocus()
    qtbot.keyClick(tab.draw.view, Qt.Key.Key_Delete)
    tab.commit_pending()
    runner.wait()
    assert _node(_stored(demo_workspace)[-1], FATIMA) is None
    assert threads and threading.main_thread() not in threads
