"""Open the vault with the passphrase; optionally remember it on this device."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from genwerkt_desktop.ui.vault.page import Page, make_button, password_field, show_message


class UnlockPage(Page):
    unlock_requested = Signal(str, bool)
    recovery_requested = Signal()
    restore_requested = Signal()  # the store is damaged or gone: bring back a backup

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Kluis openen"),
            QCoreApplication.translate("VaultScreens", "Typ uw wachtzin om de dossiers te openen."),
            parent,
        )
        label = QLabel(QCoreApplication.translate("VaultScreens", "&Wachtzin:"), self.form)
        self.passphrase = password_field(
            QCoreApplication.translate("VaultScreens", "Wachtzin"), self.form
        )
        label.setBuddy(self.passphrase)
        self.form_layout.addWidget(label)
        self.form_layout.addWidget(self.passphrase)
        self.message = self.add_message_label()
        self.restore_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Back-up terugzetten…"),
            QCoreApplication.translate("VaultScreens", "Back-up terugzetten in een nieuwe map"),
            self.form,
        )
        self.restore_button.setObjectName("linkButton")
        self.restore_button.setFlat(True)
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_button.hide()
        self.form_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.remember = QCheckBox(
            QCoreApplication.translate("VaultScreens", "&Onthouden op dit apparaat"), self.form
        )
        self.remember.setAccessibleName(
            QCoreApplication.translate("VaultScreens", "Onthouden op dit apparaat")
        )
        self.remember.setToolTip(
            QCoreApplication.translate(
                "VaultScreens",
                "De sleutel wordt in de sleutelhanger van het besturingssysteem bewaard, "
                "zodat genwerkt bij het starten zonder wachtzin opent.",
            )
        )
        self.form_layout.addWidget(self.remember)
        self.remember_note = QLabel(self.form)
        self.remember_note.setObjectName("mutedText")
        self.remember_note.setWordWrap(True)
        self.form_layout.addWidget(self.remember_note)
        self.remember_note.hide()

        buttons = QHBoxLayout()
        self.recovery_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Herstelcode gebruiken"),
            QCoreApplication.translate("VaultScreens", "Herstelcode gebruiken"),
            self.form,
        )
        self.recovery_button.setObjectName("linkButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Openen"),
            QCoreApplication.translate("VaultScreens", "Kluis openen"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrase, self.remember)
        QWidget.setTabOrder(self.remember, self.open_button)
        QWidget.setTabOrder(self.open_button, self.recovery_button)

        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self._request)
        self.open_button.clicked.connect(self._request)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self._update()

    def set_remember_option(self, unavailable: str | None, checked: bool) -> None:
        """Offer the checkbox only when a real keyring exists; otherwise say why not."""
        if unavailable is None:
            self.remember.setChecked(checked)
            self.remember.show()
            self.remember_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.hide()
            reason = unavailable.strip().rstrip(".")
            reason = reason[:1].upper() + reason[1:]
            self.remember_note.setText(
                QCoreApplication.translate(
                    "VaultScreens", "{reason}. U opent de kluis dus met uw wachtzin."
                ).format(reason=reason)
            )
            self.remember_note.show()

    def _update(self) -> None:
        self.open_button.setEnabled(bool(self.passphrase.text()))

    def _request(self) -> None:
        text = self.passphrase.text()
        if text and not self.is_busy():
            remember = not self.remember.isHidden() and self.remember.isChecked()
            self.unlock_requested.emit(text, remember)

    def show_wrong(self, text: str) -> None:
        """Say what went wrong under the field; keep the field focused and selected."""
        show_message(self.message, text)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def show_damage(self, text: str) -> None:
        """The store cannot be used as it is: say so and offer to restore a backup."""
        self.passphrase.clear()
        show_message(self.message, text)
        self.restore_button.show()
        self.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self, message: str = "") -> None:
        self.passphrase.clear()
        show_message(self.message, message)
        self.restore_button.hide()
        self.passphrase.setFocus()
