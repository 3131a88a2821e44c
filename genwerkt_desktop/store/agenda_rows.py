"""The agenda's queries across all clients: what is planned or due between two days.

Each function answers plain rows (attribute access by column name); the agenda service
turns them into agenda items.  Moments with a time are compared on their UTC key
(``row_values.utc_key``), days on the stored date.  Callers own the connection.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, and_, or_, select

from genwerkt_desktop.domain.enums import StepStatus

from .models import (
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
from .pop_follow_up import step_revisits
from .row_values import Rows

OPEN_STEP_STATES = (StepStatus.PLANNED.value, StepStatus.IN_PROGRESS.value)
_OPEN_GOAL_STATES = ("open", "bezig")
_ARCHIVED = ("gearchiveerd", "afgesloten")


def current_clients(conn: Connection) -> Rows:
    """Clients not archived or closed: ``id, first_name, preferred_name, last_name``."""
    c = table_of(ClientRow)
    return conn.execute(
        select(c.c.id, c.c.first_name, c.c.preferred_name, c.c.last_name).where(
            or_(c.c.status.is_(None), c.c.status.not_in(_ARCHIVED))
        )
    ).all()


def planned_contacts(conn: Connection, start: str, end: str) -> Rows:
    """Planned contact moments from ``start`` up to ``end`` (UTC keys):
    ``id, client_id, at, kind, place, summary``."""
    t = table_of(ContactRow)
    return conn.execute(
        select(t.c.id, t.c.client_id, t.c.at, t.c.kind, t.c.place, t.c.summary).where(
            t.c.at_utc >= start, t.c.at_utc < end, t.c.planned.is_(True)
        )
    ).all()


def open_steps_due(conn: Connection, first: date, last: date, today: date) -> Rows:
    """Open steps of open goals due from ``first`` to ``last``, or before ``today``:
    ``id, text, due_on, client_id``."""
    s, g = table_of(StepRow), table_of(GoalRow)
    return conn.execute(
        select(s.c.id, s.c.text, s.c.due_on, g.c.client_id)
        .join(g, g.c.id == s.c.goal_id)
        .where(
            s.c.status.in_(OPEN_STEP_STATES),
            g.c.status.in_(_OPEN_GOAL_STATES),
            or_(and_(s.c.due_on >= first, s.c.due_on <= last), s.c.due_on < today),
        )
    ).all()


def open_aftercare_moments(conn: Connection, first: date, last: date) -> Rows:
    """Aftercare contact moments not done, from ``first`` to ``last``:
    ``pk, client_id, on, kind, who_initiates``."""
    t = table_of(AftercareMomentRow)
    return conn.execute(
        select(t.c.pk, t.c.client_id, t.c.on, t.c.kind, t.c.who_initiates).where(
            t.c.on >= first, t.c.on <= last, or_(t.c.done.is_(None), t.c.done.is_(False))
        )
    ).all()


def referral_appointments(conn: Connection, start: str, end: str) -> Rows:
    """First appointments of referrals from ``start`` up to ``end`` (UTC keys):
    ``id, client_id, appointment_json, name`` (of the organisation)."""
    r, o = table_of(ReferralRow), table_of(OrganisationRow)
    return conn.execute(
        select(r.c.id, r.c.client_id, r.c.appointment_json, o.c.name)
        .join(o, o.c.id == r.c.organisation_id)
        .where(r.c.appointment_at_utc >= start, r.c.appointment_at_utc < end)
    ).all()


def meetings(conn: Connection, start: str, end: str) -> Rows:
    """Meetings from ``start`` up to ``end`` (UTC keys): ``id, client_id, at, kind, place``."""
    t = table_of(MeetingRow)
    return conn.execute(
        select(t.c.id, t.c.client_id, t.c.at, t.c.kind, t.c.place).where(
            t.c.at_utc >= start, t.c.at_utc < end
        )
    ).all()


def referrals_to_revisit(conn: Connection, first: date, last: date) -> Rows:
    """Referrals paused or stopped, to look at again from ``first`` to ``last``:
    ``id, client_id, revisit_on, name`` (of the organisation)."""
    r, o = table_of(ReferralRow), table_of(OrganisationRow)
    return conn.execute(
        select(r.c.id, r.c.client_id, r.c.revisit_on, o.c.name)
        .join(o, o.c.id == r.c.organisation_id)
        .where(
            r.c.revisit_on >= first, r.c.revisit_on <= last, r.c.status.in_(("time_out", "gestopt"))
        )
    ).all()


def steps_to_revisit(conn: Connection, first: date, last: date) -> Rows:
    """Steps on hold (of open goals) to look at again from ``first`` to ``last``:
    ``id, text, revisit_on, client_id``."""
    v, s, g = step_revisits, table_of(StepRow), table_of(GoalRow)
    return conn.execute(
        select(s.c.id, s.c.text, v.c.revisit_on, g.c.client_id)
        .join(s, s.c.id == v.c.step_id)
        .join(g, g.c.id == s.c.goal_id)
        .where(
            v.c.revisit_on >= first,
            v.c.revisit_on <= last,
            s.c.status == StepStatus.ON_HOLD.value,
            g.c.status.in_(_OPEN_GOAL_STATES),
        )
    ).all()
