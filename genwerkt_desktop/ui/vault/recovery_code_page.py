"""The recovery code, shown once right after the vault was made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from genwerkt_desktop.ui.style import monospace_font
from genwerkt_desktop.ui.vault.page import Page, make_button, show_message


class RecoveryCodePage(Page):
    print_requested = Signal()
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VaultScreens", "Uw herstelcode"),
            QCoreApplication.translate(
                "VaultScreens",
                "Vergeet u ooit uw wachtzin, dan opent deze code de kluis. U ziet ze maar "
                "één keer. Druk ze af of schrijf ze over, en bewaar ze op een veilige plek, "
                "niet bij de laptop.",
            ),
            parent,
        )
        self.code = QLabel(self.form)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFont(monospace_font(self.font(), 1.7))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setAccessibleName(QCoreApplication.translate("VaultScreens", "Herstelcode"))
        self.form_layout.addWidget(self.code)

        self.print_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Afdrukken…"),
            QCoreApplication.translate("VaultScreens", "Herstelcode afdrukken"),
            self.form,
        )
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        self.form_layout.addLayout(print_row)
        self.stored = QCheckBox(
            QCoreApplication.translate("VaultScreens", "Ik heb de herstelcode &veilig bewaard"),
            self.form,
        )
        self.stored.setAccessibleName(
            QCoreApplication.translate("VaultScreens", "Ik heb de herstelcode veilig bewaard")
        )
        self.form_layout.addWidget(self.stored)
        self.message = self.add_message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = make_button(
            QCoreApplication.translate("VaultScreens", "&Verder"),
            QCoreApplication.translate("VaultScreens", "Verder"),
            self.form,
            primary=True,
        )
        buttons.addWidget(self.continue_button)
        self.form_layout.addLayout(buttons)
        QWidget.setTabOrder(self.print_button, self.stored)
        QWidget.setTabOrder(self.stored, self.continue_button)

        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self.continue_button.setEnabled(False)

    def show_code(self, code: str) -> None:
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self.stored.setChecked(False)
        show_message(self.message, "")
        self.print_button.setFocus()

    def show_message(self, text: str) -> None:
        show_message(self.message, text)

    def clear(self) -> None:
        self.code.clear()
        self.stored.setChecked(False)
        show_message(self.message, "")
