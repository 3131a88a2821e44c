"""The form that moves the trajectory into another phase, with a date and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from genwerkt_desktop.domain.enums import Phase
from genwerkt_desktop.domain.phases import PHASE_ORDER
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field
from genwerkt_desktop.ui.widgets.labels import (
    phase_labels,
)


class PhaseChangeDialog(FormDialog):
    def __init__(self, current: Phase | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PhaseChangeDialog", "Fase wijzigen"),
            QCoreApplication.translate("PhaseChangeDialog", "Naar een andere fase"),
            QCoreApplication.translate(
                "PhaseChangeDialog",
                "Elke fase kan opnieuw beginnen, ook een eerdere: dat hoort bij een traject. "
                "De vorige fasen blijven in de geschiedenis staan.",
            ),
            parent,
        )
        self.phase = QComboBox(self)
        self.phase.setAccessibleName(QCoreApplication.translate("PhaseChangeDialog", "Nieuwe fase"))
        for phase, label in phase_labels().items():
            self.phase.addItem(label, phase.value)
        if current is None:
            proposed = Phase.INTAKE
        else:
            rank = PHASE_ORDER.index(current)
            proposed = PHASE_ORDER[min(rank + 1, len(PHASE_ORDER) - 1)]
        select_data(self.phase, proposed.value)
        self.on = DateField(
            QCoreApplication.translate("PhaseChangeDialog", "Begindatum"), parent=self
        )
        self._today = today  # the clock's, never the system's
        self.on.set_value(today)
        self.note = plain_text_field(
            QCoreApplication.translate("PhaseChangeDialog", "Waarom deze stap"), self, lines=3
        )
        self.form.addRow(
            buddy_label(QCoreApplication.translate("PhaseChangeDialog", "&Fase"), self.phase, self),
            self.phase,
        )
        self.form.addRow(
            buddy_label(QCoreApplication.translate("PhaseChangeDialog", "Vana&f"), self.on, self),
            self.on,
        )
        self.form.addRow(
            buddy_label(
                QCoreApplication.translate("PhaseChangeDialog", "&Waarom"), self.note, self
            ),
            self.note,
        )
        self.phase.setFocus()

    def value(self) -> tuple[Phase, date, str | None]:
        return (
            Phase(self.phase.currentData()),
            self.on.value() or self._today,
            clean_text(self.note.toPlainText()),
        )
