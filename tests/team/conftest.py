"""One throwaway PostgreSQL cluster per session, a fresh database per test.

Nothing is skipped: without PostgreSQL the team tests fail and say what to install.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from genwerkt_desktop.devtools.pg_cluster import Cluster, PostgresMissing, start_cluster
from genwerkt_desktop.store.team_server import ServerInitReport, TeamServer, server_init
from tests.fakes import FixedClock
from tests.team.laptops import Laptop, open_laptop


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    yield cluster
    cluster.stop()


@dataclass
class TeamDb:
    """A database of its own, and login roles of its own (roles are cluster-wide, so
    their names are unique and they are dropped after the test)."""

    cluster: Cluster
    name: str
    roles: list[str] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)
    _open: list[psycopg.Connection[tuple[object, ...]]] = field(default_factory=list)
    _servers: list[TeamServer] = field(default_factory=list)

    @property
    def admin_url(self) -> str:
        return self.cluster.admin_url(self.name)

    @property
    def admin_password(self) -> str:
        return self.cluster.password

    def url(self, role: str) -> str:
        return f"postgresql://{role}@127.0.0.1:{self.cluster.port}/{self.name}?sslmode=disable"

    def create_role(self, prefix: str = "coach") -> str:
        role = self.cluster.unique(prefix)
        password = "wacht-" + role
        with self.cluster.admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )
        self.roles.append(role)
        self.passwords[role] = password
        return role

    def init(self, team: str, lead: str, coaches: list[str]) -> ServerInitReport:
        return server_init(self.admin_url, team, lead, coaches, password=self.admin_password)

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        conn = self.cluster.admin(self.name)
        self._open.append(conn)
        return conn

    def raw(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as `role` (autocommit), for raw SQL."""
        conn = psycopg.connect(self.url(role), password=self.passwords[role], autocommit=True)
        self._open.append(conn)
        return conn

    def server(self, role: str) -> TeamServer:
        team_server = TeamServer.connect(self.url(role), self.passwords[role])
        self._servers.append(team_server)
        return team_server

    def close(self) -> None:
        for team_server in self._servers:
            team_server.close()
        for conn in self._open:
            conn.close()


@pytest.fixture
def team_db(pg_server: Cluster) -> Iterator[TeamDb]:
    db = TeamDb(pg_server, pg_server.unique("genwerkt_test"))
    with pg_server.admin() as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(db.name))
        )
    yield db
    db.close()
    with pg_server.admin() as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(db.name)))
        for role in db.roles:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@dataclass
class Team:
    """A team on a fresh database: a lead and two coaches, initialised."""

    db: TeamDb
    name: str
    lead: str
    coach: str
    other: str


@pytest.fixture
def team(team_db: TeamDb) -> Team:
    lead = team_db.create_role("lead")
    coach = team_db.create_role("coach")
    other = team_db.create_role("coach")
    team_db.init("trajectbegeleiding-gent", lead, [coach, other])
    return Team(team_db, "trajectbegeleiding-gent", lead, coach, other)


@dataclass
class Laptops:
    """The lead's laptop and two coaches' laptops, each linked and admitted."""

    lead: Laptop
    an: Laptop
    bo: Laptop
    team: Team


@pytest.fixture
def laptops(team: Team, tmp_path: Path, fixed_clock: FixedClock) -> Iterator[Laptops]:
    with contextlib.ExitStack() as stack:
        lead, an, bo = (
            stack.enter_context(
                contextlib.contextmanager(open_laptop)(team.db, role, tmp_path / name, fixed_clock)
            )
            for role, name in ((team.lead, "lead"), (team.coach, "an"), (team.other, "bo"))
        )
        for laptop in (lead, an, bo):
            laptop.connect()
        lead.membership.admit(an.role, lead.password)
        lead.membership.admit(bo.role, lead.password)
        yield Laptops(lead, an, bo, team)
