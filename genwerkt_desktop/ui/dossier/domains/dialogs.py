"""The forms of the life domains: a strength, resource or need, and a right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from genwerkt_desktop.domain.enums import LifeDomain, ObservationKind, RightStatus
from genwerkt_desktop.domain.model import Observation, Right
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field
from genwerkt_desktop.ui.widgets.labels import (
    domain_labels,
    observation_labels,
    right_status_labels,
)

# Who brought an observation up; stored as voiced_by_client.
VOICED_CLIENT = "client"
VOICED_COACH = "coach"
VOICED_UNKNOWN = "onbekend"


class ObservationDialog(FormDialog):
    """A need, strength or resource in one life domain, and who brought it up."""

    def __init__(
        self,
        existing: Observation | None,
        domain: LifeDomain | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ObservationDialog", "Kracht, hulpbron of nood"),
            QCoreApplication.translate("ObservationDialog", "Wat er speelt in een levensdomein"),
            QCoreApplication.translate(
                "ObservationDialog",
                "Noteer ook wat goed gaat. Zag u zelf iets dat de cliënt nog niet zei? "
                "Duid dat aan, zodat u het later samen kunt bespreken.",
            ),
            parent,
        )
        self._existing = existing
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(
            QCoreApplication.translate("ObservationDialog", "Levensdomein")
        )
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(QCoreApplication.translate("ObservationDialog", "Soort"))
        for item, label in observation_labels().items():
            self.kind.addItem(label, item.value)
        self.text = plain_text_field(
            QCoreApplication.translate("ObservationDialog", "Omschrijving"), self, lines=4
        )
        self.voiced = QComboBox(self)
        self.voiced.setAccessibleName(
            QCoreApplication.translate("ObservationDialog", "Wie bracht het aan")
        )
        self.voiced.addItem(
            QCoreApplication.translate("ObservationDialog", "De cliënt zei het zelf"), VOICED_CLIENT
        )
        self.voiced.addItem(
            QCoreApplication.translate(
                "ObservationDialog", "Ik merkte het op: nog na te vragen bij de cliënt"
            ),
            VOICED_COACH,
        )
        self.voiced.addItem(
            QCoreApplication.translate("ObservationDialog", "Niet genoteerd"), VOICED_UNKNOWN
        )
        self.noted_on = DateField(
            QCoreApplication.translate("ObservationDialog", "Datum"), optional=True, parent=self
        )
        rows = (
            (QCoreApplication.translate("ObservationDialog", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("ObservationDialog", "&Soort"), self.kind),
            (QCoreApplication.translate("ObservationDialog", "&Omschrijving"), self.text),
            (QCoreApplication.translate("ObservationDialog", "&Wie bracht het aan"), self.voiced),
            (QCoreApplication.translate("ObservationDialog", "&Datum"), self.noted_on),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)

        if existing is not None:
            select_data(self.domain, existing.domain.value)
            select_data(self.kind, existing.kind.value)
            self.text.setPlainText(existing.text)
            voiced = {True: VOICED_CLIENT, False: VOICED_COACH, None: VOICED_UNKNOWN}
            select_data(self.voiced, voiced[existing.voiced_by_client])
            self.noted_on.set_value(existing.noted_on, fallback=today)
        else:
            select_data(self.domain, (domain or LifeDomain.WORK).value)
            select_data(self.kind, ObservationKind.STRENGTH.value)
            self.noted_on.set_value(today)
        self.text.textChanged.connect(self._update)
        self._update()
        (self.text if existing is None and domain is not None else self.domain).setFocus()

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> Observation:
        voiced = {VOICED_CLIENT: True, VOICED_COACH: False}.get(self.voiced.currentData())
        return Observation(
            id=self._existing.id if self._existing is not None else new_id(),
            domain=LifeDomain(self.domain.currentData()),
            kind=ObservationKind(self.kind.currentData()),
            text=self.text.toPlainText().strip(),
            voiced_by_client=voiced,
            noted_on=self.noted_on.value(),
        )


class RightDialog(FormDialog):
    """A right with where it stands; realising one early builds trust."""

    NO_DOMAIN = ""

    def __init__(
        self,
        existing: Right | None,
        domain: LifeDomain | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RightDialog", "Recht"),
            QCoreApplication.translate("RightDialog", "Een recht en waar het staat"),
            QCoreApplication.translate(
                "RightDialog",
                "Bijvoorbeeld een verhoogde tegemoetkoming, een busabonnement of een plaats "
                "op een wachtlijst. Pas de datum aan wanneer de status verandert.",
            ),
            parent,
        )
        self._existing = existing
        self._today = today
        self.name = QLineEdit(self)
        self.name.setAccessibleName(QCoreApplication.translate("RightDialog", "Naam van het recht"))
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(QCoreApplication.translate("RightDialog", "Levensdomein"))
        self.domain.addItem(
            QCoreApplication.translate("RightDialog", "Geen bepaald domein"), self.NO_DOMAIN
        )
        for item, label in domain_labels().items():
            self.domain.addItem(label, item.value)
        self.status = QComboBox(self)
        self.status.setAccessibleName(QCoreApplication.translate("RightDialog", "Status"))
        for item, label in right_status_labels().items():
            self.status.addItem(label, item.value)
        self.updated_on = DateField(
            QCoreApplication.translate("RightDialog", "Datum van de status"),
            optional=True,
            parent=self,
        )
        self.note = plain_text_field(
            QCoreApplication.translate("RightDialog", "Notitie"), self, lines=3
        )
        rows = (
            (QCoreApplication.translate("RightDialog", "&Recht"), self.name),
            (QCoreApplication.translate("RightDialog", "&Levensdomein"), self.domain),
            (QCoreApplication.translate("RightDialog", "&Status"), self.status),
            (QCoreApplication.translate("RightDialog", "&Datum"), self.updated_on),
            (QCoreApplication.translate("RightDialog", "&Notitie"), self.note),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)
        if existing is not None:
            self.name.setText(existing.name)
            select_data(self.domain, existing.domain.value if existing.domain else self.NO_DOMAIN)
            select_data(self.status, existing.status.value)
            self.updated_on.set_value(existing.updated_on, fallback=today)
            self.note.setPlainText(existing.note or "")
        else:
            select_data(self.domain, domain.value if domain else self.NO_DOMAIN)
            select_data(self.status, RightStatus.DISCUSSED.value)
            self.updated_on.set_value(today)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.name.textChanged.connect(self._update)
        self._update()
        self.name.setFocus()

    def _status_changed(self) -> None:
        # A new status is news of today, unless the coach picks another date.
        self.updated_on.set_value(self._today)

    def is_valid(self) -> bool:
        return bool(self.name.text().strip())

    def value(self) -> Right:
        domain = self.domain.currentData()
        return Right(
            id=self._existing.id if self._existing is not None else new_id(),
            name=self.name.text().strip(),
            status=RightStatus(self.status.currentData()),
            domain=LifeDomain(domain) if domain else None,
            updated_on=self.updated_on.value(),
            note=clean_text(self.note.toPlainText()),
        )
