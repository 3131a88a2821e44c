"""The client list as a Qt table model, and the proxy that sorts and filters it."""

from __future__ import annotations

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

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.domain.phases import PHASE_LABELS, PHASE_ORDER
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.services.dossiers import ClientSummary

COL_NAME = 0
COL_STATUS = 1
COL_PHASE = 2
COL_LAST_CONTACT = 3
COLUMN_COUNT = 4

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

_STATUS_ORDER = {status: rank for rank, status in enumerate(ClientStatus)}

AnyIndex = QModelIndex | QPersistentModelIndex


def status_label(status: ClientStatus | None) -> str:
    labels = {
        ClientStatus.ACTIVE: QCoreApplication.translate("ClientTableModel", "Actief"),
        ClientStatus.AFTERCARE: QCoreApplication.translate("ClientTableModel", "Nazorg"),
        ClientStatus.CLOSED: QCoreApplication.translate("ClientTableModel", "Afgesloten"),
        ClientStatus.ARCHIVED: QCoreApplication.translate("ClientTableModel", "Gearchiveerd"),
    }
    return "" if status is None else labels.get(status, status.value)


def days_ago_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("ClientTableModel", "vandaag")
    if days == 1:
        return QCoreApplication.translate("ClientTableModel", "gisteren")
    return QCoreApplication.translate("ClientTableModel", "{days} dagen geleden").format(days=days)


class ClientTableModel(QAbstractTableModel):
    """One row per client: Naam, Status, Fase, Laatste contact."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._clients: list[ClientSummary] = []

    # -- content

    def set_clients(self, clients: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._clients = list(clients)
        self.endResetModel()

    def clear(self) -> None:
        self.set_clients([])

    def client_at(self, row: int) -> ClientSummary:
        return self._clients[row]

    # -- Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clients)

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
            COL_NAME: QCoreApplication.translate("ClientTableModel", "Naam"),
            COL_STATUS: QCoreApplication.translate("ClientTableModel", "Status"),
            COL_PHASE: QCoreApplication.translate("ClientTableModel", "Fase"),
            COL_LAST_CONTACT: QCoreApplication.translate("ClientTableModel", "Laatste contact"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        client = self._clients[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == SORT_ROLE:
            return self._sort_key(client, column)
        if role == FILTER_ROLE:
            return fold(f"{client.display_name} {client.first_name} {client.last_name}")
        if role == CLIENT_ID_ROLE:
            return client.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LAST_CONTACT:
            if client.last_contact is None:
                return None
            days = (self._clock.today() - self._local(client.last_contact).date()).days
            return days_ago_text(days)
        return None

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            return moment
        return moment.astimezone(self._clock.now().tzinfo)

    def _display(self, client: ClientSummary, column: int) -> str | None:
        if column == COL_NAME:
            return client.display_name
        if column == COL_STATUS:
            return status_label(client.status)
        if column == COL_PHASE:
            return PHASE_LABELS.get(client.phase, "") if client.phase is not None else ""
        if column == COL_LAST_CONTACT:
            if client.last_contact is None:
                return QCoreApplication.translate("ClientTableModel", "nog geen")
            return f"{self._local(client.last_contact):%d/%m/%Y}"
        return None

    def _sort_key(self, client: ClientSummary, column: int) -> Any:
        if column == COL_NAME:
            return fold(f"{client.last_name} {client.first_name}")
        if column == COL_STATUS:
            return -1 if client.status is None else _STATUS_ORDER[client.status]
        if column == COL_PHASE:
            return -1 if client.phase is None else PHASE_ORDER.index(client.phase)
        if column == COL_LAST_CONTACT:
            return 0.0 if client.last_contact is None else client.last_contact.timestamp()
        return None


class ClientFilterProxy(QSortFilterProxyModel):
    """Sorts on real values and filters by name as the coach types (accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(COL_NAME)
        self.setDynamicSortFilter(True)

    def set_name_filter(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()))
