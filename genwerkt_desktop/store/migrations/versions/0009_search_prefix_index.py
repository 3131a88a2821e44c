"""The search table gets prefix indexes, for three- and four-letter prefixes.

A word typed as far as its third letter matches every word that starts with it; without
a prefix index FTS5 finds and merges each of those words' lists before the first hit
(issue 18: 57 ms for "aan" at 8,000 clients, raw SQL).  With ``prefix='3 4'`` such a
prefix is one list, as is a four-letter one ("huur", "werk" as typed).  The index grows
by about half its size again.

FTS5 cannot add a prefix index to a table that exists: ``search_text`` is built again
beside the old one from the text it holds (same rowids, so ``search_refs`` and the
client keys stay valid), then takes its name.  All of it happens in the migration's one
transaction: stopped half-way, the store is the old one, untouched.  The search tables
carry no triggers (team mode's are on the dossier tables).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Written out: a migration keeps creating what it created then.
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
PREFIX = "prefix = '3 4'"


def _rebuild(options: str) -> None:
    op.execute(f"CREATE VIRTUAL TABLE search_text_next USING fts5(body, folded, {options})")
    # In rowid order: FTS5 then appends to its lists instead of merging into them.
    op.execute(
        "INSERT INTO search_text_next (rowid, body, folded) "
        "SELECT rowid, body, folded FROM search_text ORDER BY rowid"
    )
    op.execute("DROP TABLE search_text")
    op.execute("ALTER TABLE search_text_next RENAME TO search_text")


def upgrade() -> None:
    _rebuild(f"{PREFIX}, {TOKENIZE}")


def downgrade() -> None:
    _rebuild(TOKENIZE)
