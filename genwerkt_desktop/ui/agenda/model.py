"""The agenda as a Qt table model, and the proxy that sorts it with what is overdue on top."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.ui.wording.agenda import agenda_text

from .dates import long_day, short_day

COL_DAY = 0
COL_TIME = 1
COL_CLIENT = 2
COL_WHAT = 3
COL_TEXT = 4
COLUMN_COUNT = 5

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
REF_ID_ROLE = Qt.ItemDataRole.UserRole + 5

OVERDUE_TEXT = QColor("#9b2226")
OVERDUE_BACKGROUND = QColor("#fbeceb")

AnyIndex = QModelIndex | QPersistentModelIndex


def kind_label(kind: AgendaKind) -> str:
    """What kind of item, in the interface language."""
    labels = {
        AgendaKind.APPOINTMENT: QCoreApplication.translate("AgendaModel", "Afspraak"),
        AgendaKind.STEP_DUE: QCoreApplication.translate("AgendaModel", "Stap"),
        AgendaKind.STEP_OVERDUE: QCoreApplication.translate("AgendaModel", "Stap te laat"),
        AgendaKind.AFTERCARE: QCoreApplication.translate("AgendaModel", "Nazorg"),
        AgendaKind.REFERRAL_APPOINTMENT: QCoreApplication.translate(
            "AgendaModel", "Eerste afspraak"
        ),
        AgendaKind.MEETING: QCoreApplication.translate("AgendaModel", "Overleg"),
        AgendaKind.REVISIT: QCoreApplication.translate("AgendaModel", "Opnieuw bekijken"),
        AgendaKind.STEP_REVISIT: QCoreApplication.translate("AgendaModel", "Stap opnieuw bekijken"),
        AgendaKind.REMINDER: QCoreApplication.translate("AgendaModel", "Herinnering"),
    }
    return labels[kind]


class AgendaTableModel(QAbstractTableModel):
    """One row per agenda item: Dag, Uur, Cliënt, Wat, Omschrijving."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._items: list[AgendaItem] = []

    # -- content

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item_at(self, row: int) -> AgendaItem:
        return self._items[row]

    def remove_item(self, item: AgendaItem) -> bool:
        """Drop one row (a ticked-off moment) before the next load confirms it."""
        try:
            row = self._items.index(item)
        except ValueError:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        return True

    def overdue_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    def planned_count(self) -> int:
        return sum(1 for item in self._items if not item.overdue)

    # -- Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_DAY: QCoreApplication.translate("AgendaModel", "Dag"),
            COL_TIME: QCoreApplication.translate("AgendaModel", "Uur"),
            COL_CLIENT: QCoreApplication.translate("AgendaModel", "Cliënt"),
            COL_WHAT: QCoreApplication.translate("AgendaModel", "Wat"),
            COL_TEXT: QCoreApplication.translate("AgendaModel", "Omschrijving"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == CLIENT_ID_ROLE:
            return item.client_id
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == OVERDUE_ROLE:
            return item.overdue
        if role == KIND_ROLE:
            return item.kind.value
        if role == REF_ID_ROLE:
            return item.ref_id
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and item.overdue and column in (COL_TIME, COL_WHAT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(item, column)
        return None

    # -- helpers

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            return moment
        return moment.astimezone(self._clock.now().tzinfo)

    def _time_text(self, item: AgendaItem) -> str:
        if item.overdue:
            late = QCoreApplication.translate("AgendaModel", "te laat")
            # A missed appointment keeps its hour: "which visit was that?"
            return late if item.at is None else f"{self._local(item.at):%H:%M} · {late}"
        if item.at is None:
            return QCoreApplication.translate("AgendaModel", "hele dag")
        return f"{self._local(item.at):%H:%M}"

    def _display(self, item: AgendaItem, column: int) -> str | None:
        if column == COL_DAY:
            return short_day(item.day)
        if column == COL_TIME:
            return self._time_text(item)
        if column == COL_CLIENT:
            return item.client_name
        if column == COL_WHAT:
            return kind_label(item.kind)
        if column == COL_TEXT:
            return agenda_text(item)
        return None

    def _tooltip(self, item: AgendaItem, column: int) -> str | None:
        if item.overdue:
            return QCoreApplication.translate(
                "AgendaModel", "Te laat: dit stond gepland voor {day} en is niet afgerond."
            ).format(day=long_day(item.day))
        if column == COL_TEXT:
            return agenda_text(item)
        return None

    def _accessible(self, item: AgendaItem, column: int) -> str | None:
        text = self._display(item, column)
        if item.overdue and column == COL_DAY:
            return QCoreApplication.translate("AgendaModel", "{day}, te laat").format(day=text)
        return text

    def _sort_key(self, item: AgendaItem, column: int) -> tuple[Any, ...]:
        moment = math.inf if item.at is None else item.at.timestamp()
        when = (item.day.toordinal(), moment)
        name = fold(item.client_name)
        if column == COL_DAY:
            return (*when, name)
        if column == COL_TIME:
            if item.at is None:
                return (1, "", *when)
            return (0, self._local(item.at).time().isoformat(), *when)
        if column == COL_CLIENT:
            return (name, *when)
        if column == COL_WHAT:
            return (fold(kind_label(item.kind)), *when)
        return (fold(agenda_text(item)), *when)


class AgendaSortProxy(QSortFilterProxyModel):
    """Sorts on each column's own key, but overdue items stay on top in either direction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        left_overdue = bool(left.data(OVERDUE_ROLE))
        right_overdue = bool(right.data(OVERDUE_ROLE))
        if left_overdue != right_overdue:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            # Qt reverses the outcome when sorting descending; undo that for this rule.
            return left_overdue if ascending else right_overdue
        if left_overdue:  # among themselves: always the oldest first, whatever the column
            first, second = self._by_day(left), self._by_day(right)
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return bool(first < second) if ascending else bool(second < first)
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def _by_day(self, index: AnyIndex) -> Any:
        return index.siblingAtColumn(COL_DAY).data(SORT_ROLE)
