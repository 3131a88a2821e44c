"""Initial schema: every dossier table, the directory, the audit log and the FTS5 index.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 10:50:11.194715
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Written out here, not imported: a migration must keep creating what it created then.
CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, folded, client_id UNINDEXED, source UNINDEXED, ref_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    op.execute(CREATE_FTS)
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=500), nullable=False),
        sa.Column("last_name", sa.String(length=500), nullable=False),
        sa.Column("preferred_name", sa.String(length=500), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=500), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=500), nullable=True),
        sa.Column("reminder_preference", sa.String(length=20), nullable=True),
        sa.Column("coach", sa.String(length=500), nullable=True),
        sa.Column("referred_by", sa.String(length=500), nullable=True),
        sa.Column("support_question", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("extra_json", sa.Text(), nullable=True),
        sa.Column("dossier_extra_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_status"), ["status"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("services", sa.Text(), nullable=True),
        sa.Column("entry_criteria", sa.Text(), nullable=True),
        sa.Column("way_of_working", sa.Text(), nullable=True),
        sa.Column("stopping_consequences", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=500), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("opening_hours", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "aftercare_moments",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("who_initiates", sa.String(length=20), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("aftercare_moments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_aftercare_moments_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_aftercare_moments_on"), ["on"], unique=False)

    op.create_table(
        "aftercare_plans",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("can_come_back_for_json", sa.Text(), nullable=False),
        sa.Column("not_possible_json", sa.Text(), nullable=False),
        sa.Column("network_support_json", sa.Text(), nullable=False),
        sa.Column("signals_to_watch_json", sa.Text(), nullable=False),
        sa.Column("useful_numbers_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "balances",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("balances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_balances_client_id"), ["client_id"], unique=False)

    op.create_table(
        "closures",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=True),
        sa.Column("client_experience", sa.Text(), nullable=True),
        sa.Column("most_helpful", sa.Text(), nullable=True),
        sa.Column("achieved", sa.Text(), nullable=True),
        sa.Column("continues_alone", sa.Text(), nullable=True),
        sa.Column("still_difficult", sa.Text(), nullable=True),
        sa.Column("network_fallback", sa.Text(), nullable=True),
        sa.Column("coach_remarks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=True),
        sa.Column("categories_json", sa.Text(), nullable=False),
        sa.Column("not_to_share", sa.Text(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consents_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "contact_persons",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("role", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=500), nullable=True),
        sa.Column("trusted", sa.Boolean(), nullable=True),
        sa.Column("backup", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_persons_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("at_utc", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("note_scope", sa.String(length=20), nullable=True),
        sa.Column("client_may_read", sa.Boolean(), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_client_at", ["client_id", "at_utc"], unique=False)

    op.create_table(
        "ecograms",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ecograms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ecograms_client_id"), ["client_id"], unique=False)

    op.create_table(
        "goals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("client_words", sa.Text(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("agreed_by_client", sa.Boolean(), nullable=True),
        sa.Column("realistic_note", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_client_id"), ["client_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("at_utc", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("coordinator", sa.String(length=500), nullable=True),
        sa.Column("client_attends", sa.Boolean(), nullable=True),
        sa.Column("participants_json", sa.Text(), nullable=False),
        sa.Column("client_prepared_json", sa.Text(), nullable=True),
        sa.Column("themes_json", sa.Text(), nullable=False),
        sa.Column("privacy_agreements", sa.Text(), nullable=True),
        sa.Column("feedback_agreements", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_at_utc"), ["at_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_client_id"), ["client_id"], unique=False)

    op.create_table(
        "observations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("voiced_by_client", sa.Boolean(), nullable=True),
        sa.Column("noted_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observations_client_id"), ["client_id"], unique=False)

    op.create_table(
        "phase_entries",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=30), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("phase_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phase_entries_client_id"), ["client_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("contact_person_id", sa.String(length=36), nullable=True),
        sa.Column("domain", sa.String(length=20), nullable=True),
        sa.Column("need", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revisit_on", sa.Date(), nullable=True),
        sa.Column("appointment_json", sa.Text(), nullable=True),
        sa.Column("appointment_at_utc", sa.String(length=40), nullable=True),
        sa.Column("client_questions_json", sa.Text(), nullable=False),
        sa.Column("who_says_what", sa.Text(), nullable=True),
        sa.Column("feedback_agreement", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referrals_appointment_at_utc"), ["appointment_at_utc"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "rights",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("updated_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rights", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rights_client_id"), ["client_id"], unique=False)

    op.create_table(
        "balance_factors",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("domain", sa.String(length=20), nullable=True),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["balance_id"], ["balances.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("balance_factors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_balance_factors_balance_id"), ["balance_id"], unique=False
        )

    op.create_table(
        "ecogram_nodes",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("ecogram_id", sa.String(length=36), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("x", sa.Float(), nullable=True),
        sa.Column("y", sa.Float(), nullable=True),
        sa.Column("strength", sa.String(length=20), nullable=True),
        sa.Column("quality", sa.String(length=20), nullable=True),
        sa.Column("flow", sa.String(length=20), nullable=True),
        sa.Column("support_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["ecogram_id"], ["ecograms.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
        ),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("ecogram_id", "node_id"),
    )
    with op.batch_alter_table("ecogram_nodes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ecogram_nodes_ecogram_id"), ["ecogram_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ecogram_nodes_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "ecogram_ties",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("ecogram_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.String(length=36), nullable=False),
        sa.Column("to_id", sa.String(length=36), nullable=False),
        sa.Column("strength", sa.String(length=20), nullable=True),
        sa.Column("quality", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["ecogram_id"], ["ecograms.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("ecogram_ties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ecogram_ties_ecogram_id"), ["ecogram_id"], unique=False
        )

    op.create_table(
        "referral_steps",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("referral_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_steps_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "steps",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=20), nullable=False),
        sa.Column("owner_name", sa.String(length=500), nullable=True),
        sa.Column("mode", sa.String(length=20), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_steps_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_steps_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_steps_goal_id"))
        batch_op.drop_index(batch_op.f("ix_steps_due_on"))

    op.drop_table("steps")
    with op.batch_alter_table("referral_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_steps_referral_id"))

    op.drop_table("referral_steps")
    with op.batch_alter_table("ecogram_ties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecogram_ties_ecogram_id"))

    op.drop_table("ecogram_ties")
    with op.batch_alter_table("ecogram_nodes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecogram_nodes_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_ecogram_nodes_ecogram_id"))

    op.drop_table("ecogram_nodes")
    with op.batch_alter_table("balance_factors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_balance_factors_balance_id"))

    op.drop_table("balance_factors")
    with op.batch_alter_table("rights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rights_client_id"))

    op.drop_table("rights")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_client_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_appointment_at_utc"))

    op.drop_table("referrals")
    with op.batch_alter_table("phase_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_entries_client_id"))

    op.drop_table("phase_entries")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observations_client_id"))

    op.drop_table("observations")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_client_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_at_utc"))

    op.drop_table("meetings")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_client_id"))

    op.drop_table("goals")
    with op.batch_alter_table("ecograms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecograms_client_id"))

    op.drop_table("ecograms")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_client_at")

    op.drop_table("contacts")
    with op.batch_alter_table("contact_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_persons_organisation_id"))

    op.drop_table("contact_persons")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_consents_client_id"))

    op.drop_table("consents")
    op.drop_table("closures")
    with op.batch_alter_table("balances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_balances_client_id"))

    op.drop_table("balances")
    op.drop_table("aftercare_plans")
    with op.batch_alter_table("aftercare_moments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aftercare_moments_on"))
        batch_op.drop_index(batch_op.f("ix_aftercare_moments_client_id"))

    op.drop_table("aftercare_moments")
    op.drop_table("organisations")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_status"))

    op.drop_table("clients")
    op.drop_table("audit_log")
