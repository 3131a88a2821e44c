"""Item models of the Balans tab: one side's factors, and the observations to pick from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from genwerkt_desktop.domain.balance_drawing import DOMAIN_STYLES
from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain, ObservationKind
from genwerkt_desktop.domain.model import Balance, BalanceFactor, Observation
from genwerkt_desktop.ui.widgets.labels import domain_labels, observation_labels
from genwerkt_desktop.ui.widgets.table_model import RecordTableModel
from genwerkt_desktop.ui.wording.balance import domain_codes

AnyIndex = QModelIndex | QPersistentModelIndex


def domain_text(domain: LifeDomain | None) -> str:
    """The domain's code and name, e.g. "GE Gezin en kinderopvang"."""
    name = (
        domain_labels().get(domain, domain.value)
        if domain is not None
        else QCoreApplication.translate("BalanceTab", "Geen bepaald domein")
    )
    return f"{domain_codes().get(domain, DOMAIN_STYLES[domain].code)} {name}"


def domain_swatch(domain: LifeDomain | None, size: int = 14) -> QPixmap:
    style = DOMAIN_STYLES[domain]
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(style.edge))
    inner = QPixmap(size - 4, size - 4)
    inner.fill(QColor(style.fill))
    painter = QPainter(pixmap)
    painter.drawPixmap(2, 2, inner)
    painter.end()
    return pixmap


@dataclass(frozen=True)
class FactorRow:
    position: int  # index in Balance.factors
    number: int  # 1-based place in this side's list
    factor: BalanceFactor

    @property
    def id(self) -> str:
        return str(self.position)


class FactorModel(RecordTableModel):
    """One side of an assessment, in the order the coach gave it."""

    COL_TEXT, COL_DOMAIN, COL_WEIGHT = range(3)

    def __init__(self, side: BalanceSide, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("BalanceTab", "Wat"),
            QCoreApplication.translate("BalanceTab", "Levensdomein"),
            QCoreApplication.translate("BalanceTab", "Gewicht"),
        ]

    def show_balance(self, balance: Balance | None) -> None:
        rows: list[FactorRow] = []
        if balance is not None:
            for position, factor in enumerate(balance.factors):
                if factor.side is self.side:
                    rows.append(FactorRow(position, len(rows) + 1, factor))
        self.set_records(rows)

    def display(self, record: FactorRow, column: int) -> str | None:
        factor = record.factor
        if column == self.COL_TEXT:
            return factor.text
        if column == self.COL_DOMAIN:
            return domain_text(factor.domain)
        weight = max(0, min(5, factor.weight))
        return f"{factor.weight}  {'■' * weight}{'□' * (5 - weight)}"

    def sort_key(self, record: FactorRow, column: int) -> Any:
        return record.number

    def extra(self, record: FactorRow, column: int, role: int) -> Any:
        if column == self.COL_DOMAIN and role == Qt.ItemDataRole.DecorationRole:
            return domain_swatch(record.factor.domain)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_WEIGHT:
                return QCoreApplication.translate("BalanceTab", "gewicht {w} van 5").format(
                    w=record.factor.weight
                )
            if column == self.COL_TEXT and role == Qt.ItemDataRole.ToolTipRole:
                return record.factor.text
        return None


@dataclass(frozen=True)
class PickRow:
    observation: Observation
    present: bool  # already among the factors

    @property
    def id(self) -> str:
        return self.observation.id


class PickModel(RecordTableModel):
    """The dossier's strengths, resources and needs, each with a box to tick."""

    COL_TEXT, COL_KIND, COL_DOMAIN = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("BalanceTab", "Omschrijving"),
            QCoreApplication.translate("BalanceTab", "Komt bij"),
            QCoreApplication.translate("BalanceTab", "Levensdomein"),
        ]

    def display(self, record: PickRow, column: int) -> str | None:
        observation = record.observation
        if column == self.COL_TEXT:
            return observation.text
        if column == self.COL_KIND:
            kind = observation_labels().get(observation.kind, observation.kind.value)
            side = (
                QCoreApplication.translate("BalanceTab", "draaglast")
                if observation.kind is ObservationKind.NEED
                else QCoreApplication.translate("BalanceTab", "draagkracht")
            )
            return f"{kind} → {side}"
        return domain_text(observation.domain)

    def extra(self, record: PickRow, column: int, role: int) -> Any:
        if column == self.COL_TEXT and role == Qt.ItemDataRole.CheckStateRole:
            checked = record.present or record.observation.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.present:
                return QCoreApplication.translate("BalanceTab", "Staat al op de balans")
            return record.observation.text
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        record: PickRow = self.record_at(index.row())
        if record.present:
            return flags & ~Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        record: PickRow = self.record_at(index.row())
        if record.present:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(record.observation.id)
        else:
            self._checked.discard(record.observation.id)
        self.dataChanged.emit(index, index, [role])
        return True

    def toggle(self, row: int) -> None:
        index = self.index(row, self.COL_TEXT)
        record: PickRow = self.record_at(row)
        now = record.observation.id in self._checked
        self.setData(
            index,
            (Qt.CheckState.Unchecked if now else Qt.CheckState.Checked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def checked(self) -> list[Observation]:
        return [r.observation for r in self.records() if r.observation.id in self._checked]
