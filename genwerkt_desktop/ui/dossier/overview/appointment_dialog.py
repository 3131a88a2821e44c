"""Volgende afspraak: date, hour, place and kind in one small form, filled in already.

The proposal comes from ``domain.next_appointment`` (a week later, the same hour, the
place and kind of the last contact); Enter plans it as it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QTimeEdit, QWidget

from genwerkt_desktop.domain.enums import ContactKind
from genwerkt_desktop.domain.next_appointment import Proposal
from genwerkt_desktop.ui.dossier.forms import FormDialog, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label
from genwerkt_desktop.ui.widgets.labels import contact_kind_labels


class NextAppointmentDialog(FormDialog):
    """Emits ``submitted`` with ``(moment, kind, place)``."""

    def __init__(
        self,
        proposal: Proposal,
        places: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("NextAppointment", "Volgende afspraak"),
            QCoreApplication.translate("NextAppointment", "Wanneer ziet u elkaar terug?"),
            QCoreApplication.translate(
                "NextAppointment",
                "Voorgesteld: een week later op hetzelfde uur, waar en zoals het vorige "
                "contact. Past het, druk dan gewoon Enter. De afspraak komt bij de "
                "contacten en in de agenda.",
            ),
            parent,
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.save_button.setText(QCoreApplication.translate("NextAppointment", "&Inplannen"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("NextAppointment", "Afspraak inplannen")
        )
        self._zone: tzinfo | None = proposal.at.tzinfo
        self.day = DateField(QCoreApplication.translate("NextAppointment", "Datum"), parent=self)
        self.day.set_value(proposal.at.date())
        self.hour = QTimeEdit(self)
        self.hour.setDisplayFormat("HH:mm")
        self.hour.setAccessibleName(QCoreApplication.translate("NextAppointment", "Uur"))
        self.hour.setTime(QTime(proposal.at.hour, proposal.at.minute))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(QCoreApplication.translate("NextAppointment", "Plaats"))
        self.place.setText(proposal.place)
        if places:
            completer = QCompleter(list(places), self.place)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.place.setCompleter(completer)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(QCoreApplication.translate("NextAppointment", "Soort contact"))
        for kind, label in contact_kind_labels().items():
            self.kind.addItem(label, kind.value)
        select_data(self.kind, proposal.kind.value)
        rows = (
            (QCoreApplication.translate("NextAppointment", "&Datum"), self.day),
            (QCoreApplication.translate("NextAppointment", "&Uur"), self.hour),
            (QCoreApplication.translate("NextAppointment", "&Plaats"), self.place),
            (QCoreApplication.translate("NextAppointment", "&Soort"), self.kind),
        )
        for label, field in rows:
            self.form.addRow(buddy_label(label, field, self), field)
        self.day.setFocus()

    def value(self) -> tuple[datetime, ContactKind, str]:
        day = self.day.value()
        assert day is not None  # the field is not optional
        chosen = self.hour.time()
        moment = datetime.combine(day, time(chosen.hour(), chosen.minute()), tzinfo=self._zone)
        return moment, ContactKind(self.kind.currentData()), self.place.text().strip()
