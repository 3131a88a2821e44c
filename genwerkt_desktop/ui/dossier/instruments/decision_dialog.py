"""A choice weighed together: the question, each option with its pros and cons side by
side, what the client chose and why, in their own words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.instruments import Decision, DecisionOption
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    make_button,
    plain_text_field,
)

OPTION_QSS = """
QFrame#optionCard { border: 1px solid #d5dde0; border-radius: 8px; }
"""


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t"))


class OptionCard(QFrame):
    """One option: its words, its pros and its cons (one per line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionCard")
        self.setStyleSheet(OPTION_QSS)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(QCoreApplication.translate("DecisionDialog", "Mogelijkheid"))
        self.text.setAccessibleName(QCoreApplication.translate("DecisionDialog", "Mogelijkheid"))
        self.pros = plain_text_field(
            QCoreApplication.translate("DecisionDialog", "Voordelen"), self, 4
        )
        self.pros.setPlaceholderText(
            QCoreApplication.translate("DecisionDialog", "Eén voordeel per regel")
        )
        self.cons = plain_text_field(
            QCoreApplication.translate("DecisionDialog", "Nadelen"), self, 4
        )
        self.cons.setPlaceholderText(
            QCoreApplication.translate("DecisionDialog", "Eén nadeel per regel")
        )
        self.choose = make_button(
            QCoreApplication.translate("DecisionDialog", "Dit kiest de cliënt"),
            QCoreApplication.translate("DecisionDialog", "Deze mogelijkheid kiezen"),
            self,
        )
        self.remove = make_button(
            QCoreApplication.translate("DecisionDialog", "Weghalen"),
            QCoreApplication.translate("DecisionDialog", "Deze mogelijkheid weghalen"),
            self,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(QCoreApplication.translate("DecisionDialog", "Voordelen"), self))
        layout.addWidget(self.pros)
        layout.addWidget(QLabel(QCoreApplication.translate("DecisionDialog", "Nadelen"), self))
        layout.addWidget(self.cons)
        layout.addLayout(buttons)

    def set_value(self, option: DecisionOption) -> None:
        self.text.setText(option.text)
        self.pros.setPlainText("\n".join(option.pros))
        self.cons.setPlainText("\n".join(option.cons))

    def value(self) -> DecisionOption | None:
        text = clean_text(self.text.text())
        if text is None:
            return None
        return DecisionOption(
            text=text, pros=_lines(self.pros.toPlainText()), cons=_lines(self.cons.toPlainText())
        )


class DecisionDialog(FormDialog):
    def __init__(
        self, existing: Decision | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DecisionDialog", "Keuze"),
            QCoreApplication.translate("DecisionDialog", "Voor- en nadelen afwegen"),
            QCoreApplication.translate(
                "DecisionDialog",
                "Zet de mogelijkheden naast elkaar. Schrijf de voor- en nadelen zoals de "
                "cliënt ze noemt; de cliënt kiest zelf.",
            ),
            parent,
        )
        self._existing = existing
        self._id = existing.id if existing is not None else new_id()  # one id, however often asked
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 130)
        self.question = QLineEdit(self)
        self.question.setAccessibleName(QCoreApplication.translate("DecisionDialog", "Vraag"))
        self.question.textChanged.connect(self._update)
        self.made_on = DateField(QCoreApplication.translate("DecisionDialog", "Op"), parent=self)

        self.cards: list[OptionCard] = []
        holder = QWidget(self)
        self._cards_layout = QHBoxLayout(holder)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(10)
        self._cards_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(holder)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = make_button(
            QCoreApplication.translate("DecisionDialog", "&Mogelijkheid toevoegen"),
            QCoreApplication.translate("DecisionDialog", "Mogelijkheid toevoegen"),
            self,
        )
        self.add_button.clicked.connect(lambda: self.add_option(focus=True))
        options = QWidget(self)
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._scroll, 1)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.chosen = QLineEdit(self)
        self.chosen.setAccessibleName(QCoreApplication.translate("DecisionDialog", "Gekozen"))
        self.chosen.setPlaceholderText(
            QCoreApplication.translate("DecisionDialog", "Wat de cliënt kiest, in eigen woorden")
        )
        self.client_words = plain_text_field(
            QCoreApplication.translate("DecisionDialog", "Waarom, in de woorden van de cliënt"),
            self,
            2,
        )
        rows = (
            (QCoreApplication.translate("DecisionDialog", "&Vraag"), self.question),
            (QCoreApplication.translate("DecisionDialog", "&Op"), self.made_on),
            (QCoreApplication.translate("DecisionDialog", "Mogelij&kheden"), options),
            (QCoreApplication.translate("DecisionDialog", "&Gekozen"), self.chosen),
            (QCoreApplication.translate("DecisionDialog", "Waarom (&cliënt)"), self.client_words),
        )
        for label, field in rows:
            target = self.add_button if field is options else field
            self.form.addRow(buddy_label(label, target, self), field)

        if existing is not None:
            self.question.setText(existing.question)
            self.made_on.set_value(existing.made_on, today)
            for option in existing.options:
                self.add_option().set_value(option)
            self.chosen.setText(existing.chosen or "")
            self.client_words.setPlainText(existing.client_words or "")
        else:
            self.made_on.set_value(today)
        while len(self.cards) < 2:
            self.add_option()
        self._update()
        self.question.setFocus()

    def add_option(self, *, focus: bool = False) -> OptionCard:
        card = OptionCard(self)
        card.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        card.choose.clicked.connect(lambda: self._choose(card))
        card.remove.clicked.connect(lambda: self._remove(card))
        self._cards_layout.insertWidget(len(self.cards), card)
        self.cards.append(card)
        if focus:
            card.text.setFocus()
            self._scroll.ensureWidgetVisible(card)
        return card

    def _choose(self, card: OptionCard) -> None:
        self.chosen.setText(card.text.text().strip())
        self.client_words.setFocus()

    def _remove(self, card: OptionCard) -> None:
        self.cards.remove(card)
        card.hide()
        card.deleteLater()

    def is_valid(self) -> bool:
        return bool(self.question.text().strip())

    def value(self) -> Decision:
        options = tuple(o for o in (card.value() for card in self.cards) if o is not None)
        return Decision(
            id=self._id,
            question=self.question.text().strip(),
            made_on=self.made_on.value(),
            options=options,
            chosen=clean_text(self.chosen.text()),
            client_words=clean_text(self.client_words.toPlainText()),
        )
