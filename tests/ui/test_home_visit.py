"""The home-visit benchmark's driver (benchmarks/home_visit.py), run as a test so it keeps
working: a whole visit through the real widgets of the main window lands in the vault.
No timing is asserted; the count of actions is the coach's, not the machine's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from benchmarks.common import PASSPHRASE
from benchmarks.home_visit import HomeVisit, VisitClock, check_stored, visit_window


def test_a_home_visit_through_the_widgets_is_stored_and_locked(
    qapp: QApplication, tmp_path: Path
) -> None:
    with visit_window(tmp_path) as (window, service):
        visit = HomeVisit(window, VisitClock())
        plan = visit.run()
        assert window.vault is None and window.work_area is None  # locked

    vault = service.unlock(PASSPHRASE)
    try:
        dossier = check_stored(vault, plan)
    finally:
        vault.close()
    note = next(c for c in dossier.contacts if c.summary == plan.note)
    assert note.at == VisitClock().now() and not note.planned
    assert plan.appointment.at.date().isoformat() == "2026-12-05"
    assert plan.appointment.place == "Sociaal Huis Leiemeersen"
    assert visit.actions[0] == "the client's row" and visit.actions[-1] == "Ctrl+L: locked"
    # Issue 19: under 25 (26 before Volgende afspraak and the weights set in place).
    assert len(visit.actions) < 25
    assert "Volgende afspraak" in visit.actions and "Enter: planned" in visit.actions
    assert visit.actions.count("its weight: a number key") == 3
