"""The step form, and the two short questions a status asks for: what got in the way
when a step did not work out, and when to look again at a step put on hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from genwerkt_desktop.domain.enums import Owner, StepStatus, SupportMode
from genwerkt_desktop.domain.model import Organisation, Step
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field
from genwerkt_desktop.ui.widgets.labels import owner_labels, step_status_labels
from genwerkt_desktop.ui.widgets.sheet_hint import with_sheet_hint

from .texts import mode_labels

REVISIT_AFTER_DAYS = 14
NO_MODE = ""


def _clean(text: str) -> str | None:
    text = text.strip()
    return text or None


class StepDialog(FormDialog):
    """Who does what by when, and how the coach works on it."""

    def __init__(
        self,
        existing: Step | None,
        organisations: list[Organisation],
        today: date,
        parent: QWidget | None = None,
        *,
        owner: Owner = Owner.CLIENT,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PopDialogs", "Tussenstap"),
            QCoreApplication.translate("PopDialogs", "Een kleine stap naar het doel"),
            QCoreApplication.translate(
                "PopDialogs",
                "Klein genoeg om te lukken. Spreek af wie het doet en tegen wanneer; "
                "wat de cliënt zelf kan, doet de cliënt zelf.",
            ),
            parent,
        )
        self._existing = existing
        self.text = plain_text_field(
            QCoreApplication.translate("PopDialogs", "Wat gebeurt er"), self, lines=3
        )
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(QCoreApplication.translate("PopDialogs", "Wie doet het"))
        for item, label in owner_labels().items():
            self.owner.addItem(label, item.value)
        self.person = QLineEdit(self)
        self.person.setAccessibleName(
            QCoreApplication.translate("PopDialogs", "Naam van de persoon uit het netwerk")
        )
        self.person.setPlaceholderText(
            QCoreApplication.translate("PopDialogs", "bv. Fatima (buurvrouw)")
        )
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setAccessibleName(
            QCoreApplication.translate("PopDialogs", "Organisatie uit de sociale kaart")
        )
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(-1)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(QCoreApplication.translate("PopDialogs", "Hoe werkt u mee"))
        self.mode.addItem(QCoreApplication.translate("PopDialogs", "Nog niet gekozen"), NO_MODE)
        for item, label in mode_labels().items():
            self.mode.addItem(label, item.value)
        self.due_on = DateField(
            QCoreApplication.translate("PopDialogs", "Tegen wanneer"), optional=True, parent=self
        )
        self.status = QComboBox(self)
        self.status.setAccessibleName(QCoreApplication.translate("PopDialogs", "Status"))
        for item, label in step_status_labels().items():
            self.status.addItem(label, item.value)
        rows = (
            (QCoreApplication.translate("PopDialogs", "&Wat"), self.text),
            (QCoreApplication.translate("PopDialogs", "W&ie"), self.owner),
            (QCoreApplication.translate("PopDialogs", "&Naam"), self.person),
            (QCoreApplication.translate("PopDialogs", "&Organisatie"), self.organisation),
            (QCoreApplication.translate("PopDialogs", "&Hoe werkt u mee"), self.mode),
            (QCoreApplication.translate("PopDialogs", "&Tegen"), self.due_on),
            (QCoreApplication.translate("PopDialogs", "&Status"), self.status),
        )
        self._labels = {}
        # The step's words stand on the client's step plan.
        text_row, self.sheet_hint = with_sheet_hint(self.text, self)
        for label, field in rows:
            buddy = buddy_label(label, field, self)
            self._labels[field] = buddy
            self.form.addRow(buddy, text_row if field is self.text else field)

        if existing is not None:
            self.text.setPlainText(existing.text)
            select_data(self.owner, existing.owner.value)
            if existing.owner is Owner.PARTNER:
                self.organisation.setCurrentText(existing.owner_name or "")
            elif existing.owner is Owner.NETWORK:
                self.person.setText(existing.owner_name or "")
            select_data(self.mode, existing.mode.value if existing.mode else NO_MODE)
            self.due_on.set_value(existing.due_on)
            select_data(self.status, existing.status.value)
        else:
            select_data(self.owner, owner.value)
            self.due_on.set_value(today + timedelta(days=7))
            select_data(self.status, StepStatus.PLANNED.value)
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self.text.textChanged.connect(self._update)
        self._owner_changed()
        self._update()
        self.text.setFocus()

    def _owner_changed(self) -> None:
        owner = Owner(self.owner.currentData())
        for field, shown in (
            (self.person, owner is Owner.NETWORK),
            (self.organisation, owner is Owner.PARTNER),
        ):
            field.setVisible(shown)
            self._labels[field].setVisible(shown)

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> Step:
        owner = Owner(self.owner.currentData())
        name: str | None = None
        if owner is Owner.NETWORK:
            name = _clean(self.person.text())
        elif owner is Owner.PARTNER:
            name = _clean(self.organisation.currentText())
        elif self._existing is not None and self._existing.owner is owner:
            name = self._existing.owner_name  # the name that came with the dossier
        mode = self.mode.currentData()
        return Step(
            id=self._existing.id if self._existing is not None else new_id(),
            text=self.text.toPlainText().strip(),
            owner=owner,
            status=StepStatus(self.status.currentData()),
            owner_name=name,
            mode=SupportMode(mode) if mode else None,
            due_on=self.due_on.value(),
            evaluation=self._existing.evaluation if self._existing is not None else None,
        )


@dataclass(frozen=True)
class NotWorkedOut:
    evaluation: str | None
    plan_new_step: bool


class NotWorkedOutDialog(FormDialog):
    """A step that did not work out is a lesson, not a failure: what was in the way,
    what helped, and shall we try another step?"""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PopDialogs", "Lukte niet"),
            QCoreApplication.translate("PopDialogs", "Deze stap lukte niet"),
            QCoreApplication.translate(
                "PopDialogs", "Dat gebeurt. Kijk samen wat in de weg stond en wat toch hielp."
            ),
            parent,
        )
        self._step = step
        self.in_the_way = plain_text_field(
            QCoreApplication.translate("PopDialogs", "Wat stond in de weg"), self, lines=3
        )
        self.helped = plain_text_field(
            QCoreApplication.translate("PopDialogs", "Wat hielp wel"), self, lines=3
        )
        self.new_step = QCheckBox(
            QCoreApplication.translate("PopDialogs", "Meteen een &nieuwe stap afspreken"), self
        )
        self.new_step.setChecked(True)
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("PopDialogs", "Wat stond in de &weg"),
                self.in_the_way,
                self,
            ),
            self.in_the_way,
        )
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("PopDialogs", "Wat &hielp wel"), self.helped, self
            ),
            self.helped,
        )
        self.form.addRow("", self.new_step)
        self.in_the_way.setFocus()

    def value(self) -> NotWorkedOut:
        parts = []
        if self._step.evaluation:
            parts.append(self._step.evaluation)
        way, helped = _clean(self.in_the_way.toPlainText()), _clean(self.helped.toPlainText())
        if way:
            parts.append(
                QCoreApplication.translate("PopDialogs", "Wat in de weg stond: {text}").format(
                    text=way
                )
            )
        if helped:
            parts.append(
                QCoreApplication.translate("PopDialogs", "Wat hielp: {text}").format(text=helped)
            )
        return NotWorkedOut("\n".join(parts) or None, self.new_step.isChecked())


class OnHoldDialog(FormDialog):
    """A pause with a date to look at it again; that date shows in the agenda."""

    def __init__(self, current: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PopDialogs", "Even on hold"),
            QCoreApplication.translate("PopDialogs", "Wanneer bekijken jullie deze stap opnieuw?"),
            QCoreApplication.translate(
                "PopDialogs",
                "De stap wacht even. Op deze dag staat hij in uw agenda om opnieuw te bekijken.",
            ),
            parent,
        )
        self.revisit_on = DateField(
            QCoreApplication.translate("PopDialogs", "Opnieuw bekijken op"), parent=self
        )
        self.revisit_on.set_value(current or today + timedelta(days=REVISIT_AFTER_DAYS))
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("PopDialogs", "&Opnieuw bekijken op"),
                self.revisit_on,
                self,
            ),
            self.revisit_on,
        )
        self.revisit_on.setFocus()

    def value(self) -> date:
        chosen = self.revisit_on.value()
        assert chosen is not None  # not optional
        return chosen
