"""Offer to load the fictional demo dossiers into a new vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from genwerkt_desktop.ui.vault.page import Page, make_button, show_message


class DemoOfferPage(Page):
    load_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Fictieve voorbeelddossiers laden?"),
            QCoreApplication.translate(
                "VaultScreens",
                "Wilt u eerst rustig rondkijken? genwerkt kan enkele verzonnen dossiers "
                "laden. Ze gaan over niemand echt, en u kunt ze later weer verwijderen.",
            ),
            parent,
        )
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.no_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Nee, leeg beginnen"),
            QCoreApplication.translate("VaultScreens", "Nee, leeg beginnen"),
            self.form,
        )
        self.yes_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Ja, voorbeelden laden"),
            QCoreApplication.translate("VaultScreens", "Ja, voorbeelddossiers laden"),
            self.form,
        )
        self.yes_button.setObjectName("primaryButton")
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.yes_button, self.no_button)
        self.yes_button.clicked.connect(self.load_requested)
        self.no_button.clicked.connect(self.skip_requested)

    def show_error(self, text: str) -> None:
        show_message(self.message, text)
