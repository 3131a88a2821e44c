"""A calm line under a field whose text reaches a sheet for the client.

It says that the text goes on the client's sheet, and, when the text speaks about the
client ("Ayşe opent zelf haar post") instead of to them, it suggests the je-form in a
small second line.  It only suggests: the text is never changed.  The detection is
:func:`genwerkt_desktop.domain.plain_words.about_the_client`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.plain_words import about_the_client
from genwerkt_desktop.ui.widgets.fields import hint_label

SHOWN_SUGGESTION = 90  # characters of the example sentence; the rest becomes "…"


class SheetWords(QLabel):
    """Words as the client's sheet says them: Dutch, whatever the interface language."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hintText")
        self.setWordWrap(True)


class ClientSheetHint(QWidget):
    """Follows ``field``: "Komt op het blad voor de cliënt", and the je-form when needed."""

    def __init__(self, field: QPlainTextEdit | QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._names: tuple[str, ...] = ()
        self.reaches = hint_label(
            QCoreApplication.translate("ClientSheetHint", "Komt op het blad voor de cliënt."),
            self,
            muted=True,
        )
        self.je_form = hint_label(
            QCoreApplication.translate(
                "ClientSheetHint", "Het blad spreekt de cliënt aan met ‘je’. Misschien zo:"
            ),
            self,
        )
        self.example = SheetWords(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reaches)
        layout.addWidget(self.je_form)
        layout.addWidget(self.example)
        self._show_example(False)
        field.textChanged.connect(self.refresh)

    def set_names(self, names: Sequence[str | None]) -> None:
        """The client's first and preferred name: a text that uses them is about them."""
        self._names = tuple(n for n in names if n)
        self.refresh()

    def _text(self) -> str:
        field = self._field
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def refresh(self) -> None:
        found = about_the_client(self._text(), self._names)
        if found is None:
            self.example.clear()
            self._show_example(False)
            return
        example = found.suggestion
        if len(example) > SHOWN_SUGGESTION:
            example = example[:SHOWN_SUGGESTION].rstrip() + "…"
        self.example.setText(f"“{example}”")
        self._show_example(True)

    def _show_example(self, on: bool) -> None:
        self.je_form.setVisible(on)
        self.example.setVisible(on)

    def suggests_je_form(self) -> bool:
        return not self.je_form.isHidden()


def with_sheet_hint(
    field: QPlainTextEdit | QLineEdit, parent: QWidget
) -> tuple[QWidget, ClientSheetHint]:
    """``field`` with its hint under it, as one widget for a form row."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    field.setParent(box)
    layout.addWidget(field)
    hint = ClientSheetHint(field, box)
    layout.addWidget(hint)
    # The hint stays right under its field: the row does not grow with spare room.
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return box, hint


def set_client_names(hints: Sequence[ClientSheetHint], names: Sequence[str | None]) -> None:
    for hint in hints:
        hint.set_names(names)
