"""The team password, asked once per session when it is not remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import restyle
from genwerkt_desktop.ui.widgets.fields import hint_label


class TeamPasswordDialog(QDialog):
    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPasswordDialog")
        self.setWindowTitle(QCoreApplication.translate("TeamPasswordDialog", "Teamwachtwoord"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # no password left behind
        intro = QLabel(
            QCoreApplication.translate(
                "TeamPasswordDialog", "Het wachtwoord van {role} op de teamserver:"
            ).format(role=role or "?"),
            self,
        )
        intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(
            QCoreApplication.translate("TeamPasswordDialog", "Teamwachtwoord")
        )
        intro.setBuddy(self.field)
        note = hint_label(
            QCoreApplication.translate(
                "TeamPasswordDialog",
                "genwerkt onthoudt het tot u de kluis vergrendelt.",
            ),
            self,
            muted=True,
        )
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("TeamPasswordDialog", "&Verder"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("primaryButton")
        restyle(self.ok_button)
        self.ok_button.setDefault(True)
        buttons.addButton(
            QCoreApplication.translate("TeamPasswordDialog", "&Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self._accept_if_filled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()

    def _accept_if_filled(self) -> None:
        if self.field.text():
            self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.field.clear()
