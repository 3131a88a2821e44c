"""Small edits to one dossier: the card, a phase, a contact note, an observation, a right.

Each call is one transaction; the search index follows.  Deleting a part leaves an
audit line without its content.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from genwerkt_desktop.domain.enums import ClientStatus, Phase, ReminderPreference
from genwerkt_desktop.domain.model import Client, Contact, Dossier, Observation, PhaseEntry, Right
from genwerkt_desktop.store import dossier_parts

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
        )
        dossier = Dossier(client=client, phases=(PhaseEntry(Phase.INTAKE, today),))
        with self._vault.db.write() as conn:
            dossier_parts.insert_client(conn, dossier)
            self._vault.record("aangemaakt", client.id, conn=conn)
        return client.id

    def update_client(self, client: Client) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.update_client(conn, client)

    def enter_phase(
        self, client_id: str, phase: Phase, on: date | None = None, note: str | None = None
    ) -> None:
        """Start a phase (going back to an earlier one is allowed and kept in history)."""
        entry = PhaseEntry(phase, on or self._vault.clock.today(), _clean(note))
        with self._vault.db.write() as conn:
            dossier_parts.append_phase(conn, client_id, entry)

    def save_contact(self, client_id: str, contact: Contact) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.save_contact(conn, client_id, contact)

    def delete_contact(self, client_id: str, contact_id: str) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.delete_contact(conn, client_id, contact_id)
            self._vault.record("onderdeel_verwijderd", client_id, "contact", conn=conn)

    def save_observation(self, client_id: str, observation: Observation) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.save_observation(conn, client_id, observation)

    def delete_observation(self, client_id: str, observation_id: str) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.delete_observation(conn, client_id, observation_id)
            self._vault.record("onderdeel_verwijderd", client_id, "observatie", conn=conn)

    def save_right(self, client_id: str, right: Right) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.save_right(conn, client_id, right)

    def delete_right(self, client_id: str, right_id: str) -> None:
        with self._vault.db.write() as conn:
            dossier_parts.delete_right(conn, client_id, right_id)
            self._vault.record("onderdeel_verwijderd", client_id, "recht", conn=conn)
