"""A column that scrolls up and down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def column_scroll(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``page`` in a frameless area that scrolls vertically only.

    A tall side column (a form, a legend, a list of changes) then never makes its tab ask
    for more height than the window has; the page keeps the width it needs and gets the
    rest of the height.
    """
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
