"""What the small forms of the dossier share: a dialog that only asks.

Each emits ``submitted`` with a new frozen record; the tab's presenter hands that to the
controller, which saves it in the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.dossier.read_only import lock_editing, mark_reading, on_read_only_page
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import (
    hint_label,
    mark_primary,
)


def clean_text(text: str) -> str | None:
    text = text.strip()
    return text or None


def select_data(combo: QComboBox, value: object) -> None:
    position = combo.findData(value)
    combo.setCurrentIndex(max(position, 0))


class FormDialog(QDialog):
    """A title, a short hint, a form, and Bewaren / Annuleren.  Ctrl+Enter saves."""

    submitted = Signal(object)
    # What the filled-in form holds; every form defines it, and submitted carries it.
    value: Callable[[], object]

    def __init__(self, window_title: str, title: str, hint: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        make_title(heading, 1.25)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(14)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("FormDialog", "&Bewaren"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        mark_primary(self.save_button)
        self.save_button.setAccessibleName(QCoreApplication.translate("FormDialog", "Bewaren"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            QCoreApplication.translate("FormDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(QCoreApplication.translate("FormDialog", "Annuleren"))
        self._cancel = cancel
        self._reading = False  # opened from a colleague's dossier: shows, never saves
        self._read_only_note = hint_label(
            QCoreApplication.translate(
                "FormDialog", "Alleen lezen: een collega heeft dit dossier in handen."
            ),
            self,
            muted=True,
        )
        self._read_only_note.hide()
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        if hint:
            layout.addWidget(hint_label(hint, self))
        layout.addLayout(self.form)
        layout.addWidget(self._read_only_note)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._submit)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._reading and on_read_only_page(self.parentWidget()):
            self._show_reading_only()
        super().showEvent(event)

    def _show_reading_only(self) -> None:
        """Everything in the form stays readable and selectable; nothing can be saved."""
        self._reading = True
        mark_reading(self._cancel)
        lock_editing(self, True)
        choices = [*self.findChildren(QComboBox), *self.findChildren(QAbstractSlider)]
        for choice in choices:
            choice.setEnabled(False)  # still shows what was chosen
        self.save_button.hide()
        self._cancel.setText(QCoreApplication.translate("FormDialog", "&Sluiten"))
        self._cancel.setAccessibleName(QCoreApplication.translate("FormDialog", "Sluiten"))
        self._cancel.setDefault(True)
        self._read_only_note.show()

    @property
    def reading_only(self) -> bool:
        return self._reading

    def is_valid(self) -> bool:
        return True

    def _update(self) -> None:
        self.save_button.setEnabled(self.is_valid())

    def _submit(self) -> None:
        if not self._reading and self.is_valid():
            self.submitted.emit(self.value())
            self.accept()
