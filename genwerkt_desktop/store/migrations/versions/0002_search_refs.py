"""Search index: the text in a narrow FTS5 table, references beside it, rowids by client.

The first index kept client_id, source and ref_id as UNINDEXED columns of the FTS5 table:
removing one client's entries scanned the whole index, and every hit read a wide row.
Now ``search_text`` holds only the text, ``search_refs`` says which thing each rowid is,
and ``search_clients`` gives every client a small key: an entry's rowid is
key * 2**20 + n, so one client's entries are a rowid range and "which clients mention
this word" is read from the index alone.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SPAN_BITS = 20  # written out: a migration keeps doing what it did when it was written


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_clients ("
        "key INTEGER PRIMARY KEY, client_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE TABLE search_refs ("
        "rowid INTEGER PRIMARY KEY, source VARCHAR(20) NOT NULL, ref_id VARCHAR(36) NOT NULL)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_text USING fts5("
        "body, folded, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO search_clients (client_id) "
        "SELECT DISTINCT client_id FROM search_index ORDER BY client_id"
    )
    # temp_store is MEMORY: this mapping never touches the disk.
    op.execute(
        "CREATE TEMP TABLE search_move AS SELECT s.rowid AS old_rowid, "
        f"(k.key << {SPAN_BITS}) + row_number() OVER "
        "(PARTITION BY s.client_id ORDER BY s.rowid) - 1 AS new_rowid, s.source, s.ref_id "
        "FROM search_index AS s JOIN search_clients AS k ON k.client_id = s.client_id"
    )
    op.execute(
        "INSERT INTO search_refs (rowid, source, ref_id) "
        "SELECT new_rowid, source, ref_id FROM search_move"
    )
    op.execute(
        "INSERT INTO search_text (rowid, body, folded) SELECT m.new_rowid, s.body, s.folded "
        "FROM search_move AS m JOIN search_index AS s ON s.rowid = m.old_rowid"
    )
    op.execute("DROP TABLE search_move")
    op.execute("DROP TABLE search_index")


def downgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, folded, client_id UNINDEXED, source UNINDEXED, ref_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO search_index (body, folded, client_id, source, ref_id) "
        "SELECT t.body, t.folded, k.client_id, r.source, r.ref_id "
        "FROM search_text AS t JOIN search_refs AS r ON r.rowid = t.rowid "
        f"JOIN search_clients AS k ON k.key = (t.rowid >> {SPAN_BITS}) ORDER BY t.rowid"
    )
    op.execute("DROP TABLE search_text")
    op.execute("DROP TABLE search_refs")
    op.execute("DROP TABLE search_clients")
