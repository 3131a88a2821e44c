"""Table models of the Samenwerking tab: consents, referrals and meetings.

Each row carries the organisation's consent state on today's date, shown as a word with
a sign and a colour, so a coach sees at a glance what may be shared with whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from genwerkt_desktop.domain.consent import ConsentState, consent_state
from genwerkt_desktop.domain.model import Consent, Dossier, Meeting, Organisation, Referral
from genwerkt_desktop.domain.referral import referral_progress
from genwerkt_desktop.domain.shared_items import meeting_organisation_ids
from genwerkt_desktop.ui.widgets.fields import format_date, format_moment
from genwerkt_desktop.ui.widgets.labels import label_of
from genwerkt_desktop.ui.widgets.table_model import RecordTableModel
from genwerkt_desktop.ui.wording.referral import referral_step_words

from .labels import (
    meeting_kind_labels,
    method_labels,
    referral_status_labels,
    short_category_labels,
    state_colour,
    state_label,
    state_mark,
)


def org_names(dossier: Dossier, directory: list[Organisation]) -> dict[str, str]:
    names = {o.id: o.name for o in directory}
    names.update({o.id: o.name for o in dossier.organisations})
    return names


def badge(state: ConsentState | None) -> str:
    return "" if state is None else f"{state_mark(state)} {state_label(state)}"


@dataclass(frozen=True)
class ConsentRow:
    consent: Consent
    organisation: str
    state: ConsentState  # of this consent itself: valid, revoked, or not yet

    @property
    def id(self) -> str:
        return self.consent.id


@dataclass(frozen=True)
class ReferralRow:
    referral: Referral
    organisation: str
    state: ConsentState
    next_step: str

    @property
    def id(self) -> str:
        return self.referral.id


@dataclass(frozen=True)
class MeetingRow:
    meeting: Meeting
    organisations: str  # "name (state), …"
    state: ConsentState | None  # the weakest state at the table; None without services
    zone: tzinfo | None

    @property
    def id(self) -> str:
        return self.meeting.id


def consent_rows(dossier: Dossier, names: dict[str, str], today: date) -> list[ConsentRow]:
    rows = []
    for c in dossier.consents:
        state = consent_state([c], c.organisation_id, today)
        rows.append(ConsentRow(c, names.get(c.organisation_id, "?"), state))
    return rows


def referral_rows(dossier: Dossier, names: dict[str, str], today: date) -> list[ReferralRow]:
    rows = []
    for r in dossier.referrals:
        progress = referral_progress(r, today)
        if progress.revisit_due:
            step = QCoreApplication.translate("CollaborationModels", "Opnieuw bekijken")
        elif progress.next_step is not None:
            step = f"{progress.next_step}. {referral_step_words()[progress.next_step][0]}"
        else:
            step = (
                QCoreApplication.translate("CollaborationModels", "Alle stappen gezet")
                if progress.complete
                else ""
            )
        state = consent_state(dossier.consents, r.organisation_id, today)
        rows.append(ReferralRow(r, names.get(r.organisation_id, "?"), state, step))
    return rows


_WEAKEST = (ConsentState.MISSING, ConsentState.REVOKED, ConsentState.VALID)


def meeting_rows(
    dossier: Dossier, names: dict[str, str], today: date, zone: tzinfo | None
) -> list[MeetingRow]:
    rows = []
    for m in dossier.meetings:
        states = {
            org: consent_state(dossier.consents, org, today) for org in meeting_organisation_ids(m)
        }
        text = ", ".join(
            f"{names.get(org, '?')} {state_mark(state)}" for org, state in states.items()
        )
        weakest = next((s for s in _WEAKEST if s in states.values()), None)
        rows.append(MeetingRow(m, text, weakest, zone))
    return rows


class _BadgeModel(RecordTableModel):
    COL_STATE = 1

    def extra(self, record: Any, column: int, role: int) -> Any:
        if column != self.COL_STATE or record.state is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return state_colour(record.state)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ConsentModel(_BadgeModel):
    COL_ORG, COL_STATE, COL_CATEGORIES, COL_METHOD, COL_GRANTED, COL_REVOKED = range(6)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CollaborationModels", "Organisatie"),
            QCoreApplication.translate("CollaborationModels", "Stand"),
            QCoreApplication.translate("CollaborationModels", "Wat mag gedeeld worden"),
            QCoreApplication.translate("CollaborationModels", "Hoe"),
            QCoreApplication.translate("CollaborationModels", "Gegeven op"),
            QCoreApplication.translate("CollaborationModels", "Ingetrokken op"),
        ]

    def display(self, record: ConsentRow, column: int) -> str | None:
        c = record.consent
        if column == self.COL_ORG:
            return record.organisation
        if column == self.COL_STATE:
            return badge(record.state)
        if column == self.COL_CATEGORIES:
            names = short_category_labels()
            return ", ".join(names[cat] for cat in names if cat in c.categories)
        if column == self.COL_METHOD:
            return label_of(method_labels(), c.method)
        if column == self.COL_GRANTED:
            return format_date(c.granted_on)
        return format_date(c.revoked_on)

    def sort_key(self, record: ConsentRow, column: int) -> Any:
        if column == self.COL_GRANTED:
            return record.consent.granted_on.toordinal()
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CATEGORIES:
            return record.consent.not_to_share and QCoreApplication.translate(
                "CollaborationModels", "Niet zeggen: {text}"
            ).format(text=record.consent.not_to_share)
        return super().extra(record, column, role)


class ReferralModel(_BadgeModel):
    COL_ORG, COL_STATE, COL_NEED, COL_STATUS, COL_NEXT, COL_APPOINTMENT = range(6)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CollaborationModels", "Naar"),
            QCoreApplication.translate("CollaborationModels", "Toestemming"),
            QCoreApplication.translate("CollaborationModels", "Vraag"),
            QCoreApplication.translate("CollaborationModels", "Status"),
            QCoreApplication.translate("CollaborationModels", "Volgende stap"),
            QCoreApplication.translate("CollaborationModels", "Afspraak"),
        ]

    def display(self, record: ReferralRow, column: int) -> str | None:
        r = record.referral
        if column == self.COL_ORG:
            return record.organisation
        if column == self.COL_STATE:
            return badge(record.state)
        if column == self.COL_NEED:
            return r.need
        if column == self.COL_STATUS:
            status = label_of(referral_status_labels(), r.status)
            return f"{status} tot {format_date(r.revisit_on)}" if r.revisit_on else status
        if column == self.COL_NEXT:
            return record.next_step
        at = r.appointment.at if r.appointment else None
        return format_moment(at, None)


class MeetingModel(_BadgeModel):
    COL_WHEN, COL_STATE, COL_KIND, COL_PURPOSE, COL_ORGS = range(5)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CollaborationModels", "Wanneer"),
            QCoreApplication.translate("CollaborationModels", "Toestemming"),
            QCoreApplication.translate("CollaborationModels", "Soort"),
            QCoreApplication.translate("CollaborationModels", "Doel"),
            QCoreApplication.translate("CollaborationModels", "Aan tafel"),
        ]

    def display(self, record: MeetingRow, column: int) -> str | None:
        m = record.meeting
        if column == self.COL_WHEN:
            return format_moment(m.at, record.zone)
        if column == self.COL_STATE:
            return badge(record.state)
        if column == self.COL_KIND:
            return label_of(meeting_kind_labels(), m.kind)
        if column == self.COL_PURPOSE:
            return m.purpose
        return record.organisations

    def sort_key(self, record: MeetingRow, column: int) -> Any:
        if column == self.COL_WHEN:
            return record.meeting.at.timestamp()
        return super().sort_key(record, column)
