"""Eerste onthaal: what the coach explained, how the client can be reached, the first
practical help, what the client hopes for, whether the team may read along, and the next
appointment, in one form.  It emits a :class:`ReceptionForm`; the overview's presenter
saves all of it in one operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from genwerkt_desktop.domain.enums import ContactKind, NoteScope, TeamSharing
from genwerkt_desktop.domain.instruments import FirstReception
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    DateTimeField,
    buddy_label,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import (
    contact_kind_labels,
    not_asked_label,
    team_sharing_labels,
)

NOT_ASKED = ""
NEXT_WEEK = timedelta(days=7)
USUAL_HOUR = time(10, 0)


@dataclass(frozen=True)
class ReceptionForm:
    """What the form holds: the reception, the team-sharing answer, the next appointment."""

    reception: FirstReception
    sharing: TeamSharing | None
    appointment: Contact | None


class FirstReceptionDialog(FormDialog):
    def __init__(
        self,
        existing: FirstReception | None,
        sharing: TeamSharing | None,
        now: datetime,
        *,
        plan_next: bool,
        already_planned: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("FirstReceptionDialog", "Eerste onthaal"),
            QCoreApplication.translate("FirstReceptionDialog", "Eerste onthaal"),
            QCoreApplication.translate(
                "FirstReceptionDialog",
                "Wat u uitlegde en samen afsprak bij de start. Niets hiervan gaat naar een "
                "partner.",
            ),
            parent,
        )
        today = now.date()
        self.on = DateField(
            QCoreApplication.translate("FirstReceptionDialog", "Datum van het onthaal"),
            optional=True,
            parent=self,
        )
        self.secrecy = QCheckBox(
            QCoreApplication.translate("FirstReceptionDialog", "Het beroeps&geheim"), self
        )
        self.what_is_noted = QCheckBox(
            QCoreApplication.translate(
                "FirstReceptionDialog", "Wat er genoteerd wordt en &wie het leest"
            ),
            self,
        )
        self.team_may_step_in = QCheckBox(
            QCoreApplication.translate(
                "FirstReceptionDialog", "Dat een collega van het team kan in&springen"
            ),
            self,
        )
        self.reachability = QLineEdit(self)
        self.reachability.setAccessibleName(
            QCoreApplication.translate("FirstReceptionDialog", "Bereikbaarheid")
        )
        self.reachability.setPlaceholderText(
            QCoreApplication.translate(
                "FirstReceptionDialog", "bv. gsm na 16 uur, liever een sms dan een oproep"
            )
        )
        self.practical_help = plain_text_field(
            QCoreApplication.translate("FirstReceptionDialog", "Eerste praktische hulp"),
            self,
            lines=3,
        )
        self.expectations = plain_text_field(
            QCoreApplication.translate("FirstReceptionDialog", "Verwachtingen van de cliënt"),
            self,
            lines=3,
        )
        self.sharing = QComboBox(self)
        self.sharing.setAccessibleName(
            QCoreApplication.translate(
                "FirstReceptionDialog", "Of het team het dossier mag meelezen en overnemen"
            )
        )
        self.sharing.addItem(not_asked_label(), NOT_ASKED)
        for choice, label in team_sharing_labels().items():
            self.sharing.addItem(label, choice.value)

        self.plan_next = QCheckBox(
            QCoreApplication.translate("FirstReceptionDialog", "Volgende afspraak &inplannen"),
            self,
        )
        self.next_at = DateTimeField(
            QCoreApplication.translate("FirstReceptionDialog", "Datum en uur van de afspraak"),
            self,
        )
        self.next_kind = QComboBox(self)
        self.next_kind.setAccessibleName(
            QCoreApplication.translate("FirstReceptionDialog", "Soort afspraak")
        )
        for kind, label in contact_kind_labels().items():
            self.next_kind.addItem(label, kind.value)
        self.next_place = QLineEdit(self)
        self.next_place.setAccessibleName(
            QCoreApplication.translate("FirstReceptionDialog", "Plaats van de afspraak")
        )
        self.next_place.setPlaceholderText(
            QCoreApplication.translate("FirstReceptionDialog", "bv. bij de cliënt thuis")
        )

        form = self.form
        form.addRow(
            buddy_label(
                QCoreApplication.translate("FirstReceptionDialog", "&Datum"), self.on, self
            ),
            self.on,
        )
        explained = QLabel(QCoreApplication.translate("FirstReceptionDialog", "U legde uit"), self)
        form.addRow(explained, self.secrecy)
        form.addRow("", self.what_is_noted)
        form.addRow("", self.team_may_step_in)
        for label, field in (
            (
                QCoreApplication.translate("FirstReceptionDialog", "Be&reikbaarheid"),
                self.reachability,
            ),
            (
                QCoreApplication.translate("FirstReceptionDialog", "Eerste &praktische hulp"),
                self.practical_help,
            ),
            (
                QCoreApplication.translate("FirstReceptionDialog", "&Verwachtingen"),
                self.expectations,
            ),
            (
                QCoreApplication.translate("FirstReceptionDialog", "Delen met het &team"),
                self.sharing,
            ),
        ):
            form.addRow(buddy_label(label, field, self), field)
        form.addRow(
            section_title(
                QCoreApplication.translate("FirstReceptionDialog", "Volgende afspraak"), self
            )
        )
        form.addRow("", self.plan_next)
        self.already_planned = QLabel(self)
        self.already_planned.setObjectName("hintText")
        if already_planned:
            self.already_planned.setText(
                QCoreApplication.translate(
                    "FirstReceptionDialog", "Er staat al een afspraak gepland op {moment}."
                ).format(moment=already_planned)
            )
            form.addRow("", self.already_planned)
        for label, field in (
            (
                QCoreApplication.translate("FirstReceptionDialog", "Datum en &uur"),
                self.next_at,
            ),
            (QCoreApplication.translate("FirstReceptionDialog", "S&oort"), self.next_kind),
            (QCoreApplication.translate("FirstReceptionDialog", "Pl&aats"), self.next_place),
        ):
            form.addRow(buddy_label(label, field, self), field)

        if existing is not None:
            self.on.set_value(existing.on, fallback=today)
            self.secrecy.setChecked(bool(existing.explained_secrecy))
            self.what_is_noted.setChecked(bool(existing.explained_what_is_noted))
            self.team_may_step_in.setChecked(bool(existing.explained_team_sharing))
            self.reachability.setText(existing.reachability or "")
            self.reachability.setCursorPosition(0)
            self.practical_help.setPlainText(existing.practical_help or "")
            self.expectations.setPlainText(existing.client_expectations or "")
        else:
            self.on.set_value(today)
        select_data(self.sharing, sharing.value if sharing is not None else NOT_ASKED)
        self.next_at.set_value(
            datetime.combine(today + NEXT_WEEK, USUAL_HOUR, tzinfo=now.tzinfo), now.tzinfo
        )
        select_data(self.next_kind, ContactKind.CONVERSATION.value)
        self.plan_next.toggled.connect(self._next_toggled)
        self.plan_next.setChecked(plan_next)
        self._next_toggled(plan_next)
        self.secrecy.setFocus()

    def _next_toggled(self, on: bool) -> None:
        for field in (self.next_at, self.next_kind, self.next_place):
            field.setEnabled(on)

    def value(self) -> ReceptionForm:
        reception = FirstReception(
            on=self.on.value(),
            explained_secrecy=self.secrecy.isChecked(),
            explained_what_is_noted=self.what_is_noted.isChecked(),
            explained_team_sharing=self.team_may_step_in.isChecked(),
            reachability=clean_text(self.reachability.text()),
            practical_help=clean_text(self.practical_help.toPlainText()),
            client_expectations=clean_text(self.expectations.toPlainText()),
        )
        sharing = self.sharing.currentData()
        appointment = None
        if self.plan_next.isChecked():
            appointment = Contact(
                id=new_id(),
                at=self.next_at.value(),
                kind=ContactKind(self.next_kind.currentData()),
                place=clean_text(self.next_place.text()),
                note_scope=NoteScope.FILE,
                planned=True,
            )
        return ReceptionForm(reception, TeamSharing(sharing) if sharing else None, appointment)
