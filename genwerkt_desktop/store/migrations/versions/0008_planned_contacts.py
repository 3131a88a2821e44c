"""The planned contact moments get an index of their own.

The client list's due marks and the agenda read every planned contact moment of the
vault: some thousands among hundreds of thousands of notes.  Without this partial index
that read walked every contact row (issue 18: 2.8 s at 8,000 clients).  The index holds
the planned ones only, in the order the read wants them.  Nothing else changes.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_planned",
        "contacts",
        ["client_id", "position"],
        sqlite_where=sa.text("planned IS 1"),
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_planned", table_name="contacts")
