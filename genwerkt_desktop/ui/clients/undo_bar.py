"""The line under the client list after archiving: what happened, and a way back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from genwerkt_desktop.ui.widgets.fields import make_button


class UndoBar(QFrame):
    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Ongedaan maken"),
            QCoreApplication.translate("ClientsPanel", "Archiveren ongedaan maken"),
            self,
        )
        self.button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_archived(self, name: str) -> None:
        self.label.setText(
            QCoreApplication.translate(
                "ClientsPanel", "Het dossier van {name} staat nu in het archief."
            ).format(name=name)
        )
        self.show()

    def dismiss(self) -> None:
        """Hidden, and the client's name gone with it."""
        self.hide()
        self.label.clear()
