"""Frozen records for every entity of the exchange format (dossier-v1).

Collections are tuples so that a record handed to a view can never be changed behind
the service's back. ``None`` means "not recorded", which the exchange format leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .enums import (
    AftercareKind,
    AppointmentMadeBy,
    BalanceSide,
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    ContactKind,
    ContactOutcome,
    GoalStatus,
    Initiator,
    LifeDomain,
    MeetingKind,
    NodeCategory,
    NoteScope,
    ObservationKind,
    Owner,
    Phase,
    ReferralStatus,
    ReminderPreference,
    RightStatus,
    ShareCategory,
    StepStatus,
    SupportFlow,
    SupportKind,
    SupportMode,
    TeamSharing,
    TieQuality,
    TieStrength,
)
from .instruments import (
    Decision,
    FirstReception,
    InnerNote,
    LifeEvent,
    Mindmap,
    PhoneRequest,
    Vacancy,
)

Extra = Mapping[str, Any]


def display_name(first_name: str, last_name: str, preferred_name: str | None) -> str:
    """How a client is named in lists and on sheets: the name they go by, then the last."""
    return f"{preferred_name or first_name} {last_name}".strip()


@dataclass(frozen=True)
class Client:
    id: str
    first_name: str
    last_name: str
    preferred_name: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    language: str | None = None
    reminder_preference: ReminderPreference | None = None
    coach: str | None = None
    referred_by: str | None = None
    support_question: str | None = None
    status: ClientStatus | None = None
    started_on: date | None = None
    closed_on: date | None = None
    team_sharing: TeamSharing | None = None
    extra: Extra | None = None

    @property
    def called(self) -> str:
        """The first name the client goes by."""
        return self.preferred_name or self.first_name

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)


@dataclass(frozen=True)
class PhaseEntry:
    phase: Phase
    started_on: date
    note: str | None = None


@dataclass(frozen=True)
class Observation:
    id: str
    domain: LifeDomain
    kind: ObservationKind
    text: str
    voiced_by_client: bool | None = None
    noted_on: date | None = None


@dataclass(frozen=True)
class Right:
    id: str
    name: str
    status: RightStatus
    domain: LifeDomain | None = None
    updated_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class EcogramNode:
    id: str
    label: str
    category: NodeCategory
    organisation_id: str | None = None
    x: float | None = None
    y: float | None = None
    strength: TieStrength | None = None
    quality: TieQuality | None = None
    flow: SupportFlow | None = None
    support: tuple[SupportKind, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class EcogramTie:
    from_id: str
    to_id: str
    strength: TieStrength | None = None
    quality: TieQuality | None = None


@dataclass(frozen=True)
class Ecogram:
    id: str
    drawn_on: date
    nodes: tuple[EcogramNode, ...] = ()
    ties: tuple[EcogramTie, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class BalanceFactor:
    side: BalanceSide
    text: str
    weight: int
    domain: LifeDomain | None = None


@dataclass(frozen=True)
class Balance:
    id: str
    assessed_on: date
    factors: tuple[BalanceFactor, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    owner: Owner
    status: StepStatus
    owner_name: str | None = None
    mode: SupportMode | None = None
    due_on: date | None = None
    evaluation: str | None = None


@dataclass(frozen=True)
class Goal:
    id: str
    title: str
    status: GoalStatus
    domain: LifeDomain | None = None
    client_words: str | None = None
    measure: str | None = None
    agreed_by_client: bool | None = None
    realistic_note: str | None = None
    due_on: date | None = None
    priority: int | None = None
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Contact:
    id: str
    at: datetime
    kind: ContactKind
    place: str | None = None
    summary: str | None = None
    note_scope: NoteScope | None = None
    client_may_read: bool | None = None
    planned: bool | None = None
    outcome: ContactOutcome | None = None  # once a planned moment passed (dossier-v1)

    @property
    def is_personal(self) -> bool:
        return self.note_scope is NoteScope.PERSONAL


@dataclass(frozen=True)
class ContactPerson:
    id: str
    name: str
    role: str | None = None
    phone: str | None = None
    email: str | None = None
    trusted: bool | None = None
    backup: bool | None = None


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    services: str | None = None
    entry_criteria: str | None = None
    way_of_working: str | None = None
    stopping_consequences: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    opening_hours: str | None = None
    contacts: tuple[ContactPerson, ...] = ()


@dataclass(frozen=True)
class Consent:
    id: str
    organisation_id: str
    granted_on: date
    categories: tuple[ShareCategory, ...] = ()
    method: ConsentMethod | None = None
    not_to_share: str | None = None
    revoked_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class ReferralStep:
    step: int
    done: bool
    done_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class Appointment:
    at: datetime | None = None
    place: str | None = None
    made_by: AppointmentMadeBy | None = None
    documents_to_bring: tuple[str, ...] = ()
    coach_comes_along: bool | None = None
    transport: str | None = None
    reminder_wanted: bool | None = None


@dataclass(frozen=True)
class Referral:
    id: str
    organisation_id: str
    status: ReferralStatus
    contact_person_id: str | None = None
    domain: LifeDomain | None = None
    need: str | None = None
    revisit_on: date | None = None
    steps: tuple[ReferralStep, ...] = ()
    appointment: Appointment | None = None
    client_questions: tuple[str, ...] = ()
    who_says_what: str | None = None
    feedback_agreement: str | None = None


@dataclass(frozen=True)
class Participant:
    name: str
    organisation_id: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class ClientPrepared:
    what_it_is: bool | None = None
    why_and_consequences: bool | None = None
    who_attends: bool | None = None
    how_it_goes: bool | None = None
    what_is_shared: bool | None = None
    themes: bool | None = None


@dataclass(frozen=True)
class Agreement:
    what: str
    who: str | None = None
    due_on: date | None = None
    client_agrees: bool | None = None


@dataclass(frozen=True)
class Theme:
    title: str
    client_view: str | None = None
    agreements: tuple[Agreement, ...] = ()


@dataclass(frozen=True)
class Meeting:
    id: str
    at: datetime
    kind: MeetingKind | None = None
    place: str | None = None
    purpose: str | None = None
    coordinator: str | None = None
    client_attends: bool | None = None
    participants: tuple[Participant, ...] = ()
    client_prepared: ClientPrepared | None = None
    themes: tuple[Theme, ...] = ()
    privacy_agreements: str | None = None
    feedback_agreements: str | None = None


@dataclass(frozen=True)
class Closure:
    evaluated_on: date | None = None
    reason: ClosureReason | None = None
    client_experience: str | None = None
    most_helpful: str | None = None
    # Not a property of dossier-v1's closure: exchanged under the dossier's "extra".
    held_back: str | None = None
    achieved: str | None = None
    continues_alone: str | None = None
    still_difficult: str | None = None
    network_fallback: str | None = None
    coach_remarks: str | None = None


@dataclass(frozen=True)
class AftercareMoment:
    on: date
    kind: AftercareKind | None = None
    who_initiates: Initiator | None = None
    done: bool | None = None


@dataclass(frozen=True)
class Aftercare:
    starts_on: date | None = None
    ends_on: date | None = None
    contact_moments: tuple[AftercareMoment, ...] = ()
    can_come_back_for: tuple[str, ...] = ()
    not_possible: tuple[str, ...] = ()
    network_support: tuple[str, ...] = ()
    signals_to_watch: tuple[str, ...] = ()
    useful_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dossier:
    """One client's whole dossier, as the exchange format carries it."""

    client: Client
    phases: tuple[PhaseEntry, ...] = ()
    observations: tuple[Observation, ...] = ()
    rights: tuple[Right, ...] = ()
    ecograms: tuple[Ecogram, ...] = ()
    balances: tuple[Balance, ...] = ()
    goals: tuple[Goal, ...] = ()
    contacts: tuple[Contact, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    consents: tuple[Consent, ...] = ()
    referrals: tuple[Referral, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    closure: Closure | None = None
    aftercare: Aftercare | None = None
    first_reception: FirstReception | None = None
    inner_notes: tuple[InnerNote, ...] = ()
    life_events: tuple[LifeEvent, ...] = ()
    mindmaps: tuple[Mindmap, ...] = ()
    vacancies: tuple[Vacancy, ...] = ()
    decisions: tuple[Decision, ...] = ()
    phone_requests: tuple[PhoneRequest, ...] = ()
    extra: Extra | None = field(default=None)
