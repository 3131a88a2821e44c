"""A warm referral: the service and the need, the seven steps, the appointment, and the
preparation of the first contact (the client's questions, who says what, feedback)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import AppointmentMadeBy, LifeDomain, ReferralStatus
from genwerkt_desktop.domain.model import Appointment, Referral
from genwerkt_desktop.domain.referral import PAUSED_STATUSES
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    DateTimeField,
    buddy_label,
    hint_label,
    plain_text_field,
)
from genwerkt_desktop.ui.widgets.labels import domain_labels

from .labels import made_by_labels, referral_status_labels
from .org_choice import OrganisationChoice
from .referral_steps import ReferralStepsEditor


def _clean(text: str) -> str | None:
    return text.strip() or None


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _page(tabs: QTabWidget, title: str) -> QFormLayout:
    page = QWidget(tabs)
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(8)
    tabs.addTab(page, title)
    return form


REVISIT_AFTER = timedelta(weeks=4)


def _add_row(form: QFormLayout, label: str, field: QWidget) -> None:
    if label:
        form.addRow(buddy_label(label, field, form.parentWidget()), field)
    else:
        form.addRow("", field)


class ReferralDialog(FormDialog):
    def __init__(
        self,
        existing: Referral | None,
        organisations: OrganisationChoice,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ReferralDialog", "Doorverwijzing"),
            QCoreApplication.translate("ReferralDialog", "Samen de weg naar een andere dienst"),
            QCoreApplication.translate(
                "ReferralDialog",
                "Loop de zeven stappen samen met de cliënt. Vink af wat gedaan is; een stap "
                "mag ook later of in een andere volgorde.",
            ),
            parent,
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self._existing = existing
        self._choice = organisations
        self._zone = clock.now().tzinfo
        today = self._today = clock.today()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(
            QCoreApplication.translate("ReferralDialog", "Onderdelen van de doorverwijzing")
        )
        self.form.addRow(self.tabs)

        # -- the service and the need
        form = _page(self.tabs, QCoreApplication.translate("ReferralDialog", "Dienst en vraag"))
        self.organisation = organisations.combo(
            self, QCoreApplication.translate("ReferralDialog", "Organisatie")
        )
        self.person = QComboBox(self)
        self.person.setAccessibleName(
            QCoreApplication.translate("ReferralDialog", "Contactpersoon")
        )
        self.trusted = hint_label("", self, muted=True)
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(QCoreApplication.translate("ReferralDialog", "Levensdomein"))
        self.domain.addItem(QCoreApplication.translate("ReferralDialog", "Geen bepaald domein"), "")
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.need = plain_text_field(
            QCoreApplication.translate("ReferralDialog", "Vraag of nood"), self, lines=3
        )
        self.status = QComboBox(self)
        self.status.setAccessibleName(QCoreApplication.translate("ReferralDialog", "Status"))
        for status, label in referral_status_labels().items():
            self.status.addItem(label, status.value)
        self.revisit_on = DateField(
            QCoreApplication.translate("ReferralDialog", "Opnieuw bekijken op"),
            optional=True,
            parent=self,
        )
        self.revisit_on.set_value(None, fallback=today + timedelta(weeks=4))
        for label, field in (
            (QCoreApplication.translate("ReferralDialog", "&Organisatie"), self.organisation),
            (QCoreApplication.translate("ReferralDialog", "Contact&persoon"), self.person),
            ("", self.trusted),
            (QCoreApplication.translate("ReferralDialog", "Levens&domein"), self.domain),
            (QCoreApplication.translate("ReferralDialog", "&Vraag"), self.need),
            (QCoreApplication.translate("ReferralDialog", "&Status"), self.status),
            (QCoreApplication.translate("ReferralDialog", "Opnieuw &bekijken op"), self.revisit_on),
        ):
            _add_row(form, label, field)

        # -- the seven steps
        self.steps = ReferralStepsEditor(today, self)
        self.tabs.addTab(self.steps, QCoreApplication.translate("ReferralDialog", "Zeven stappen"))

        # -- the appointment
        form = _page(self.tabs, QCoreApplication.translate("ReferralDialog", "Afspraak"))
        self.has_appointment = QCheckBox(
            QCoreApplication.translate("ReferralDialog", "Er is een afspraak"), self
        )
        self.at = DateTimeField(
            QCoreApplication.translate("ReferralDialog", "Dag en uur van de afspraak"), self
        )
        self.place = QLineEdit(self)
        self.place.setAccessibleName(QCoreApplication.translate("ReferralDialog", "Waar"))
        self.made_by = QComboBox(self)
        self.made_by.setAccessibleName(
            QCoreApplication.translate("ReferralDialog", "Wie maakt de afspraak")
        )
        self.made_by.addItem(QCoreApplication.translate("ReferralDialog", "Nog niet beslist"), "")
        for who, label in made_by_labels().items():
            self.made_by.addItem(label, who.value)
        self.documents = plain_text_field(
            QCoreApplication.translate("ReferralDialog", "Mee te nemen, één per regel"),
            self,
            lines=3,
        )
        self.comes_along = QCheckBox(
            QCoreApplication.translate("ReferralDialog", "De coach gaat mee"), self
        )
        self.transport = QLineEdit(self)
        self.transport.setAccessibleName(
            QCoreApplication.translate("ReferralDialog", "Hoe geraakt de cliënt er")
        )
        self.reminder = QCheckBox(
            QCoreApplication.translate("ReferralDialog", "De cliënt wil een herinnering"), self
        )
        for label, field in (
            ("", self.has_appointment),
            (QCoreApplication.translate("ReferralDialog", "&Wanneer"), self.at),
            (QCoreApplication.translate("ReferralDialog", "Waa&r"), self.place),
            (QCoreApplication.translate("ReferralDialog", "Wie &belt"), self.made_by),
            (QCoreApplication.translate("ReferralDialog", "&Meenemen"), self.documents),
            ("", self.comes_along),
            (QCoreApplication.translate("ReferralDialog", "&Vervoer"), self.transport),
            ("", self.reminder),
        ):
            _add_row(form, label, field)
        self.has_appointment.toggled.connect(self.at.setEnabled)

        # -- preparing the first contact
        form = _page(self.tabs, QCoreApplication.translate("ReferralDialog", "Voorbereiding"))
        self.questions = plain_text_field(
            QCoreApplication.translate("ReferralDialog", "Eigen vragen van de cliënt"),
            self,
            lines=4,
        )
        self.who_says_what = plain_text_field(
            QCoreApplication.translate("ReferralDialog", "Wie vertelt wat"), self, lines=3
        )
        self.feedback = plain_text_field(
            QCoreApplication.translate("ReferralDialog", "Afspraak over terugkoppeling"),
            self,
            lines=3,
        )
        for label, field in (
            (
                QCoreApplication.translate(
                    "ReferralDialog", "Vragen van de &cliënt\n(één per regel)"
                ),
                self.questions,
            ),
            (QCoreApplication.translate("ReferralDialog", "Wie &vertelt wat"), self.who_says_what),
            (QCoreApplication.translate("ReferralDialog", "&Terugkoppeling"), self.feedback),
        ):
            _add_row(form, label, field)

        self._fill(existing, clock)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed(propose=False)
        self._update()
        self.organisation.setFocus()

    def _fill(self, existing: Referral | None, clock: Clock) -> None:
        now = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
        if existing is None:
            self._organisation_changed()
            self.at.set_value(now, self._zone)
            self.has_appointment.setChecked(False)
            self.at.setEnabled(False)
            return
        select_data(self.organisation, existing.organisation_id)
        self._organisation_changed()
        select_data(self.person, existing.contact_person_id or "")
        select_data(self.domain, existing.domain.value if existing.domain else "")
        self.need.setPlainText(existing.need or "")
        select_data(self.status, existing.status.value)
        self.revisit_on.set_value(existing.revisit_on, fallback=clock.today())
        self.steps.set_steps(existing.steps)
        appointment = existing.appointment or Appointment()
        self.has_appointment.setChecked(appointment.at is not None)
        self.at.set_value(appointment.at or now, self._zone)
        self.at.setEnabled(appointment.at is not None)
        self.place.setText(appointment.place or "")
        select_data(self.made_by, appointment.made_by.value if appointment.made_by else "")
        self.documents.setPlainText("\n".join(appointment.documents_to_bring))
        self.comes_along.setChecked(bool(appointment.coach_comes_along))
        self.transport.setText(appointment.transport or "")
        self.reminder.setChecked(bool(appointment.reminder_wanted))
        self.questions.setPlainText("\n".join(existing.client_questions))
        self.who_says_what.setPlainText(existing.who_says_what or "")
        self.feedback.setPlainText(existing.feedback_agreement or "")

    def _organisation_changed(self) -> None:
        org_id = self.organisation.currentData()
        self._choice.fill_people(self.person, org_id)
        org = self._choice.get(org_id)
        trusted = next((p for p in org.contacts if p.trusted), None) if org else None
        if trusted is not None:
            select_data(self.person, trusted.id)
        self.trusted.setText(self._choice.trusted_line(org_id))
        self._update()

    def _status_changed(self, *, propose: bool = True) -> None:
        paused = ReferralStatus(self.status.currentData()) in PAUSED_STATUSES
        self.revisit_on.setEnabled(paused)
        chosen = self.revisit_on.value()
        if propose and paused and (chosen is None or chosen <= self._today):
            # A pause needs a day to look at it again; the agenda shows it then.
            self.revisit_on.set_value(self._today + REVISIT_AFTER)

    def is_valid(self) -> bool:
        return bool(self.organisation.currentData())

    def value(self) -> Referral:
        status = ReferralStatus(self.status.currentData())
        domain = self.domain.currentData()
        made_by = self.made_by.currentData()
        at: datetime | None = self.at.value() if self.has_appointment.isChecked() else None
        appointment = Appointment(
            at=at,
            place=_clean(self.place.text()),
            made_by=AppointmentMadeBy(made_by) if made_by else None,
            documents_to_bring=_lines(self.documents.toPlainText()),
            coach_comes_along=self.comes_along.isChecked(),
            transport=_clean(self.transport.text()),
            reminder_wanted=self.reminder.isChecked(),
        )
        return Referral(
            id=self._existing.id if self._existing is not None else new_id(),
            organisation_id=str(self.organisation.currentData()),
            status=status,
            contact_person_id=self.person.currentData() or None,
            domain=LifeDomain(domain) if domain else None,
            need=_clean(self.need.toPlainText()),
            revisit_on=self.revisit_on.value() if status in PAUSED_STATUSES else None,
            steps=self.steps.steps(),
            appointment=appointment,
            client_questions=_lines(self.questions.toPlainText()),
            who_says_what=_clean(self.who_says_what.toPlainText()),
            feedback_agreement=_clean(self.feedback.toPlainText()),
        )
