"""Table models of the Samen bekijken tab: vacancies, decisions and phone requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.enums import RequirementMatch
from genwerkt_desktop.domain.instruments import Decision, PhoneRequest, Vacancy
from genwerkt_desktop.ui.widgets.fields import format_date, format_moment
from genwerkt_desktop.ui.widgets.labels import label_of
from genwerkt_desktop.ui.widgets.table_model import RecordTableModel

from .labels import conclusion_labels, short_outcome_labels


@dataclass(frozen=True)
class PhoneRow:
    request: PhoneRequest
    organisation: str
    zone: tzinfo | None

    @property
    def id(self) -> str:
        return self.request.id


def _date_key(day: Any) -> int:
    return day.toordinal() if day is not None else 0


class VacancyModel(RecordTableModel):
    COL_DATE, COL_TITLE, COL_EMPLOYER, COL_MATCH, COL_CONCLUSION = range(5)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("InstrumentModels", "Gelezen op"),
            QCoreApplication.translate("InstrumentModels", "Vacature"),
            QCoreApplication.translate("InstrumentModels", "Werkgever"),
            QCoreApplication.translate("InstrumentModels", "Wat de cliënt al meebrengt"),
            QCoreApplication.translate("InstrumentModels", "Besluit"),
        ]

    def display(self, record: Vacancy, column: int) -> str | None:
        if column == self.COL_DATE:
            return format_date(record.read_on)
        if column == self.COL_TITLE:
            return record.title
        if column == self.COL_EMPLOYER:
            return record.employer
        if column == self.COL_MATCH:
            if not record.requirements:
                return ""
            has = sum(1 for r in record.requirements if r.client_has is RequirementMatch.YES)
            return QCoreApplication.translate("InstrumentModels", "{has} van {all} eisen").format(
                has=has, all=len(record.requirements)
            )
        return label_of(conclusion_labels(), record.conclusion)

    def sort_key(self, record: Vacancy, column: int) -> Any:
        if column == self.COL_DATE:
            return _date_key(record.read_on)
        return super().sort_key(record, column)


class DecisionModel(RecordTableModel):
    COL_DATE, COL_QUESTION, COL_OPTIONS, COL_CHOSEN = range(4)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("InstrumentModels", "Op"),
            QCoreApplication.translate("InstrumentModels", "Vraag"),
            QCoreApplication.translate("InstrumentModels", "Mogelijkheden"),
            QCoreApplication.translate("InstrumentModels", "Gekozen"),
        ]

    def display(self, record: Decision, column: int) -> str | None:
        if column == self.COL_DATE:
            return format_date(record.made_on)
        if column == self.COL_QUESTION:
            return record.question
        if column == self.COL_OPTIONS:
            return " · ".join(o.text for o in record.options)
        return record.chosen

    def sort_key(self, record: Decision, column: int) -> Any:
        if column == self.COL_DATE:
            return _date_key(record.made_on)
        return super().sort_key(record, column)


class PhoneModel(RecordTableModel):
    COL_WHEN, COL_CALLER, COL_ASKED, COL_OUTCOME = range(4)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("InstrumentModels", "Wanneer"),
            QCoreApplication.translate("InstrumentModels", "Wie belde"),
            QCoreApplication.translate("InstrumentModels", "Wat gevraagd"),
            QCoreApplication.translate("InstrumentModels", "Afloop"),
        ]

    def display(self, record: PhoneRow, column: int) -> str | None:
        r = record.request
        if column == self.COL_WHEN:
            return format_moment(r.at, record.zone)
        if column == self.COL_CALLER:
            return f"{r.caller} ({record.organisation})" if record.organisation else r.caller
        if column == self.COL_ASKED:
            return r.what_asked
        return label_of(short_outcome_labels(), r.outcome)

    def sort_key(self, record: PhoneRow, column: int) -> Any:
        if column == self.COL_WHEN:
            return record.request.at.timestamp()
        return super().sort_key(record, column)
