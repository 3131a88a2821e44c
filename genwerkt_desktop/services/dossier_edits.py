"""Small edits to one dossier: the card, a phase, a contact note, an observation, a right,
and the methodology's instruments (first reception, binnenkant, life story, mind maps,
vacancies, decisions, phone requests).

Each call is one transaction; the search index follows.  Deleting a part leaves an
audit line without its content.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from genwerkt_desktop.domain.changes import Changes, ChangesWith, Part
from genwerkt_desktop.domain.contact_outcome import with_outcome
from genwerkt_desktop.domain.enums import (
    ClientStatus,
    ContactOutcome,
    Phase,
    ReminderPreference,
    TeamSharing,
)
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.merge import Merged, merge_over
from genwerkt_desktop.domain.model import (
    Aftercare,
    Balance,
    Client,
    Closure,
    Consent,
    Contact,
    Dossier,
    Ecogram,
    Goal,
    Meeting,
    Observation,
    PhaseEntry,
    Referral,
    Right,
)
from genwerkt_desktop.store import dossier_parts, dossier_read, pop_follow_up

from .coach_profile import load_profile
from .instrument_edits import InstrumentEdits
from .vault import OpenVault


@dataclass(frozen=True)
class NewClient:
    """What the first reception asks: who, how to reach them, and their question."""

    first_name: str
    last_name: str
    phone: str | None = None
    email: str | None = None
    reminder_preference: ReminderPreference | None = None
    referred_by: str | None = None
    support_question: str | None = None
    coach: str | None = None
    preferred_name: str | None = None
    team_sharing: TeamSharing | None = None  # asked at the first reception (team mode)


def new_id() -> str:
    return str(uuid.uuid4())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


class DossierEdits:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        self.instruments = InstrumentEdits(vault)

    def create_client(self, new: NewClient) -> str:
        """A new dossier in the intake phase, started today; returns its id."""
        first, last = new.first_name.strip(), new.last_name.strip()
        if not first or not last:
            raise ValueError("voornaam en familienaam zijn nodig")
        today = self._vault.clock.today()
        client = Client(
            id=new_id(),
            first_name=first,
            last_name=last,
            preferred_name=_clean(new.preferred_name),
            phone=_clean(new.phone),
            email=_clean(new.email),
            reminder_preference=new.reminder_preference,
            coach=_clean(new.coach),
            referred_by=_clean(new.referred_by),
            support_question=_clean(new.support_question),
            status=ClientStatus.ACTIVE,
            started_on=today,
            team_sharing=new.team_sharing,
        )
        dossier = Dossier(client=client, phases=(PhaseEntry(Phase.INTAKE, today),))
        with self._vault.db.write() as conn:
            dossier_parts.insert_client(conn, dossier)
            self._vault.record("aangemaakt", client.id, conn=conn)
        return client.id

    def update_client(self, client: Client) -> Changes:
        with self._vault.write_dossier(client.id) as conn:
            dossier_parts.update_client(conn, client)
        return Changes.of(client.id, Part.CLIENT)

    def set_team_sharing(self, client_id: str, sharing: TeamSharing | None) -> Changes:
        """Record what the client said about the team (or that it was not asked)."""
        with self._vault.write_dossier(client_id) as conn:
            client = dossier_read.read_client_by_id(conn, client_id)
            if client is None:
                raise StateError(f"geen cliënt met id {client_id}")
            dossier_parts.update_client(conn, replace(client, team_sharing=sharing))
        return Changes.of(client_id, Part.CLIENT)

    def enter_phase(
        self, client_id: str, phase: Phase, on: date | None = None, note: str | None = None
    ) -> Changes:
        """Start a phase (going back to an earlier one is allowed and kept in history)."""
        entry = PhaseEntry(phase, on or self._vault.clock.today(), _clean(note))
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.append_phase(conn, client_id, entry)
        return Changes.of(client_id, Part.PHASES)

    def save_contact(self, client_id: str, contact: Contact) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_contact(conn, client_id, contact)
        return Changes.of(client_id, Part.CONTACTS)

    def record_outcome(
        self,
        client_id: str,
        contact_id: str,
        outcome: ContactOutcome,
        *,
        moved_to: datetime | None = None,
        follow_up: Contact | None = None,
    ) -> Changes:
        """Record what became of a planned contact (doorgegaan, niet gekomen, verzet),
        and save the follow-up the coach confirmed for a missed one, in one write."""
        with self._vault.write_dossier(client_id) as conn:
            contacts = {c.id: c for c in dossier_read.read_contacts(conn, client_id)}
            contact = contacts.get(contact_id)
            if contact is None:
                raise StateError("dit contactmoment bestaat niet meer")
            dossier_parts.save_contact(conn, client_id, with_outcome(contact, outcome, moved_to))
            if follow_up is not None:
                dossier_parts.save_contact(conn, client_id, follow_up)
        return Changes.of(client_id, Part.CONTACTS)

    def delete_contact(self, client_id: str, contact_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_contact(conn, client_id, contact_id)
            self._vault.record("onderdeel_verwijderd", client_id, "contact", conn=conn)
        return Changes.of(client_id, Part.CONTACTS)

    def save_observation(self, client_id: str, observation: Observation) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_observation(conn, client_id, observation)
        return Changes.of(client_id, Part.DOMAINS)

    def delete_observation(self, client_id: str, observation_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_observation(conn, client_id, observation_id)
            self._vault.record("onderdeel_verwijderd", client_id, "observatie", conn=conn)
        return Changes.of(client_id, Part.DOMAINS)

    def save_right(self, client_id: str, right: Right) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_right(conn, client_id, right)
        return Changes.of(client_id, Part.DOMAINS)

    def delete_right(self, client_id: str, right_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_right(conn, client_id, right_id)
            self._vault.record("onderdeel_verwijderd", client_id, "recht", conn=conn)
        return Changes.of(client_id, Part.DOMAINS)

    # -- composite parts: each saved whole (with its members, factors, steps …) in place

    def save_ecogram(self, client_id: str, ecogram: Ecogram) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_ecogram(conn, client_id, ecogram)
        return Changes.of(client_id, Part.ECOGRAMS)

    def delete_ecogram(self, client_id: str, ecogram_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_ecogram(conn, client_id, ecogram_id)
            self._vault.record("onderdeel_verwijderd", client_id, "ecogram", conn=conn)
        return Changes.of(client_id, Part.ECOGRAMS)

    def save_balance(self, client_id: str, balance: Balance) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_balance(conn, client_id, balance)
        return Changes.of(client_id, Part.BALANCES)

    def delete_balance(self, client_id: str, balance_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_balance(conn, client_id, balance_id)
            self._vault.record("onderdeel_verwijderd", client_id, "balans", conn=conn)
        return Changes.of(client_id, Part.BALANCES)

    def save_goal(self, client_id: str, goal: Goal) -> Changes:
        """Save a goal and its steps; its status history and revisit dates stay."""
        by = load_profile(self._vault.paths).name or None
        with self._vault.write_dossier(client_id) as conn:
            pop_follow_up.save_goal_keeping_follow_up(
                conn, client_id, goal, {}, self._vault.clock.now(), by
            )
        return Changes.of(client_id, Part.POP)

    def delete_goal(self, client_id: str, goal_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_goal(conn, client_id, goal_id)
            self._vault.record("onderdeel_verwijderd", client_id, "doel", conn=conn)
        return Changes.of(client_id, Part.POP)

    def reorder_goals(self, client_id: str, goal_ids: list[str]) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.reorder_goals(conn, client_id, goal_ids)
        return Changes.of(client_id, Part.POP)

    def save_consent(self, client_id: str, consent: Consent) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_consent(conn, client_id, consent)
            self._vault.record("toestemming_vastgelegd", client_id, consent.id, conn=conn)
        return Changes.of(client_id, Part.COLLABORATION)

    def delete_consent(self, client_id: str, consent_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_consent(conn, client_id, consent_id)
            self._vault.record("onderdeel_verwijderd", client_id, "toestemming", conn=conn)
        return Changes.of(client_id, Part.COLLABORATION)

    def save_referral(self, client_id: str, referral: Referral) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_referral(conn, client_id, referral)
        return Changes.of(client_id, Part.COLLABORATION)

    def delete_referral(self, client_id: str, referral_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_referral(conn, client_id, referral_id)
            self._vault.record("onderdeel_verwijderd", client_id, "verwijzing", conn=conn)
        return Changes.of(client_id, Part.COLLABORATION)

    def save_meeting(self, client_id: str, meeting: Meeting) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_meeting(conn, client_id, meeting)
        return Changes.of(client_id, Part.COLLABORATION)

    def delete_meeting(self, client_id: str, meeting_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_meeting(conn, client_id, meeting_id)
            self._vault.record("onderdeel_verwijderd", client_id, "overleg", conn=conn)
        return Changes.of(client_id, Part.COLLABORATION)

    def set_closure(self, client_id: str, closure: Closure | None) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.set_closure(conn, client_id, closure)
        return Changes.of(client_id, Part.CLOSURE)

    def set_aftercare(self, client_id: str, aftercare: Aftercare | None) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.set_aftercare(conn, client_id, aftercare)
        return Changes.of(client_id, Part.CLOSURE)

    def save_aftercare_over(
        self, client_id: str, base: Aftercare | None, mine: Aftercare
    ) -> ChangesWith[Merged[Aftercare]]:
        """Save the coach's plan over what is stored now, in one unit of work: what
        changed elsewhere since the form was filled from ``base`` (a moment ticked off in
        the agenda) is kept, never overwritten with the form's stale copy."""
        with self._vault.write_dossier(client_id) as conn:
            merged = merge_over(
                base, mine, dossier_read.read_existing_dossier(conn, client_id).aftercare
            )
            dossier_parts.set_aftercare(conn, client_id, merged.value)
        return ChangesWith(Changes.of(client_id, Part.CLOSURE), merged)

    def save_closure_over(
        self, client_id: str, base: Closure | None, mine: Closure
    ) -> ChangesWith[Merged[Closure]]:
        """As :meth:`save_aftercare_over`, for the closing talk."""
        with self._vault.write_dossier(client_id) as conn:
            merged = merge_over(
                base, mine, dossier_read.read_existing_dossier(conn, client_id).closure
            )
            dossier_parts.set_closure(conn, client_id, merged.value)
        return ChangesWith(Changes.of(client_id, Part.CLOSURE), merged)
