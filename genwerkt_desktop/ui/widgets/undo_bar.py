"""The line under a list after a change: what happened, and (when there is one) the way
back.  The client list shows it after archiving, the agenda after ticking off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from genwerkt_desktop.ui.widgets.fields import make_button


class UndoBar(QFrame):
    undo_clicked = Signal()

    def __init__(self, undo_name: str, parent: QWidget | None = None) -> None:
        """``undo_name`` says for a screen reader what the button takes back."""
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = make_button(
            QCoreApplication.translate("UndoBar", "&Ongedaan maken"), undo_name, self
        )
        self.button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def tell(self, text: str, *, undoable: bool = True) -> None:
        """Say ``text``; offer the way back only when there is one."""
        self.label.setText(text)
        self.button.setVisible(undoable)
        self.show()

    def dismiss(self) -> None:
        """Hidden, and any name in it gone with it."""
        self.hide()
        self.label.clear()
