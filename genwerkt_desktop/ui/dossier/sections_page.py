"""A dossier tab made of sections on one scrolling column, each opening its own form,
one form at a time, with a calm notice line above them (Samenwerking, Samen bekijken).

The tab's presenter opens forms and sets the notice through this page; the tab only
says which sections it has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.widgets.fields import hint_label
from genwerkt_desktop.ui.widgets.scrolling import column_scroll


class SectionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self.dialog: FormDialog | None = None  # the form that is open, for tests
        self.column = QWidget(self)
        self.notice = hint_label("", self.column, muted=True)
        self.notice.hide()

    def lay_out(self, sections: Sequence[QWidget]) -> None:
        """The notice, then ``sections`` (made with :attr:`column` as their parent)."""
        column = QVBoxLayout(self.column)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self.notice)
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column_scroll(self.column, self))

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def open_form(self, dialog: FormDialog, submitted: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def close_form(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def show_notice(self, text: str) -> None:
        """A calm line above the sections ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _forget(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
