"""The closing conversation gets its own field for what held the client back.

Until now that shared the field "how it went"; existing text stays there.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("closures") as batch:
        batch.add_column(sa.Column("held_back", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("closures") as batch:
        batch.drop_column("held_back")
