"""Reaching the team server: the TLS rule before anything is sent, and the three ways a
connection fails, each as our own error."""

from __future__ import annotations

import time

import psycopg
import pytest

from genwerkt_desktop.devtools.pg_cluster import Cluster
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.team_server import (
    TeamLoginFailed,
    TeamServer,
    TeamUnreachable,
    server_init,
)
from genwerkt_desktop.store.team_server.connection import check_tls
from tests.team.conftest import Team, TeamDb
from tests.team.ports import free_port


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://coach@db.example.org/genwerkt",
        "postgresql://coach@db.example.org/genwerkt?sslmode=require",
        "postgresql://coach@db.example.org/genwerkt?sslmode=verify-ca",
        "postgresql://coach@10.0.0.5:5432/genwerkt?sslmode=disable",
        "host=db.example.org dbname=genwerkt user=coach sslmode=prefer",
        "postgresql://coach@localhost,db.example.org/genwerkt",
    ],
)
def test_a_remote_server_without_verify_full_is_refused_before_connecting(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []
    monkeypatch.setattr(psycopg, "connect", lambda *a, **k: attempts.append(str(a)))
    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGHOST", raising=False)
    with pytest.raises(StateError, match="sslmode=verify-full"):
        TeamServer.connect(url, "geheim")
    with pytest.raises(StateError, match="sslmode=verify-full"):
        server_init(url, "team", "lead", [])
    assert attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://coach@db.example.org/genwerkt?sslmode=verify-full",
        "postgresql://coach@localhost/genwerkt?sslmode=disable",
        "postgresql://coach@127.0.0.1:5433/genwerkt",
        "postgresql://coach@[::1]:5433/genwerkt",
        "host=/var/run/postgresql dbname=genwerkt user=coach",
        "postgresql:///genwerkt?host=/tmp/sock",
    ],
)
def test_verify_full_or_a_local_server_passes_the_tls_rule(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGHOST", raising=False)
    check_tls(url)


def test_a_closed_port_is_unreachable_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"postgresql://coach@127.0.0.1:{free_port()}/genwerkt?sslmode=disable"
    started = time.monotonic()
    with pytest.raises(TeamUnreachable, match="niet bereikbaar") as caught:
        TeamServer.connect(url, "geheim-wachtwoord", connect_timeout=2)
    assert time.monotonic() - started < 3
    assert caught.value.exit_code == 6
    assert "geheim-wachtwoord" not in str(caught.value)


def test_a_wrong_password_or_an_unknown_role_is_a_failed_login(team: Team) -> None:
    with pytest.raises(TeamLoginFailed, match="aanvaardt deze rol") as caught:
        TeamServer.connect(team.db.url(team.coach), "fout-wachtwoord-123")
    assert "fout-wachtwoord-123" not in str(caught.value)
    with pytest.raises(TeamLoginFailed):
        TeamServer.connect(team.db.url("rol_die_niet_bestaat"), "x")


def test_a_missing_database_is_said_as_such(pg_server: Cluster) -> None:
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port}/bestaat_niet?sslmode=disable"
    with pytest.raises(StateError, match="databank"):
        TeamServer.connect(url, pg_server.password)


def test_a_connection_over_the_unix_socket_works(team_db: TeamDb) -> None:
    lead = team_db.create_role("lead")
    team_db.init("team-a", lead, [])
    # The socket is trusted (tests only); the TLS rule lets a socket path through.
    url = f"host={team_db.cluster.socket_dir} port={team_db.cluster.port} dbname={team_db.name}"
    with TeamServer.connect(f"{url} user={lead}", None) as server:
        assert server.role == lead
        me = server.me()
        assert me is not None and me.is_lead


def test_an_unknown_host_name_is_unreachable_not_a_certificate_problem() -> None:
    # .invalid never resolves (RFC 2606); libpq says "could not translate host name".
    url = "postgresql://coach@genwerkt-team.invalid/genwerkt?sslmode=verify-full"
    with pytest.raises(TeamUnreachable):
        TeamServer.connect(url, "x", connect_timeout=2)


def test_a_connection_lost_midway_is_unreachable_not_a_bug(team: Team) -> None:
    server = team.db.server(team.coach)
    with team.db.admin() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (team.coach,),
        )
    with pytest.raises(TeamUnreachable, match="viel weg"):
        server.dossier_meta()
