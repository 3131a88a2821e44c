"""The Binnenkant & levensloop tab as the coach sees it: the aspects left, the notes of the
chosen one and the life story right, and a calm line that none of it goes to a partner.
Layout, signals and the aspect filter only; the presenter decides what to write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import InnerAspect
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.widgets.fields import (
    chain_tab_order,
    hint_label,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import label_of
from genwerkt_desktop.ui.widgets.record_buttons import button_row, record_buttons
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    RecordProxy,
    refilled,
    selected_record,
    selected_source_row,
    set_column_widths,
    setup_table,
)

from .dialogs import InnerNoteDialog, LifeEventDialog
from .models import AspectListModel, AspectProxy, AspectRow, InnerNoteModel, LifeEventModel
from .wording import aspect_hints, aspect_labels, never_shared_text, said_by_label


@dataclass(frozen=True)
class InnerRecords:
    """What the tables show, and which note or moment to choose ("" keeps the choice)."""

    notes: tuple[InnerNote, ...]
    events: tuple[LifeEvent, ...]
    choose_note: str = ""
    choose_event: str = ""


class InnerView(QWidget):
    add_note_requested = Signal()
    edit_note_requested = Signal()
    remove_note_requested = Signal()
    add_event_requested = Signal()
    edit_event_requested = Signal()
    remove_event_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._open = False
        self._highlighting = False
        self.note_dialog: InnerNoteDialog | None = None
        self.event_dialog: LifeEventDialog | None = None

        self.never_shared = hint_label(never_shared_text(), self)
        self.never_shared.setObjectName("neverShared")
        self._build_aspects()
        self._build_notes()
        self._build_events()
        for view in (self.note_view, self.event_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._lay_out()
        chain_tab_order(
            [
                self.aspect_view,
                self.note_view,
                self.add_note_button,
                self.edit_note_button,
                self.remove_note_button,
                self.event_view,
                self.add_event_button,
                self.edit_event_button,
                self.remove_event_button,
            ]
        )
        self._update_titles()

    # -- building

    def _build_aspects(self) -> None:
        """The aspects, with how many notes each has; choosing one filters the notes."""
        self.aspects = AspectListModel(self)
        self.aspect_proxy = RecordProxy(self)
        self.aspect_proxy.setSourceModel(self.aspects)
        self.aspect_view = QTableView(self)
        self.aspect_view.setModel(self.aspect_proxy)
        setup_table(
            self.aspect_view,
            QCoreApplication.translate("InnerTab", "Aspecten van de binnenkant"),
            stretch=AspectListModel.COL_ASPECT,
        )
        self.aspect_view.setSortingEnabled(True)
        self.aspect_view.sortByColumn(AspectListModel.COL_ASPECT, Qt.SortOrder.AscendingOrder)
        self.aspect_view.horizontalHeader().setSectionsClickable(False)
        self.aspect_view.horizontalHeader().setSortIndicatorShown(False)
        set_column_widths(self.aspect_view, {AspectListModel.COL_NOTES: ["00"]}, padding=24)
        self.aspect_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.aspect_view.selectionModel().selectionChanged.connect(self._aspect_picked)

    def _build_notes(self) -> None:
        """The notes on the inner world, with their buttons."""
        self.notes = InnerNoteModel(self)
        self.note_proxy = AspectProxy(self)
        self.note_proxy.setSourceModel(self.notes)
        self.note_view = FittedTable(self)
        self.note_view.setModel(self.note_proxy)
        setup_table(
            self.note_view,
            QCoreApplication.translate("InnerTab", "Binnenkant"),
            stretch=InnerNoteModel.COL_TEXT,
        )
        self.note_view.setSortingEnabled(True)
        self.note_view.sortByColumn(InnerNoteModel.COL_ASPECT, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.note_view,
            {
                InnerNoteModel.COL_ASPECT: list(aspect_labels().values()),
                # "Indruk van de coach, / nog na te vragen" on two lines
                InnerNoteModel.COL_SAID: [said_by_label(False).split(",")[0] + ","],
                InnerNoteModel.COL_DOMAIN: ["Inkomen en"],
                InnerNoteModel.COL_DATE: ["00/00/0000"],
            },
        )
        self.add_note_button, self.edit_note_button, self.remove_note_button = record_buttons(
            self,
            self.note_view,
            (
                (
                    QCoreApplication.translate("InnerTab", "&Toevoegen…"),
                    QCoreApplication.translate("InnerTab", "Notitie over de binnenkant toevoegen"),
                ),
                (
                    QCoreApplication.translate("InnerTab", "&Bewerken…"),
                    QCoreApplication.translate("InnerTab", "Gekozen notitie bewerken"),
                ),
                (
                    QCoreApplication.translate("InnerTab", "Ver&wijderen…"),
                    QCoreApplication.translate("InnerTab", "Gekozen notitie verwijderen"),
                ),
            ),
            (self.add_note_requested, self.edit_note_requested, self.remove_note_requested),
        )

    def _build_events(self) -> None:
        """The life story: the moments the client finds important, with their buttons."""
        self.events = LifeEventModel(self)
        self.event_proxy = RecordProxy(self)
        self.event_proxy.setSourceModel(self.events)
        self.event_view = FittedTable(self)
        self.event_view.setModel(self.event_proxy)
        setup_table(
            self.event_view,
            QCoreApplication.translate("InnerTab", "Levensloop"),
            stretch=LifeEventModel.COL_TEXT,
        )
        self.event_view.setSortingEnabled(True)
        self.event_view.sortByColumn(LifeEventModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.event_view,
            {
                LifeEventModel.COL_WHEN: ["00/00/0000 · als kind"],
                LifeEventModel.COL_DOMAIN: ["Inkomen en schulden"],
            },
        )
        self.add_event_button, self.edit_event_button, self.remove_event_button = record_buttons(
            self,
            self.event_view,
            (
                (
                    QCoreApplication.translate("InnerTab", "&Moment toevoegen…"),
                    QCoreApplication.translate("InnerTab", "Moment in de levensloop toevoegen"),
                ),
                (
                    QCoreApplication.translate("InnerTab", "Bewerk&en…"),
                    QCoreApplication.translate("InnerTab", "Gekozen moment bewerken"),
                ),
                (
                    QCoreApplication.translate("InnerTab", "Verw&ijderen…"),
                    QCoreApplication.translate("InnerTab", "Gekozen moment verwijderen"),
                ),
            ),
            (self.add_event_requested, self.edit_event_requested, self.remove_event_requested),
        )

    def _lay_out(self) -> None:
        """The aspects left, the notes and the life story right, in a splitter."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._right_column())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        chars = self.fontMetrics().averageCharWidth()
        splitter.setSizes([chars * 36, chars * 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(splitter, 1)

    def _left_column(self) -> QWidget:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(
            section_title(QCoreApplication.translate("InnerTab", "Binnenkant"), left)
        )
        left_layout.addWidget(self.aspect_view, 1)
        left_layout.addWidget(
            hint_label(
                QCoreApplication.translate("InnerTab", "Kies een aspect om alleen dat te zien."),
                left,
                muted=True,
            )
        )
        left_layout.addWidget(self.never_shared)
        return left

    def _right_column(self) -> QWidget:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        self.notes_title = section_title("", right)
        right_layout.addWidget(self.notes_title)
        self.aspect_hint = QLabel(right)
        self.aspect_hint.setObjectName("hintText")
        self.aspect_hint.setWordWrap(True)
        right_layout.addWidget(self.aspect_hint)
        right_layout.addWidget(self.note_view, 3)
        right_layout.addLayout(
            button_row(self.add_note_button, self.edit_note_button, self.remove_note_button)
        )
        right_layout.addSpacing(8)
        right_layout.addWidget(
            section_title(QCoreApplication.translate("InnerTab", "Levensloop"), right)
        )
        right_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "InnerTab",
                    "De momenten die de cliënt zelf belangrijk vindt, in de volgorde van de tijd.",
                ),
                right,
                muted=True,
            )
        )
        right_layout.addWidget(self.event_view, 2)
        right_layout.addLayout(
            button_row(self.add_event_button, self.edit_event_button, self.remove_event_button)
        )
        return right

    # -- showing

    def show_records(self, records: InnerRecords, *, keep_scroll: bool = False) -> None:
        """Fill the tables; the aspect and the chosen rows stay (and, with ``keep_scroll``,
        where the tables were scrolled)."""
        aspect = self.current_aspect()
        tables = (
            (self.note_view, self.note_proxy, records.choose_note),
            (self.event_view, self.event_proxy, records.choose_event),
        )
        with refilled(tables, keep_scroll=keep_scroll):
            self._open = True
            self.aspects.count_notes(records.notes)
            self.notes.set_records(records.notes)
            self.events.set_records(records.events)
            self.choose_aspect(aspect)
        self._update_buttons()

    def show_nothing(self) -> None:
        self._open = False
        self.close_dialogs()
        self.aspects.clear()
        self.notes.clear()
        self.events.clear()
        self.note_proxy.set_aspect(None)
        self._update_titles()
        self._update_buttons()

    def is_open(self) -> bool:
        return self._open

    def current_aspect(self) -> InnerAspect | None:
        return self.note_proxy.aspect()

    def choose_aspect(self, aspect: InnerAspect | None) -> None:
        """Show one aspect (None: all, grouped) and highlight it in the list."""
        self.note_proxy.set_aspect(aspect)
        self.note_view.setColumnHidden(InnerNoteModel.COL_ASPECT, aspect is not None)
        row = self.aspects.row_for(aspect)
        if row >= 0:
            self._highlighting = True
            try:
                self.aspect_view.selectRow(
                    self.aspect_proxy.mapFromSource(self.aspects.index(row, 0)).row()
                )
            finally:
                self._highlighting = False
        self._update_titles()
        self._update_buttons()

    def selected_note(self) -> InnerNote | None:
        record = selected_record(self.note_view, self.note_proxy)
        return record if isinstance(record, InnerNote) else None

    def selected_event(self) -> LifeEvent | None:
        record = selected_record(self.event_view, self.event_proxy)
        return record if isinstance(record, LifeEvent) else None

    def shown_notes(self) -> list[InnerNote]:
        """The notes in the order the table shows them."""
        proxy = self.note_proxy
        return [proxy.record_at(row) for row in range(proxy.rowCount())]

    def shown_events(self) -> list[LifeEvent]:
        proxy = self.event_proxy
        return [proxy.record_at(row) for row in range(proxy.rowCount())]

    # -- the forms

    def open_note_dialog(self, existing: InnerNote | None, today: date) -> InnerNoteDialog:
        dialog = InnerNoteDialog(existing, self.current_aspect(), today, self)
        self.note_dialog = dialog
        self._open_dialog(dialog)
        return dialog

    def open_event_dialog(self, existing: LifeEvent | None, today: date) -> LifeEventDialog:
        dialog = LifeEventDialog(existing, today, self)
        self.event_dialog = dialog
        self._open_dialog(dialog)
        return dialog

    def close_dialogs(self) -> None:
        for dialog in (self.note_dialog, self.event_dialog):
            if dialog is not None:
                dialog.reject()
        self.note_dialog = None
        self.event_dialog = None

    # -- helpers

    def _open_dialog(self, dialog: FormDialog) -> None:
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: FormDialog) -> None:
        if dialog is self.note_dialog:
            self.note_dialog = None
        if dialog is self.event_dialog:
            self.event_dialog = None
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()

    def _aspect_picked(self) -> None:
        if self._highlighting:
            return
        row = selected_source_row(self.aspect_view, self.aspect_proxy)
        record = self.aspects.record_at(row) if row >= 0 else None
        if isinstance(record, AspectRow):
            self.choose_aspect(record.aspect)

    def _update_titles(self) -> None:
        aspect = self.current_aspect()
        if aspect is None:
            self.notes_title.setText(
                QCoreApplication.translate("InnerTab", "Binnenkant · alle aspecten")
            )
            self.aspect_hint.setText(
                QCoreApplication.translate(
                    "InnerTab",
                    "Per aspect gegroepeerd. Wat u zelf opmerkte, staat als indruk die u "
                    "nog navraagt bij de cliënt.",
                )
            )
            return
        self.notes_title.setText(
            QCoreApplication.translate("InnerTab", "Binnenkant · {aspect}").format(
                aspect=label_of(aspect_labels(), aspect)
            )
        )
        self.aspect_hint.setText(aspect_hints()[aspect])

    def _update_buttons(self) -> None:
        has_note = self.selected_note() is not None
        has_event = self.selected_event() is not None
        self.add_note_button.setEnabled(self._open)
        self.add_event_button.setEnabled(self._open)
        self.edit_note_button.setEnabled(has_note)
        self.remove_note_button.setEnabled(has_note)
        self.edit_event_button.setEnabled(has_event)
        self.remove_event_button.setEnabled(has_event)
