"""The methodology's instruments (issue 19): the first reception, the inside of poverty
(binnenkant), the life story, mind maps, vacancies read together, decisions weighed,
and information asked by telephone.

Lists nested inside one instrument (mind-map branches, a vacancy's requirements, the
options of a decision) are never queried on their own: they are JSON text columns.
Each table gets the team triggers of migration 0006 (a change raises the dossier's
revision; a colleague's read-only copy refuses the write).  The helpers are written
out again here, not imported: a migration must keep creating what it created then.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

READ_ONLY_MARK = "genwerkt: alleen-lezen kopie"
_FIND = "{row}.client_id"
TABLES = (
    "first_receptions",
    "inner_notes",
    "life_events",
    "mindmaps",
    "vacancies",
    "decisions",
    "phone_requests",
)
_OPS = ("INSERT", "UPDATE", "DELETE")


def _rows(op_name: str) -> tuple[str, ...]:
    return {"INSERT": ("NEW",), "UPDATE": ("NEW", "OLD"), "DELETE": ("OLD",)}[op_name]


def _holder(client_expr: str) -> str:
    return (
        "(SELECT c.holder FROM team_copies AS c JOIN team_link AS l "
        f"ON c.holder <> l.role WHERE c.client_id = {client_expr})"
    )


def _guard(table: str, op_name: str) -> str:
    holders = [_holder(_FIND.format(row=row)) for row in _rows(op_name)]
    holder = holders[0] if len(holders) == 1 else f"COALESCE({', '.join(holders)})"
    return (
        f"CREATE TRIGGER team_guard_{table}_{op_name.lower()} BEFORE {op_name} ON {table} "
        "WHEN COALESCE((SELECT active FROM team_applying WHERE id = 1), 0) = 0 "
        f"AND {holder} IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MARK}'); END"
    )


def _counter(table: str, op_name: str) -> str:
    row = _rows(op_name)[0]
    return (
        f"CREATE TRIGGER team_rev_{table}_{op_name.lower()} AFTER {op_name} ON {table} "
        "BEGIN INSERT INTO dossier_revisions (client_id, revision) "
        f"SELECT x.id, 1 FROM (SELECT {_FIND.format(row=row)} AS id) AS x "
        "WHERE x.id IS NOT NULL "
        "ON CONFLICT (client_id) DO UPDATE SET revision = revision + 1; END"
    )


def trigger_names() -> list[str]:
    return [
        f"team_{kind}_{table}_{op_name.lower()}"
        for table in TABLES
        for op_name in _OPS
        for kind in ("guard", "rev")
    ]


def _client_column() -> sa.Column[str]:
    return sa.Column("client_id", sa.String(36), nullable=False)


def _client_key() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "first_receptions",
        _client_column(),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("explained_secrecy", sa.Boolean(), nullable=True),
        sa.Column("explained_what_is_noted", sa.Boolean(), nullable=True),
        sa.Column("explained_team_sharing", sa.Boolean(), nullable=True),
        sa.Column("reachability", sa.Text(), nullable=True),
        sa.Column("practical_help", sa.Text(), nullable=True),
        sa.Column("client_expectations", sa.Text(), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "inner_notes",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("aspect", sa.String(30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(20), nullable=True),
        sa.Column("voiced_by_client", sa.Boolean(), nullable=True),
        sa.Column("noted_on", sa.Date(), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "life_events",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("when_text", sa.String(500), nullable=True),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("domain", sa.String(20), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mindmaps",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("centre", sa.String(500), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("branches_json", sa.Text(), nullable=False),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "vacancies",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("employer", sa.String(500), nullable=True),
        sa.Column("read_on", sa.Date(), nullable=True),
        sa.Column("requirements_json", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.String(30), nullable=True),
        sa.Column("client_words", sa.Text(), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(500), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("options_json", sa.Text(), nullable=False),
        sa.Column("chosen", sa.String(500), nullable=True),
        sa.Column("client_words", sa.Text(), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "phone_requests",
        sa.Column("id", sa.String(36), nullable=False),
        _client_column(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("at_utc", sa.String(40), nullable=False),
        sa.Column("caller", sa.String(500), nullable=False),
        sa.Column("organisation_id", sa.String(36), nullable=True),
        sa.Column("what_asked", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("client_informed", sa.Boolean(), nullable=True),
        sa.Column("client_agreed", sa.Boolean(), nullable=True),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("shared", sa.Text(), nullable=True),
        _client_key(),
        sa.PrimaryKeyConstraint("id"),
    )
    for table in TABLES[1:]:
        op.create_index(f"ix_{table}_client_id", table, ["client_id"])
    op.create_index("ix_phone_requests_organisation_id", "phone_requests", ["organisation_id"])
    for table in TABLES:
        for op_name in _OPS:
            op.execute(_guard(table, op_name))
            op.execute(_counter(table, op_name))


def downgrade() -> None:
    for name in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in reversed(TABLES):
        op.drop_table(table)
