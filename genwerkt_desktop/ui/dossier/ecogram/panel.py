"""The side panel: everything about the selected member (name, group, strength, quality,
direction of support, kinds of support, note) and its ties with other members.

Every change is one undoable edit, sent as the edited member; typing a name or a note
letter by letter joins into one undo step.  The ties are a sub-view (:class:`TiesEditor`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_edits import node_of
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    hint_label,
    plain_text_field,
    section_title,
)

from .combo import labelled_combo
from .labels import (
    category_labels,
    flow_labels,
    quality_labels,
    strength_labels,
    support_labels,
)
from .ties import TiesEditor


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
        self.category = labelled_combo(
            category_labels(), QCoreApplication.translate("EcogramPanel", "Groep"), self
        )
        self.strength = labelled_combo(
            strength_labels(),
            QCoreApplication.translate("EcogramPanel", "Sterkte van de band"),
            self,
        )
        self.quality = labelled_combo(
            quality_labels(), QCoreApplication.translate("EcogramPanel", "Aard van de band"), self
        )
        self.flow = labelled_combo(
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
        self.ties = TiesEditor(self)
        self.ties.tie_set.connect(self.tie_set)
        self.ties.tie_removed.connect(self.tie_removed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.nothing)
        self.form = QWidget(self)
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.ties)
        layout.addWidget(self.form)

        self.label.textEdited.connect(lambda _t: self._changed("label"))
        self.note.textChanged.connect(lambda: self._changed("note"))
        for combo in (self.category, self.strength, self.quality, self.flow):
            combo.activated.connect(self._changed)
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
            self.ties.show_ties(ecogram, node)
        finally:
            self._loading = False

    def focus_label(self) -> None:
        self.label.setFocus()
        self.label.selectAll()

    def forget(self) -> None:
        self._loading = True
        self.label.clear()
        self.note.clear()
        self.ties.forget()
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
