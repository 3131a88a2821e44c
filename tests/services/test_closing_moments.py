"""Ticking off an aftercare contact moment through the closing service, by the agenda's id
or by its place in the plan, and undoing it."""

from __future__ import annotations

from datetime import date

import pytest

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.services.closing import ClosingService, TickedMoment
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from tests.demo_files import AYSE_ID, IOANA_ID

HOME_VISIT = date(2026, 12, 14)  # Ioana's third moment, not yet done


@pytest.fixture
def ws(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


def _aftercare_rows(ws: Workspace, day: date) -> list[AgendaItem]:
    return [i for i in ws.agenda.between(day, day) if i.kind is AgendaKind.AFTERCARE]


def test_ticking_off_by_the_agenda_id_saves_it_done_and_leaves_the_agenda(ws: Workspace) -> None:
    closing = ClosingService(ws.vault)
    (row,) = _aftercare_rows(ws, HOME_VISIT)
    assert row.client_id == IOANA_ID

    ticked = closing.tick_off_agenda_moment(row.client_id, row.ref_id)

    assert ticked == TickedMoment(IOANA_ID, 2, HOME_VISIT, True)
    plan = ws.dossiers.get(IOANA_ID).aftercare
    assert plan is not None
    assert [m.done for m in plan.contact_moments] == [True, True, True, False, False]
    # Nothing else in the plan moved.
    assert [m.on for m in plan.contact_moments][2] == HOME_VISIT
    assert plan.can_come_back_for and plan.ends_on == date(2027, 3, 31)
    assert _aftercare_rows(ws, HOME_VISIT) == []
    # The later moments are still planned.
    assert len(_aftercare_rows(ws, date(2027, 2, 15))) == 1


def test_undo_sets_it_back_to_not_done_and_it_returns(ws: Workspace) -> None:
    closing = ClosingService(ws.vault)
    (row,) = _aftercare_rows(ws, HOME_VISIT)
    ticked = closing.tick_off_agenda_moment(row.client_id, row.ref_id)

    back = closing.set_moment_done(ticked.client_id, ticked.index, False, ticked.on)

    assert back == TickedMoment(IOANA_ID, 2, HOME_VISIT, False)
    plan = ws.dossiers.get(IOANA_ID).aftercare
    assert plan is not None and plan.contact_moments[2].done is False
    (again,) = _aftercare_rows(ws, HOME_VISIT)
    assert again.client_id == IOANA_ID and again.detail == row.detail


def test_a_stale_or_unknown_id_is_refused_and_nothing_changes(ws: Workspace) -> None:
    closing = ClosingService(ws.vault)
    before = ws.dossiers.get(IOANA_ID).aftercare
    for ref in ("aftercare-2030-01-01", "999999", ""):
        with pytest.raises(StateError):
            closing.tick_off_agenda_moment(IOANA_ID, ref)
    with pytest.raises(StateError):  # no aftercare plan at all
        closing.tick_off_agenda_moment(AYSE_ID, "aftercare-2026-12-14")
    # A plan changed in the meantime: the moment at that place is on another day.
    with pytest.raises(StateError):
        closing.set_moment_done(IOANA_ID, 2, True, date(2026, 12, 15))
    with pytest.raises(StateError):
        closing.set_moment_done(IOANA_ID, 9, True)
    with pytest.raises(StateError):  # no aftercare plan at all
        closing.set_moment_done(AYSE_ID, 0, True)
    assert ws.dossiers.get(IOANA_ID).aftercare == before
