"""The filters above the client list: which statuses and which phase are shown, and the
order.  The panel applies them; this only offers the choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.ui.widgets.fields import buddy_label
from genwerkt_desktop.ui.widgets.labels import phase_labels, status_labels

from .model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_APPOINTMENT,
    COL_PHASE,
    COL_STATUS,
    DEFAULT_STATUSES,
)

# Which way each column sorts first: names A to Z, the latest contact first, the
# nearest appointment first.
FIRST_ORDER = {
    COL_NAME: Qt.SortOrder.AscendingOrder,
    COL_STATUS: Qt.SortOrder.AscendingOrder,
    COL_PHASE: Qt.SortOrder.AscendingOrder,
    COL_LAST_CONTACT: Qt.SortOrder.DescendingOrder,
    COL_NEXT_APPOINTMENT: Qt.SortOrder.AscendingOrder,
}


class ClientFilters(QWidget):
    statuses_changed = Signal()
    phase_changed = Signal()
    sort_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Texts keep the context "ClientsPanel", where they were first translated.
        self.status_boxes: dict[ClientStatus, QCheckBox] = {}
        # Two by two, so the list stays narrow beside an open dossier.
        status_row = QGridLayout()
        status_row.setHorizontalSpacing(14)
        status_row.setVerticalSpacing(2)
        status_caption = QLabel(QCoreApplication.translate("ClientsPanel", "Status:"), self)
        status_caption.setObjectName("hintText")
        status_row.addWidget(status_caption, 0, 0)
        for index, (status, label) in enumerate(status_labels().items()):
            box = QCheckBox(label, self)
            box.setAccessibleName(
                QCoreApplication.translate("ClientsPanel", "Toon status {status}").format(
                    status=label
                )
            )
            box.setChecked(status in DEFAULT_STATUSES)
            box.toggled.connect(lambda _on: self.statuses_changed.emit())
            self.status_boxes[status] = box
            status_row.addWidget(box, index // 2, 1 + index % 2)
        status_row.setColumnStretch(3, 1)

        self.phase_filter = QComboBox(self)
        self.phase_filter.setAccessibleName(QCoreApplication.translate("ClientsPanel", "Toon fase"))
        self.phase_filter.addItem(QCoreApplication.translate("ClientsPanel", "Alle fasen"), "")
        for phase, label in phase_labels().items():
            self.phase_filter.addItem(label, phase.value)
        self.phase_filter.currentIndexChanged.connect(lambda _i: self.phase_changed.emit())
        self.sort_combo = QComboBox(self)
        self.sort_combo.setAccessibleName(QCoreApplication.translate("ClientsPanel", "Sorteer op"))
        self.sort_combo.addItem(QCoreApplication.translate("ClientsPanel", "Naam"), COL_NAME)
        self.sort_combo.addItem(
            QCoreApplication.translate("ClientsPanel", "Laatste contact"), COL_LAST_CONTACT
        )
        self.sort_combo.addItem(
            QCoreApplication.translate("ClientsPanel", "Volgende afspraak"), COL_NEXT_APPOINTMENT
        )
        self.sort_combo.addItem(QCoreApplication.translate("ClientsPanel", "Fase"), COL_PHASE)
        self.sort_combo.addItem(QCoreApplication.translate("ClientsPanel", "Status"), COL_STATUS)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.sort_chosen.emit())
        for combo in (self.phase_filter, self.sort_combo):
            # Narrow enough to leave an open dossier its tabs; the popup shows full labels.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(8)
        filter_row.addWidget(
            buddy_label(
                QCoreApplication.translate("ClientsPanel", "&Fase"), self.phase_filter, self
            )
        )
        filter_row.addWidget(self.phase_filter, 1)
        filter_row.addSpacing(12)
        filter_row.addWidget(
            buddy_label(
                QCoreApplication.translate("ClientsPanel", "&Sorteer op"), self.sort_combo, self
            )
        )
        filter_row.addWidget(self.sort_combo, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(status_row)
        layout.addLayout(filter_row)

    def statuses(self) -> list[ClientStatus]:
        return [status for status, box in self.status_boxes.items() if box.isChecked()]
