"""A conflict copy, merged by hand: the coach's own version beside the server's, one row
per difference, a tick for every item of their own they want to keep."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.team_conflict import Difference
from genwerkt_desktop.services.team.conflicts import DossierConflict
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.table_model import FittedTable, RecordTableModel, setup_table
from genwerkt_desktop.ui.wording.team_conflict import kind_word, side_summary

AnyIndex = QModelIndex | QPersistentModelIndex


class DifferenceTableModel(RecordTableModel):
    """One row per difference; the first column's tick keeps the coach's own version."""

    KEEP, KIND, MINE, THEIRS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: set[str] = set()
        self.checkable = True

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ConflictDialog", "Mijn versie houden"),
            QCoreApplication.translate("ConflictDialog", "Wat"),
            QCoreApplication.translate("ConflictDialog", "Mijn versie"),
            QCoreApplication.translate("ConflictDialog", "Versie op de server"),
        ]

    def record_id(self, record: Difference) -> str:
        return record.key

    def display(self, record: Difference, column: int) -> str | None:
        if column == self.KIND:
            return kind_word(record.kind)
        if column == self.MINE:
            return side_summary(record, mine=True)
        if column == self.THEIRS:
            return side_summary(record, mine=False)
        return None

    def set_records(self, records: Any) -> None:
        self._kept.clear()
        super().set_records(records)

    def kept(self) -> list[str]:
        return [d.key for d in self.records() if d.key in self._kept]

    def set_kept(self, key: str, keep: bool) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.setData(
                self.index(row, self.KEEP),
                (Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.KEEP and self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra(self, record: Difference, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.KEEP:
            return Qt.CheckState.Checked if record.key in self._kept else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.MINE, self.THEIRS):
            return self.display(record, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.KEEP
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.checkable
        ):
            return False
        key = self.record_at(index.row()).key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._kept.add(key)
        else:
            self._kept.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ConflictDialog(QDialog):
    """Shows one conflict; the presenter does what the buttons ask."""

    merge_requested = Signal(list)  # the keys of the differences to keep
    save_requested = Signal()
    keep_server_requested = Signal()

    def __init__(self, conflict: DossierConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        name = conflict.client_name
        self.setWindowTitle(
            QCoreApplication.translate(
                "ConflictDialog", "Conflict in het dossier van {name}"
            ).format(name=name)
        )
        title = QLabel(
            QCoreApplication.translate(
                "ConflictDialog", "Twee versies van het dossier van {name}"
            ).format(name=name),
            self,
        )
        title.setObjectName("panelTitle")
        make_title(title, 1.25)
        if conflict.i_hold_it:
            text = QCoreApplication.translate(
                "ConflictDialog",
                "Uw laptop had wijzigingen die de server niet meer kon aannemen. Vink aan "
                "wat u uit uw versie wilt houden en kies Samenvoegen; de rest blijft zoals "
                "het op de server staat. Er gaat niets verloren tot u kiest.",
            )
        else:
            text = QCoreApplication.translate(
                "ConflictDialog",
                "Dit dossier is nu in handen van {holder}. Uw wijzigingen kunnen niet meer "
                "in het dossier zelf: bewaar uw versie als bestand en bezorg het aan "
                "{holder}, of houd de versie van de server.",
            ).format(holder=conflict.server_holder)
        self.explain = QLabel(text, self)
        self.explain.setWordWrap(True)

        self.model = DifferenceTableModel(self)
        self.model.checkable = conflict.i_hold_it
        self.model.set_records(list(conflict.differences))
        self.table = FittedTable(self)
        self.table.setModel(self.model)
        setup_table(
            self.table,
            QCoreApplication.translate("ConflictDialog", "Verschillen tussen de twee versies"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DifferenceTableModel.KEEP, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(
            DifferenceTableModel.KIND, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(DifferenceTableModel.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DifferenceTableModel.THEIRS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(
            DifferenceTableModel.KEEP,
            self.fontMetrics().horizontalAdvance(self.model.headers()[0]) + 28,
        )
        self.table.setColumnHidden(DifferenceTableModel.KEEP, not conflict.i_hold_it)
        self.count = QLabel(
            QCoreApplication.translate("ConflictDialog", "Verschillen: {count}").format(
                count=len(conflict.differences)
            ),
            self,
        )
        self.count.setObjectName("hintText")

        self.merge_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "&Samenvoegen"), self
        )
        self.merge_button.setObjectName("primaryButton")
        self.merge_button.setEnabled(conflict.i_hold_it)
        self.merge_button.setToolTip(
            QCoreApplication.translate(
                "ConflictDialog",
                "Het aangevinkte uit uw versie in het dossier zetten; de rest van de server",
            )
            if conflict.i_hold_it
            else QCoreApplication.translate(
                "ConflictDialog", "Alleen wie het dossier in handen heeft, kan samenvoegen"
            )
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Mijn versie bewaren als &bestand…"), self
        )
        self.keep_server_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Versie van de server &houden"), self
        )
        self.close_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Later beslissen"), self
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_server_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.explain)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 600)

        self.merge_button.clicked.connect(lambda: self.merge_requested.emit(self.model.kept()))
        self.save_button.clicked.connect(self.save_requested)
        self.keep_server_button.clicked.connect(self.keep_server_requested)
        self.close_button.clicked.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first thing in reach is what this coach can do, not a cell of the table.
        (self.merge_button if self.conflict.i_hold_it else self.save_button).setFocus()

    def set_busy(self, busy: bool) -> None:
        for button in (self.merge_button, self.save_button, self.keep_server_button):
            allowed = button is not self.merge_button or self.conflict.i_hold_it
            button.setEnabled(not busy and allowed)
