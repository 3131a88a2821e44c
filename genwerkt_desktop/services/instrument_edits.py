"""Edits of the methodology's instruments in one dossier (issue 19): the first
reception, the binnenkant and life story, mind maps, vacancies, choices and phone
requests.  Each is saved whole, in place; a removal is audited.  Reached as
``DossierEdits.instruments``, so a dossier's unit of work can use it like any edit."""

from __future__ import annotations

from dataclasses import replace

from genwerkt_desktop.domain import phone_request
from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.instruments import (
    Decision,
    FirstReception,
    InnerNote,
    LifeEvent,
    Mindmap,
    PhoneRequest,
    Vacancy,
)
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.store import dossier_parts, dossier_read

from .vault import OpenVault


class InstrumentEdits:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def set_first_reception(self, client_id: str, reception: FirstReception | None) -> Changes:
        """Record (or, with None, clear) what was explained and agreed at the start."""
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.set_first_reception(conn, client_id, reception)
        return Changes.of(client_id, Part.FIRST_RECEPTION)

    def record_first_reception(
        self,
        client_id: str,
        reception: FirstReception,
        sharing: TeamSharing | None,
        appointment: Contact | None = None,
    ) -> Changes:
        """The first reception dialog in one unit of work: what was explained, what the
        client said about the team, and the next appointment; all of it or nothing."""
        parts = {Part.FIRST_RECEPTION}
        with self._vault.write_dossier(client_id) as conn:
            client = dossier_read.read_client_by_id(conn, client_id)
            if client is None:
                raise StateError(f"geen cliënt met id {client_id}")
            dossier_parts.set_first_reception(conn, client_id, reception)
            if client.team_sharing != sharing:
                dossier_parts.update_client(conn, replace(client, team_sharing=sharing))
                parts.add(Part.CLIENT)
            if appointment is not None:
                dossier_parts.save_contact(conn, client_id, appointment)
                parts.add(Part.CONTACTS)
        return Changes.of(client_id, *parts)

    def save_inner_note(self, client_id: str, note: InnerNote) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_inner_note(conn, client_id, note)
        return Changes.of(client_id, Part.INNER_NOTES)

    def remove_inner_note(self, client_id: str, note_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_inner_note(conn, client_id, note_id)
            self._vault.record("onderdeel_verwijderd", client_id, "binnenkant", conn=conn)
        return Changes.of(client_id, Part.INNER_NOTES)

    def save_life_event(self, client_id: str, event: LifeEvent) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_life_event(conn, client_id, event)
        return Changes.of(client_id, Part.LIFE_EVENTS)

    def remove_life_event(self, client_id: str, event_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_life_event(conn, client_id, event_id)
            self._vault.record("onderdeel_verwijderd", client_id, "levensloop", conn=conn)
        return Changes.of(client_id, Part.LIFE_EVENTS)

    def save_mindmap(self, client_id: str, mindmap: Mindmap) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_mindmap(conn, client_id, mindmap)
        return Changes.of(client_id, Part.MINDMAPS)

    def remove_mindmap(self, client_id: str, mindmap_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_mindmap(conn, client_id, mindmap_id)
            self._vault.record("onderdeel_verwijderd", client_id, "mindmap", conn=conn)
        return Changes.of(client_id, Part.MINDMAPS)

    def save_vacancy(self, client_id: str, vacancy: Vacancy) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_vacancy(conn, client_id, vacancy)
        return Changes.of(client_id, Part.VACANCIES)

    def remove_vacancy(self, client_id: str, vacancy_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_vacancy(conn, client_id, vacancy_id)
            self._vault.record("onderdeel_verwijderd", client_id, "vacature", conn=conn)
        return Changes.of(client_id, Part.VACANCIES)

    def save_decision(self, client_id: str, decision: Decision) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_decision(conn, client_id, decision)
        return Changes.of(client_id, Part.DECISIONS)

    def remove_decision(self, client_id: str, decision_id: str) -> Changes:
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_decision(conn, client_id, decision_id)
            self._vault.record("onderdeel_verwijderd", client_id, "keuze", conn=conn)
        return Changes.of(client_id, Part.DECISIONS)

    def save_phone_request(self, client_id: str, request: PhoneRequest) -> Changes:
        """Keep the record of a call; the first save also puts the call among the contact
        moments (a neutral line, never shared with partners), a later save moves that
        moment to the call's time.  The audit log says that a
        phone request was recorded, and nothing of what was asked.  ``ValueError`` when
        the record says something was shared without the client knowing and agreeing."""
        reason = phone_request.problem(request)
        if reason is not None:
            raise ValueError(reason)
        contact = phone_request.contact_for(request)
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.save_phone_request(conn, client_id, request)
            if not dossier_parts.contact_exists(conn, client_id, contact.id):
                dossier_parts.save_contact(conn, client_id, contact)
            else:  # the call's time corrected: its moment follows, the coach's words stay
                dossier_parts.move_contact(conn, client_id, contact.id, request.at)
            self._vault.record("telefoonvraag_vastgelegd", client_id, request.id, conn=conn)
        return Changes.of(client_id, Part.PHONE_REQUESTS, Part.CONTACTS)

    def remove_phone_request(self, client_id: str, request_id: str) -> Changes:
        """Remove the record and the contact moment its first save added."""
        contact_id = phone_request.contact_id_for(request_id)
        with self._vault.write_dossier(client_id) as conn:
            dossier_parts.delete_phone_request(conn, client_id, request_id)
            if dossier_parts.contact_exists(conn, client_id, contact_id):
                dossier_parts.delete_contact(conn, client_id, contact_id)
            self._vault.record("onderdeel_verwijderd", client_id, "telefoonvraag", conn=conn)
        return Changes.of(client_id, Part.PHONE_REQUESTS, Part.CONTACTS)
