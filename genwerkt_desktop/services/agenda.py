"""The agenda across all clients: appointments, steps due, overdue steps, aftercare
contact moments, referral appointments, meetings and referrals to pick up again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Connection, and_, or_, select

from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ContactKind,
    Initiator,
    MeetingKind,
    StepStatus,
)
from genwerkt_desktop.store.models import (
    AftercareMomentRow,
    ClientRow,
    ContactRow,
    GoalRow,
    MeetingRow,
    OrganisationRow,
    ReferralRow,
    StepRow,
    table_of,
)
from genwerkt_desktop.store.pop_follow_up import step_revisits
from genwerkt_desktop.store.row_values import utc_key

from .vault import OpenVault

OPEN_STEP_STATES = (StepStatus.PLANNED.value, StepStatus.IN_PROGRESS.value)


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
            names = _client_names(conn)
            items = [
                *_appointments(conn, start, end),
                *_steps(conn, first, last, today),
                *_aftercare(conn, first, last),
                *_referral_appointments(conn, start, end),
                *_meetings(conn, start, end),
                *_revisits(conn, first, last),
                *_step_revisits(conn, first, last),
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


def _client_names(conn: Connection) -> dict[str, str]:
    c = table_of(ClientRow)
    archived = ("gearchiveerd", "afgesloten")
    rows = conn.execute(
        select(c.c.id, c.c.first_name, c.c.preferred_name, c.c.last_name).where(
            or_(c.c.status.is_(None), c.c.status.not_in(archived))
        )
    )
    return {r.id: f"{r.preferred_name or r.first_name} {r.last_name}".strip() for r in rows}


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _appointments(conn: Connection, start: str, end: str) -> list[Row]:
    t = table_of(ContactRow)
    rows = conn.execute(
        select(t.c.id, t.c.client_id, t.c.at, t.c.kind, t.c.place, t.c.summary).where(
            t.c.at_utc >= start, t.c.at_utc < end, t.c.planned.is_(True)
        )
    )
    out: list[Row] = []
    for r in rows:
        at = _moment(r.at)
        detail = AgendaDetail(r.place or "", contact_kind=ContactKind(r.kind))
        out.append((AgendaKind.APPOINTMENT, at.date(), at, r.client_id, detail, r.id))
    return out


def _steps(conn: Connection, first: date, last: date, today: date) -> list[Row]:
    s, g = table_of(StepRow), table_of(GoalRow)
    rows = conn.execute(
        select(s.c.id, s.c.text, s.c.due_on, g.c.client_id)
        .join(g, g.c.id == s.c.goal_id)
        .where(
            s.c.status.in_(OPEN_STEP_STATES),
            g.c.status.in_(("open", "bezig")),
            or_(and_(s.c.due_on >= first, s.c.due_on <= last), s.c.due_on < today),
        )
    )
    out: list[Row] = []
    for r in rows:
        kind = AgendaKind.STEP_OVERDUE if r.due_on < today else AgendaKind.STEP_DUE
        out.append((kind, r.due_on, None, r.client_id, AgendaDetail(r.text), r.id))
    return out


def _aftercare(conn: Connection, first: date, last: date) -> list[Row]:
    t = table_of(AftercareMomentRow)
    rows = conn.execute(
        select(t.c.pk, t.c.client_id, t.c.on, t.c.kind, t.c.who_initiates).where(
            t.c.on >= first, t.c.on <= last, or_(t.c.done.is_(None), t.c.done.is_(False))
        )
    )
    out: list[Row] = []
    for r in rows:
        detail = AgendaDetail(
            aftercare_kind=AftercareKind(r.kind) if r.kind else None,
            client_initiates=r.who_initiates == Initiator.CLIENT.value,
        )
        out.append((AgendaKind.AFTERCARE, r.on, None, r.client_id, detail, str(r.pk)))
    return out


def _referral_appointments(conn: Connection, start: str, end: str) -> list[Row]:
    r, o = table_of(ReferralRow), table_of(OrganisationRow)
    rows = conn.execute(
        select(r.c.id, r.c.client_id, r.c.appointment_json, o.c.name)
        .join(o, o.c.id == r.c.organisation_id)
        .where(r.c.appointment_at_utc >= start, r.c.appointment_at_utc < end)
    )
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


def _meetings(conn: Connection, start: str, end: str) -> list[Row]:
    t = table_of(MeetingRow)
    rows = conn.execute(
        select(t.c.id, t.c.client_id, t.c.at, t.c.kind, t.c.place).where(
            t.c.at_utc >= start, t.c.at_utc < end
        )
    )
    out: list[Row] = []
    for r in rows:
        at = _moment(r.at)
        detail = AgendaDetail(r.place or "", meeting_kind=MeetingKind(r.kind))
        out.append((AgendaKind.MEETING, at.date(), at, r.client_id, detail, r.id))
    return out


def _revisits(conn: Connection, first: date, last: date) -> list[Row]:
    r, o = table_of(ReferralRow), table_of(OrganisationRow)
    rows = conn.execute(
        select(r.c.id, r.c.client_id, r.c.revisit_on, o.c.name)
        .join(o, o.c.id == r.c.organisation_id)
        .where(
            r.c.revisit_on >= first, r.c.revisit_on <= last, r.c.status.in_(("time_out", "gestopt"))
        )
    )
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


def _step_revisits(conn: Connection, first: date, last: date) -> list[Row]:
    """Steps put on hold, on the day the coach chose to look at them again."""
    v, s, g = step_revisits, table_of(StepRow), table_of(GoalRow)
    rows = conn.execute(
        select(s.c.id, s.c.text, v.c.revisit_on, g.c.client_id)
        .join(s, s.c.id == v.c.step_id)
        .join(g, g.c.id == s.c.goal_id)
        .where(
            v.c.revisit_on >= first,
            v.c.revisit_on <= last,
            s.c.status == StepStatus.ON_HOLD.value,
            g.c.status.in_(("open", "bezig")),
        )
    )
    return [
        (AgendaKind.STEP_REVISIT, r.revisit_on, None, r.client_id, AgendaDetail(r.text), r.id)
        for r in rows
    ]
