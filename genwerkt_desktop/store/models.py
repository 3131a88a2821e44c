"""Tables of the encrypted store (SQLAlchemy 2, typed).

Child rows carry a ``position`` so a dossier reads back in the order it was written:
export → import → export must give the same document.  Small value lists that are
never queried on their own (consent categories, documents to bring, meeting themes)
are JSON text columns; everything the agenda or search needs is a real column.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _client_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("clients.id", ondelete="CASCADE"), index=True)


class OrganisationRow(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    services: Mapped[str | None] = mapped_column(Text)
    entry_criteria: Mapped[str | None] = mapped_column(Text)
    way_of_working: Mapped[str | None] = mapped_column(Text)
    stopping_consequences: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(500))
    website: Mapped[str | None] = mapped_column(String(500))
    opening_hours: Mapped[str | None] = mapped_column(String(500))


class ContactPersonRow(Base):
    __tablename__ = "contact_persons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(500))
    trusted: Mapped[bool | None] = mapped_column(Boolean)
    backup: Mapped[bool | None] = mapped_column(Boolean)


class ClientRow(Base):
    __tablename__ = "clients"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(500))
    last_name: Mapped[str] = mapped_column(String(500))
    preferred_name: Mapped[str | None] = mapped_column(String(500))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(500))
    address: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(500))
    reminder_preference: Mapped[str | None] = mapped_column(String(20))
    coach: Mapped[str | None] = mapped_column(String(500))
    referred_by: Mapped[str | None] = mapped_column(String(500))
    support_question: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(20), index=True)
    started_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    team_sharing: Mapped[str | None] = mapped_column(String(20))
    extra_json: Mapped[str | None] = mapped_column(Text)
    dossier_extra_json: Mapped[str | None] = mapped_column(Text)


class PhaseEntryRow(Base):
    __tablename__ = "phase_entries"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    phase: Mapped[str] = mapped_column(String(30))
    started_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ObservationRow(Base):
    __tablename__ = "observations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    voiced_by_client: Mapped[bool | None] = mapped_column(Boolean)
    noted_on: Mapped[date | None] = mapped_column(Date)


class RightRow(Base):
    __tablename__ = "rights"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(30))
    updated_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class EcogramRow(Base):
    __tablename__ = "ecograms"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    drawn_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class EcogramNodeRow(Base):
    """A network member; the same node id may recur in later versions of the ecogram."""

    __tablename__ = "ecogram_nodes"
    __table_args__ = (UniqueConstraint("ecogram_id", "node_id"),)
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    ecogram_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ecograms.id", ondelete="CASCADE"), index=True
    )
    node_id: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(500))
    category: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organisations.id"), index=True
    )
    x: Mapped[float | None] = mapped_column(Float)
    y: Mapped[float | None] = mapped_column(Float)
    strength: Mapped[str | None] = mapped_column(String(20))
    quality: Mapped[str | None] = mapped_column(String(20))
    flow: Mapped[str | None] = mapped_column(String(20))
    support_json: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str | None] = mapped_column(Text)


class EcogramTieRow(Base):
    __tablename__ = "ecogram_ties"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    ecogram_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ecograms.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    from_id: Mapped[str] = mapped_column(String(36))
    to_id: Mapped[str] = mapped_column(String(36))
    strength: Mapped[str | None] = mapped_column(String(20))
    quality: Mapped[str | None] = mapped_column(String(20))


class BalanceRow(Base):
    __tablename__ = "balances"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class BalanceFactorRow(Base):
    __tablename__ = "balance_factors"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    balance_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("balances.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(20))
    domain: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(500))
    weight: Mapped[int] = mapped_column(Integer)


class GoalRow(Base):
    __tablename__ = "goals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    client_words: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    agreed_by_client: Mapped[bool | None] = mapped_column(Boolean)
    realistic_note: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))


class StepRow(Base):
    __tablename__ = "steps"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(20))
    owner_name: Mapped[str | None] = mapped_column(String(500))
    mode: Mapped[str | None] = mapped_column(String(20))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    evaluation: Mapped[str | None] = mapped_column(Text)


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        # ``planned`` too: the client list's last contact is read from the index alone
        # (migration 0011).
        Index("ix_contacts_client_at_planned", "client_id", "at_utc", "planned"),
        # The due marks and the agenda read the planned ones only (migration 0007); the
        # condition is written as the read writes it, so SQLite uses the index.
        Index(
            "ix_contacts_planned", "client_id", "position", sqlite_where=sql_text("planned IS 1")
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    # The moment as written (with its offset) and the same moment in UTC for sorting.
    at: Mapped[str] = mapped_column(String(40))
    at_utc: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    note_scope: Mapped[str | None] = mapped_column(String(20))
    client_may_read: Mapped[bool | None] = mapped_column(Boolean)
    planned: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str | None] = mapped_column(String(20))


class ConsentRow(Base):
    __tablename__ = "consents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id"), index=True
    )
    granted_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(20))
    categories_json: Mapped[str] = mapped_column(Text, default="[]")
    not_to_share: Mapped[str | None] = mapped_column(Text)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ReferralRow(Base):
    __tablename__ = "referrals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisations.id"), index=True
    )
    contact_person_id: Mapped[str | None] = mapped_column(String(36))
    domain: Mapped[str | None] = mapped_column(String(20))
    need: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    revisit_on: Mapped[date | None] = mapped_column(Date)
    # The appointment is one value object; absent when the JSON is NULL.
    appointment_json: Mapped[str | None] = mapped_column(Text)
    appointment_at_utc: Mapped[str | None] = mapped_column(String(40), index=True)
    client_questions_json: Mapped[str] = mapped_column(Text, default="[]")
    who_says_what: Mapped[str | None] = mapped_column(Text)
    feedback_agreement: Mapped[str | None] = mapped_column(Text)


class ReferralStepRow(Base):
    __tablename__ = "referral_steps"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class MeetingRow(Base):
    __tablename__ = "meetings"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[str] = mapped_column(String(40))
    at_utc: Mapped[str] = mapped_column(String(40), index=True)
    place: Mapped[str | None] = mapped_column(String(500))
    purpose: Mapped[str | None] = mapped_column(Text)
    coordinator: Mapped[str | None] = mapped_column(String(500))
    client_attends: Mapped[bool | None] = mapped_column(Boolean)
    participants_json: Mapped[str] = mapped_column(Text, default="[]")
    client_prepared_json: Mapped[str | None] = mapped_column(Text)
    themes_json: Mapped[str] = mapped_column(Text, default="[]")
    privacy_agreements: Mapped[str | None] = mapped_column(Text)
    feedback_agreements: Mapped[str | None] = mapped_column(Text)


class ClosureRow(Base):
    __tablename__ = "closures"
    client_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(30))
    client_experience: Mapped[str | None] = mapped_column(Text)
    most_helpful: Mapped[str | None] = mapped_column(Text)
    held_back: Mapped[str | None] = mapped_column(Text)
    achieved: Mapped[str | None] = mapped_column(Text)
    continues_alone: Mapped[str | None] = mapped_column(Text)
    still_difficult: Mapped[str | None] = mapped_column(Text)
    network_fallback: Mapped[str | None] = mapped_column(Text)
    coach_remarks: Mapped[str | None] = mapped_column(Text)


class AftercareRow(Base):
    __tablename__ = "aftercare_plans"
    client_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    can_come_back_for_json: Mapped[str] = mapped_column(Text, default="[]")
    not_possible_json: Mapped[str] = mapped_column(Text, default="[]")
    network_support_json: Mapped[str] = mapped_column(Text, default="[]")
    signals_to_watch_json: Mapped[str] = mapped_column(Text, default="[]")
    useful_numbers_json: Mapped[str] = mapped_column(Text, default="[]")


class AftercareMomentRow(Base):
    __tablename__ = "aftercare_moments"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    who_initiates: Mapped[str | None] = mapped_column(String(20))
    done: Mapped[bool | None] = mapped_column(Boolean)


# -- the methodology's instruments (migration 0007): nested lists are JSON text


class FirstReceptionRow(Base):
    __tablename__ = "first_receptions"
    client_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    on: Mapped[date | None] = mapped_column(Date)
    explained_secrecy: Mapped[bool | None] = mapped_column(Boolean)
    explained_what_is_noted: Mapped[bool | None] = mapped_column(Boolean)
    explained_team_sharing: Mapped[bool | None] = mapped_column(Boolean)
    reachability: Mapped[str | None] = mapped_column(Text)
    practical_help: Mapped[str | None] = mapped_column(Text)
    client_expectations: Mapped[str | None] = mapped_column(Text)


class InnerNoteRow(Base):
    __tablename__ = "inner_notes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    aspect: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    domain: Mapped[str | None] = mapped_column(String(20))
    voiced_by_client: Mapped[bool | None] = mapped_column(Boolean)
    noted_on: Mapped[date | None] = mapped_column(Date)


class LifeEventRow(Base):
    __tablename__ = "life_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    when_text: Mapped[str | None] = mapped_column(String(500))  # "when" is an SQL word
    on: Mapped[date | None] = mapped_column(Date)
    domain: Mapped[str | None] = mapped_column(String(20))


class MindmapRow(Base):
    __tablename__ = "mindmaps"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    centre: Mapped[str] = mapped_column(String(500))
    made_on: Mapped[date | None] = mapped_column(Date)
    branches_json: Mapped[str] = mapped_column(Text, default="[]")


class VacancyRow(Base):
    __tablename__ = "vacancies"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    employer: Mapped[str | None] = mapped_column(String(500))
    read_on: Mapped[date | None] = mapped_column(Date)
    requirements_json: Mapped[str] = mapped_column(Text, default="[]")
    conclusion: Mapped[str | None] = mapped_column(String(30))
    client_words: Mapped[str | None] = mapped_column(Text)


class DecisionRow(Base):
    __tablename__ = "decisions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(String(500))
    made_on: Mapped[date | None] = mapped_column(Date)
    options_json: Mapped[str] = mapped_column(Text, default="[]")
    chosen: Mapped[str | None] = mapped_column(String(500))
    client_words: Mapped[str | None] = mapped_column(Text)


class PhoneRequestRow(Base):
    """No foreign key to the directory: the caller's organisation is a note of who
    called, and the sociale kaart may forget it without touching the dossier."""

    __tablename__ = "phone_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = _client_fk()
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))
    at_utc: Mapped[str] = mapped_column(String(40))
    caller: Mapped[str] = mapped_column(String(500))
    organisation_id: Mapped[str | None] = mapped_column(String(36), index=True)
    what_asked: Mapped[str] = mapped_column(Text)
    why: Mapped[str | None] = mapped_column(Text)
    client_informed: Mapped[bool | None] = mapped_column(Boolean)
    client_agreed: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(30))
    shared: Mapped[str | None] = mapped_column(Text)


class AuditRow(Base):
    """Append-only; each row's hash covers the previous row's hash. Never content."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(String(500))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# -- team mode on the laptop (migration 0006; its triggers are written there)


class TeamLinkRow(Base):
    """The one link of this vault to its team's server; the coach's secret key stays here,
    inside the encrypted store."""

    __tablename__ = "team_link"
    __table_args__ = (CheckConstraint("id = 1", name="team_link_one_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(200))
    team: Mapped[str] = mapped_column(String(200))
    is_lead: Mapped[bool] = mapped_column(Boolean)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    secret_key: Mapped[bytes] = mapped_column(LargeBinary)
    remember_password: Mapped[bool] = mapped_column(Boolean)
    meta_seq: Mapped[int] = mapped_column(Integer)
    org_seq: Mapped[int] = mapped_column(Integer)
    last_sync_at: Mapped[str | None] = mapped_column(String(40))
    admitted: Mapped[bool] = mapped_column(Boolean)


class TeamKeyRow(Base):
    __tablename__ = "team_keys"
    key_version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class TeamCopyRow(Base):
    """What this laptop knows of one team dossier; no foreign key: the server's list may
    name a dossier before its first pull."""

    __tablename__ = "team_copies"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(200))
    base_version: Mapped[int] = mapped_column(Integer)
    seen_version: Mapped[int] = mapped_column(Integer)
    server_version: Mapped[int] = mapped_column(Integer)
    synced_revision: Mapped[int] = mapped_column(Integer)


class DossierRevisionRow(Base):
    __tablename__ = "dossier_revisions"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class TeamApplyingRow(Base):
    __tablename__ = "team_applying"
    __table_args__ = (CheckConstraint("id = 1", name="team_applying_one_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean)


class TeamConflictRow(Base):
    __tablename__ = "team_conflicts"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mine_document: Mapped[str] = mapped_column(Text)
    server_version: Mapped[int] = mapped_column(Integer)
    server_holder: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class OrganisationRevisionRow(Base):
    __tablename__ = "organisation_revisions"
    org_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class OrgCopyRow(Base):
    __tablename__ = "org_copies"
    org_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    seen_version: Mapped[int] = mapped_column(Integer)
    server_version: Mapped[int] = mapped_column(Integer)
    synced_revision: Mapped[int] = mapped_column(Integer)


class OrgConflictRow(Base):
    __tablename__ = "org_conflicts"
    org_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    theirs_document: Mapped[str] = mapped_column(Text)
    server_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))


def table_of(row_class: type[Base]) -> Table:
    """The Core table of a mapped class, typed as such (``__table__`` is a FromClause)."""
    return cast(Table, row_class.__table__)
