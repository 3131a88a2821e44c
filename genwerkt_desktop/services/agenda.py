"""The agenda across all clients: appointments, steps due, overdue steps, aftercare
contact moments, referral appointments, meetings and referrals to pick up again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ContactKind,
    Initiator,
    MeetingKind,
)
from genwerkt_desktop.store import agenda_rows
from genwerkt_desktop.store.row_values import Rows, utc_key

from .vault import OpenVault


class AgendaKind(StrEnum):
    APPOINTMENT = "afspraak"
    STEP_DUE = "stap"
    STEP_OVERDUE = "stap_te_laat"
    AFTERCARE = "nazorg"
    REFERRAL_APPOINTMENT = "doorverwijzing"
    MEETING = "overleg"
    REVISIT = "opnieuw_bekijken"
    STEP_REVISIT = "stap_opnieuw_bekijken"


@dataclass(frozen=True)
class AgendaDetail:
    """What an item is about, as facts: the interface words them in its own language."""

    subject: str = ""  # as typed or named: a step's text, a place, an organisation
    contact_kind: ContactKind | None = None
    meeting_kind: MeetingKind | None = None
    aftercare_kind: AftercareKind | None = None
    client_initiates: bool = False


@dataclass(frozen=True)
class AgendaItem:
    kind: AgendaKind
    day: date
    at: datetime | None  # None for things due on a day (steps, aftercare)
    client_id: str
    client_name: str
    detail: AgendaDetail
    ref_id: str

    @property
    def overdue(self) -> bool:
        return self.kind is AgendaKind.STEP_OVERDUE


class AgendaService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def today(self) -> list[AgendaItem]:
        today = self._vault.clock.today()
        return self.between(today, today)

    def this_week(self) -> list[AgendaItem]:
        """Monday to Sunday of the current week, plus everything overdue."""
        today = self._vault.clock.today()
        monday = today - timedelta(days=today.weekday())
        return self.between(monday, monday + timedelta(days=6))

    def between(self, first: date, last: date) -> list[AgendaItem]:
        """Everything from ``first`` to ``last`` (inclusive) and open steps overdue today."""
        tz = self._vault.clock.now().tzinfo
        start = utc_key(datetime.combine(first, time.min, tzinfo=tz))
        end = utc_key(datetime.combine(last + timedelta(days=1), time.min, tzinfo=tz))
        today = self._vault.clock.today()
        with self._vault.db.read() as conn:
            names = _client_names(agenda_rows.current_clients(conn))
            items = [
                *_appointments(agenda_rows.planned_contacts(conn, start, end)),
                *_steps(agenda_rows.open_steps_due(conn, first, last, today), today),
                *_aftercare(agenda_rows.open_aftercare_moments(conn, first, last)),
                *_referral_appointments(agenda_rows.referral_appointments(conn, start, end)),
                *_meetings(agenda_rows.meetings(conn, start, end)),
                *_revisits(agenda_rows.referrals_to_revisit(conn, first, last)),
                *_step_revisits(agenda_rows.steps_to_revisit(conn, first, last)),
            ]
        out = [
            AgendaItem(kind, day, at, cid, names.get(cid, "?"), detail, ref)
            for kind, day, at, cid, detail, ref in items
            if cid in names
        ]
        out.sort(
            key=lambda i: (
                not i.overdue,
                i.day,
                i.at is None,
                i.at or datetime.min.replace(tzinfo=tz),
                i.client_name,
            )
        )
        return out


Row = tuple[AgendaKind, date, datetime | None, str, AgendaDetail, str]


def _client_names(rows: Rows) -> dict[str, str]:
    return {r.id: f"{r.preferred_name or r.first_name} {r.last_name}".strip() for r in rows}


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _appointments(rows: Rows) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        at = _moment(r.at)
        detail = AgendaDetail(r.place or "", contact_kind=ContactKind(r.kind))
        out.append((AgendaKind.APPOINTMENT, at.date(), at, r.client_id, detail, r.id))
    return out


def _steps(rows: Rows, today: date) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        kind = AgendaKind.STEP_OVERDUE if r.due_on < today else AgendaKind.STEP_DUE
        out.append((kind, r.due_on, None, r.client_id, AgendaDetail(r.text), r.id))
    return out


def _aftercare(rows: Rows) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        detail = AgendaDetail(
            aftercare_kind=AftercareKind(r.kind) if r.kind else None,
            client_initiates=r.who_initiates == Initiator.CLIENT.value,
        )
        out.append((AgendaKind.AFTERCARE, r.on, None, r.client_id, detail, str(r.pk)))
    return out


def _referral_appointments(rows: Rows) -> list[Row]:
    out: list[Row] = []
    for row in rows:
        at = _moment(json.loads(row.appointment_json)["at"])
        out.append(
            (
                AgendaKind.REFERRAL_APPOINTMENT,
                at.date(),
                at,
                row.client_id,
                AgendaDetail(row.name),
                row.id,
            )
        )
    return out


def _meetings(rows: Rows) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        at = _moment(r.at)
        detail = AgendaDetail(r.place or "", meeting_kind=MeetingKind(r.kind))
        out.append((AgendaKind.MEETING, at.date(), at, r.client_id, detail, r.id))
    return out


def _revisits(rows: Rows) -> list[Row]:
    return [
        (
            AgendaKind.REVISIT,
            row.revisit_on,
            None,
            row.client_id,
            AgendaDetail(row.name),
            row.id,
        )
        for row in rows
    ]


def _step_revisits(rows: Rows) -> list[Row]:
    """Steps put on hold, on the day the coach chose to look at them again."""
    return [
        (AgendaKind.STEP_REVISIT, r.revisit_on, None, r.client_id, AgendaDetail(r.text), r.id)
        for r in rows
    ]
