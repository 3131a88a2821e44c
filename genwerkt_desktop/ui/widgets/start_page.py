"""The page a drawing tab shows before its first drawing: a calm word in the middle and
one button to begin (the ecogram, the mind map)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .fields import hint_label, make_button


class StartPage(QWidget):
    start_requested = Signal()

    def __init__(
        self, hint: str, button_text: str, button_tip: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.empty_hint = hint_label(hint, self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = make_button(button_text, button_tip, self, primary=True)
        self.start_button.clicked.connect(self.start_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
