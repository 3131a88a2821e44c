"""Add, edit and remove buttons under a table of records, with the keys that go with
them: Enter or a double click edits, Delete removes (asking is the presenter's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from .fields import make_button

# A button's text (with its mnemonic) and the name a screen reader says.
Label = tuple[str, str]


def record_buttons(
    parent: QWidget,
    table: QTableView,
    labels: tuple[Label, Label, Label],
    requests: tuple[SignalInstance, SignalInstance, SignalInstance],
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """The add, edit and remove buttons of ``table``, each emitting its request."""
    buttons = tuple(make_button(text, name, parent) for text, name in labels)
    for button, request in zip(buttons, requests, strict=True):
        button.clicked.connect(request)
    _add, edit_requested, remove_requested = requests
    table.activated.connect(edit_requested)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(remove_requested)
    add, edit, remove = buttons
    return add, edit, remove


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side, from the left."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
