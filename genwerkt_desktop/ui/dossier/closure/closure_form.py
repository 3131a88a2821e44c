"""The closing conversation: the evaluation in the client's words, and what comes next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from genwerkt_desktop.domain.enums import ClosureReason
from genwerkt_desktop.domain.model import Closure
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, plain_text_field
from genwerkt_desktop.ui.widgets.sheet_hint import (
    ClientSheetHint,
    set_client_names,
    with_sheet_hint,
)

from .moments import reason_labels

NO_REASON = ""


def _clean(field: QPlainTextEdit) -> str | None:
    return field.toPlainText().strip() or None


class ClosureForm(QWidget):
    """Every field of :class:`Closure`; ``changed`` when the coach types or picks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluated_on = DateField(
            QCoreApplication.translate("ClosureForm", "Datum van het afsluitgesprek"),
            optional=True,
            parent=self,
        )
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(
            QCoreApplication.translate("ClosureForm", "Reden van afsluiten")
        )
        self.reason.addItem(
            QCoreApplication.translate("ClosureForm", "Nog niet gekozen"), NO_REASON
        )
        for reason, label in reason_labels().items():
            self.reason.addItem(label, reason.value)
        # The client's own words come first: how it went, what helped, what held them back.
        self.client_experience = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Hoe ging het, in de woorden van de cliënt"),
            self,
            lines=3,
        )
        self.most_helpful = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Wat hielp het meest"), self, lines=2
        )
        self.held_back = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Wat hield de cliënt tegen"), self, lines=2
        )
        self.achieved = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Wat is bereikt"), self, lines=2
        )
        self.continues_alone = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Wat doet de cliënt nu zelf verder"),
            self,
            lines=2,
        )
        self.still_difficult = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Wat is nog moeilijk"), self, lines=2
        )
        self.network_fallback = plain_text_field(
            QCoreApplication.translate(
                "ClosureForm", "Op wie in het netwerk kan de cliënt terugvallen"
            ),
            self,
            lines=2,
        )
        self.coach_remarks = plain_text_field(
            QCoreApplication.translate("ClosureForm", "Opmerkingen van de coach"), self, lines=2
        )
        self._texts = (
            self.client_experience,
            self.most_helpful,
            self.held_back,
            self.achieved,
            self.continues_alone,
            self.still_difficult,
            self.network_fallback,
            self.coach_remarks,
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(8)
        rows = (
            (QCoreApplication.translate("ClosureForm", "&Datum gesprek"), self.evaluated_on),
            (QCoreApplication.translate("ClosureForm", "&Reden"), self.reason),
            (
                QCoreApplication.translate(
                    "ClosureForm", "&Hoe ging het?\n(woorden van de cliënt)"
                ),
                self.client_experience,
            ),
            (QCoreApplication.translate("ClosureForm", "Wat hielp het &meest"), self.most_helpful),
            (QCoreApplication.translate("ClosureForm", "Wat hield te&gen"), self.held_back),
            (QCoreApplication.translate("ClosureForm", "Wat is bereik&t"), self.achieved),
            (
                QCoreApplication.translate("ClosureForm", "Wat doet de cliënt &zelf verder"),
                self.continues_alone,
            ),
            (
                QCoreApplication.translate("ClosureForm", "Wat is nog moeil&ijk"),
                self.still_difficult,
            ),
            (
                QCoreApplication.translate("ClosureForm", "Terugvallen op (net&werk)"),
                self.network_fallback,
            ),
            (
                QCoreApplication.translate("ClosureForm", "Opmerkingen &van de coach"),
                self.coach_remarks,
            ),
        )
        # What is reached and what the client goes on with stand on the aftercare sheet.
        on_sheet = (self.achieved, self.continues_alone)
        self.sheet_hints: list[ClientSheetHint] = []
        for label, field in rows:
            shown: QWidget = field
            if field in on_sheet:
                shown, hint = with_sheet_hint(field, self)
                self.sheet_hints.append(hint)
            form.addRow(buddy_label(label, field, self), shown)
        for field in self._texts:
            field.textChanged.connect(self.changed)
        self.reason.currentIndexChanged.connect(self.changed)
        self.evaluated_on.dateChanged.connect(self.changed)

    def set_client_names(self, names: tuple[str | None, ...]) -> None:
        set_client_names(self.sheet_hints, names)

    def set_value(self, closure: Closure | None, today: date) -> None:
        value = closure or Closure()
        self.evaluated_on.set_value(value.evaluated_on)
        select_data(self.reason, value.reason.value if value.reason else NO_REASON)
        pairs = (
            (self.client_experience, value.client_experience),
            (self.most_helpful, value.most_helpful),
            (self.held_back, value.held_back),
            (self.achieved, value.achieved),
            (self.continues_alone, value.continues_alone),
            (self.still_difficult, value.still_difficult),
            (self.network_fallback, value.network_fallback),
            (self.coach_remarks, value.coach_remarks),
        )
        for field, text in pairs:
            field.setPlainText(text or "")

    def value(self) -> Closure:
        reason = self.reason.currentData()
        return Closure(
            evaluated_on=self.evaluated_on.value(),
            reason=ClosureReason(reason) if reason else None,
            client_experience=_clean(self.client_experience),
            most_helpful=_clean(self.most_helpful),
            held_back=_clean(self.held_back),
            achieved=_clean(self.achieved),
            continues_alone=_clean(self.continues_alone),
            still_difficult=_clean(self.still_difficult),
            network_fallback=_clean(self.network_fallback),
            coach_remarks=_clean(self.coach_remarks),
        )

    def is_empty(self) -> bool:
        return (
            not any(f.toPlainText().strip() for f in self._texts) and not self.reason.currentData()
        )

    def clear(self) -> None:
        for field in self._texts:
            field.clear()
        self.reason.setCurrentIndex(0)
