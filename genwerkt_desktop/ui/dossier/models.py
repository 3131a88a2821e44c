"""Table models for the parts of one dossier, and the proxies that filter them.

Each model shows frozen domain records; the views never change a record in place, they
hand a new one to the controller.  Dates are dd/mm/jjjj, times in the clock's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.contact_outcome import awaits_outcome
from genwerkt_desktop.domain.enums import ContactOutcome, LifeDomain, ObservationKind
from genwerkt_desktop.domain.model import Contact, Goal, Observation, Right, Step
from genwerkt_desktop.domain.phases import PhaseSpan
from genwerkt_desktop.domain.smart import step_is_overdue
from genwerkt_desktop.services.agenda import AgendaItem
from genwerkt_desktop.ui.agenda.model import kind_label
from genwerkt_desktop.ui.widgets.fields import format_date, format_moment
from genwerkt_desktop.ui.widgets.labels import (
    contact_kind_labels,
    domain_labels,
    label_of,
    note_scope_labels,
    observation_labels,
    owner_labels,
    phase_labels,
    right_status_labels,
    step_status_labels,
    voiced_label,
    yes_no,
)
from genwerkt_desktop.ui.widgets.table_model import RecordProxy, RecordTableModel
from genwerkt_desktop.ui.wording.agenda import agenda_text

AnyIndex = QModelIndex | QPersistentModelIndex

ATTENTION_COLOUR = "#9b4a1f"  # overdue, "still to check": warm, not alarming red
QUIET_COLOUR = "#6b7176"
STRENGTH_COLOUR = "#2f6b46"

DOMAIN_ORDER = {domain: rank for rank, domain in enumerate(LifeDomain)}
KIND_ORDER = {
    ObservationKind.STRENGTH: 0,
    ObservationKind.RESOURCE: 1,
    ObservationKind.NEED: 2,
}


def _day_key(day: date | None) -> int:
    return 0 if day is None else day.toordinal()


def first_line(text: str | None, limit: int = 90) -> str:
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ phases


class PhaseHistoryModel(RecordTableModel):
    """The phase history, oldest first; a return to an earlier phase is named, calmly."""

    COL_PHASE, COL_FROM, COL_UNTIL, COL_DAYS, COL_NOTE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PhaseHistoryModel", "Fase"),
            QCoreApplication.translate("PhaseHistoryModel", "Van"),
            QCoreApplication.translate("PhaseHistoryModel", "Tot"),
            QCoreApplication.translate("PhaseHistoryModel", "Duur"),
            QCoreApplication.translate("PhaseHistoryModel", "Notitie"),
        )

    def record_id(self, record: Any) -> str:
        span: PhaseSpan = record
        return f"{span.started_on.isoformat()}-{span.phase.value}"

    def display(self, record: Any, column: int) -> str | None:
        span: PhaseSpan = record
        if column == self.COL_PHASE:
            label = label_of(phase_labels(), span.phase)
            if span.went_back:
                return QCoreApplication.translate(
                    "PhaseHistoryModel", "↩ terug naar {phase}"
                ).format(phase=label)
            return label
        if column == self.COL_FROM:
            return format_date(span.started_on)
        if column == self.COL_UNTIL:
            if span.ended_on is None:
                return QCoreApplication.translate("PhaseHistoryModel", "nu")
            return format_date(span.ended_on)
        if column == self.COL_DAYS:
            return days_text(span.days)
        if column == self.COL_NOTE:
            return first_line(span.note, 400)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        span: PhaseSpan = record
        if column in (self.COL_FROM, self.COL_PHASE):
            return span.started_on.toordinal()
        if column == self.COL_UNTIL:
            return _day_key(span.ended_on) or 10**7
        if column == self.COL_DAYS:
            return -1 if span.days is None else span.days
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        span: PhaseSpan = record
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE and span.note:
            return span.note
        return None


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    if days == 1:
        return QCoreApplication.translate("PhaseHistoryModel", "1 dag")
    return QCoreApplication.translate("PhaseHistoryModel", "{days} dagen").format(days=days)


# ------------------------------------------------------------------ observations


class ObservationModel(RecordTableModel):
    """Needs, strengths and resources, each with who brought it up."""

    COL_DOMAIN, COL_KIND, COL_TEXT, COL_VOICED, COL_DATE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ObservationModel", "Levensdomein"),
            QCoreApplication.translate("ObservationModel", "Soort"),
            QCoreApplication.translate("ObservationModel", "Omschrijving"),
            QCoreApplication.translate("ObservationModel", "Wie bracht het aan"),
            QCoreApplication.translate("ObservationModel", "Datum"),
        )

    def display(self, record: Any, column: int) -> str | None:
        item: Observation = record
        if column == self.COL_DOMAIN:
            return label_of(domain_labels(), item.domain)
        if column == self.COL_KIND:
            return label_of(observation_labels(), item.kind)
        if column == self.COL_TEXT:
            return first_line(item.text, 200)
        if column == self.COL_VOICED:
            return voiced_label(item.voiced_by_client)
        if column == self.COL_DATE:
            return format_date(item.noted_on)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        item: Observation = record
        if column == self.COL_DOMAIN:
            return DOMAIN_ORDER.get(item.domain, 99) * 10 + KIND_ORDER.get(item.kind, 9)
        if column == self.COL_KIND:
            return KIND_ORDER.get(item.kind, 9)
        if column == self.COL_DATE:
            return _day_key(item.noted_on)
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        item: Observation = record
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            if item.noted_on is None:
                return item.text
            return QCoreApplication.translate("ObservationModel", "Genoteerd op {date}").format(
                date=format_date(item.noted_on)
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_VOICED and item.voiced_by_client is False:
                return QColor(ATTENTION_COLOUR)
            if column == self.COL_KIND and item.kind is not ObservationKind.NEED:
                return QColor(STRENGTH_COLOUR)
        return None


class DomainFilterProxy(RecordProxy):
    """Observations or rights of one life domain (None: all), and of some kinds (empty: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._domain: LifeDomain | None = None
        self._kinds: frozenset[ObservationKind] = frozenset()

    def set_domain(self, domain: LifeDomain | None) -> None:
        if domain != self._domain:
            with self.filter_change():
                self._domain = domain

    def domain(self) -> LifeDomain | None:
        return self._domain

    def set_kinds(self, kinds: Iterable[ObservationKind]) -> None:
        with self.filter_change():
            self._kinds = frozenset(kinds)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return True
        item = model.record_at(source_row)
        if self._domain is not None and getattr(item, "domain", None) is not self._domain:
            return False
        return not (self._kinds and getattr(item, "kind", None) not in self._kinds)


# ------------------------------------------------------------------ rights


class RightModel(RecordTableModel):
    COL_NAME, COL_DOMAIN, COL_STATUS, COL_DATE, COL_NOTE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("RightModel", "Recht"),
            QCoreApplication.translate("RightModel", "Levensdomein"),
            QCoreApplication.translate("RightModel", "Status"),
            QCoreApplication.translate("RightModel", "Sinds"),
            QCoreApplication.translate("RightModel", "Notitie"),
        )

    def display(self, record: Any, column: int) -> str | None:
        right: Right = record
        if column == self.COL_NAME:
            return right.name
        if column == self.COL_DOMAIN:
            return label_of(domain_labels(), right.domain)
        if column == self.COL_STATUS:
            return label_of(right_status_labels(), right.status)
        if column == self.COL_DATE:
            return format_date(right.updated_on)
        if column == self.COL_NOTE:
            return first_line(right.note)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        right: Right = record
        if column == self.COL_DOMAIN:
            return 99 if right.domain is None else DOMAIN_ORDER[right.domain]
        if column == self.COL_STATUS:
            return list(right_status_labels()).index(right.status)
        if column == self.COL_DATE:
            return _day_key(right.updated_on)
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        right: Right = record
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_NAME, self.COL_NOTE):
            return right.note or None
        return None


# ------------------------------------------------------------------ steps


@dataclass(frozen=True)
class OpenStep:
    goal: Goal
    step: Step
    overdue: bool

    @property
    def id(self) -> str:
        return self.step.id


class StepModel(RecordTableModel):
    """Open steps from the POP; overdue ones say so and come first."""

    COL_STEP, COL_OWNER, COL_DUE, COL_GOAL = range(4)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("StepModel", "Tussenstap"),
            QCoreApplication.translate("StepModel", "Wie"),
            QCoreApplication.translate("StepModel", "Tegen"),
            QCoreApplication.translate("StepModel", "Doel"),
        )

    def set_steps(self, pairs: Iterable[tuple[Goal, Step]], today: date) -> None:
        self.set_records(
            [OpenStep(goal, step, step_is_overdue(step, today)) for goal, step in pairs]
        )

    def display(self, record: Any, column: int) -> str | None:
        item: OpenStep = record
        if column == self.COL_STEP:
            return first_line(item.step.text, 120)
        if column == self.COL_OWNER:
            return item.step.owner_name or label_of(owner_labels(), item.step.owner)
        if column == self.COL_DUE:
            if item.step.due_on is None:
                return label_of(step_status_labels(), item.step.status)
            when = format_date(item.step.due_on)
            if item.overdue:
                return QCoreApplication.translate("StepModel", "{date} · te laat").format(date=when)
            return when
        if column == self.COL_GOAL:
            return first_line(item.goal.title, 80)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        item: OpenStep = record
        if column == self.COL_DUE:
            return _day_key(item.step.due_on) or 10**7
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        item: OpenStep = record
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and column == self.COL_DUE:
            return QColor(ATTENTION_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STEP:
            return item.step.text
        return None


# ------------------------------------------------------------------ contacts


def is_planned(contact: Contact, now: datetime) -> bool:
    """An appointment still to come: marked planned, or simply in the future."""
    missed = contact.outcome is ContactOutcome.NO_SHOW
    return (contact.planned is True and not missed) or contact.at > now


class ContactModel(RecordTableModel):
    """Contact moments; 500 of them are just 500 rows, nothing per row but data."""

    COL_AT, COL_KIND, COL_PLACE, COL_SCOPE, COL_MAY_READ, COL_NOTE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone: tzinfo | None = None
        self._now: datetime | None = None

    def set_contacts(self, contacts: Sequence[Contact], now: datetime) -> None:
        self._zone = now.tzinfo
        self._now = now
        self.set_records(contacts)

    def now(self) -> datetime | None:
        return self._now

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ContactModel", "Datum en uur"),
            QCoreApplication.translate("ContactModel", "Soort"),
            QCoreApplication.translate("ContactModel", "Plaats"),
            QCoreApplication.translate("ContactModel", "Notitie voor"),
            QCoreApplication.translate("ContactModel", "Cliënt mag lezen"),
            QCoreApplication.translate("ContactModel", "Notitie"),
        )

    def display(self, record: Any, column: int) -> str | None:
        contact: Contact = record
        if column == self.COL_AT:
            moment = format_moment(contact.at, self._zone)
            if contact.outcome is ContactOutcome.NO_SHOW:
                return QCoreApplication.translate("ContactModel", "{moment} · niet gekomen").format(
                    moment=moment
                )
            if self._now is not None and awaits_outcome(contact, self._now):
                return QCoreApplication.translate("ContactModel", "{moment} · te laat").format(
                    moment=moment
                )
            if self._now is not None and is_planned(contact, self._now):
                return QCoreApplication.translate("ContactModel", "{moment} · gepland").format(
                    moment=moment
                )
            return moment
        if column == self.COL_KIND:
            return label_of(contact_kind_labels(), contact.kind)
        if column == self.COL_PLACE:
            return contact.place or ""
        if column == self.COL_SCOPE:
            return label_of(note_scope_labels(), contact.note_scope)
        if column == self.COL_MAY_READ:
            return yes_no(contact.client_may_read)
        if column == self.COL_NOTE:
            return first_line(contact.summary, 140)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        contact: Contact = record
        if column == self.COL_AT:
            return contact.at.timestamp()
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        contact: Contact = record
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.COL_SCOPE
            and (contact.is_personal)
        ):
            return QColor(QUIET_COLOUR)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.COL_AT
            and self._now is not None
            and awaits_outcome(contact, self._now)
        ):
            return QColor(ATTENTION_COLOUR)
        return None


class ContactProxy(RecordProxy):
    """All contacts, only the past ones, or only the appointments still to come."""

    ALL, PAST, PLANNED = "alle", "voorbij", "gepland"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = self.ALL

    def set_show(self, which: str) -> None:
        if which != self._show:
            with self.filter_change():
                self._show = which

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if self._show == self.ALL or not isinstance(model, ContactModel):
            return True
        now = model.now()
        if now is None:
            return True
        planned = is_planned(model.record_at(source_row), now)
        return planned if self._show == self.PLANNED else not planned


class AppointmentModel(RecordTableModel):
    """The overview's appointments, as the agenda has them (``domain.due``): what is
    overdue first, marked *te laat* in words and colour, then what is ahead."""

    COL_AT, COL_KIND, COL_PLACE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone: tzinfo | None = None

    def set_appointments(self, items: Sequence[AgendaItem], zone: tzinfo | None) -> None:
        self._zone = zone
        self.set_records(list(items))

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("AppointmentModel", "Wanneer"),
            QCoreApplication.translate("AppointmentModel", "Soort"),
            QCoreApplication.translate("AppointmentModel", "Plaats"),
        )

    def display(self, record: Any, column: int) -> str | None:
        item: AgendaItem = record
        if column == self.COL_AT:
            when = format_moment(item.at, self._zone) if item.at else format_date(item.day)
            if item.overdue:
                return QCoreApplication.translate("AppointmentModel", "{when} · te laat").format(
                    when=when
                )
            return when
        if column == self.COL_KIND:
            return kind_label(item.kind)
        if column == self.COL_PLACE:
            return agenda_text(item)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        item: AgendaItem = record
        if column == self.COL_AT:
            return (not item.overdue, item.day.toordinal(), item.at.timestamp() if item.at else 0)
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        item: AgendaItem = record
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and column == self.COL_AT:
            return QColor(ATTENTION_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_PLACE:
            return agenda_text(item)
        return None


# ------------------------------------------------------------------ life domains


@dataclass(frozen=True)
class DomainRow:
    """One line of the domain list; ``domain`` None is "every domain"."""

    domain: LifeDomain | None
    strengths: int
    needs: int
    to_check: int
    rights: int

    @property
    def id(self) -> str:
        return "" if self.domain is None else self.domain.value


class DomainSummaryModel(RecordTableModel):
    """Every life domain with how many strengths and needs it holds, strengths first."""

    COL_DOMAIN, COL_STRENGTHS, COL_NEEDS, COL_RIGHTS = range(4)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("DomainSummaryModel", "Levensdomein"),
            QCoreApplication.translate("DomainSummaryModel", "Krachten"),
            QCoreApplication.translate("DomainSummaryModel", "Noden"),
            QCoreApplication.translate("DomainSummaryModel", "Rechten"),
        )

    def set_dossier_parts(
        self, observations: Sequence[Observation], rights: Sequence[Right]
    ) -> None:
        rows = [self._row(None, observations, rights)]
        rows += [self._row(domain, observations, rights) for domain in LifeDomain]
        self.set_records(rows)

    @staticmethod
    def _row(
        domain: LifeDomain | None, observations: Sequence[Observation], rights: Sequence[Right]
    ) -> DomainRow:
        mine = [o for o in observations if domain is None or o.domain is domain]
        return DomainRow(
            domain=domain,
            strengths=sum(1 for o in mine if o.kind is not ObservationKind.NEED),
            needs=sum(1 for o in mine if o.kind is ObservationKind.NEED),
            to_check=sum(1 for o in mine if o.voiced_by_client is False),
            rights=sum(1 for r in rights if domain is None or r.domain is domain),
        )

    def display(self, record: Any, column: int) -> str | None:
        row: DomainRow = record
        if column == self.COL_DOMAIN:
            if row.domain is None:
                return QCoreApplication.translate("DomainSummaryModel", "Alle levensdomeinen")
            return label_of(domain_labels(), row.domain)
        count = {
            self.COL_STRENGTHS: row.strengths,
            self.COL_NEEDS: row.needs,
            self.COL_RIGHTS: row.rights,
        }.get(column, 0)
        return str(count) if count else "·"

    def sort_key(self, record: Any, column: int) -> Any:
        row: DomainRow = record
        return -1 if row.domain is None else DOMAIN_ORDER[row.domain]

    def extra(self, record: Any, column: int, role: int) -> Any:
        row: DomainRow = record
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_DOMAIN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STRENGTHS:
            return QColor(STRENGTH_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NEEDS and row.to_check:
            return QCoreApplication.translate(
                "DomainSummaryModel", "{count} nog na te vragen bij de cliënt"
            ).format(count=row.to_check)
        return None

    def row_for(self, domain: LifeDomain | None) -> int:
        return self.row_of("" if domain is None else domain.value)
