"""PostgreSQL itself enforces who may do what: raw SQL as each role, not through the app."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from psycopg import errors

from genwerkt_desktop.store.team_server import PushItem
from tests.team.conftest import Team


def _dossier(team: Team, holder: str) -> str:
    client_id = str(uuid.uuid4())
    with team.db.server(holder) as server:
        (result,) = server.push([PushItem(client_id, 0, 1, b"sealed-v1")])
    assert result.accepted
    return client_id


def _row(team: Team, client_id: str) -> tuple[object, ...]:
    with team.db.admin() as conn:
        row = conn.execute(
            "SELECT holder, version, sealed, team FROM genwerkt.dossiers WHERE client_id = %s",
            (client_id,),
        ).fetchone()
    assert row is not None
    return row


def _second_team(team: Team) -> tuple[str, str]:
    lead_b = team.db.create_role("lead")
    coach_b = team.db.create_role("coach")
    team.db.init("team-b", lead_b, [coach_b])
    return lead_b, coach_b


def test_a_coach_of_another_team_sees_nothing_of_this_team(team: Team) -> None:
    client_id = _dossier(team, team.coach)
    _, coach_b = _second_team(team)
    conn = team.db.raw(coach_b)
    assert conn.execute("SELECT count(*) FROM genwerkt.dossiers").fetchone() == (0,)
    assert conn.execute(
        "SELECT count(*) FROM genwerkt.dossiers WHERE client_id = %s", (client_id,)
    ).fetchone() == (0,)
    teams = conn.execute("SELECT DISTINCT team FROM genwerkt.members").fetchall()
    assert teams == [("team-b",)]
    # Nor can it write into team A.
    cur = conn.execute(
        "UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s", (coach_b, client_id)
    )
    assert cur.rowcount == 0
    with pytest.raises(errors.InsufficientPrivilege):  # the policy, past the trigger
        conn.execute(
            "INSERT INTO genwerkt.dossiers (client_id, team, holder, version, key_version,"
            " sealed) VALUES (%s, %s, %s, 1, 1, 'x')",
            (str(uuid.uuid4()), team.name, team.coach),
        )


def test_a_coach_reads_the_team_but_cannot_change_a_dossier_held_by_a_colleague(
    team: Team,
) -> None:
    client_id = _dossier(team, team.coach)
    before = _row(team, client_id)
    conn = team.db.raw(team.other)
    assert conn.execute(
        "SELECT holder, version FROM genwerkt.dossiers WHERE client_id = %s", (client_id,)
    ).fetchone() == (team.coach, 1)
    content = conn.execute(
        "UPDATE genwerkt.dossiers SET sealed = 'overschreven', version = version + 1"
        " WHERE client_id = %s",
        (client_id,),
    )
    assert content.rowcount == 0
    takeover = conn.execute(
        "UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s",
        (team.other, client_id),
    )
    assert takeover.rowcount == 0
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute("DELETE FROM genwerkt.dossiers WHERE client_id = %s", (client_id,))
    with pytest.raises(errors.InsufficientPrivilege):  # only as holder of one's own
        conn.execute(
            "INSERT INTO genwerkt.dossiers (client_id, team, holder, version, key_version,"
            " sealed) VALUES (%s, %s, %s, 1, 1, 'x')",
            (str(uuid.uuid4()), team.name, team.coach),
        )
    assert _row(team, client_id) == before


def test_a_lead_changes_the_holder_but_not_the_content(team: Team) -> None:
    client_id = _dossier(team, team.coach)
    conn = team.db.raw(team.lead)
    with pytest.raises(errors.RaiseException, match="alleen de houder"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET sealed = 'van de lead', version = version + 1"
            " WHERE client_id = %s",
            (client_id,),
        )
    handed = conn.execute(
        "UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s",
        (team.other, client_id),
    )
    assert handed.rowcount == 1
    holder, version, sealed, _ = _row(team, client_id)
    assert (holder, version, bytes(sealed)) == (team.other, 1, b"sealed-v1")  # type: ignore[arg-type]


def test_the_holder_must_stay_an_active_member_of_the_team(team: Team) -> None:
    client_id = _dossier(team, team.coach)
    _, coach_b = _second_team(team)
    conn = team.db.raw(team.lead)
    with pytest.raises(errors.RaiseException, match="geen actief lid"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s",
            (coach_b, client_id),
        )
    conn.execute("UPDATE genwerkt.members SET left_at = now() WHERE role = %s", (team.other,))
    with pytest.raises(errors.RaiseException, match="geen actief lid"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s",
            (team.other, client_id),
        )


def test_the_version_rises_by_exactly_one_and_the_team_never_changes(team: Team) -> None:
    client_id = _dossier(team, team.coach)
    conn = team.db.raw(team.coach)
    with pytest.raises(errors.RaiseException, match="precies 1"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET sealed = 'v3', version = version + 2"
            " WHERE client_id = %s",
            (client_id,),
        )
    with pytest.raises(errors.RaiseException, match="precies 1"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET sealed = 'stil vervangen' WHERE client_id = %s",
            (client_id,),
        )
    with pytest.raises(errors.RaiseException, match="precies 1"):
        conn.execute(
            "UPDATE genwerkt.dossiers SET version = version - 1 WHERE client_id = %s",
            (client_id,),
        )
    with pytest.raises(errors.InsufficientPrivilege):  # no column privilege on team
        conn.execute(
            "UPDATE genwerkt.dossiers SET team = 'elders' WHERE client_id = %s", (client_id,)
        )
    _second_team(team)
    # Even the superuser, past every privilege and policy, meets the trigger.
    with team.db.admin() as admin, pytest.raises(errors.RaiseException, match="ander team"):
        admin.execute(
            "UPDATE genwerkt.dossiers SET team = 'team-b' WHERE client_id = %s", (client_id,)
        )
    ok = conn.execute(
        "UPDATE genwerkt.dossiers SET sealed = 'v2', version = version + 1 WHERE client_id = %s",
        (client_id,),
    )
    assert ok.rowcount == 1
    assert _row(team, client_id)[1] == 2


def test_a_coach_sets_only_their_own_public_key(team: Team) -> None:
    key = os.urandom(32)
    coach = team.db.raw(team.coach)
    other_key = coach.execute(
        "UPDATE genwerkt.members SET public_key = %s WHERE role = %s", (key, team.other)
    )
    assert other_key.rowcount == 0
    own = coach.execute(
        "UPDATE genwerkt.members SET public_key = %s WHERE role = %s", (key, team.coach)
    )
    assert own.rowcount == 1
    with pytest.raises(errors.InsufficientPrivilege):
        coach.execute("UPDATE genwerkt.members SET is_lead = true WHERE role = %s", (team.coach,))
    with pytest.raises(errors.InsufficientPrivilege):
        coach.execute("UPDATE genwerkt.members SET team = 'elders' WHERE role = %s", (team.coach,))
    with pytest.raises(errors.InsufficientPrivilege):
        coach.execute("UPDATE genwerkt.members SET left_at = now() WHERE role = %s", (team.other,))
    # A lead cannot swap a member's key for one of their own either.
    lead = team.db.raw(team.lead)
    with pytest.raises(errors.RaiseException, match="zelf"):
        lead.execute(
            "UPDATE genwerkt.members SET public_key = %s WHERE role = %s",
            (os.urandom(32), team.coach),
        )
    with team.db.admin() as admin:
        stored = admin.execute(
            "SELECT role, public_key FROM genwerkt.members WHERE public_key IS NOT NULL"
        ).fetchall()
    assert [(r, bytes(k)) for r, k in stored] == [(team.coach, key)]  # type: ignore[arg-type]


def test_wrapped_keys_are_seen_by_their_member_and_the_lead_only(team: Team) -> None:
    for role in (team.lead, team.coach, team.other):
        with team.db.server(role) as server:
            server.register_public_key(os.urandom(32))
    with team.db.server(team.lead) as lead:
        lead.add_wrapped_keys(1, {team.lead: b"L", team.coach: b"C", team.other: b"O"})
    coach = team.db.raw(team.coach)
    assert coach.execute("SELECT member, wrapped FROM genwerkt.team_keys").fetchall() == [
        (team.coach, b"C")
    ]
    with pytest.raises(errors.InsufficientPrivilege):
        coach.execute(
            "INSERT INTO genwerkt.team_keys (team, key_version, member, wrapped)"
            " VALUES (%s, 2, %s, 'x')",
            (team.name, team.coach),
        )
    lead_raw = team.db.raw(team.lead)
    assert lead_raw.execute("SELECT count(*) FROM genwerkt.team_keys").fetchone() == (3,)


def test_nobody_changes_or_removes_the_audit_not_even_the_lead_or_the_superuser(
    team: Team,
) -> None:
    _dossier(team, team.coach)
    lead = team.db.raw(team.lead)
    assert lead.execute("SELECT count(*) FROM genwerkt.audit").fetchone() != (0,)
    for statement in (
        "UPDATE genwerkt.audit SET actor = 'niemand'",
        "DELETE FROM genwerkt.audit",
        "TRUNCATE genwerkt.audit",
        "INSERT INTO genwerkt.audit (action) VALUES ('verzonnen')",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            lead.execute(statement)
    coach = team.db.raw(team.coach)
    with pytest.raises(errors.InsufficientPrivilege):
        coach.execute("SELECT * FROM genwerkt.audit")
    # The triggers' own writer is not for calling by hand.
    with pytest.raises(errors.InsufficientPrivilege):
        lead.execute("SELECT genwerkt.write_audit('verzonnen', %s, NULL, NULL)", (team.name,))
    with team.db.admin() as admin:
        for statement in (
            "UPDATE genwerkt.audit SET actor = 'niemand'",
            "DELETE FROM genwerkt.audit",
            "TRUNCATE genwerkt.audit",
        ):
            with pytest.raises(errors.RaiseException, match="alleen aangevuld"):
                admin.execute(statement)


def test_set_role_does_not_borrow_another_identity(team: Team) -> None:
    client_id = _dossier(team, team.coach)
    conn = team.db.raw(team.other)
    # The group role is the other's to use, yet policies ask who logged in.
    conn.execute("SET ROLE genwerkt_coach")
    cur = conn.execute(
        "UPDATE genwerkt.dossiers SET sealed = 'x', version = version + 1 WHERE client_id = %s",
        (client_id,),
    )
    assert cur.rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SET ROLE genwerkt_lead")
