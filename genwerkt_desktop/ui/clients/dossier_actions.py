"""The buttons under the client list for a whole dossier: archive, restore, delete for
good.  The context menu of the list offers the same actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from genwerkt_desktop.ui.style import restyle
from genwerkt_desktop.ui.widgets.fields import make_button


class DossierActions(QWidget):
    archive_requested = Signal()
    restore_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Texts keep the context "ClientsPanel", where they were first translated.
        self.archive_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Archiveren"), self
        )
        self.archive_action.triggered.connect(self.archive_requested)
        self.restore_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Terugzetten"), self
        )
        self.restore_action.triggered.connect(self.restore_requested)
        self.delete_action = QAction(
            QCoreApplication.translate("ClientsPanel", "Definitief &verwijderen…"), self
        )
        self.delete_action.triggered.connect(self.delete_requested)

        self.archive_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Archiveren"),
            QCoreApplication.translate("ClientsPanel", "Dossier archiveren"),
            self,
        )
        self.archive_button.clicked.connect(self.archive_action.trigger)
        self.restore_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Terugzetten"),
            QCoreApplication.translate("ClientsPanel", "Gearchiveerd dossier terugzetten"),
            self,
        )
        self.restore_button.clicked.connect(self.restore_action.trigger)
        self.delete_button = make_button(
            QCoreApplication.translate("ClientsPanel", "Definitief &verwijderen…"),
            QCoreApplication.translate("ClientsPanel", "Dossier definitief verwijderen"),
            self,
        )
        self.delete_button.setObjectName("dangerButton")
        restyle(self.delete_button)
        self.delete_button.setToolTip(
            QCoreApplication.translate("ClientsPanel", "Kan alleen voor een gearchiveerd dossier.")
        )
        self.delete_button.clicked.connect(self.delete_action.trigger)

        layout = QHBoxLayout(self)
        # As the row sat in the list's own layout before: no margins, its spacing.
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.archive_button)
        layout.addWidget(self.restore_button)
        layout.addStretch(1)
        layout.addWidget(self.delete_button)
        self.show_for(chosen=False, archived=False)

    def actions_for_menu(self) -> list[QAction]:
        return [self.archive_action, self.restore_action, self.delete_action]

    def show_for(self, *, chosen: bool, archived: bool) -> None:
        """Archive for a chosen dossier; restore and delete for good once it is archived."""
        self.archive_action.setEnabled(chosen and not archived)
        self.restore_action.setEnabled(archived)
        self.delete_action.setEnabled(archived)
        self.archive_button.setEnabled(chosen and not archived)
        self.restore_button.setEnabled(archived)
        self.restore_button.setVisible(archived)
        self.delete_button.setEnabled(archived)
