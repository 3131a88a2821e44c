"""Search index: the text in a narrow FTS5 table, where it belongs in an indexed table.

The first index kept client_id, source and ref_id as UNINDEXED columns of the FTS5 table:
removing one client's entries scanned the whole index, and every hit read a wide row.
Now ``search_text`` holds only the text and ``search_refs`` maps each rowid to where the
text lives, indexed by client.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_refs ("
        "rowid INTEGER PRIMARY KEY, client_id VARCHAR(36) NOT NULL, "
        "source VARCHAR(20) NOT NULL, ref_id VARCHAR(36) NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_refs_client ON search_refs (client_id, source, ref_id)")
    op.execute(
        "CREATE VIRTUAL TABLE search_text USING fts5("
        "body, folded, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO search_refs (rowid, client_id, source, ref_id) "
        "SELECT rowid, client_id, source, ref_id FROM search_index"
    )
    op.execute(
        "INSERT INTO search_text (rowid, body, folded) SELECT rowid, body, folded FROM search_index"
    )
    op.execute("DROP TABLE search_index")


def downgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, folded, client_id UNINDEXED, source UNINDEXED, ref_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO search_index (rowid, body, folded, client_id, source, ref_id) "
        "SELECT t.rowid, t.body, t.folded, r.client_id, r.source, r.ref_id "
        "FROM search_text AS t JOIN search_refs AS r ON r.rowid = t.rowid"
    )
    op.execute("DROP TABLE search_text")
    op.execute("DROP TABLE search_refs")
