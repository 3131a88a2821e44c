"""Asking what became of a planned contact once its moment passed: *Doorgegaan*, *Niet
gekomen* or *Verzet*.  The contacts tab and the agenda both show :class:`OutcomeBar`;
*Verzet* asks the new moment (:class:`MoveDialog`), *Niet gekomen* proposes an
outreaching follow-up the coach confirms (:class:`FollowUpDialog`).  Layout and signals
only: the rules are in ``domain.contact_outcome``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from genwerkt_desktop.domain.contact_outcome import FollowUp
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.widgets.fields import DateTimeField, buddy_label, format_moment

_STYLE = """
QFrame#outcomeBar {
    background: #fdf3e7;
    border: 1px solid #ecd3b3;
    border-radius: 8px;
}
QFrame#outcomeBar QLabel { background: transparent; color: #6b3a12; }
"""


def outcome_question(moment: datetime) -> str:
    return QCoreApplication.translate(
        "ContactOutcome", "De afspraak van {moment} is voorbij. Hoe ging het?"
    ).format(moment=format_moment(moment, moment.tzinfo))


def follow_up_labels() -> dict[FollowUp, str]:
    return {
        FollowUp.CALL: QCoreApplication.translate("ContactOutcome", "Bellen"),
        FollowUp.LETTER: QCoreApplication.translate("ContactOutcome", "Een brief sturen"),
        FollowUp.HOME_VISIT: QCoreApplication.translate("ContactOutcome", "Op huisbezoek gaan"),
    }


def follow_up_note(way: FollowUp, missed: datetime) -> str:
    """The proposed note of the follow-up: the coach can change it like any note."""
    day = f"{missed:%d/%m/%Y}"
    notes = {
        FollowUp.CALL: QCoreApplication.translate(
            "ContactOutcome", "Bellen: de afspraak van {day} ging niet door."
        ),
        FollowUp.LETTER: QCoreApplication.translate(
            "ContactOutcome", "Brief sturen: de afspraak van {day} ging niet door."
        ),
        FollowUp.HOME_VISIT: QCoreApplication.translate(
            "ContactOutcome", "Huisbezoek: de afspraak van {day} ging niet door."
        ),
    }
    return notes[way].format(day=day)


def next_working_day(moment: datetime, hour: int = 10) -> datetime:
    day = moment.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour), tzinfo=moment.tzinfo)


class OutcomeBar(QFrame):
    """The question and its three answers, each a button with its own key."""

    held = Signal()
    no_show = Signal()
    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeBar")
        self.setStyleSheet(_STYLE)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.held_button = self._button(
            QCoreApplication.translate("ContactOutcome", "Door&gegaan"),
            QCoreApplication.translate("ContactOutcome", "De afspraak is doorgegaan"),
            self.held,
        )
        self.no_show_button = self._button(
            QCoreApplication.translate("ContactOutcome", "Niet ge&komen"),
            QCoreApplication.translate("ContactOutcome", "De cliënt is niet gekomen"),
            self.no_show,
        )
        self.moved_button = self._button(
            QCoreApplication.translate("ContactOutcome", "&Verzet…"),
            QCoreApplication.translate("ContactOutcome", "De afspraak is verzet"),
            self.moved,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.question, 1)
        for button in self.buttons():
            layout.addWidget(button)
        self.hide()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.held_button, self.no_show_button, self.moved_button)

    def ask(self, moment: datetime | None) -> None:
        """Show the question for the appointment of ``moment``; None hides it."""
        if moment is None:
            self.hide()
            self.question.clear()
            return
        self.question.setText(outcome_question(moment))
        self.show()

    def _button(self, text: str, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(signal)
        return button


class MoveDialog(FormDialog):
    """Verzet: the new moment of the appointment."""

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ContactOutcome", "Afspraak verzetten"),
            QCoreApplication.translate("ContactOutcome", "Naar wanneer is de afspraak verzet?"),
            QCoreApplication.translate(
                "ContactOutcome", "De afspraak van {moment} komt op het nieuwe moment te staan."
            ).format(moment=format_moment(moment, moment.tzinfo)),
            parent,
        )
        self.save_button.setText(QCoreApplication.translate("ContactOutcome", "&Verzetten"))
        self.at = DateTimeField(QCoreApplication.translate("ContactOutcome", "Nieuw moment"), self)
        self.at.set_value(moment + timedelta(days=7), moment.tzinfo)
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("ContactOutcome", "&Nieuw moment"), self.at, self
            ),
            self.at,
        )
        self.at.setFocus()

    def value(self) -> datetime:
        return self.at.value()


@dataclass(frozen=True)
class FollowUpChoice:
    """Niet gekomen, and how the coach reaches out again (None: not now)."""

    way: FollowUp | None
    at: datetime
    note: str


class FollowUpDialog(FormDialog):
    """Niet gekomen: record it, and plan the outreaching follow-up the coach confirms."""

    def __init__(self, name: str, missed: datetime, now: datetime, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ContactOutcome", "Niet gekomen"),
            QCoreApplication.translate(
                "ContactOutcome", "{name} kwam niet. Hoe gaat u erachteraan?"
            ).format(name=name),
            QCoreApplication.translate(
                "ContactOutcome",
                "Een gemiste afspraak is geen einde: neem zelf opnieuw contact op. "
                "Het voorstel komt als geplande afspraak in het dossier en de agenda.",
            ),
            parent,
        )
        self._missed = missed
        self.save_button.setText(QCoreApplication.translate("ContactOutcome", "&Bewaren"))
        self.plan = QCheckBox(
            QCoreApplication.translate("ContactOutcome", "&Opvolging inplannen"), self
        )
        self.plan.setChecked(True)
        self.way = QComboBox(self)
        self.way.setAccessibleName(QCoreApplication.translate("ContactOutcome", "Hoe opvolgen"))
        for way, label in follow_up_labels().items():
            self.way.addItem(label, way.value)
        self.at = DateTimeField(QCoreApplication.translate("ContactOutcome", "Wanneer"), self)
        self.at.set_value(next_working_day(now), now.tzinfo)
        self.form.addRow(self.plan)
        self.form.addRow(
            buddy_label(QCoreApplication.translate("ContactOutcome", "&Hoe"), self.way, self),
            self.way,
        )
        self.form.addRow(
            buddy_label(QCoreApplication.translate("ContactOutcome", "&Wanneer"), self.at, self),
            self.at,
        )
        self.plan.toggled.connect(self.way.setEnabled)
        self.plan.toggled.connect(self.at.setEnabled)
        self.way.setFocus()

    def value(self) -> FollowUpChoice:
        way = FollowUp(self.way.currentData()) if self.plan.isChecked() else None
        note = follow_up_note(way, self._missed) if way is not None else ""
        return FollowUpChoice(way, self.at.value(), note)
