"""Before the first push: what did each client say about the team?

One row per dossier whose answer is not recorded, with three choices; "Later vragen"
records nothing and keeps the dossier on this laptop, as ``genwerkt team sync`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.ui.style import make_title, restyle
from genwerkt_desktop.ui.widgets.fields import hint_label

LATER = 2  # (a negative id would make QButtonGroup choose one itself)
CHOICES = (TeamSharing.TEAM, TeamSharing.THIS_DEVICE_ONLY)


class SharingDialog(QDialog):
    """``clients``: (client id, name) pairs.  ``answers()`` after Verder."""

    def __init__(self, clients: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSharingDialog")
        self.setWindowTitle(QCoreApplication.translate("SharingDialog", "Delen met het team"))
        self.setModal(True)
        title = QLabel(QCoreApplication.translate("SharingDialog", "Mag het team meelezen?"), self)
        make_title(title, 1.2)
        intro = hint_label(
            QCoreApplication.translate(
                "SharingDialog",
                "Van deze cliënten staat niet genoteerd wat ze zeiden over het team. Kies per "
                "cliënt; een dossier gaat pas naar de teamserver als de cliënt het goedvond.",
            ),
            self,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (client_id, name) in enumerate(clients):
            label = QLabel(name, self)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            texts = (
                QCoreApplication.translate("SharingDialog", "Team mag meelezen"),
                QCoreApplication.translate("SharingDialog", "Alleen op dit toestel"),
                QCoreApplication.translate("SharingDialog", "Later vragen"),
            )
            for column, text in enumerate(texts):
                button = QRadioButton(text, self)
                button.setAccessibleName(f"{name}: {text}")
                group.addButton(button, column if column < len(CHOICES) else LATER)
                grid.addWidget(button, row, column + 1)
            later = group.button(LATER)
            later.setChecked(True)
            self.groups[client_id] = group
        holder = QWidget(self)
        holder.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.fontMetrics().lineSpacing() + 16
        scroll.setMinimumHeight(min(len(clients), 8) * line + 8)
        # Every choice in view: the rows scroll up and down, never sideways.
        scroll.setMinimumWidth(
            holder.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("SharingDialog", "&Bewaren en synchroniseren"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("primaryButton")
        restyle(self.ok_button)
        self.ok_button.setDefault(True)
        buttons.addButton(
            QCoreApplication.translate("SharingDialog", "&Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 96)

    def choose(self, client_id: str, sharing: TeamSharing | None) -> None:
        index = LATER if sharing is None else CHOICES.index(sharing)
        self.groups[client_id].button(index).setChecked(True)

    def answers(self) -> dict[str, TeamSharing | None]:
        """Per client the choice; None: later (nothing recorded)."""
        out: dict[str, TeamSharing | None] = {}
        for client_id, group in self.groups.items():
            chosen = group.checkedId()
            out[client_id] = None if chosen == LATER else CHOICES[chosen]
        return out
