"""The agenda across all clients: what is due (``domain.due``: appointments, meetings,
referral appointments, aftercare contact moments, steps; the overdue ones on top), the
reminders a referral sheet promised the client for the day before, and referrals and
steps on hold to pick up again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from genwerkt_desktop.domain.due import DueItem, DueKind, DueStatus, aftercare_moment_ids
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ClientStatus,
    ContactKind,
    Initiator,
    MeetingKind,
    ReminderPreference,
)
from genwerkt_desktop.domain.model import AftercareMoment, Dossier
from genwerkt_desktop.store import agenda_rows
from genwerkt_desktop.store.row_values import Rows

from .due_items import due_per_client
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
    REMINDER = "herinnering"  # the day before an appointment the sheet promised it for


@dataclass(frozen=True)
class AgendaDetail:
    """What an item is about, as facts: the interface words them in its own language."""

    subject: str = ""  # as typed or named: a step's text, a place, an organisation
    contact_kind: ContactKind | None = None
    meeting_kind: MeetingKind | None = None
    aftercare_kind: AftercareKind | None = None
    client_initiates: bool = False
    reminder: ReminderPreference | None = None  # how the client likes to be reminded
    missed: bool = False  # the client did not come (domain.due: missed)


@dataclass(frozen=True)
class AgendaItem:
    kind: AgendaKind
    day: date
    at: datetime | None  # None for things due on a day (steps, aftercare)
    client_id: str
    client_name: str
    detail: AgendaDetail
    ref_id: str  # the dossier-v1 id (``aftercare-<day>`` for an aftercare moment)
    late: bool = False  # past and not done: overdue (domain.due)

    @property
    def overdue(self) -> bool:
        return self.late


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
        """Everything due from ``first`` to ``last`` (inclusive), from ``domain.due``, and
        what is overdue as of now when the period reaches today: it stays on top until it
        is done, whatever week it was for.  Besides: the days to look at a paused
        referral or a step on hold again."""
        now = self._vault.clock.now()
        today = self._vault.clock.today()
        with self._vault.db.read() as conn:
            dues = [
                due
                for due in due_per_client(conn, now)
                if due.dossier.client.status not in _NOT_CURRENT
            ]
            revisits = [
                *_revisits(agenda_rows.referrals_to_revisit(conn, first, last)),
                *_step_revisits(agenda_rows.steps_to_revisit(conn, first, last)),
            ]
        names = {due.dossier.client.id: due.dossier.client.display_name for due in dues}
        rows: list[Row] = []
        for due in dues:
            for item in due.items:
                late = item.status is DueStatus.OVERDUE
                if item.status is DueStatus.DONE:
                    continue
                if first <= item.day <= last or (late and last >= today):
                    rows.append(_due_row(due.dossier, item))
            rows.extend(r for r in _reminders(due.dossier, due.items) if first <= r[1] <= last)
        rows.extend(revisits)
        out = [
            AgendaItem(kind, day, at, cid, names[cid], detail, ref, late)
            for kind, day, at, cid, detail, ref, late in rows
            if cid in names
        ]
        tz = now.tzinfo
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


Row = tuple[AgendaKind, date, datetime | None, str, AgendaDetail, str, bool]

_NOT_CURRENT = frozenset({ClientStatus.ARCHIVED, ClientStatus.CLOSED})


def agenda_item(dossier: Dossier, item: DueItem) -> AgendaItem:
    """``item`` of ``dossier`` as the agenda shows it: the overview lists the same."""
    kind, day, at, cid, detail, ref, late = _due_row(dossier, item)
    return AgendaItem(kind, day, at, cid, dossier.client.display_name, detail, ref, late)


def _due_row(dossier: Dossier, item: DueItem) -> Row:
    """One due item as an agenda row, with the facts the interface words it by."""
    late = item.status is DueStatus.OVERDUE
    at = item.at if isinstance(item.at, datetime) else None
    cid = dossier.client.id
    match item.kind:
        case DueKind.CONTACT:
            contact = next(c for c in dossier.contacts if c.id == item.id)
            detail = AgendaDetail(
                contact.place or "",
                contact_kind=contact.kind,
                missed=item.status is DueStatus.MISSED,
            )
            return (AgendaKind.APPOINTMENT, item.day, at, cid, detail, item.id, late)
        case DueKind.MEETING:
            meeting = next(mt for mt in dossier.meetings if mt.id == item.id)
            detail = AgendaDetail(meeting.place or "", meeting_kind=meeting.kind)
            return (AgendaKind.MEETING, item.day, at, cid, detail, item.id, late)
        case DueKind.REFERRAL:
            kind = AgendaKind.REFERRAL_APPOINTMENT
            return (kind, item.day, at, cid, AgendaDetail(item.title), item.id, late)
        case DueKind.AFTERCARE:
            moment = _aftercare_moment(dossier, item.id)
            detail = AgendaDetail(
                aftercare_kind=moment.kind if moment else None,
                client_initiates=moment is not None and moment.who_initiates is Initiator.CLIENT,
            )
            return (AgendaKind.AFTERCARE, item.day, None, cid, detail, item.id, late)
        case DueKind.STEP:
            step = next(s for g in dossier.goals for s in g.steps if s.id == item.id)
            kind = AgendaKind.STEP_OVERDUE if late else AgendaKind.STEP_DUE
            return (kind, item.day, None, cid, AgendaDetail(step.text), item.id, late)


def _reminders(dossier: Dossier, items: tuple[DueItem, ...]) -> list[Row]:
    """The referral sheet tells the client "you get a reminder the day before" when the
    appointment asks for one: the coach sees that task on the day before."""
    wanted = {
        r.id
        for r in dossier.referrals
        if r.appointment is not None and r.appointment.reminder_wanted is True
    }
    return [
        (
            AgendaKind.REMINDER,
            item.day - timedelta(days=1),
            None,
            dossier.client.id,
            AgendaDetail(item.title, reminder=dossier.client.reminder_preference),
            f"herinnering-{item.id}",
            False,
        )
        for item in items
        if item.kind is DueKind.REFERRAL and item.id in wanted and item.status is DueStatus.PLANNED
    ]


def _aftercare_moment(dossier: Dossier, moment_id: str) -> AftercareMoment | None:
    if dossier.aftercare is None:
        return None
    ids = aftercare_moment_ids(dossier.aftercare)
    return dict(zip(ids, dossier.aftercare.contact_moments, strict=True)).get(moment_id)


def _revisits(rows: Rows) -> list[Row]:
    return [
        (
            AgendaKind.REVISIT,
            row.revisit_on,
            None,
            row.client_id,
            AgendaDetail(row.name),
            row.id,
            False,
        )
        for row in rows
    ]


def _step_revisits(rows: Rows) -> list[Row]:
    """Steps put on hold, on the day the coach chose to look at them again."""
    return [
        (
            AgendaKind.STEP_REVISIT,
            r.revisit_on,
            None,
            r.client_id,
            AgendaDetail(r.text),
            r.id,
            False,
        )
        for r in rows
    ]
