"""The ties of the selected member with other members: the list, and a new tie (with
whom, how strong, of what kind) or one taken away.  Layout and signals only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_edits import ties_of
from genwerkt_desktop.domain.enums import TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode
from genwerkt_desktop.ui.widgets.fields import buddy_label, make_button, section_title

from .combo import labelled_combo
from .labels import quality_labels, strength_labels


class TiesEditor(QWidget):
    tie_set = Signal(str, str, object, object)  # from id, to id, strength, quality
    tie_removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._node_id = ""
        self.title = section_title(
            QCoreApplication.translate("EcogramPanel", "Banden met anderen"), self
        )
        self.model = QStandardItemModel(self)
        self.ties = QListView(self)
        self.ties.setModel(self.model)
        self.ties.setAccessibleName(
            QCoreApplication.translate("EcogramPanel", "Banden van dit lid met anderen")
        )
        self.ties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ties.setMaximumHeight(90)
        self.other = QComboBox(self)
        self.other.setAccessibleName(QCoreApplication.translate("EcogramPanel", "Band met wie"))
        self.strength = labelled_combo(
            strength_labels(),
            QCoreApplication.translate("EcogramPanel", "Sterkte van de nieuwe band"),
            self,
        )
        self.quality = labelled_combo(
            quality_labels(),
            QCoreApplication.translate("EcogramPanel", "Aard van de nieuwe band"),
            self,
        )
        self.add_tie = make_button(
            QCoreApplication.translate("EcogramPanel", "Band &leggen"),
            QCoreApplication.translate("EcogramPanel", "Band leggen met dit lid"),
            self,
        )
        self.remove_tie = make_button(
            QCoreApplication.translate("EcogramPanel", "Band weg&halen"),
            QCoreApplication.translate("EcogramPanel", "Gekozen band weghalen"),
            self,
        )
        self.add_tie.clicked.connect(self._add_tie)
        self.remove_tie.clicked.connect(self._remove_tie)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.strength)
        kind_row.addWidget(self.quality)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_tie)
        buttons.addWidget(self.remove_tie)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.ties)
        layout.addWidget(
            buddy_label(
                QCoreApplication.translate("EcogramPanel", "Nieuwe band &met"), self.other, self
            )
        )
        layout.addWidget(self.other)
        layout.addLayout(kind_row)
        layout.addLayout(buttons)

    def show_ties(self, ecogram: Ecogram, node: EcogramNode) -> None:
        self._node_id = node.id
        labels = {n.id: n.label for n in ecogram.nodes}
        strengths, qualities = strength_labels(), quality_labels()
        self.model.clear()
        for tie in ties_of(ecogram, node.id):
            other = tie.to_id if tie.from_id == node.id else tie.from_id
            words = [strengths.get(tie.strength, ""), qualities.get(tie.quality, "")]  # type: ignore[arg-type]
            text = f"{labels.get(other, '?')}: {', '.join(w.lower() for w in words if w)}"
            item = QStandardItem(text)
            item.setData(other)
            self.model.appendRow(item)
        self.other.clear()
        for other_node in ecogram.nodes:
            if other_node.id != node.id:
                self.other.addItem(other_node.label, other_node.id)
        self.remove_tie.setEnabled(self.model.rowCount() > 0)
        self.add_tie.setEnabled(self.other.count() > 0)

    def forget(self) -> None:
        self._node_id = ""
        self.model.clear()
        self.other.clear()

    def _add_tie(self) -> None:
        other = self.other.currentData()
        if not self._node_id or not other:
            return
        self.tie_set.emit(
            self._node_id,
            str(other),
            TieStrength(self.strength.currentData()),
            TieQuality(self.quality.currentData()),
        )

    def _remove_tie(self) -> None:
        if not self._node_id:
            return
        index = self.ties.currentIndex()
        item = self.model.item(index.row() if index.isValid() else 0)
        if item is not None:
            self.tie_removed.emit(self._node_id, str(item.data()))
