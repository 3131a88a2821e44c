"""TeamServer, the laptop's side: members and keys, push, pull, handover, the sociale
kaart and the audit, against a real PostgreSQL."""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.team_server import (
    OrganisationPush,
    PushItem,
    PushResult,
    ServerMember,
    TeamRefused,
)
from tests.team.conftest import Team


def _new_ids(n: int) -> list[str]:
    return [str(uuid.uuid4()) for _ in range(n)]


def _admit_everyone(team: Team) -> dict[str, bytes]:
    keys = {role: os.urandom(32) for role in (team.lead, team.coach, team.other)}
    for role, key in keys.items():
        with team.db.server(role) as server:
            server.register_public_key(key)
    with team.db.server(team.lead) as lead:
        lead.add_wrapped_keys(1, {role: f"wrapped-for-{role}".encode() for role in keys})
    return keys


def test_members_keys_and_admission(team: Team) -> None:
    coach = team.db.server(team.coach)
    assert coach.role == team.coach
    assert coach.me() == ServerMember(team.coach, team.name, False, None, False)
    key = os.urandom(32)
    coach.register_public_key(key)
    assert coach.me() == ServerMember(team.coach, team.name, False, key, False)
    assert [m.role for m in coach.members()] == sorted([team.lead, team.coach, team.other])
    assert coach.current_key_version() is None
    assert coach.wrapped_keys() == []

    lead = team.db.server(team.lead)
    with pytest.raises(TeamRefused, match="publieke sleutel"):
        lead.add_wrapped_keys(1, {team.other: b"x"})  # the other registered no key yet
    lead.register_public_key(os.urandom(32))
    lead.add_wrapped_keys(1, {team.lead: b"for-lead", team.coach: b"for-coach"})
    with pytest.raises(TeamRefused, match="slaat een versie over"):
        lead.add_wrapped_keys(3, {team.coach: b"x"})
    with pytest.raises(StateError, match="al op de teamserver"):
        lead.add_wrapped_keys(1, {team.coach: b"again"})
    lead.add_wrapped_keys(2, {team.lead: b"v2-lead", team.coach: b"v2-coach"})

    assert coach.current_key_version() == 2
    assert [(k.key_version, k.wrapped, k.wrapped_by) for k in coach.wrapped_keys()] == [
        (1, b"for-coach", team.lead),
        (2, b"v2-coach", team.lead),
    ]
    assert coach.admitted() == {team.coach: (1, 2)}
    assert lead.admitted() == {team.lead: (1, 2), team.coach: (1, 2)}
    with pytest.raises(TeamRefused):
        coach.add_wrapped_keys(3, {team.coach: b"self-made"})


def test_push_is_optimistic_and_a_refused_item_never_aborts_the_others(team: Team) -> None:
    coach = team.db.server(team.coach)
    a, b, c = _new_ids(3)
    first = coach.push([PushItem(i, 0, 1, b"v1-" + i.encode()) for i in (a, b, c)])
    assert first == [PushResult(i, True, 1, team.coach) for i in (a, b, c)]

    # a: correct base; b: stale base (another laptop of mine pushed first); c: new twice.
    coach.push([PushItem(b, 1, 1, b"b-v2")])
    second = coach.push(
        [PushItem(a, 1, 1, b"a-v2"), PushItem(b, 1, 1, b"b-stale"), PushItem(c, 0, 1, b"c")]
    )
    assert second == [
        PushResult(a, True, 2, team.coach),
        PushResult(b, False, 2, team.coach),
        PushResult(c, False, 1, team.coach),
    ]
    other = team.db.server(team.other)
    refused = other.push(
        [PushItem(a, 2, 1, b"not mine"), PushItem(d := _new_ids(1)[0], 0, 1, b"d")]
    )
    assert refused == [PushResult(a, False, 2, team.coach), PushResult(d, True, 1, team.other)]
    sealed = {s.meta.client_id: (s.meta.version, s.sealed) for s in other.fetch_dossiers([a, b, c])}
    assert sealed == {a: (2, b"a-v2"), b: (2, b"b-v2"), c: (1, b"v1-" + c.encode())}
    with pytest.raises(StateError, match="twee keer"):
        coach.push([PushItem(a, 2, 1, b"x"), PushItem(a.upper(), 2, 1, b"y")])


def test_meta_since_a_seq_fetch_and_fifty_items_in_one_push(team: Team) -> None:
    coach = team.db.server(team.coach)
    ids = _new_ids(50)
    started = time.monotonic()
    results = coach.push([PushItem(i, 0, 1, os.urandom(2000)) for i in ids])
    again = coach.push([PushItem(i, 1, 1, os.urandom(2000)) for i in ids])
    elapsed = time.monotonic() - started
    assert all(r.accepted for r in results + again)
    assert elapsed < 2.0, elapsed
    meta = coach.dossier_meta()
    assert sorted(m.client_id for m in meta) == sorted(ids)
    assert [m.seq for m in meta] == sorted(m.seq for m in meta)
    assert {m.version for m in meta} == {2}
    last = meta[-1].seq
    assert coach.dossier_meta(after_seq=last) == []
    coach.push([PushItem(ids[7], 2, 1, b"v3")])
    (changed,) = coach.dossier_meta(after_seq=last)
    assert (changed.client_id, changed.version, changed.holder) == (ids[7], 3, team.coach)
    assert len(coach.fetch_dossiers(ids)) == 50


def test_handover_by_the_holder_or_a_lead_and_nobody_else(team: Team) -> None:
    coach, other, lead = (team.db.server(r) for r in (team.coach, team.other, team.lead))
    (client_id,) = _new_ids(1)
    coach.push([PushItem(client_id, 0, 1, b"v1")])

    with pytest.raises(TeamRefused, match=f"{team.coach} heeft dit dossier in handen"):
        other.handover(client_id, team.other)
    with pytest.raises(StateError, match="geen actief lid"):
        coach.handover(client_id, "onbekende_rol")

    meta = coach.handover(client_id, team.other)
    assert (meta.holder, meta.version) == (team.other, 1)
    # The old holder's next push is refused and says who holds it now.
    assert coach.push([PushItem(client_id, 1, 1, b"late")]) == [
        PushResult(client_id, False, 1, team.other)
    ]
    # Stepping in: the lead hands it back without being its holder.
    assert lead.handover(client_id, team.coach).holder == team.coach
    with pytest.raises(StateError, match="niet op de teamserver"):
        lead.handover(str(uuid.uuid4()), team.coach)


def test_a_member_who_left_sees_and_sends_nothing(team: Team) -> None:
    coach, lead = team.db.server(team.coach), team.db.server(team.lead)
    (client_id,) = _new_ids(1)
    coach.push([PushItem(client_id, 0, 1, b"v1")])
    with pytest.raises(TeamRefused):
        coach.mark_left(team.other)
    lead.mark_left(team.coach)
    with pytest.raises(StateError, match="geen actief lid"):
        lead.mark_left(team.coach)
    me = coach.me()
    assert me is not None and me.left
    assert coach.dossier_meta() == []
    assert coach.push([PushItem(client_id, 1, 1, b"after leaving")])[0].accepted is False
    with pytest.raises(TeamRefused, match="geen actief lid"):
        coach.push([PushItem(str(uuid.uuid4()), 0, 1, b"new")])
    with pytest.raises(StateError, match="geen actief lid"):
        lead.handover(client_id, team.coach)
    assert lead.handover(client_id, team.other).holder == team.other


def test_the_sociale_kaart_is_written_by_any_member_with_the_same_version_rule(
    team: Team,
) -> None:
    coach, other = team.db.server(team.coach), team.db.server(team.other)
    org, second = _new_ids(2)
    assert coach.push_organisations([OrganisationPush(org, 0, 1, b"o1")]) == [
        PushResult(org, True, 1, None)
    ]
    assert other.push_organisations(
        [OrganisationPush(org, 1, 1, b"o2"), OrganisationPush(second, 0, 1, b"s1")]
    ) == [PushResult(org, True, 2, None), PushResult(second, True, 1, None)]
    # The coach's edit was based on version 1: refused, the server is at 2.
    assert coach.push_organisations([OrganisationPush(org, 1, 1, b"o2-coach")]) == [
        PushResult(org, False, 2, None)
    ]
    meta = coach.organisation_meta()
    # New rows go in before updates within one push, so `second` has the lower seq.
    assert [(m.org_id, m.version, m.changed_by) for m in meta] == [
        (second, 1, team.other),
        (org, 2, team.other),
    ]
    assert coach.organisation_meta(after_seq=meta[0].seq) == [meta[1]]
    (fetched,) = coach.fetch_organisations([org])
    assert fetched.sealed == b"o2"


def test_the_audit_records_who_did_what_and_never_content(team: Team) -> None:
    _admit_everyone(team)
    coach, lead = team.db.server(team.coach), team.db.server(team.lead)
    (client_id,) = _new_ids(1)
    secret = b"Jan Janssens, schulden bij OCMW"
    coach.push([PushItem(client_id, 0, 1, secret)])
    coach.push([PushItem(client_id, 1, 1, secret + b"!")])
    coach.handover(client_id, team.other)
    lead.record_pulls([(client_id, 2)])
    coach.push_organisations([OrganisationPush(str(uuid.uuid4()), 0, 1, secret)])
    with pytest.raises(TeamRefused):
        coach.audit()

    entries = lead.audit()
    seen = {(e.actor, e.action) for e in entries}
    for expected in [
        (team.coach, "key_registered"),
        (team.lead, "admitted"),
        (team.coach, "dossier_created"),
        (team.coach, "dossier_pushed"),
        (team.coach, "handed_over"),
        (team.lead, "pulled"),
        (team.coach, "organisation_pushed"),
    ]:
        assert expected in seen, expected
    handed = next(e for e in entries if e.action == "handed_over")
    assert handed.client_id == client_id
    assert handed.subject == f"{team.coach} -> {team.other}"
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    for entry in entries:
        assert "Janssens" not in repr(entry)
    # A rotation is told apart from an admission.
    lead.add_wrapped_keys(2, {team.coach: b"v2"})
    assert lead.audit(limit=1)[0].action == "key_rotated"


def test_a_pull_of_another_teams_dossier_is_refused(team: Team) -> None:
    coach = team.db.server(team.coach)
    with pytest.raises(TeamRefused, match="hoort niet bij jouw team"):
        coach.record_pulls([(str(uuid.uuid4()), 1)])


def test_seq_follows_commit_order_so_a_laptop_never_skips_a_late_commit(team: Team) -> None:
    slow = team.db.raw(team.coach)
    slow.autocommit = False
    first_id, second_id = _new_ids(2)
    slow.execute(
        "INSERT INTO genwerkt.dossiers (client_id, team, holder, version, key_version, sealed)"
        " VALUES (%s, %s, %s, 1, 1, 'x')",
        (first_id, team.name, team.coach),
    )
    other = team.db.server(team.other)
    done = threading.Event()

    def push_second() -> None:
        other.push([PushItem(second_id, 0, 1, b"y")])
        done.set()

    worker = threading.Thread(target=push_second)
    worker.start()
    # Without the per-team turn, the second push would commit first with a higher seq,
    # and a laptop that read then would never ask for the first one's lower seq.
    assert not done.wait(0.4)
    assert team.db.server(team.lead).dossier_meta() == []
    slow.commit()
    worker.join(5)
    assert done.is_set()
    meta = {m.client_id: m.seq for m in team.db.server(team.lead).dossier_meta()}
    assert meta[first_id] < meta[second_id]
