"""The three cards of the closure tab: where the trajectory stands, the closing talk,
the aftercare plan.  Layout and signals only; the presenter says what they show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.card import Card
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, mark_primary

from .aftercare_form import AftercareForm
from .closure_form import ClosureForm
from .state import TrajectoryState


class TrajectoryCard(Card):
    """Where it stands, from when to destroy it, and the two sheets."""

    sheet_requested = Signal()
    access_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClosureTab", "Stand van het traject"), parent)
        self.state_line = QLabel(self)
        self.state_line.setWordWrap(True)
        self.retention_line = hint_label("", self)
        self.retention_line.setObjectName("retentionLine")
        self.sheet_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorg&blad…"),
            QCoreApplication.translate("ClosureTab", "Nazorgblad voor de cliënt"),
            self,
        )
        self.access_button = make_button(
            QCoreApplication.translate("ClosureTab", "&Inzage voor de cliënt…"),
            QCoreApplication.translate("ClosureTab", "Inzage: het hele dossier voor de cliënt"),
            self,
        )
        # For a client who reads Dutch with difficulty: one page, large type, short lines.
        self.easy_read = QCheckBox(
            QCoreApplication.translate("ClosureTab", "Makkelijk &lezen"), self
        )
        self.easy_read.setAccessibleName(
            QCoreApplication.translate(
                "ClosureTab", "Nazorgblad in makkelijke taal: één blad, grote letters"
            )
        )
        self.easy_read.setToolTip(self.easy_read.accessibleName())
        mark_reading(self.sheet_button, self.access_button, self.easy_read)
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.access_button.clicked.connect(self.access_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.easy_read)
        buttons.addSpacing(12)
        buttons.addWidget(self.access_button)
        buttons.addStretch(1)
        self.add(self.state_line)
        self.add(self.retention_line)
        self.body.addLayout(buttons)

    def show_state(self, state: TrajectoryState) -> None:
        self.state_line.setText(state.text)
        self.retention_line.setText(state.retention or "")
        self.retention_line.setVisible(state.retention is not None)
        self.sheet_button.setEnabled(state.has_plan)
        self.easy_read.setEnabled(state.has_plan)

    def clear(self) -> None:
        self.state_line.clear()
        self.retention_line.clear()


class ClosingCard(Card):
    """The closing conversation, in the client's words, and *Traject afsluiten…*."""

    save_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClosureTab", "Afsluitgesprek"), parent)
        self.add(
            hint_label(
                QCoreApplication.translate(
                    "ClosureTab",
                    "Blik samen terug. Noteer zoveel mogelijk in de woorden van de cliënt: "
                    "wat ging goed, wat hielp, wat hield tegen, en wat nu zelf verder gaat.",
                ),
                self,
            )
        )
        self.closure_form = ClosureForm(self)
        self.add(self.closure_form)
        self.save_closure_button = make_button(
            QCoreApplication.translate("ClosureTab", "Gesprek bew&aren"),
            QCoreApplication.translate("ClosureTab", "Afsluitgesprek bewaren"),
            self,
        )
        self.close_button = make_button(
            QCoreApplication.translate("ClosureTab", "Traject a&fsluiten…"),
            QCoreApplication.translate("ClosureTab", "Traject afsluiten"),
            self,
            primary=True,
        )
        self.save_closure_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.close_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_closure_button)
        row.addWidget(self.close_button)
        self.body.addLayout(row)

    def show_state(self, state: TrajectoryState) -> None:
        self.close_button.setVisible(not state.ended)
        if not state.ended:
            mark_primary(self.close_button)


class AftercareCard(Card):
    """The aftercare plan, its contact moments, and a word when it changed elsewhere."""

    save_requested = Signal()
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClosureTab", "Nazorgplan"), parent)
        self.aftercare_hint = hint_label(
            QCoreApplication.translate(
                "ClosureTab",
                "Na het afsluiten blijft u nog een tijd bereikbaar. Spreek af wanneer u "
                "contact hebt, wie de eerste stap zet en waarvoor de cliënt nog kan komen.",
            ),
            self,
        )
        self.add(self.aftercare_hint)
        self.aftercare_notice = hint_label("", self)
        self.aftercare_notice.hide()
        self.add(self.aftercare_notice)
        self.aftercare_form = AftercareForm(self)
        self.add(self.aftercare_form)
        self.save_aftercare_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorgplan be&waren"),
            QCoreApplication.translate("ClosureTab", "Nazorgplan bewaren"),
            self,
        )
        self.start_aftercare_button = make_button(
            QCoreApplication.translate("ClosureTab", "Nazorg &starten"),
            QCoreApplication.translate("ClosureTab", "Nazorg starten"),
            self,
            primary=True,
        )
        self.save_aftercare_button.clicked.connect(self.save_requested)
        self.start_aftercare_button.clicked.connect(self.start_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_aftercare_button)
        row.addWidget(self.start_aftercare_button)
        self.body.addLayout(row)

    def show_state(self, state: TrajectoryState) -> None:
        self.start_aftercare_button.setVisible(not state.has_plan)
        self.save_aftercare_button.setVisible(state.has_plan)

    def show_notice(self, text: str) -> None:
        """A word about the plan ("" hides it)."""
        self.aftercare_notice.setText(text)
        self.aftercare_notice.setVisible(bool(text))
