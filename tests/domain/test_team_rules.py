"""Team mode's rules on the laptop: the state a coach sees per dossier, personal notes
that never leave, and merging a conflict copy by hand."""

from __future__ import annotations

import dataclasses

import pytest

from genwerkt_desktop.domain.enums import NoteScope, TeamSharing
from genwerkt_desktop.domain.model import Observation
from genwerkt_desktop.domain.team import (
    CopyFacts,
    TeamState,
    for_the_team,
    keep_personal_notes,
    team_state,
)
from genwerkt_desktop.domain.team_conflict import ItemKind, differences, keep_mine
from tests.domain.builders import contact, full_dossier

ME = "coach_an"


def facts(**overrides: object) -> CopyFacts:
    base: dict[str, object] = dict(
        holder=ME,
        base_version=3,
        server_version=3,
        revision=7,
        synced_revision=7,
        sharing=TeamSharing.TEAM,
    )
    base.update(overrides)
    return CopyFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "state"),
    [
        ({}, TeamState.SYNCED),
        ({"revision": 8}, TeamState.AHEAD),
        ({"server_version": 4}, TeamState.BEHIND),
        ({"holder": "coach_bo"}, TeamState.READ_ONLY),
        ({"holder": "coach_bo", "server_version": 5}, TeamState.BEHIND),
        ({"conflict": True, "revision": 9}, TeamState.CONFLICT),
        ({"holder": None, "base_version": 0, "server_version": 0}, TeamState.AHEAD),
        (
            {"holder": None, "base_version": 0, "server_version": 0, "sharing": None},
            TeamState.LOCAL_ONLY,
        ),
        (
            {"holder": None, "sharing": TeamSharing.THIS_DEVICE_ONLY, "revision": 9},
            TeamState.LOCAL_ONLY,
        ),
    ],
)
def test_each_dossier_has_one_state(overrides: dict[str, object], state: TeamState) -> None:
    assert team_state(facts(**overrides), ME) is state


def test_personal_notes_never_leave_and_survive_a_pull() -> None:
    dossier = full_dossier()
    sent = for_the_team(dossier)
    assert "personal" not in {c.id for c in sent.contacts}
    assert {"file", "hidden"} <= {c.id for c in sent.contacts}

    pulled = dataclasses.replace(sent, contacts=(*sent.contacts, contact("new")))
    kept = keep_personal_notes(pulled, dossier)
    assert {c.id for c in kept.contacts} == {"file", "hidden", "new", "personal"}
    assert next(c for c in kept.contacts if c.id == "personal").note_scope is NoteScope.PERSONAL


def test_a_coach_keeps_chosen_items_of_their_own_version() -> None:
    theirs = full_dossier()
    mine = dataclasses.replace(
        theirs,
        contacts=(*theirs.contacts, contact("mine-only")),
        observations=(
            dataclasses.replace(theirs.observations[0], text="Sterk in gesprekken"),
            Observation(
                id="o2",
                domain=theirs.observations[0].domain,
                kind=theirs.observations[0].kind,
                text="Nieuw",
            ),
        ),
    )
    found = {(d.kind, d.item_id) for d in differences(mine, theirs)}
    assert found == {
        (ItemKind.CONTACT, "mine-only"),
        (ItemKind.OBSERVATION, "o1"),
        (ItemKind.OBSERVATION, "o2"),
    }

    merged = keep_mine(theirs, mine, {"contacts:mine-only", "observations:o1"})
    assert "mine-only" in {c.id for c in merged.contacts}
    assert merged.observations[0].text == "Sterk in gesprekken"
    assert "o2" not in {o.id for o in merged.observations}  # not chosen: stays as theirs
    assert merged.client == theirs.client
    assert keep_mine(theirs, mine, set()) == theirs


def test_a_conflict_names_the_instruments_and_keeps_the_chosen_ones() -> None:
    """Issue 19: an inner note, a vacancy or the first reception written on this laptop
    while a colleague changed the dossier is offered in the conflict, never dropped."""
    from tests import instrument_data as data

    theirs = full_dossier()
    mine = data.with_instruments(theirs)
    found = {d.key for d in differences(mine, theirs)}
    assert found == {
        "first_reception:first_reception",
        f"inner_notes:{data.inner_note().id}",
        f"life_events:{data.life_event().id}",
        f"mindmaps:{data.mindmap().id}",
        f"vacancies:{data.vacancy().id}",
        f"decisions:{data.decision().id}",
        f"phone_requests:{data.phone_request().id}",
    }
    merged = keep_mine(theirs, mine, found - {f"vacancies:{data.vacancy().id}"})
    assert merged == dataclasses.replace(mine, vacancies=())
    assert {k.value for k in ItemKind} >= {
        "first_reception",
        "inner_notes",
        "life_events",
        "mindmaps",
        "vacancies",
        "decisions",
        "phone_requests",
    }
