"""The bar above the client list: the search field, which statuses and which phase are
shown, and the order.  The presenter applies them; this only offers the choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import ClientStatus, Phase
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


class ClientFilterBar(QWidget):
    search_typed = Signal(str)
    down_to_list = Signal()  # Enter or arrow down in the search field
    statuses_changed = Signal()
    phase_changed = Signal()
    sort_chosen = Signal(int)  # a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Texts keep the context "ClientsPanel", where they were first translated.
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("ClientsPanel", "Naam, of een woord uit het dossier…")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("ClientsPanel", "Zoek een cliënt op naam of in de dossiers")
        )
        self.search.setClearButtonEnabled(True)
        search_label = buddy_label(
            QCoreApplication.translate("ClientsPanel", "&Zoeken"), self.search, self
        )
        self.search.textChanged.connect(self.search_typed)
        self.search.returnPressed.connect(self.down_to_list)
        self.search.installEventFilter(self)

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
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        for combo in (self.phase_filter, self.sort_combo):
            # Narrow enough to leave an open dossier its tabs; the popup shows full labels.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        # One under the other, labels in a column: side by side they made the list wider
        # than a 1280-pixel screen leaves it beside the dossier (issue 16).
        filter_row = QGridLayout()
        filter_row.setHorizontalSpacing(8)
        filter_row.setVerticalSpacing(6)
        filter_row.addWidget(
            buddy_label(
                QCoreApplication.translate("ClientsPanel", "&Fase"), self.phase_filter, self
            ),
            0,
            0,
        )
        filter_row.addWidget(self.phase_filter, 0, 1)
        filter_row.addWidget(
            buddy_label(
                QCoreApplication.translate("ClientsPanel", "&Sorteer op"), self.sort_combo, self
            ),
            1,
            0,
        )
        filter_row.addWidget(self.sort_combo, 1, 1)
        filter_row.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addLayout(status_row)
        layout.addLayout(filter_row)

    # -- what the coach chose

    def search_text(self) -> str:
        return self.search.text()

    def statuses(self) -> list[ClientStatus]:
        return [status for status, box in self.status_boxes.items() if box.isChecked()]

    def phase(self) -> Phase | None:
        code = self.phase_filter.currentData()
        return Phase(code) if code else None

    # -- shown from outside

    def allow_status(self, status: ClientStatus) -> None:
        self.status_boxes[status].setChecked(True)

    def allow_every_phase(self) -> None:
        self.phase_filter.setCurrentIndex(0)

    def clear_search(self) -> None:
        self.search.clear()

    def forget_search(self) -> None:
        """Empty the field without anyone hearing of it (the lock clears the list itself)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def show_sorted_by(self, column: int) -> None:
        """The header was clicked: the combo follows without sorting again."""
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(column))
        self.sort_combo.blockSignals(False)

    def _sort_chosen(self) -> None:
        column = self.sort_combo.currentData()
        if isinstance(column, int):
            self.sort_chosen.emit(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.search and pressed:
            if event.key() == Qt.Key.Key_Down:
                self.down_to_list.emit()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
