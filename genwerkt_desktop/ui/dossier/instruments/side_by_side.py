"""A form dialog in two columns: the dialog's own form on the left, something at hand on
the right (the client's strengths, the consents).  Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget

from genwerkt_desktop.ui.dossier.forms import FormDialog


def beside_form(dialog: FormDialog, right: QWidget | QLayout, stretch: tuple[int, int]) -> None:
    """Put ``right`` beside the dialog's form, in the form's place."""
    outer = dialog.layout()
    assert isinstance(outer, QBoxLayout)
    index = outer.indexOf(dialog.form)
    outer.removeItem(dialog.form)
    row = QHBoxLayout()
    row.setSpacing(22)
    row.addLayout(dialog.form, stretch[0])
    row.setAlignment(dialog.form, Qt.AlignmentFlag.AlignTop)  # no gaps when the right is taller
    if isinstance(right, QLayout):
        row.addLayout(right, stretch[1])
        row.setAlignment(right, Qt.AlignmentFlag.AlignTop)
    else:
        row.addWidget(right, stretch[1])
    outer.insertLayout(index, row, 1)
