"""server_init: the schema, the group roles and the team's members, idempotently."""

from __future__ import annotations

import pytest

from genwerkt_desktop.domain.errors import StateError
from tests.team.conftest import Team, TeamDb


def _snapshot(db: TeamDb) -> tuple[object, ...]:
    with db.admin() as conn:
        return (
            conn.execute("SELECT name FROM genwerkt.teams ORDER BY name").fetchall(),
            conn.execute(
                "SELECT role, team, is_lead, left_at FROM genwerkt.members ORDER BY role"
            ).fetchall(),
            conn.execute("SELECT name FROM genwerkt.schema_migrations ORDER BY name").fetchall(),
            conn.execute(
                "SELECT count(*) FROM pg_catalog.pg_policies WHERE schemaname = 'genwerkt'"
            ).fetchall(),
            conn.execute("SELECT count(*) FROM genwerkt.audit").fetchall(),
        )


def test_server_init_creates_everything_and_a_second_run_changes_nothing(
    team_db: TeamDb,
) -> None:
    lead = team_db.create_role("lead")
    coach = team_db.create_role("coach")

    first = team_db.init("team-a", lead, [coach])
    assert first.applied_migrations == ("0001_team_schema", "0002_new_laptop_new_admission")
    assert first.team_added
    assert first.members_added == (lead, coach)
    before = _snapshot(team_db)

    second = team_db.init("team-a", lead, [coach])
    assert second.applied_migrations == ()
    assert not second.team_added
    assert second.members_added == ()
    assert second.leads_named == ()
    assert _snapshot(team_db) == before

    with team_db.admin() as conn:
        groups = conn.execute(
            "SELECT g.rolname, m.rolname FROM pg_catalog.pg_auth_members a"
            " JOIN pg_catalog.pg_roles g ON g.oid = a.roleid"
            " JOIN pg_catalog.pg_roles m ON m.oid = a.member"
            " WHERE m.rolname = ANY(%s) ORDER BY 1, 2",
            ([lead, coach],),
        ).fetchall()
        assert sorted(groups) == sorted(
            [("genwerkt_coach", lead), ("genwerkt_coach", coach), ("genwerkt_lead", lead)]
        )
        unforced = conn.execute(
            "SELECT relname FROM pg_catalog.pg_class c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'genwerkt' AND c.relkind = 'r'"
            " AND relname <> 'schema_migrations'"
            " AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"
        ).fetchall()
        assert unforced == []


def test_another_team_name_adds_that_team(team: Team) -> None:
    db = team.db
    lead_b = db.create_role("lead")
    coach_b = db.create_role("coach")
    report = db.init("team-b", lead_b, [coach_b])
    assert report.applied_migrations == ()
    assert report.team_added
    assert report.members_added == (lead_b, coach_b)
    with db.admin() as conn:
        teams = conn.execute("SELECT name FROM genwerkt.teams ORDER BY name").fetchall()
    assert teams == [("team-b",), ("trajectbegeleiding-gent",)]


def test_a_member_added_later_and_an_existing_one_are_both_fine(team: Team) -> None:
    newcomer = team.db.create_role("coach")
    report = team.db.init(team.name, team.lead, [team.coach, newcomer])
    assert report.members_added == (newcomer,)
    assert not report.team_added


def test_an_unknown_role_is_refused_in_dutch_and_nothing_is_registered(
    team_db: TeamDb,
) -> None:
    lead = team_db.create_role("lead")
    with pytest.raises(StateError, match="«nobody_here» bestaat niet als login-rol"):
        team_db.init("team-a", lead, ["nobody_here"])
    with team_db.admin() as conn:
        schema = conn.execute(
            "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'genwerkt'"
        ).fetchone()
    assert schema == (0,)  # one transaction: the refusal left nothing behind


def test_a_role_cannot_join_a_second_team(team: Team) -> None:
    with pytest.raises(StateError, match="hoort al bij team"):
        team.db.init("team-b", team.db.create_role("lead"), [team.coach])
