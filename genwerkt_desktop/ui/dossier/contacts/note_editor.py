"""The fields of one contact note, and whether they hold unsaved changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import ContactKind, NoteScope
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateTimeField,
    buddy_label,
    chain_tab_order,
    format_moment,
    make_button,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import contact_kind_labels


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
