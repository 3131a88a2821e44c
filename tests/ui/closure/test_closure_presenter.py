"""The closure presenter on Ioana's demo dossier (closed, in aftercare): its own saves
keep what the coach is doing, and what is typed before the lock goes through the worker."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import IOANA_ID
from tests.ui.clients.support import wait_for
from tests.ui.dossier.conftest import open_dossier


def _tab(qtbot, view: DossierWorkspace):  # type: ignore[no-untyped-def]
    open_dossier(qtbot, view, IOANA_ID)
    view.tabs.setCurrentWidget(view.closure)
    return view.closure


def _selected_day(form) -> date | None:  # type: ignore[no-untyped-def]
    rows = form.table.selectionModel().selectedRows()
    return form.proxy.record_at(rows[0].row()).on if rows else None


def test_ticking_a_moment_keeps_the_selection_and_the_talk_being_typed(
    qtbot, dossier_view: DossierWorkspace, demo_workspace: Workspace
) -> None:
    tab = _tab(qtbot, dossier_view)
    shown: list[Dossier] = []
    kept: list[Dossier] = []
    set_dossier, keep = tab.set_dossier, tab.keep
    tab.set_dossier = lambda dossier: (shown.append(dossier), set_dossier(dossier))
    tab.keep = lambda dossier: (kept.append(dossier), keep(dossier))
    tab.closing.closure_form.coach_remarks.setPlainText("Nog even nabellen in januari.")
    form = tab.aftercare.aftercare_form
    form.select_moment(date(2026, 12, 14))
    form.tick_button.click()
    wait_for(
        qtbot,
        lambda: (
            next(
                m
                for m in demo_workspace.dossiers.get(IOANA_ID).aftercare.contact_moments
                if m.on == date(2026, 12, 14)
            ).done
        ),
    )
    wait_for(qtbot, lambda: kept)  # the saved part, read back
    assert shown == []  # its own save came back through keep, not as a reset
    assert _selected_day(form) == date(2026, 12, 14)
    assert tab.closing.closure_form.coach_remarks.toPlainText() == "Nog even nabellen in januari."
    # The talk is still the coach's to save: a tick saves the plan only.
    stored = demo_workspace.dossiers.get(IOANA_ID).closure
    assert stored is not None and stored.coach_remarks != "Nog even nabellen in januari."


def test_commit_pending_hands_the_talk_and_the_plan_to_the_worker(
    qtbot,
    dossier_view: DossierWorkspace,
    demo_workspace: Workspace,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, dossier_view)
    threads: list[threading.Thread] = []
    edits = demo_workspace.edits
    for name in ("save_closure_over", "save_aftercare_over"):
        original = getattr(edits, name)

        def recording(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            return _original(*args, **kwargs)

        monkeypatch.setattr(edits, name, recording)
    tab.closing.closure_form.coach_remarks.setPlainText("Afgerond met een goed gevoel.")
    tab.aftercare.aftercare_form.useful_numbers.setPlainText("OCMW: 09 000 00 01")
    tab.commit_pending()
    runner.wait()
    dossier = demo_workspace.dossiers.get(IOANA_ID)
    assert dossier.closure is not None
    assert dossier.closure.coach_remarks == "Afgerond met een goed gevoel."
    assert dossier.aftercare is not None
    assert dossier.aftercare.useful_numbers == ("OCMW: 09 000 00 01",)
    assert len(threads) == 2 and threading.main_thread() not in threads
