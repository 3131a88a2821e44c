"""The Contacten tab as the coach sees it: the filter, the table of contact moments and
the note editor below it.  Layout and signals only; the presenter decides what to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.ui.dossier.models import ContactModel, ContactProxy
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    chain_tab_order,
    hint_label,
    make_button,
)
from genwerkt_desktop.ui.widgets.labels import contact_kind_labels, note_scope_labels
from genwerkt_desktop.ui.widgets.table_model import set_column_widths, setup_table

from .note_editor import NoteEditor
from .outcome import OutcomeBar


@dataclass(frozen=True)
class ContactList:
    """What the table shows: the contact moments as of ``now``, and which one is chosen."""

    contacts: tuple[Contact, ...]
    now: datetime
    selected_id: str = ""


class ContactsView(QWidget):
    new_note_requested = Signal()
    save_requested = Signal()
    cancel_requested = Signal()
    delete_requested = Signal()
    contact_chosen = Signal()  # the selection in the table changed (by the coach)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self.model = ContactModel(self)
        self.proxy = ContactProxy(self)
        self.proxy.setSourceModel(self.model)

        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(QCoreApplication.translate("ContactsTab", "Toon"))
        self.show_filter.addItem(
            QCoreApplication.translate("ContactsTab", "Alle contactmomenten"), ContactProxy.ALL
        )
        self.show_filter.addItem(
            QCoreApplication.translate("ContactsTab", "Voorbije contacten"), ContactProxy.PAST
        )
        self.show_filter.addItem(
            QCoreApplication.translate("ContactsTab", "Geplande afspraken"), ContactProxy.PLANNED
        )
        self.show_filter.currentIndexChanged.connect(self._filter_chosen)
        self.count_label = hint_label("", self, muted=True)
        self.count_label.setWordWrap(False)
        self.new_note_button = make_button(
            QCoreApplication.translate("ContactsTab", "&Nieuwe notitie"),
            QCoreApplication.translate("ContactsTab", "Nieuwe notitie (Ctrl+Shift+N)"),
            self,
        )
        self.new_note_button.setToolTip(
            QCoreApplication.translate("ContactsTab", "Nieuwe notitie, nu (Ctrl+Shift+N of Insert)")
        )
        self.new_note_button.clicked.connect(self.new_note_requested)
        self.delete_button = make_button(
            QCoreApplication.translate("ContactsTab", "Verwijd&eren…"),
            QCoreApplication.translate("ContactsTab", "Gekozen contactmoment verwijderen"),
            self,
        )
        self.delete_button.clicked.connect(self.delete_requested)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("ContactsTab", "Contactmomenten"),
            stretch=ContactModel.COL_NOTE,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ContactModel.COL_AT, Qt.SortOrder.DescendingOrder)
        set_column_widths(
            self.table,
            {
                ContactModel.COL_AT: ["00/00/0000 00:00 · niet gekomen"],
                ContactModel.COL_KIND: list(contact_kind_labels().values()),
                ContactModel.COL_PLACE: ["Sociaal Huis Leiemeersen"],
                ContactModel.COL_SCOPE: list(note_scope_labels().values()),
                ContactModel.COL_MAY_READ: ["Nee"],
            },
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # A planned contact whose moment passed: what became of it?
        self.outcome_bar = OutcomeBar(self)

        self.editor = NoteEditor(self)
        self.editor.save_button.clicked.connect(self.save_requested)
        self.editor.cancel_button.clicked.connect(self.cancel_requested)

        # -- keys: Ctrl+S saves, Esc cancels, Insert and Delete in the list
        self.save_action = QAction(
            QCoreApplication.translate("ContactsTab", "Notitie bewaren"), self
        )
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_requested)
        self.addAction(self.save_action)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_requested)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.activated.connect(self.new_note_requested)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_requested)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(
            buddy_label(QCoreApplication.translate("ContactsTab", "To&on"), self.show_filter, self)
        )
        top.addWidget(self.show_filter)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        top.addWidget(self.new_note_button)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.outcome_bar)
        layout.addWidget(splitter, 1)

        chain_tab_order(
            [
                self.show_filter,
                self.table,
                *self.outcome_bar.buttons(),
                self.delete_button,
                self.new_note_button,
                self.editor.text,
            ]
        )

    # -- showing

    def show_contacts(self, contacts: ContactList, *, keep_scroll: bool = False) -> None:
        """Fill the table and choose ``contacts.selected_id`` without announcing it;
        ``keep_scroll`` leaves the list where the coach scrolled it."""
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_contacts(contacts.contacts, contacts.now)
        self.select_quietly(contacts.selected_id, scroll_to=not keep_scroll)
        if keep_scroll:
            self.table.verticalScrollBar().setValue(scrolled)
        self.update_count()

    def show_nothing(self) -> None:
        self.outcome_bar.ask(None)
        self.model.clear()
        self.editor.reset()
        self.update_count()

    def allow_new_notes(self, allowed: bool) -> None:
        self.new_note_button.setEnabled(allowed)

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        contact: Contact = self.model.record_at(self.proxy.mapToSource(rows[0]).row())
        return contact

    def selected_id(self) -> str:
        contact = self.selected_contact()
        return contact.id if contact is not None else ""

    def select_quietly(self, contact_id: str, *, scroll_to: bool = True) -> None:
        """Choose a row (none for ""), without the presenter hearing of it."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        row = self.model.row_of(contact_id) if contact_id else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                if scroll_to:
                    self.table.scrollTo(index)
        selection.blockSignals(False)

    def update_count(self) -> None:
        self.delete_button.setEnabled(self.selected_contact() is not None)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = ""
        elif shown == total == 1:
            text = QCoreApplication.translate("ContactsTab", "1 contactmoment")
        elif shown == total:
            text = QCoreApplication.translate("ContactsTab", "{total} contactmomenten").format(
                total=total
            )
        else:
            text = QCoreApplication.translate("ContactsTab", "{shown} van {total}").format(
                shown=shown, total=total
            )
        self.count_label.setText(text)

    # -- helpers

    def _selection_changed(self) -> None:
        self.contact_chosen.emit()
        self.update_count()

    def _filter_chosen(self) -> None:
        which = self.show_filter.currentData()
        self.proxy.set_show(which if isinstance(which, str) else ContactProxy.ALL)
        self.update_count()
