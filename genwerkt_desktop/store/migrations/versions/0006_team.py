"""Team mode on the laptop: the link to the team's server, the unwrapped team keys, what
is known of each team dossier and organisation, conflict copies, and triggers.

- ``clients.team_sharing``: what the client said about the team (dossier-v1).
- ``dossier_revisions`` / ``organisation_revisions``: a counter per client (per
  organisation) raised by AFTER triggers on every table of a dossier (of the directory),
  so "changes waiting" is one comparison, without reading the dossier.
- Guard triggers (BEFORE) refuse any write to a dossier whose ``team_copies.holder`` is
  set and is not this coach's role, unless the pull itself writes (``team_applying``).
  The services check first and name the holder; the triggers are the backstop.  Their
  message is a literal: a RAISE with an expression needs SQLite 3.47, and a vault
  (or a backup) may be opened by an older SQLCipher that would then not read its schema.

A later migration that rebuilds one of these tables (a batch "move and copy") drops its
triggers with it and must create them again; a new dossier table needs its own.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration must keep creating what it created then.
READ_ONLY_MARK = "genwerkt: alleen-lezen kopie"

# Each dossier table and how a row of it finds its client: a column, or its parent.
_DIRECT = "{row}.client_id"
DOSSIER_TABLES: dict[str, str] = {
    "clients": "{row}.id",
    "phase_entries": _DIRECT,
    "observations": _DIRECT,
    "rights": _DIRECT,
    "ecograms": _DIRECT,
    "balances": _DIRECT,
    "goals": _DIRECT,
    "contacts": _DIRECT,
    "consents": _DIRECT,
    "referrals": _DIRECT,
    "meetings": _DIRECT,
    "closures": _DIRECT,
    "aftercare_plans": _DIRECT,
    "aftercare_moments": _DIRECT,
    "goal_history": _DIRECT,
    "ecogram_nodes": "(SELECT p.client_id FROM ecograms AS p WHERE p.id = {row}.ecogram_id)",
    "ecogram_ties": "(SELECT p.client_id FROM ecograms AS p WHERE p.id = {row}.ecogram_id)",
    "balance_factors": "(SELECT p.client_id FROM balances AS p WHERE p.id = {row}.balance_id)",
    "steps": "(SELECT p.client_id FROM goals AS p WHERE p.id = {row}.goal_id)",
    "referral_steps": ("(SELECT p.client_id FROM referrals AS p WHERE p.id = {row}.referral_id)"),
    "step_revisits": (
        "(SELECT g.client_id FROM steps AS s JOIN goals AS g ON g.id = s.goal_id "
        "WHERE s.id = {row}.step_id)"
    ),
}
DIRECTORY_TABLES: dict[str, str] = {
    "organisations": "{row}.id",
    "contact_persons": "{row}.organisation_id",
}
_OPS = ("INSERT", "UPDATE", "DELETE")


def _rows(op_name: str) -> tuple[str, ...]:
    return {"INSERT": ("NEW",), "UPDATE": ("NEW", "OLD"), "DELETE": ("OLD",)}[op_name]


def _holder(client_expr: str) -> str:
    """The holder when the dossier is a colleague's read-only copy, else NULL."""
    return (
        "(SELECT c.holder FROM team_copies AS c JOIN team_link AS l "
        f"ON c.holder <> l.role WHERE c.client_id = {client_expr})"
    )


def _guard(table: str, find: str, op_name: str) -> str:
    holders = [_holder(find.format(row=row)) for row in _rows(op_name)]
    holder = holders[0] if len(holders) == 1 else f"COALESCE({', '.join(holders)})"
    return (
        f"CREATE TRIGGER team_guard_{table}_{op_name.lower()} BEFORE {op_name} ON {table} "
        "WHEN COALESCE((SELECT active FROM team_applying WHERE id = 1), 0) = 0 "
        f"AND {holder} IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MARK}'); END"
    )


def _counter(prefix: str, counters: str, key: str, table: str, find: str, op_name: str) -> str:
    row = _rows(op_name)[0]
    return (
        f"CREATE TRIGGER {prefix}_{table}_{op_name.lower()} AFTER {op_name} ON {table} "
        f"BEGIN INSERT INTO {counters} ({key}, revision) "
        f"SELECT x.id, 1 FROM (SELECT {find.format(row=row)} AS id) AS x WHERE x.id IS NOT NULL "
        f"ON CONFLICT ({key}) DO UPDATE SET revision = revision + 1; END"
    )


def trigger_names() -> list[str]:
    names = []
    for table in DOSSIER_TABLES:
        for op_name in _OPS:
            names += [
                f"team_guard_{table}_{op_name.lower()}",
                f"team_rev_{table}_{op_name.lower()}",
            ]
    for table in DIRECTORY_TABLES:
        names += [f"team_orgrev_{table}_{op_name.lower()}" for op_name in _OPS]
    return names


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("team_sharing", sa.String(20), nullable=True))
    op.create_table(
        "team_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("secret_key", sa.LargeBinary(), nullable=False),
        sa.Column("remember_password", sa.Boolean(), nullable=False),
        sa.Column("meta_seq", sa.Integer(), nullable=False),
        sa.Column("org_seq", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.String(40), nullable=True),
        sa.Column("admitted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("id = 1", name="team_link_one_row"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "team_keys",
        sa.Column("key_version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key_version"),
    )
    op.create_table(
        "team_copies",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("holder", sa.String(200), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("seen_version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "dossier_revisions",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "team_applying",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("id = 1", name="team_applying_one_row"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO team_applying (id, active) VALUES (1, 0)")
    op.create_table(
        "team_conflicts",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("mine_document", sa.Text(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("server_holder", sa.String(200), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "organisation_revisions",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("org_id"),
    )
    op.create_table(
        "org_copies",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("seen_version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("org_id"),
    )
    op.create_table(
        "org_conflicts",
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("theirs_document", sa.Text(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("org_id"),
    )
    for table, find in DOSSIER_TABLES.items():
        for op_name in _OPS:
            op.execute(_guard(table, find, op_name))
            op.execute(_counter("team_rev", "dossier_revisions", "client_id", table, find, op_name))
    for table, find in DIRECTORY_TABLES.items():
        for op_name in _OPS:
            op.execute(
                _counter("team_orgrev", "organisation_revisions", "org_id", table, find, op_name)
            )


def downgrade() -> None:
    for name in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (
        "org_conflicts",
        "org_copies",
        "organisation_revisions",
        "team_conflicts",
        "team_applying",
        "dossier_revisions",
        "team_copies",
        "team_keys",
        "team_link",
    ):
        op.drop_table(table)
    # Not a batch rebuild: dropping the old clients table would cascade to every dossier
    # row (foreign keys are on and cannot be turned off inside the transaction).
    op.execute("ALTER TABLE clients DROP COLUMN team_sharing")
