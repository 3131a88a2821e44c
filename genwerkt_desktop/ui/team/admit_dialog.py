"""Letting a colleague in: the lead compares the fingerprint on this screen with the one
on the colleague's own screen before handing over the team key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import make_title, monospace_font


def grouped(fingerprint: str) -> str:
    """The fingerprint as it is read aloud: groups of four on two lines when long."""
    plain = fingerprint.replace(" ", "")
    if ":" in plain or "-" in plain:
        return fingerprint
    groups = [plain[i : i + 4] for i in range(0, len(plain), 4)]
    half = (len(groups) + 1) // 2 if len(groups) > 6 else len(groups)
    return "\n".join(
        " ".join(groups[start : start + half]) for start in range(0, len(groups), half)
    )


class AdmitDialog(QDialog):
    def __init__(self, role: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admitDialog")
        self.setWindowTitle(
            QCoreApplication.translate("AdmitDialog", "{role} toelaten tot het team").format(
                role=role
            )
        )
        self.role = role
        title = QLabel(
            QCoreApplication.translate("AdmitDialog", "Is dit echt de laptop van {role}?").format(
                role=role
            ),
            self,
        )
        title.setObjectName("panelTitle")
        make_title(title, 1.25)
        explain = QLabel(
            QCoreApplication.translate(
                "AdmitDialog",
                "Vraag {role} om Instellingen te openen en de vingerafdruk die daar staat "
                "hardop voor te lezen, of kijk samen naar beide schermen. Laat {role} pas toe "
                "als elk teken gelijk is: zo kan niemand anders, ook niet de beheerder van "
                "de server, zich als {role} voordoen.",
            ).format(role=role),
            self,
        )
        explain.setWordWrap(True)
        self.fingerprint = QLabel(grouped(fingerprint), self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(monospace_font(self.font(), 1.7))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(
            QCoreApplication.translate("AdmitDialog", "Vingerafdruk van {role}").format(role=role)
        )
        self.fingerprint.setFrameShape(QFrame.Shape.StyledPanel)
        self.fingerprint.setContentsMargins(16, 14, 16, 14)
        after = QLabel(
            QCoreApplication.translate(
                "AdmitDialog",
                "Na het toelaten krijgt {role} de teamsleutel bij de volgende "
                "synchronisatie en kan dan de gedeelde dossiers lezen.",
            ).format(role=role),
            self,
        )
        after.setObjectName("hintText")
        after.setWordWrap(True)
        different = QLabel(
            QCoreApplication.translate(
                "AdmitDialog", "Is er een verschil? Laat dan niemand toe en verwittig de beheerder."
            ),
            self,
        )
        different.setObjectName("hintText")
        different.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.admit_button = buttons.addButton(
            QCoreApplication.translate("AdmitDialog", "Gelijk: toelaten"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.admit_button.setObjectName("primaryButton")
        self.cancel_button = buttons.addButton(
            QCoreApplication.translate("AdmitDialog", "Niet gelijk of twijfel: annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.cancel_button.setDefault(True)  # Enter never admits by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.fingerprint)
        layout.addWidget(after)
        layout.addWidget(different)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
