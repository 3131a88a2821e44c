"""The side panel: everything about the selected member (name, group, strength, quality,
direction of support, kinds of support, note) and its ties with other members.

Every change is one undoable edit, sent as the edited member; typing a name or a note
letter by letter joins into one undo step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_edits import node_of, ties_of
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    hint_label,
    make_button,
    plain_text_field,
    section_title,
)

from .labels import (
    category_labels,
    flow_labels,
    quality_labels,
    strength_labels,
    support_labels,
)


def _combo(labels: dict, accessible: str, parent: QWidget) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    for value, text in labels.items():
        combo.addItem(text, value)
    return combo


class MemberPanel(QWidget):
    node_edited = Signal(object, str)  # EcogramNode, merge key ("" = its own step)
    tie_set = Signal(str, str, object, object)  # from id, to id, strength, quality
    tie_removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ecogram: Ecogram | None = None
        self._node: EcogramNode | None = None
        self._loading = False

        self.title = section_title(QCoreApplication.translate("EcogramPanel", "Gekozen lid"), self)
        self.nothing = hint_label(
            QCoreApplication.translate(
                "EcogramPanel",
                "Klik op iemand in de tekening, of kies met Tab, om die hier aan te passen.",
            ),
            self,
            muted=True,
        )
        self.label = QLineEdit(self)
        self.label.setAccessibleName(
            QCoreApplication.translate("EcogramPanel", "Naam of omschrijving")
        )
        self.organisation = hint_label("", self, muted=True)
        self.category = _combo(
            category_labels(), QCoreApplication.translate("EcogramPanel", "Groep"), self
        )
        self.strength = _combo(
            strength_labels(),
            QCoreApplication.translate("EcogramPanel", "Sterkte van de band"),
            self,
        )
        self.quality = _combo(
            quality_labels(), QCoreApplication.translate("EcogramPanel", "Aard van de band"), self
        )
        self.flow = _combo(
            flow_labels(), QCoreApplication.translate("EcogramPanel", "Richting van de steun"), self
        )
        self.support: dict[object, QCheckBox] = {}
        support_box = QGridLayout()
        for i, (kind, text) in enumerate(support_labels().items()):
            box = QCheckBox(text, self)
            self.support[kind] = box
            support_box.addWidget(box, i // 2, i % 2)
            box.clicked.connect(self._changed)
        self.note = plain_text_field(
            QCoreApplication.translate("EcogramPanel", "Notitie bij dit lid"), self, lines=3
        )

        form = QFormLayout()
        form.addRow(
            buddy_label(QCoreApplication.translate("EcogramPanel", "&Naam"), self.label, self),
            self.label,
        )
        form.addRow("", self.organisation)
        form.addRow(
            buddy_label(QCoreApplication.translate("EcogramPanel", "&Groep"), self.category, self),
            self.category,
        )
        form.addRow(
            buddy_label(
                QCoreApplication.translate("EcogramPanel", "&Sterkte"), self.strength, self
            ),
            self.strength,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("EcogramPanel", "Aa&rd"), self.quality, self),
            self.quality,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("EcogramPanel", "&Richting"), self.flow, self),
            self.flow,
        )
        form.addRow(QCoreApplication.translate("EcogramPanel", "Steun"), support_box)
        form.addRow(
            buddy_label(QCoreApplication.translate("EcogramPanel", "No&titie"), self.note, self),
            self.note,
        )

        # -- ties between two members
        self.ties_title = section_title(
            QCoreApplication.translate("EcogramPanel", "Banden met anderen"), self
        )
        self.ties_model = QStandardItemModel(self)
        self.ties = QListView(self)
        self.ties.setModel(self.ties_model)
        self.ties.setAccessibleName(
            QCoreApplication.translate("EcogramPanel", "Banden van dit lid met anderen")
        )
        self.ties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ties.setMaximumHeight(90)
        self.tie_other = QComboBox(self)
        self.tie_other.setAccessibleName(QCoreApplication.translate("EcogramPanel", "Band met wie"))
        self.tie_strength = _combo(
            strength_labels(),
            QCoreApplication.translate("EcogramPanel", "Sterkte van de nieuwe band"),
            self,
        )
        self.tie_quality = _combo(
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
        tie_row = QHBoxLayout()
        tie_row.addWidget(self.tie_strength)
        tie_row.addWidget(self.tie_quality)
        tie_buttons = QHBoxLayout()
        tie_buttons.addWidget(self.add_tie)
        tie_buttons.addWidget(self.remove_tie)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.nothing)
        self.form = QWidget(self)
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.ties_title)
        inner.addWidget(self.ties)
        inner.addWidget(
            buddy_label(
                QCoreApplication.translate("EcogramPanel", "Nieuwe band &met"), self.tie_other, self
            )
        )
        inner.addWidget(self.tie_other)
        inner.addLayout(tie_row)
        inner.addLayout(tie_buttons)
        layout.addWidget(self.form)

        self.label.textEdited.connect(lambda _t: self._changed("label"))
        self.note.textChanged.connect(lambda: self._changed("note"))
        for combo in (self.category, self.strength, self.quality, self.flow):
            combo.activated.connect(self._changed)
        self.add_tie.clicked.connect(self._add_tie)
        self.remove_tie.clicked.connect(self._remove_tie)
        self.show_member(None, "", editable=False)

    # -- showing

    def show_member(self, ecogram: Ecogram | None, node_id: str, editable: bool) -> None:
        self._ecogram = ecogram
        node = node_of(ecogram, node_id) if ecogram is not None and node_id else None
        same = node is not None and self._node is not None and node.id == self._node.id
        self._node = node
        self.nothing.setVisible(node is None)
        self.form.setVisible(node is not None)
        self.form.setEnabled(editable)
        if node is None or ecogram is None:
            return
        self._loading = True
        try:
            # Never reset the field the coach is typing in (the cursor would jump).
            if not (same and self.label.hasFocus()):
                self.label.setText(node.label)
            if not (same and self.note.hasFocus()):
                self.note.setPlainText(node.note or "")
            self.organisation.setVisible(node.organisation_id is not None)
            self.organisation.setText(
                QCoreApplication.translate("EcogramPanel", "Gekoppeld aan de sociale kaart")
            )
            select_data(self.category, node.category)
            select_data(self.strength, node.strength or TieStrength.ORDINARY)
            select_data(self.quality, node.quality or TieQuality.NEUTRAL)
            select_data(self.flow, node.flow or SupportFlow.NONE)
            for kind, box in self.support.items():
                box.setChecked(kind in node.support)
            self._show_ties(ecogram, node)
        finally:
            self._loading = False

    def _show_ties(self, ecogram: Ecogram, node: EcogramNode) -> None:
        labels = {n.id: n.label for n in ecogram.nodes}
        strengths, qualities = strength_labels(), quality_labels()
        self.ties_model.clear()
        for tie in ties_of(ecogram, node.id):
            other = tie.to_id if tie.from_id == node.id else tie.from_id
            words = [strengths.get(tie.strength, ""), qualities.get(tie.quality, "")]  # type: ignore[arg-type]
            text = f"{labels.get(other, '?')}: {', '.join(w.lower() for w in words if w)}"
            item = QStandardItem(text)
            item.setData(other)
            self.ties_model.appendRow(item)
        self.tie_other.clear()
        for other in ecogram.nodes:
            if other.id != node.id:
                self.tie_other.addItem(other.label, other.id)
        self.remove_tie.setEnabled(self.ties_model.rowCount() > 0)
        self.add_tie.setEnabled(self.tie_other.count() > 0)

    def focus_label(self) -> None:
        self.label.setFocus()
        self.label.selectAll()

    def forget(self) -> None:
        self._loading = True
        self.label.clear()
        self.note.clear()
        self.ties_model.clear()
        self.tie_other.clear()
        self._loading = False
        self.show_member(None, "", editable=False)

    # -- editing

    def value(self) -> EcogramNode | None:
        if self._node is None:
            return None
        support = tuple(kind for kind, box in self.support.items() if box.isChecked())
        return replace(
            self._node,
            label=self.label.text().strip() or self._node.label,
            # Qt hands enum data back as plain strings.
            category=NodeCategory(self.category.currentData()),
            strength=TieStrength(self.strength.currentData()),
            quality=TieQuality(self.quality.currentData()),
            flow=SupportFlow(self.flow.currentData()),
            support=support,  # type: ignore[arg-type]
            note=self.note.toPlainText().strip() or None,
        )

    def _changed(self, merge: object = None) -> None:
        if self._loading or self._node is None:
            return
        node = self.value()
        if node is None or node == self._node:
            return
        key = f"{merge}:{node.id}" if merge in ("label", "note") else ""
        self.node_edited.emit(node, key)

    def _add_tie(self) -> None:
        other = self.tie_other.currentData()
        if self._node is None or not other:
            return
        self.tie_set.emit(
            self._node.id,
            str(other),
            TieStrength(self.tie_strength.currentData()),
            TieQuality(self.tie_quality.currentData()),
        )

    def _remove_tie(self) -> None:
        if self._node is None:
            return
        index = self.ties.currentIndex()
        row = index.row() if index.isValid() else 0
        item = self.ties_model.item(row)
        if item is not None:
            self.tie_removed.emit(self._node.id, str(item.data()))
