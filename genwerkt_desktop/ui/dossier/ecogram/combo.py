"""A combo box of labelled values, as the side panel offers the ecogram's closed lists."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QWidget


def labelled_combo(labels: Mapping[object, str], accessible: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    for value, text in labels.items():
        combo.addItem(text, value)
    return combo
