"""Contactmomenten: every meeting, visit and call with its note, and the note editor.

One keystroke (Ctrl+Shift+N, or Insert in the list) starts a new note at the current
time with the kind used last, the cursor already in the text.  Ctrl+S saves in the
worker; Esc cancels (and asks first when something was typed).  Moving to another note
saves the one being edited.  The table is a model: 500 contacts are 500 rows of data.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.widgets.fields import (
    DateTimeField,
    buddy_label,
    chain_tab_order,
    format_moment,
    hint_label,
    make_button,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import contact_kind_labels, note_scope_labels
from genwerkt_desktop.ui.widgets.table_model import set_column_widths, setup_table

from .controller import DossierController
from .forms import select_data
from .models import ContactModel, ContactProxy


class NoteEditor(QWidget):
    """The fields of one contact note.  It knows whether it holds unsaved changes."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._base: Contact | None = None
        self._new = False
        self._dirty = False
        self._loading = False

        self.title = section_title("", self)
        self.state = QLabel(self)
        self.state.setObjectName("hintText")
        self.state.setWordWrap(True)
        self.at = DateTimeField(QCoreApplication.translate("NoteEditor", "Datum en uur"), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(QCoreApplication.translate("NoteEditor", "Soort contact"))
        for kind, label in contact_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.place = QLineEdit(self)
        self.place.setAccessibleName(QCoreApplication.translate("NoteEditor", "Plaats"))
        self.for_file = QRadioButton(
            QCoreApplication.translate("NoteEditor", "Voor het &dossier"), self
        )
        self.for_file.setAccessibleName(
            QCoreApplication.translate("NoteEditor", "Notitie voor het dossier")
        )
        self.personal = QRadioButton(
            QCoreApplication.translate("NoteEditor", "&Persoonlijke herinnering"), self
        )
        self.personal.setAccessibleName(
            QCoreApplication.translate(
                "NoteEditor", "Persoonlijke herinnering, niet voor het dossier"
            )
        )
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.for_file)
        self._scope.addButton(self.personal)
        self.may_read = QCheckBox(
            QCoreApplication.translate("NoteEditor", "Cliënt &mag dit lezen"), self
        )
        self.may_read.setAccessibleName(
            QCoreApplication.translate("NoteEditor", "Cliënt mag dit lezen")
        )
        self.planned = QCheckBox(
            QCoreApplication.translate("NoteEditor", "&Geplande afspraak"), self
        )
        self.planned.setAccessibleName(
            QCoreApplication.translate("NoteEditor", "Geplande afspraak")
        )
        self.text = plain_text_field(
            QCoreApplication.translate("NoteEditor", "Notitie"), self, lines=6, grow=True
        )
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "NoteEditor", "Wat gebeurde er, wat is afgesproken, wie doet wat…"
            )
        )
        self.save_button = make_button(
            QCoreApplication.translate("NoteEditor", "&Bewaren"),
            QCoreApplication.translate("NoteEditor", "Notitie bewaren (Ctrl+S)"),
            self,
            primary=True,
        )
        self.save_button.setToolTip(QCoreApplication.translate("NoteEditor", "Bewaren (Ctrl+S)"))
        self.cancel_button = make_button(
            QCoreApplication.translate("NoteEditor", "Annuleren"),
            QCoreApplication.translate("NoteEditor", "Wijzigingen annuleren (Esc)"),
            self,
        )
        self.cancel_button.setToolTip(QCoreApplication.translate("NoteEditor", "Annuleren (Esc)"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.addRow(
            buddy_label(QCoreApplication.translate("NoteEditor", "Da&tum en uur"), self.at, self),
            self.at,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("NoteEditor", "S&oort"), self.kind, self),
            self.kind,
        )
        form.addRow(
            buddy_label(QCoreApplication.translate("NoteEditor", "P&laats"), self.place, self),
            self.place,
        )
        form.addRow(self.for_file)
        form.addRow(self.personal)
        form.addRow(self.may_read)
        form.addRow(self.planned)
        fields = QWidget(self)
        fields.setLayout(form)
        # Room for a place such as "Sociaal Huis Leiemeersen" without scrolling in the field.
        fields.setFixedWidth(self.fontMetrics().averageCharWidth() * 54)

        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        text_column.addWidget(
            buddy_label(QCoreApplication.translate("NoteEditor", "Noti&tie"), self.text, self)
        )
        text_column.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        text_column.addLayout(buttons)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(fields)
        body.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        chain_tab_order(
            [
                self.text,
                self.save_button,
                self.cancel_button,
                self.at,
                self.kind,
                self.place,
                self.for_file,
                self.personal,
                self.may_read,
                self.planned,
            ]
        )
        self.at.dateTimeChanged.connect(self._touched)
        self.kind.currentIndexChanged.connect(self._touched)
        self.place.textChanged.connect(self._touched)
        self._scope.buttonToggled.connect(self._touched)
        self.may_read.toggled.connect(self._touched)
        self.planned.toggled.connect(self._touched)
        self.text.textChanged.connect(self._touched)
        self.reset()

    # -- state

    def is_active(self) -> bool:
        return self._new or self._base is not None

    def is_new(self) -> bool:
        return self._new

    def is_dirty(self) -> bool:
        return self._dirty

    def base(self) -> Contact | None:
        return self._base

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.state.setText(
            QCoreApplication.translate("NoteEditor", "Nog niet bewaard") if dirty else ""
        )
        self.save_button.setEnabled(self.is_active() and (dirty or self._new))
        self.cancel_button.setEnabled(self.is_active())
        if changed:
            self.dirty_changed.emit(dirty)

    def _touched(self, *_args: object) -> None:
        if not self._loading and self.is_active():
            self._set_dirty(True)

    # -- filling

    def load(self, contact: Contact, moment_zone: datetime) -> None:
        """Show a stored contact, ready to edit."""
        self._fill(
            at=contact.at,
            zone=moment_zone,
            kind=contact.kind,
            place=contact.place or "",
            personal=contact.is_personal,
            may_read=bool(contact.client_may_read),
            planned=bool(contact.planned),
            text=contact.summary or "",
        )
        self._base, self._new = contact, False
        self.title.setText(
            QCoreApplication.translate("NoteEditor", "Notitie van {moment}").format(
                moment=format_moment(contact.at, moment_zone.tzinfo)
            )
        )
        self._set_dirty(False)

    def start_new(self, now: datetime, kind: ContactKind) -> None:
        self._fill(
            at=now,
            zone=now,
            kind=kind,
            place="",
            personal=False,
            may_read=True,
            planned=False,
            text="",
        )
        self._base, self._new = None, True
        self.title.setText(QCoreApplication.translate("NoteEditor", "Nieuwe notitie"))
        self._set_dirty(False)
        self.text.setFocus()

    def reset(self) -> None:
        """Empty and quiet: nothing chosen."""
        self._loading = True
        self.at.set_empty()
        self.place.clear()
        self.text.clear()
        self.for_file.setChecked(True)
        self.may_read.setChecked(False)
        self.planned.setChecked(False)
        self._loading = False
        self._base, self._new = None, False
        self.title.setText(QCoreApplication.translate("NoteEditor", "Notitie"))
        self._set_dirty(False)
        self.state.setText(
            QCoreApplication.translate(
                "NoteEditor",
                "Kies een contactmoment in de lijst, of begin een nieuwe notitie (Ctrl+Shift+N).",
            )
        )
        self._enable(False)

    def mark_saved(self, contact: Contact) -> None:
        self._base, self._new = contact, False
        self._set_dirty(False)

    def mark_unsaved(self) -> None:
        self._set_dirty(True)

    def _fill(
        self,
        *,
        at: datetime,
        zone: datetime,
        kind: ContactKind,
        place: str,
        personal: bool,
        may_read: bool,
        planned: bool,
        text: str,
    ) -> None:
        self._loading = True
        self._enable(True)
        self.at.set_value(at, zone.tzinfo)
        select_data(self.kind, kind.value)
        self.place.setText(place)
        self.place.setCursorPosition(0)  # a long place reads from its start
        (self.personal if personal else self.for_file).setChecked(True)
        self.may_read.setChecked(may_read)
        self.planned.setChecked(planned)
        self.text.setPlainText(text)
        self._loading = False

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.at,
            self.kind,
            self.place,
            self.for_file,
            self.personal,
            self.may_read,
            self.planned,
            self.text,
        ):
            widget.setEnabled(enabled)

    def value(self) -> Contact:
        summary = self.text.toPlainText().strip()
        return Contact(
            id=self._base.id if self._base is not None else new_id(),
            at=self.at.value(),
            kind=ContactKind(self.kind.currentData()),
            place=self.place.text().strip() or None,
            summary=summary or None,
            note_scope=NoteScope.PERSONAL if self.personal.isChecked() else NoteScope.FILE,
            client_may_read=self.may_read.isChecked(),
            planned=True if self.planned.isChecked() else None,
        )


class ContactsTab(QWidget):
    parts = frozenset({Part.CONTACTS})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._client_id = ""
        self._last_kind: ContactKind | None = None
        self._select_after_load = ""

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
        self.new_note_button.clicked.connect(self.new_note)
        self.delete_button = make_button(
            QCoreApplication.translate("ContactsTab", "Verwijd&eren…"),
            QCoreApplication.translate("ContactsTab", "Gekozen contactmoment verwijderen"),
            self,
        )
        self.delete_button.clicked.connect(self.delete_selected)

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
                ContactModel.COL_AT: ["00/00/0000 00:00 · gepland"],
                ContactModel.COL_KIND: list(contact_kind_labels().values()),
                ContactModel.COL_PLACE: ["Sociaal Huis Leiemeersen"],
                ContactModel.COL_SCOPE: list(note_scope_labels().values()),
                ContactModel.COL_MAY_READ: ["Nee"],
            },
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.editor = NoteEditor(self)
        self.editor.save_button.clicked.connect(self.save)
        self.editor.cancel_button.clicked.connect(self.cancel)

        # -- keys: Ctrl+S saves, Esc cancels, Insert and Delete in the list
        self.save_action = QAction(
            QCoreApplication.translate("ContactsTab", "Notitie bewaren"), self
        )
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.activated.connect(self.new_note)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

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
        layout.addWidget(splitter, 1)

        chain_tab_order(
            [
                self.show_filter,
                self.table,
                self.delete_button,
                self.new_note_button,
                self.editor.text,
            ]
        )
        self.clear()

    # ------------------------------------------------------------------ public

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        self._client_id = dossier.client.id
        keep = self._select_after_load or self._selected_id()
        self._select_after_load = ""
        now = self._clock.now()
        self.model.set_contacts(dossier.contacts, now)
        if self._last_kind is None:
            past = [c for c in dossier.contacts if c.at <= now]
            self._last_kind = max(past, key=lambda c: c.at).kind if past else None
        self._select_quietly(keep)
        if not self.editor.is_dirty() and not self.editor.is_new():
            contact = self.selected_contact()
            if contact is not None:
                self.editor.load(contact, now)
            else:
                self.editor.reset()
        self.new_note_button.setEnabled(True)
        self._update()

    def clear(self) -> None:
        self._client_id = ""
        self._select_after_load = ""
        self.model.clear()
        self.editor.reset()
        self.new_note_button.setEnabled(False)
        self._update()

    def commit_pending(self) -> None:
        """Hand a note with unsaved changes to the worker; the lock waits for it."""
        self.save_pending()

    def save_pending(self) -> None:
        """Save a note with unsaved changes in the worker (leaving it for another note)."""
        if self._client_id and self.editor.is_dirty():
            contact = self.editor.value()
            self.editor.mark_saved(contact)
            self._controller.save_contact(
                contact, failed=self._save_failed, client_id=self._client_id
            )

    def has_unsaved_note(self) -> bool:
        return self.editor.is_dirty()

    # ------------------------------------------------------------------ notes

    def new_note(self) -> None:
        if not self._client_id:
            return
        self.save_pending()
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)
        now = self._clock.now().replace(second=0, microsecond=0)
        self.editor.start_new(now, self._last_kind or ContactKind.CONVERSATION)
        self._update()

    def save(self) -> None:
        editor = self.editor
        if not self._client_id or not editor.is_active():
            return
        if not editor.is_dirty() and not editor.is_new():
            return
        contact = editor.value()
        self._last_kind = contact.kind
        self._select_after_load = contact.id
        editor.mark_saved(contact)
        editor.title.setText(
            QCoreApplication.translate("NoteEditor", "Notitie van {moment}").format(
                moment=format_moment(contact.at, self._clock.now().tzinfo)
            )
        )
        self._controller.save_contact(contact, failed=self._save_failed, client_id=self._client_id)

    def cancel(self) -> None:
        editor = self.editor
        if not editor.is_active():
            return
        if editor.is_dirty() and not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("ContactsTab", "Notitie niet bewaren?"),
            QCoreApplication.translate(
                "ContactsTab", "Wat u veranderde aan deze notitie gaat verloren. Toch annuleren?"
            ),
        ):
            return
        base = editor.base()
        if base is not None:
            editor.load(base, self._clock.now())
        else:
            editor.reset()
        self.table.setFocus()

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        contact: Contact = self.model.record_at(self.proxy.mapToSource(rows[0]).row())
        return contact

    def delete_selected(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("ContactsTab", "Contactmoment verwijderen"),
            QCoreApplication.translate(
                "ContactsTab", "Dit contactmoment en zijn notitie verwijderen uit het dossier?"
            ),
        ):
            return
        base = self.editor.base()
        if base is not None and base.id == contact.id:
            self.editor.reset()
        self._controller.delete_contact(contact.id)

    # ------------------------------------------------------------------ helpers

    def _save_failed(self, text: str) -> None:
        self.editor.mark_unsaved()
        self._dialogs.warn(
            self, QCoreApplication.translate("ContactsTab", "Notitie niet bewaard"), text
        )

    def _selection_changed(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            self._update()
            return
        base = self.editor.base()
        if base is not None and base.id == contact.id and self.editor.is_dirty():
            return
        self.save_pending()
        self.editor.load(contact, self._clock.now())
        self._update()

    def _selected_id(self) -> str:
        contact = self.selected_contact()
        return contact.id if contact is not None else ""

    def _select_quietly(self, contact_id: str) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        row = self.model.row_of(contact_id) if contact_id else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
        selection.blockSignals(False)

    def _filter_chosen(self) -> None:
        which = self.show_filter.currentData()
        self.proxy.set_show(which if isinstance(which, str) else ContactProxy.ALL)
        self._update()

    def _update(self) -> None:
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
