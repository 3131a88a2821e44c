"""The right half of the sociale kaart: the heading, whether it is saved, the form of the
chosen organisation (or a sentence when none is chosen) and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.ui.style import make_title

from .form import OrganisationForm


class OrganisationDetail(QWidget):
    save_clicked = Signal()
    revert_clicked = Signal()
    delete_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDetail")
        self.heading = QLabel(self)
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        make_title(self.heading, 1.25)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignRight)

        self.form = OrganisationForm(self)
        self.empty_state = QLabel(
            QCoreApplication.translate(
                "DirectoryView",
                "Kies links een organisatie om ze te bekijken of aan te passen,\n"
                "of voeg er een toe met Nieuwe organisatie (Ctrl+N).",
            ),
            self,
        )
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("detailStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.form)

        self.save_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Bewaren"), self
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "De wijzigingen bewaren (Ctrl+S)")
        )
        self.revert_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Ongedaan maken"), self
        )
        self.revert_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "Terug naar wat het laatst bewaard is")
        )
        self.delete_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "Verwij&deren"), self
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView", "Deze organisatie uit de sociale kaart halen"
            )
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Organisatie bewaren")
        )
        self.revert_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Wijzigingen ongedaan maken")
        )
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Organisatie verwijderen")
        )
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.save_button)
        actions_row.addWidget(self.revert_button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.delete_button)
        self.action_bar = QWidget(self)
        self.action_bar.setLayout(actions_row)
        actions_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 16, 20, 16)
        layout.setSpacing(8)
        layout.addLayout(heading_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.action_bar)

        self.save_button.clicked.connect(self.save_clicked)
        self.revert_button.clicked.connect(self.revert_clicked)
        self.delete_button.clicked.connect(self.delete_clicked)

    # -- what the form holds

    def typed_name(self) -> str:
        return self.form.name.text().strip()

    def focus_name(self) -> None:
        self.form.name.setFocus()

    # -- shown from outside

    def show_organisation(self, org: Organisation) -> None:
        self.form.set_organisation(org)
        self.stack.setCurrentWidget(self.form)
        self.action_bar.show()

    def show_empty_state(self) -> None:
        """Nothing chosen: a sentence instead of the form, no buttons, no heading."""
        self.stack.setCurrentWidget(self.empty_state)
        self.action_bar.hide()
        self.heading.clear()
        self.show_save_state("")

    def show_heading(self, text: str) -> None:
        self.heading.setText(text)

    def show_save_state(self, text: str, *, unsaved: bool = False) -> None:
        self.save_state.setText(text)
        self.save_state.setProperty("dirty", unsaved)
        style = self.save_state.style()
        style.unpolish(self.save_state)
        style.polish(self.save_state)

    def enable_buttons(self, *, save: bool, revert: bool) -> None:
        self.save_button.setEnabled(save)
        self.revert_button.setEnabled(revert)
