"""Table models of the binnenkant and the life story, and the proxy that shows one aspect.

The notes sort by aspect (in the methodology's order) and then by date, so that with
every aspect shown they stand grouped; the life story sorts on when it happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.enums import InnerAspect
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.ui.dossier.models import ATTENTION_COLOUR, AnyIndex, first_line
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.widgets.labels import domain_labels, label_of
from genwerkt_desktop.ui.widgets.table_model import RecordProxy, RecordTableModel

from .wording import aspect_hints, aspect_labels, said_by_label

ASPECT_ORDER = {aspect: rank for rank, aspect in enumerate(InnerAspect)}
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


def aspect_key(note: InnerNote) -> int:
    """The aspect first, then the day it was noted (a note without a date first)."""
    day = note.noted_on.toordinal() if note.noted_on is not None else 0
    return ASPECT_ORDER.get(note.aspect, 99) * 10_000_000 + day


def moment_key(event: LifeEvent) -> int:
    """When a moment happened, as a number: its date, else the first year in its words
    ("2015–2017"), else 0 (words such as "als kind" stand first, in the order noted)."""
    if event.on is not None:
        return event.on.toordinal()
    found = _YEAR.search(event.when or "")
    if found is None:
        return 0
    return date(int(found.group(1)), 1, 1).toordinal()


class InnerNoteModel(RecordTableModel):
    COL_ASPECT, COL_TEXT, COL_SAID, COL_DOMAIN, COL_DATE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("InnerNoteModel", "Aspect"),
            QCoreApplication.translate("InnerNoteModel", "Wat er leeft"),
            QCoreApplication.translate("InnerNoteModel", "Wie zegt het"),
            QCoreApplication.translate("InnerNoteModel", "Levensdomein"),
            QCoreApplication.translate("InnerNoteModel", "Datum"),
        )

    def display(self, record: Any, column: int) -> str | None:
        note: InnerNote = record
        if column == self.COL_ASPECT:
            return label_of(aspect_labels(), note.aspect)
        if column == self.COL_TEXT:
            return first_line(note.text, 240)
        if column == self.COL_SAID:
            return said_by_label(note.voiced_by_client)
        if column == self.COL_DOMAIN:
            return label_of(domain_labels(), note.domain)
        if column == self.COL_DATE:
            return format_date(note.noted_on)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        note: InnerNote = record
        if column == self.COL_ASPECT:
            return aspect_key(note)
        if column == self.COL_DATE:
            return note.noted_on.toordinal() if note.noted_on is not None else 0
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        note: InnerNote = record
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_TEXT:
                return note.text
            if column == self.COL_ASPECT:
                return aspect_hints().get(note.aspect)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.COL_SAID
            and note.voiced_by_client is False
        ):
            return QColor(ATTENTION_COLOUR)
        return None


class AspectProxy(RecordProxy):
    """The notes of one aspect (None: every aspect)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._aspect: InnerAspect | None = None

    def set_aspect(self, aspect: InnerAspect | None) -> None:
        if aspect != self._aspect:
            with self.filter_change():
                self._aspect = aspect

    def aspect(self) -> InnerAspect | None:
        return self._aspect

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if self._aspect is None or not isinstance(model, RecordTableModel):
            return True
        return bool(model.record_at(source_row).aspect is self._aspect)


@dataclass(frozen=True)
class AspectRow:
    """One line of the list of aspects: None is every aspect."""

    aspect: InnerAspect | None
    notes: int


class AspectListModel(RecordTableModel):
    COL_ASPECT, COL_NOTES = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count_notes(())

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("InnerNoteModel", "Aspect"),
            QCoreApplication.translate("InnerNoteModel", "Notities"),
        )

    def count_notes(self, notes: Sequence[InnerNote]) -> None:
        rows = [AspectRow(None, len(notes))]
        rows += [
            AspectRow(aspect, sum(1 for n in notes if n.aspect is aspect)) for aspect in InnerAspect
        ]
        self.set_records(rows)

    def record_id(self, record: Any) -> str:
        row: AspectRow = record
        return row.aspect.value if row.aspect is not None else ""

    def row_for(self, aspect: InnerAspect | None) -> int:
        return self.row_of(aspect.value if aspect is not None else "")

    def display(self, record: Any, column: int) -> str | None:
        row: AspectRow = record
        if column == self.COL_ASPECT:
            if row.aspect is None:
                return QCoreApplication.translate("InnerNoteModel", "Alle aspecten")
            return label_of(aspect_labels(), row.aspect)
        if column == self.COL_NOTES:
            return str(row.notes) if row.notes else "–"
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        row: AspectRow = record
        if column == self.COL_ASPECT:
            return -1 if row.aspect is None else ASPECT_ORDER[row.aspect]
        return row.notes

    def extra(self, record: Any, column: int, role: int) -> Any:
        row: AspectRow = record
        if role == Qt.ItemDataRole.ToolTipRole and row.aspect is not None:
            return aspect_hints().get(row.aspect)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_NOTES and not row.notes:
            return QColor("#6b7176")
        return None

    def clear(self) -> None:
        self.count_notes(())


class LifeEventModel(RecordTableModel):
    COL_WHEN, COL_TEXT, COL_DOMAIN = range(3)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("LifeEventModel", "Wanneer"),
            QCoreApplication.translate("LifeEventModel", "Wat er gebeurde"),
            QCoreApplication.translate("LifeEventModel", "Levensdomein"),
        )

    def display(self, record: Any, column: int) -> str | None:
        event: LifeEvent = record
        if column == self.COL_WHEN:
            return when_text(event)
        if column == self.COL_TEXT:
            return first_line(event.text, 240)
        if column == self.COL_DOMAIN:
            return label_of(domain_labels(), event.domain)
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        event: LifeEvent = record
        if column == self.COL_WHEN:
            return moment_key(event)
        return super().sort_key(record, column)

    def extra(self, record: Any, column: int, role: int) -> Any:
        event: LifeEvent = record
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            return event.text
        return None


def when_text(event: LifeEvent) -> str:
    if event.on is not None and event.when:
        return f"{format_date(event.on)} · {event.when}"
    if event.on is not None:
        return format_date(event.on)
    return event.when or ""
