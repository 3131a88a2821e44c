"""The planned aftercare contact moments as a table, and the words for their lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from genwerkt_desktop.domain.enums import AftercareKind, ClosureReason, Initiator
from genwerkt_desktop.domain.model import AftercareMoment
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.widgets.labels import label_of
from genwerkt_desktop.ui.widgets.table_model import RecordTableModel

DONE_COLOUR = "#2f6b46"


def reason_labels() -> dict[ClosureReason, str]:
    return {
        ClosureReason.FOUND_WORK: QCoreApplication.translate("ClosureLabels", "Werk gevonden"),
        ClosureReason.TERM_ENDED: QCoreApplication.translate(
            "ClosureLabels", "Afgesproken duur voorbij"
        ),
        ClosureReason.REFERRED: QCoreApplication.translate(
            "ClosureLabels", "Doorverwezen naar een andere dienst"
        ),
        ClosureReason.CLIENT_ASKED: QCoreApplication.translate(
            "ClosureLabels", "Op vraag van de cliënt"
        ),
        ClosureReason.OTHER: QCoreApplication.translate("ClosureLabels", "Andere reden"),
    }


def aftercare_kind_labels() -> dict[AftercareKind, str]:
    return {
        AftercareKind.PHONE: QCoreApplication.translate("ClosureLabels", "Telefoon"),
        AftercareKind.CONVERSATION: QCoreApplication.translate("ClosureLabels", "Gesprek"),
        AftercareKind.HOME_VISIT: QCoreApplication.translate("ClosureLabels", "Huisbezoek"),
        AftercareKind.INFORMAL: QCoreApplication.translate("ClosureLabels", "Informeel"),
    }


def initiator_labels() -> dict[Initiator, str]:
    return {
        Initiator.COACH: QCoreApplication.translate("ClosureLabels", "De coach neemt contact op"),
        Initiator.CLIENT: QCoreApplication.translate("ClosureLabels", "De cliënt neemt contact op"),
    }


class MomentModel(RecordTableModel):
    """One row per planned moment, in the order of the plan (the proxy sorts by date)."""

    COL_ON, COL_KIND, COL_WHO, COL_DONE = range(4)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("MomentModel", "Wanneer"),
            QCoreApplication.translate("MomentModel", "Soort"),
            QCoreApplication.translate("MomentModel", "Wie neemt het initiatief"),
            QCoreApplication.translate("MomentModel", "Gebeurd"),
        )

    def record_id(self, record: Any) -> str:
        return str(self._records.index(record)) if record in self._records else ""

    def display(self, record: Any, column: int) -> str | None:
        moment: AftercareMoment = record
        if column == self.COL_ON:
            return format_date(moment.on)
        if column == self.COL_KIND:
            return label_of(aftercare_kind_labels(), moment.kind)
        if column == self.COL_WHO:
            return label_of(initiator_labels(), moment.who_initiates)
        if column == self.COL_DONE:
            return (
                QCoreApplication.translate("MomentModel", "✓ gebeurd")
                if moment.done
                else QCoreApplication.translate("MomentModel", "nog te doen")
            )
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        moment: AftercareMoment = record
        if column == self.COL_ON:
            return moment.on.toordinal()
        if column == self.COL_DONE:
            return int(bool(moment.done))
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        moment: AftercareMoment = record
        if column == self.COL_DONE and moment.done:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(DONE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def set_moment(self, row: int, moment: AftercareMoment) -> None:
        self._records[row] = moment
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def add(self, moment: AftercareMoment) -> None:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(moment)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self.endRemoveRows()
