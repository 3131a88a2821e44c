"""After the meeting: one agreement becomes a step of the POP, in one action.

The coach picks the agreement and the goal it serves (or names a new goal); the step
keeps the agreement's words, person and date, with a first guess of whose step it is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from genwerkt_desktop.domain.enums import Owner
from genwerkt_desktop.domain.meeting import (
    PlacedAgreement,
    agreements_of,
    guess_owner,
    new_goal,
    step_from_agreement,
    with_step,
)
from genwerkt_desktop.domain.model import Dossier, Goal, Meeting
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label
from genwerkt_desktop.ui.widgets.labels import owner_labels

NEW_GOAL = ""


class AgreementStepDialog(FormDialog):
    """``value()`` is the goal to save: an existing one with the step added, or a new one."""

    def __init__(self, dossier: Dossier, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AgreementStepDialog", "Maak er een POP-stap van"),
            QCoreApplication.translate(
                "AgreementStepDialog", "Een afspraak wordt een stap in het plan"
            ),
            QCoreApplication.translate(
                "AgreementStepDialog",
                "Kies de afspraak en het doel waar ze bij hoort. Wie de stap zet en tegen "
                "wanneer komt uit de afspraak; pas het aan als dat nodig is.",
            ),
            parent,
        )
        self._dossier = dossier
        self._meeting = meeting
        self._placed: list[PlacedAgreement] = list(agreements_of(meeting))
        self.agreement = QComboBox(self)
        self.agreement.setAccessibleName(
            QCoreApplication.translate("AgreementStepDialog", "Afspraak")
        )
        for placed in self._placed:
            who = f" ({placed.agreement.who})" if placed.agreement.who else ""
            self.agreement.addItem(f"{placed.theme}: {placed.agreement.what}{who}")
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(QCoreApplication.translate("AgreementStepDialog", "Doel"))
        for goal in dossier.goals:
            self.goal.addItem(goal.title, goal.id)
        self.goal.addItem(
            QCoreApplication.translate("AgreementStepDialog", "Nieuw doel…"), NEW_GOAL
        )
        self.new_title = QLineEdit(self)
        self.new_title.setAccessibleName(
            QCoreApplication.translate("AgreementStepDialog", "Naam van het nieuwe doel")
        )
        self.text = QLineEdit(self)
        self.text.setAccessibleName(QCoreApplication.translate("AgreementStepDialog", "Stap"))
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(
            QCoreApplication.translate("AgreementStepDialog", "Wie zet de stap")
        )
        for owner, label in owner_labels().items():
            self.owner.addItem(label, owner.value)
        self.owner_name = QLineEdit(self)
        self.owner_name.setAccessibleName(QCoreApplication.translate("AgreementStepDialog", "Naam"))
        self.due_on = DateField(
            QCoreApplication.translate("AgreementStepDialog", "Tegen wanneer"),
            optional=True,
            parent=self,
        )
        for label, field in (
            (QCoreApplication.translate("AgreementStepDialog", "&Afspraak"), self.agreement),
            (QCoreApplication.translate("AgreementStepDialog", "&Doel"), self.goal),
            (QCoreApplication.translate("AgreementStepDialog", "Nieuw d&oel"), self.new_title),
            (QCoreApplication.translate("AgreementStepDialog", "&Stap"), self.text),
            (QCoreApplication.translate("AgreementStepDialog", "&Wie"), self.owner),
            (QCoreApplication.translate("AgreementStepDialog", "&Naam"), self.owner_name),
            (QCoreApplication.translate("AgreementStepDialog", "&Tegen"), self.due_on),
        ):
            self.form.addRow(buddy_label(label, field, self), field)
        self.agreement.currentIndexChanged.connect(self._agreement_chosen)
        self.goal.currentIndexChanged.connect(self._goal_chosen)
        self.new_title.textChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self._agreement_chosen()
        self._goal_chosen()
        self.agreement.setFocus()

    def _current(self) -> PlacedAgreement | None:
        row = self.agreement.currentIndex()
        return self._placed[row] if 0 <= row < len(self._placed) else None

    def _agreement_chosen(self) -> None:
        placed = self._current()
        if placed is None:
            self._update()
            return
        agreement = placed.agreement
        self.text.setText(agreement.what)
        owner = guess_owner(agreement.who, self._dossier.client, self._meeting)
        select_data(self.owner, owner.value)
        self.owner_name.setText(agreement.who or "")
        self.due_on.set_value(agreement.due_on)
        if self.goal.currentData() == NEW_GOAL:
            self.new_title.setText(placed.theme)
        self._update()

    def _goal_chosen(self) -> None:
        is_new = self.goal.currentData() == NEW_GOAL
        self.new_title.setEnabled(is_new)
        placed = self._current()
        if is_new and not self.new_title.text().strip() and placed is not None:
            self.new_title.setText(placed.theme)
        self._update()

    def is_valid(self) -> bool:
        if self._current() is None or not self.text.text().strip():
            return False
        return self.goal.currentData() != NEW_GOAL or bool(self.new_title.text().strip())

    def value(self) -> Goal:
        placed = self._current()
        assert placed is not None
        agreement = placed.agreement
        step = step_from_agreement(new_id(), agreement, Owner(self.owner.currentData()))
        step = replace(
            step,
            text=self.text.text().strip(),
            owner_name=self.owner_name.text().strip() or None,
            due_on=self.due_on.value(),
        )
        goal_id = self.goal.currentData()
        if goal_id == NEW_GOAL:
            return new_goal(new_id(), self.new_title.text(), None, step)
        goal = next(g for g in self._dossier.goals if g.id == goal_id)
        return with_step(goal, step)
