"""Saving one composite part (ecogram, balance, goal, consent, referral, meeting, closure,
aftercare) changes that part alone, keeps its place, and keeps search in step."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from genwerkt_desktop.domain.enums import GoalStatus, NodeCategory, Owner, StepStatus
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import EcogramNode, Goal, Step
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from tests.demo_files import AYSE_ID, LUKASZ_ID


@pytest.fixture
def ws(vault: OpenVault) -> Workspace:
    load_demo(vault)
    return Workspace.open(vault)


def test_saving_every_part_unchanged_leaves_the_dossier_identical(ws: Workspace) -> None:
    before = ws.dossiers.get(AYSE_ID)
    for e in before.ecograms:
        ws.edits.save_ecogram(AYSE_ID, e)
    for b in before.balances:
        ws.edits.save_balance(AYSE_ID, b)
    for g in before.goals:
        ws.edits.save_goal(AYSE_ID, g)
    for c in before.consents:
        ws.edits.save_consent(AYSE_ID, c)
    for r in before.referrals:
        ws.edits.save_referral(AYSE_ID, r)
    for mt in before.meetings:
        ws.edits.save_meeting(AYSE_ID, mt)
    ws.edits.set_closure(AYSE_ID, before.closure)
    ws.edits.set_aftercare(AYSE_ID, before.aftercare)
    assert ws.dossiers.get(AYSE_ID) == before


def test_a_changed_ecogram_keeps_its_place_and_is_found(ws: Workspace) -> None:
    before = ws.dossiers.get(AYSE_ID)
    first = before.ecograms[0]
    added = EcogramNode(id=new_id(), label="Buurvrouw Zwanenhild", category=NodeCategory.NEIGHBOURS)
    ws.edits.save_ecogram(AYSE_ID, dataclasses.replace(first, nodes=(*first.nodes, added)))
    after = ws.dossiers.get(AYSE_ID)
    assert after.ecograms[0].id == first.id
    assert after.ecograms[0].nodes[-1] == added
    assert after.ecograms[1:] == before.ecograms[1:]
    assert [h.client_id for h in ws.search.search("Zwanenhild")] == [AYSE_ID]


def test_a_new_goal_goes_last_and_its_steps_are_searchable(ws: Workspace) -> None:
    goal = Goal(
        id=new_id(),
        title="Rijbewijs halen",
        status=GoalStatus.OPEN,
        steps=(
            Step(
                id=new_id(),
                text="Theorieboek lenen",
                owner=Owner.CLIENT,
                status=StepStatus.PLANNED,
                due_on=date(2026, 12, 5),
            ),
        ),
    )
    ws.edits.save_goal(AYSE_ID, goal)
    assert ws.dossiers.get(AYSE_ID).goals[-1] == goal
    assert ws.search.search("Theorieboek")
    ws.edits.save_goal(AYSE_ID, dataclasses.replace(goal, steps=()))
    assert not ws.search.search("Theorieboek")
    ws.edits.delete_goal(AYSE_ID, goal.id)
    assert goal.id not in {g.id for g in ws.dossiers.get(AYSE_ID).goals}


def test_goals_can_be_put_in_a_new_order(ws: Workspace) -> None:
    ids = [g.id for g in ws.dossiers.get(AYSE_ID).goals]
    assert len(ids) >= 2
    ws.edits.reorder_goals(AYSE_ID, list(reversed(ids)))
    goals = ws.dossiers.get(AYSE_ID).goals
    assert [g.id for g in goals] == list(reversed(ids))
    assert [g.priority for g in goals] == list(range(1, len(ids) + 1))


def test_a_part_of_another_client_cannot_be_overwritten(ws: Workspace) -> None:
    theirs = ws.dossiers.get(LUKASZ_ID).ecograms[0]
    with pytest.raises(StateError):
        ws.edits.save_ecogram(AYSE_ID, theirs)
    assert ws.dossiers.get(LUKASZ_ID).ecograms[0] == theirs


def test_closure_and_aftercare_can_be_removed(ws: Workspace) -> None:
    ws.edits.set_closure(AYSE_ID, None)
    ws.edits.set_aftercare(AYSE_ID, None)
    after = ws.dossiers.get(AYSE_ID)
    assert after.closure is None and after.aftercare is None
