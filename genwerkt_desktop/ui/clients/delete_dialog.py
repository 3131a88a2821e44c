"""Delete a dossier for good, only after the coach typed the client's full name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import make_title, restyle, scaled_font
from genwerkt_desktop.ui.widgets.fields import buddy_label, hint_label


class DeleteForGoodDialog(QDialog):
    """The delete button wakes up only when the typed name is exactly the full name."""

    def __init__(self, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteForGoodDialog")
        self.setWindowTitle(
            QCoreApplication.translate("DeleteForGoodDialog", "Dossier definitief verwijderen")
        )
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        self._full_name = full_name

        title = QLabel(
            QCoreApplication.translate("DeleteForGoodDialog", "Definitief verwijderen"), self
        )
        title.setObjectName("pageTitle")
        make_title(title, 1.3)
        self.explanation = hint_label(
            QCoreApplication.translate(
                "DeleteForGoodDialog",
                "Het hele dossier van {name} verdwijnt: notities, doelen, rechten en "
                "toestemmingen. Dat kan niet ongedaan gemaakt worden. In het logboek blijft "
                "alleen staan dat er een dossier verwijderd werd, zonder inhoud.",
            ).format(name=full_name),
            self,
        )
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(
            QCoreApplication.translate(
                "DeleteForGoodDialog", "Typ de volledige naam om te bevestigen"
            )
        )
        prompt = buddy_label(
            QCoreApplication.translate(
                "DeleteForGoodDialog", "Typ ter bevestiging de volledige &naam, precies zo:"
            ),
            self.typed,
            self,
        )
        prompt.setWordWrap(True)
        self.name_to_type = QLabel(full_name, self)
        self.name_to_type.setObjectName("nameToType")
        self.name_to_type.setFont(scaled_font(self.font(), 1.1, weight=QFont.Weight.DemiBold))
        self.name_to_type.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(
            QCoreApplication.translate("DeleteForGoodDialog", "Definitief &verwijderen"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.setObjectName("dangerButton")
        restyle(self.delete_button)
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("DeleteForGoodDialog", "Definitief verwijderen")
        )
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("DeleteForGoodDialog", "Niet verwijderen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("DeleteForGoodDialog", "Niet verwijderen")
        )
        # Enter never picks a button here: it confirms only when the name is right.
        for button in (self.delete_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.delete_button.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.name_to_type)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._update)
        self._update()
        self.typed.setFocus()

    def matches(self) -> bool:
        return self.typed.text().strip() == self._full_name

    def _update(self) -> None:
        self.delete_button.setEnabled(self.matches())

    def _confirm(self) -> None:
        if self.matches():
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._confirm()
            return
        super().keyPressEvent(event)
