"""Make a new vault: choose a passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from genwerkt_desktop.ui.vault.page import Page, make_button, show_message
from genwerkt_desktop.ui.vault.passphrase_pair import PassphrasePair


class CreatePage(Page):
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Nieuwe kluis maken"),
            QCoreApplication.translate(
                "VaultScreens",
                "genwerkt bewaart uw dossiers versleuteld op deze computer. Kies een "
                "wachtzin: een zin van enkele woorden die u makkelijk onthoudt. Zonder "
                "wachtzin of herstelcode kan niemand de dossiers openen, ook u niet.",
            ),
            parent,
        )
        self.passphrases = PassphrasePair(self.form)
        self.form_layout.addWidget(self.passphrases)
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Kluis maken"),
            QCoreApplication.translate("VaultScreens", "Kluis maken"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.create_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrases.second, self.create_button)

        self.passphrases.changed.connect(self._update)
        self.passphrases.submitted.connect(self._request)
        self.create_button.clicked.connect(self._request)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(self.passphrases.is_ready())

    def _request(self) -> None:
        if self.passphrases.is_ready() and not self.is_busy():
            show_message(self.message, "")
            self.create_requested.emit(self.passphrases.passphrase())

    def show_error(self, text: str) -> None:
        show_message(self.message, text)

    def reset(self) -> None:
        self.passphrases.clear()
        show_message(self.message, "")
        self.passphrases.first.setFocus()
