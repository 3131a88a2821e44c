"""Open the vault with the recovery code and choose a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from genwerkt_desktop.ui.style import monospace_font
from genwerkt_desktop.ui.vault.page import Page, make_button, show_message
from genwerkt_desktop.ui.vault.passphrase_pair import PassphrasePair


class RecoverPage(Page):
    recover_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Herstelcode gebruiken"),
            QCoreApplication.translate(
                "VaultScreens",
                "Typ de herstelcode die u bij het maken van de kluis bewaarde, en kies "
                "meteen een nieuwe wachtzin. Hoofdletters en streepjes maken niet uit.",
            ),
            parent,
        )
        code_label = QLabel(QCoreApplication.translate("VaultScreens", "&Herstelcode:"), self.form)
        self.code = QLineEdit(self.form)
        self.code.setAccessibleName(QCoreApplication.translate("VaultScreens", "Herstelcode"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setFont(monospace_font(self.font()))
        code_label.setBuddy(self.code)
        self.form_layout.addWidget(code_label)
        self.form_layout.addWidget(self.code)
        self.code_message = self.add_message_label()
        self.passphrases = PassphrasePair(self.form)
        self.form_layout.addWidget(self.passphrases)
        self.message = self.add_message_label()

        buttons = QHBoxLayout()
        self.back_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Terug"),
            QCoreApplication.translate("VaultScreens", "Terug naar kluis openen"),
            self.form,
        )
        self.recover_button = make_button(
            QCoreApplication.translate("VaultScreens", "He&rstellen en openen"),
            QCoreApplication.translate("VaultScreens", "Herstellen en openen"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.code, self.passphrases.first)
        QWidget.setTabOrder(self.passphrases.second, self.recover_button)
        QWidget.setTabOrder(self.recover_button, self.back_button)

        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self.passphrases.first.setFocus)
        self.passphrases.changed.connect(self._update)
        self.passphrases.submitted.connect(self._request)
        self.recover_button.clicked.connect(self._request)
        self.back_button.clicked.connect(self.back_requested)
        self._update()

    def _ready(self) -> bool:
        return bool(self.code.text().strip()) and self.passphrases.is_ready()

    def _update(self) -> None:
        self.recover_button.setEnabled(self._ready())

    def _request(self) -> None:
        if self._ready() and not self.is_busy():
            show_message(self.code_message, "")
            show_message(self.message, "")
            self.recover_requested.emit(self.code.text(), self.passphrases.passphrase())

    def show_wrong_code(self, text: str) -> None:
        show_message(self.code_message, text)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    def show_error(self, text: str) -> None:
        show_message(self.message, text)

    def reset(self) -> None:
        self.code.clear()
        self.passphrases.clear()
        show_message(self.code_message, "")
        show_message(self.message, "")
        self.code.setFocus()
