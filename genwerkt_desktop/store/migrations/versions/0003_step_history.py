"""POP follow-up kept beside the dossier: when to look again at a step on hold, and the
history of status and date changes of goals and steps.

Neither is part of the exchange format (dossier-v1), so they live in their own tables.
Both hang on their step or goal with ON DELETE CASCADE: deleting a client, a goal or a
step, or importing a dossier over an existing one, leaves nothing behind.  The history
holds status codes and dates only, never a text that was typed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "step_revisits",
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("revisit_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["step_id"], ["steps.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("step_id"),
    )
    op.create_index("ix_step_revisits_revisit_on", "step_revisits", ["revisit_on"])
    op.create_table(
        "goal_history",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("by_name", sa.String(length=500), nullable=True),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("before", sa.String(length=40), nullable=True),
        sa.Column("after", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index("ix_goal_history_client_id", "goal_history", ["client_id"])
    op.create_index("ix_goal_history_goal_id", "goal_history", ["goal_id"])


def downgrade() -> None:
    op.drop_index("ix_goal_history_goal_id", table_name="goal_history")
    op.drop_index("ix_goal_history_client_id", table_name="goal_history")
    op.drop_table("goal_history")
    op.drop_index("ix_step_revisits_revisit_on", table_name="step_revisits")
    op.drop_table("step_revisits")
