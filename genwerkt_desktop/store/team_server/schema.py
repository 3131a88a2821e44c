"""The server's schema, apart from the laptop's Alembic migrations: numbered SQL files
applied in order and remembered in genwerkt.schema_migrations, and `server_init`, which
the organisation's database administrator runs."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.team_server.connection import open_connection, server_transaction
from genwerkt_desktop.store.team_server.records import ServerInitReport

if TYPE_CHECKING:
    from genwerkt_desktop.store.team_server.connection import Cursor

MIGRATIONS_PACKAGE = "genwerkt_desktop.store.team_server"


def migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every server migration, in the order they apply."""
    folder = resources.files(MIGRATIONS_PACKAGE) / "migrations"
    files = sorted((entry.name, entry) for entry in folder.iterdir() if entry.name.endswith(".sql"))
    return [(name[: -len(".sql")], entry.read_text(encoding="utf-8")) for name, entry in files]


def server_init(
    admin_url: str,
    team: str,
    lead: str,
    coaches: Sequence[str],
    *,
    password: str | None = None,
    connect_timeout: int = 5,
) -> ServerInitReport:
    """Create (or bring up to date) the schema, the group roles and the policies, and
    register the named login roles in `team`. Running it again changes nothing; another
    team name adds that team."""
    from psycopg import sql

    team = team.strip()
    if not team:
        raise StateError("geef het team een naam")
    roles = [lead, *(c for c in dict.fromkeys(coaches) if c != lead)]
    conn = open_connection(admin_url, password, connect_timeout=connect_timeout)
    try:
        with server_transaction(conn, "de beheerder") as cur:
            cur.execute(
                "SELECT rolsuper OR rolbypassrls FROM pg_catalog.pg_roles"
                " WHERE rolname = current_user"
            )
            row = cur.fetchone()
            if not (row and row[0]):
                raise StateError(
                    "server-init vraagt een beheerdersrol van PostgreSQL (superuser of "
                    "BYPASSRLS): de regels voor rijen gelden anders ook voor de beheerder zelf"
                )
            # Two administrators at once would apply the same migration twice.
            cur.execute("SELECT pg_catalog.pg_advisory_xact_lock(hashtext('genwerkt.server_init'))")
            applied = _migrate(cur)
            _check_login_roles(cur, roles)
            cur.execute(
                "INSERT INTO genwerkt.teams (name) VALUES (%s) ON CONFLICT DO NOTHING",
                (team,),
            )
            team_added = cur.rowcount == 1
            added: list[str] = []
            named: list[str] = []
            for role in roles:
                is_lead = role == lead
                cur.execute("SELECT team, is_lead FROM genwerkt.members WHERE role = %s", (role,))
                member = cur.fetchone()
                if member is None:
                    cur.execute(
                        "INSERT INTO genwerkt.members (role, team, is_lead) VALUES (%s, %s, %s)",
                        (role, team, is_lead),
                    )
                    added.append(role)
                elif member[0] != team:
                    raise StateError(
                        f"de rol «{role}» hoort al bij team «{member[0]}»; "
                        "een rol hoort bij één team"
                    )
                elif is_lead and not member[1]:
                    cur.execute(
                        "UPDATE genwerkt.members SET is_lead = true WHERE role = %s", (role,)
                    )
                    named.append(role)
                leads = is_lead or (member is not None and bool(member[1]))
                groups = ["genwerkt_coach", "genwerkt_lead"] if leads else ["genwerkt_coach"]
                for group in groups:
                    cur.execute(
                        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a"
                        " JOIN pg_catalog.pg_roles g ON g.oid = a.roleid"
                        " JOIN pg_catalog.pg_roles m ON m.oid = a.member"
                        " WHERE g.rolname = %s AND m.rolname = %s)",
                        (group, role),
                    )
                    granted = cur.fetchone()
                    if not (granted and granted[0]):
                        cur.execute(
                            sql.SQL("GRANT {} TO {}").format(
                                sql.Identifier(group), sql.Identifier(role)
                            )
                        )
        return ServerInitReport(
            applied_migrations=tuple(applied),
            team_added=team_added,
            members_added=tuple(added),
            leads_named=tuple(named),
        )
    finally:
        conn.close()


def _migrate(cur: Cursor) -> list[str]:
    cur.execute("CREATE SCHEMA IF NOT EXISTS genwerkt")
    cur.execute(
        "CREATE TABLE IF NOT EXISTS genwerkt.schema_migrations ("
        " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    cur.execute("REVOKE ALL ON genwerkt.schema_migrations FROM PUBLIC")
    cur.execute("SELECT name FROM genwerkt.schema_migrations")
    done = {str(row[0]) for row in cur.fetchall()}
    applied: list[str] = []
    for name, text in migrations():
        if name in done:
            continue
        # Several statements in one call: psycopg sends a query without parameters as is.
        cur.execute(text.encode("utf-8"))
        cur.execute("INSERT INTO genwerkt.schema_migrations (name) VALUES (%s)", (name,))
        applied.append(name)
    return applied


def _check_login_roles(cur: Cursor, roles: Sequence[str]) -> None:
    cur.execute(
        "SELECT rolname FROM pg_catalog.pg_roles WHERE rolcanlogin AND rolname = ANY(%s)",
        (list(roles),),
    )
    present = {str(row[0]) for row in cur.fetchall()}
    for role in roles:
        if role not in present:
            raise StateError(
                f"de rol «{role}» bestaat niet als login-rol op deze PostgreSQL-server; "
                "laat de beheerder ze eerst aanmaken (CREATE ROLE … LOGIN PASSWORD …)"
            )
