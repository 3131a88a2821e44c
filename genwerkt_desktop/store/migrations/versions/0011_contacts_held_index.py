"""The last contact of every client is read from an index alone.

The client list asks, per client, for the last contact held (not only planned).  The
index on (client_id, at_utc) found the moment, but whether it was planned sat in the
contact row, beside the note's text: one table page per client, each decrypted on a
fresh connection (issue 18: 28 of the first list's 70 ms after an unlock).  The index now
holds ``planned`` too, so that question never leaves it.  It replaces the old one, which
it covers: every read that used (client_id, at_utc) uses its first two columns.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_client_at_planned", "contacts", ["client_id", "at_utc", "planned"])
    op.drop_index("ix_contacts_client_at", table_name="contacts")


def downgrade() -> None:
    op.create_index("ix_contacts_client_at", "contacts", ["client_id", "at_utc"])
    op.drop_index("ix_contacts_client_at_planned", table_name="contacts")
