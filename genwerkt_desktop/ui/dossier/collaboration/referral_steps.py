"""The seven steps of a warm referral as a guided checklist: done, date, note each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from genwerkt_desktop.domain.model import ReferralStep
from genwerkt_desktop.domain.referral import STEP_NUMBERS
from genwerkt_desktop.ui.widgets.fields import DateField, hint_label
from genwerkt_desktop.ui.wording.referral import referral_step_words


class ReferralStepsEditor(QWidget):
    """One row per step: a box to tick, the date it was done, a short note, and the hint
    of what the step asks of coach and client."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.done: dict[int, QCheckBox] = {}
        self.dates: dict[int, DateField] = {}
        self.notes: dict[int, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(10)
        words = referral_step_words()
        for number in STEP_NUMBERS:
            title, hint = words[number]
            row = (number - 1) * 2
            box = QCheckBox(f"&{number}. {title}", self)
            box.setAccessibleName(
                QCoreApplication.translate("ReferralSteps", "Stap {n} gedaan").format(n=number)
            )
            on = DateField(
                QCoreApplication.translate("ReferralSteps", "Datum stap {n}").format(n=number),
                optional=True,
                parent=self,
            )
            on.set_value(None, fallback=today)
            note = QLineEdit(self)
            note.setAccessibleName(
                QCoreApplication.translate("ReferralSteps", "Notitie bij stap {n}").format(n=number)
            )
            note.setPlaceholderText(
                QCoreApplication.translate("ReferralSteps", "wat er gebeurde, wat er nog moet…")
            )
            box.toggled.connect(lambda ticked, n=number: self._ticked(n, ticked))
            grid.addWidget(box, row, 0)
            grid.addWidget(on, row, 1)
            grid.addWidget(note, row, 2)
            grid.addWidget(hint_label(hint, self, muted=True), row + 1, 0, 1, 3)
            self.done[number], self.dates[number] = box, on
            self.notes[number] = note
        grid.setColumnStretch(2, 1)

    def set_steps(self, steps: tuple[ReferralStep, ...]) -> None:
        by_number = {s.step: s for s in steps}
        for number, box in self.done.items():
            step = by_number.get(number)
            box.blockSignals(True)
            box.setChecked(bool(step and step.done))
            box.blockSignals(False)
            self.dates[number].set_value(step.done_on if step else None, fallback=self._today)
            self.notes[number].setText((step.note or "") if step else "")

    def steps(self) -> tuple[ReferralStep, ...]:
        """Only the steps that hold something: ticked, dated or noted."""
        result = []
        for number, box in self.done.items():
            done = box.isChecked()
            on = self.dates[number].value() if done else None
            note = self.notes[number].text().strip() or None
            if done or note:
                result.append(ReferralStep(step=number, done=done, done_on=on, note=note))
        return tuple(result)

    def _ticked(self, number: int, ticked: bool) -> None:
        # Ticking a step is usually news of today; unticking clears its date.
        field = self.dates[number]
        if ticked and field.value() is None:
            field.set_value(self._today)
        if not ticked:
            field.set_value(None, fallback=self._today)
