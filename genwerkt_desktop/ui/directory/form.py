"""The detail form of one organisation: what it offers, how to reach it, its people."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import ContactPerson, Organisation
from genwerkt_desktop.services.dossier_edits import new_id

from .models import (
    COL_PERSON_BACKUP,
    COL_PERSON_EMAIL,
    COL_PERSON_NAME,
    COL_PERSON_PHONE,
    COL_PERSON_ROLE,
    COL_PERSON_TRUSTED,
    ContactPersonModel,
)


class GrowingTextEdit(QPlainTextEdit):
    """A text box as tall as its text (two to ten lines): the form scrolls, not the box."""

    MIN_LINES = 2
    MAX_LINES = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        # QPlainTextEdit's document height is counted in lines (visual, after wrapping).
        lines = int(self.document().documentLayout().documentSize().height())
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines))
        frame = 2 * self.frameWidth()
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + 2 * int(self.document().documentMargin())
            + frame
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
            + 6
        )
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _clean(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


class OrganisationForm(QWidget):
    """Shows one organisation for editing; says ``edited`` on every change by the coach."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationForm")
        self._organisation_id = ""
        self._filling = False

        self.name = QLineEdit(self)
        self.services = self._text_box()
        self.entry_criteria = self._text_box()
        self.way_of_working = self._text_box()
        self.stopping_consequences = self._text_box()
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.opening_hours = QLineEdit(self)
        self.name_problem = QLabel(self)
        self.name_problem.setObjectName("errorText")
        self.name_problem.setWordWrap(True)
        self.name_problem.hide()
        about = self._about_group()
        reach = self._reach_group()
        people = self._people_group()

        content = QWidget()
        content.setObjectName("formContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)
        content_layout.setSpacing(12)
        content_layout.addWidget(about)
        content_layout.addWidget(reach)
        content_layout.addWidget(people)
        content_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        order: list[QWidget] = [
            self.name,
            self.services,
            self.entry_criteria,
            self.way_of_working,
            self.stopping_consequences,
            self.address,
            self.phone,
            self.email,
            self.website,
            self.opening_hours,
            self.people_table,
            self.add_person_button,
            self.edit_person_button,
            self.remove_person_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.first_widget: QWidget = order[0]
        self.last_widget: QWidget = order[-1]

        for line in (self.name, self.address, self.phone, self.email, self.website):
            line.textEdited.connect(self._changed)
        self.opening_hours.textEdited.connect(self._changed)
        for box in self._text_boxes():
            box.textChanged.connect(self._changed)
        self.people_model.dataChanged.connect(self._changed)
        self.people_model.rowsInserted.connect(self._changed)
        self.people_model.rowsRemoved.connect(self._changed)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        self.people_table.selectionModel().currentChanged.connect(self._update_person_buttons)
        self.people_model.modelReset.connect(self._update_person_buttons)
        self.people_model.rowsRemoved.connect(self._update_person_buttons)
        self._update_person_buttons()

    # -- the three groups

    def _about_group(self) -> QGroupBox:
        """What the organisation offers, for whom, how, and what stopping costs."""
        about = QGroupBox(QCoreApplication.translate("OrganisationForm", "Over de organisatie"))
        form = QFormLayout(about)
        rows: tuple[tuple[QWidget, str, str, str], ...] = (
            (
                self.name,
                QCoreApplication.translate("OrganisationForm", "Naa&m"),
                QCoreApplication.translate("OrganisationForm", "Naam"),
                "",
            ),
            (
                self.services,
                QCoreApplication.translate("OrganisationForm", "&Aanbod"),
                QCoreApplication.translate("OrganisationForm", "Aanbod: wat ze doen"),
                QCoreApplication.translate(
                    "OrganisationForm", "Wat kan iemand hier krijgen of leren?"
                ),
            ),
            (
                self.entry_criteria,
                QCoreApplication.translate("OrganisationForm", "Wie kan er te&recht"),
                QCoreApplication.translate("OrganisationForm", "Wie kan er terecht"),
                QCoreApplication.translate(
                    "OrganisationForm", "Voor wie is het bedoeld, wat is nodig om te starten?"
                ),
            ),
            (
                self.way_of_working,
                QCoreApplication.translate("OrganisationForm", "Wer&kwijze"),
                QCoreApplication.translate("OrganisationForm", "Werkwijze"),
                QCoreApplication.translate(
                    "OrganisationForm", "Hoe verloopt een begeleiding daar, wat wordt verwacht?"
                ),
            ),
            (
                self.stopping_consequences,
                QCoreApplication.translate("OrganisationForm", "Als de cliënt &stopt"),
                QCoreApplication.translate(
                    "OrganisationForm", "Wat er gebeurt als de cliënt stopt"
                ),
                QCoreApplication.translate(
                    "OrganisationForm", "Verliest de cliënt iets als hij of zij afhaakt?"
                ),
            ),
        )
        self._add_rows(form, rows)
        form.insertRow(1, "", self.name_problem)
        return about

    def _reach_group(self) -> QGroupBox:
        """Where and when the organisation can be reached."""
        reach = QGroupBox(QCoreApplication.translate("OrganisationForm", "Bereikbaarheid"))
        rows: tuple[tuple[QWidget, str, str, str], ...] = (
            (
                self.address,
                QCoreApplication.translate("OrganisationForm", "Adr&es"),
                QCoreApplication.translate("OrganisationForm", "Adres"),
                "",
            ),
            (
                self.phone,
                QCoreApplication.translate("OrganisationForm", "Te&lefoon"),
                QCoreApplication.translate("OrganisationForm", "Telefoon"),
                "",
            ),
            (
                self.email,
                QCoreApplication.translate("OrganisationForm", "E-ma&il"),
                QCoreApplication.translate("OrganisationForm", "E-mail"),
                "",
            ),
            (
                self.website,
                QCoreApplication.translate("OrganisationForm", "&Website"),
                QCoreApplication.translate("OrganisationForm", "Website"),
                "",
            ),
            (
                self.opening_hours,
                QCoreApplication.translate("OrganisationForm", "Openings&uren"),
                QCoreApplication.translate("OrganisationForm", "Openingsuren"),
                QCoreApplication.translate("OrganisationForm", "bv. ma–vr 9–12 u"),
            ),
        )
        self._add_rows(QFormLayout(reach), rows)
        return reach

    def _people_group(self) -> QGroupBox:
        """The contact persons, edited in the table itself."""
        # The title's mnemonic puts the focus in the table, the group's first child.
        people = QGroupBox(QCoreApplication.translate("OrganisationForm", "&Contactpersonen"))
        self.people_model = ContactPersonModel(self)
        self.people_table = QTableView(people)
        self.people_table.setObjectName("peopleTable")
        self.people_table.setModel(self.people_model)
        self.people_table.setAccessibleName(
            QCoreApplication.translate("OrganisationForm", "Contactpersonen")
        )
        self.people_table.setAccessibleDescription(
            QCoreApplication.translate(
                "OrganisationForm",
                "F2 past een cel aan; spatie zet of haalt het vinkje bevoorrecht of reserve.",
            )
        )
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setShowGrid(False)
        self.people_table.setWordWrap(False)
        self.people_table.verticalHeader().hide()
        self.people_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() + 16
        )
        header = self.people_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (COL_PERSON_NAME, COL_PERSON_TRUSTED, COL_PERSON_BACKUP, COL_PERSON_PHONE):
            header.setSectionResizeMode(column, fit)
        # Role and e-mail share what is left; a cut-off text shows whole in its tooltip.
        header.setSectionResizeMode(COL_PERSON_ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PERSON_EMAIL, QHeaderView.ResizeMode.Stretch)
        self.people_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 8)
        self.people_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        people_hint = QLabel(
            QCoreApplication.translate(
                "OrganisationForm",
                "Eén bevoorrechte contactpersoon en één reserve per organisatie: een nieuw "
                "vinkje neemt de plaats van het vorige in. Spatie zet een vinkje, "
                "F2 of dubbelklikken past een cel aan.",
            ),
            people,
        )
        people_hint.setObjectName("hintText")
        people_hint.setWordWrap(True)
        self.add_person_button = QPushButton(
            QCoreApplication.translate("OrganisationForm", "Persoon toe&voegen"), people
        )
        self.edit_person_button = QPushButton(
            QCoreApplication.translate("OrganisationForm", "Aan&passen"), people
        )
        self.remove_person_button = QPushButton(
            QCoreApplication.translate("OrganisationForm", "We&glaten"), people
        )
        self.add_person_button.setAccessibleName(
            QCoreApplication.translate("OrganisationForm", "Contactpersoon toevoegen")
        )
        self.edit_person_button.setAccessibleName(
            QCoreApplication.translate("OrganisationForm", "Contactpersoon aanpassen")
        )
        self.remove_person_button.setAccessibleName(
            QCoreApplication.translate("OrganisationForm", "Contactpersoon weglaten")
        )
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.add_person_button)
        person_buttons.addWidget(self.edit_person_button)
        person_buttons.addWidget(self.remove_person_button)
        person_buttons.addStretch(1)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.people_table)
        people_layout.addLayout(person_buttons)
        people_layout.addWidget(people_hint)

        return people

    def _add_rows(self, form: QFormLayout, rows: tuple[tuple[QWidget, str, str, str], ...]) -> None:
        """Each field with its label, the name a screen reader says, and an example."""
        for field, label, accessible, example in rows:
            field.setAccessibleName(accessible)
            if example and isinstance(field, QLineEdit | QPlainTextEdit):
                field.setPlaceholderText(example)
            self._add_row(form, label, field)

    # -- building blocks

    def _text_box(self) -> QPlainTextEdit:
        box = GrowingTextEdit(self)
        return box

    def _text_boxes(self) -> tuple[QPlainTextEdit, ...]:
        return (
            self.services,
            self.entry_criteria,
            self.way_of_working,
            self.stopping_consequences,
        )

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    # -- content

    def set_organisation(self, org: Organisation) -> None:
        self._filling = True
        try:
            self._organisation_id = org.id
            self.name.setText(org.name)
            self.services.setPlainText(org.services or "")
            self.entry_criteria.setPlainText(org.entry_criteria or "")
            self.way_of_working.setPlainText(org.way_of_working or "")
            self.stopping_consequences.setPlainText(org.stopping_consequences or "")
            for line, value in (
                (self.address, org.address),
                (self.phone, org.phone),
                (self.email, org.email),
                (self.website, org.website),
                (self.opening_hours, org.opening_hours),
            ):
                line.setText(value or "")
                line.setCursorPosition(0)  # show the start of a long address
            self.people_model.set_people(org.contacts)
            self.show_name_problem("")
        finally:
            self._filling = False
        self.scroll.verticalScrollBar().setValue(0)

    def organisation(self) -> Organisation:
        """What the form holds now; people left entirely blank are dropped."""
        people = tuple(
            person
            for person in self.people_model.people()
            if any((person.name.strip(), person.role, person.phone, person.email))
        )
        return Organisation(
            id=self._organisation_id,
            name=self.name.text().strip(),
            services=_clean(self.services.toPlainText()),
            entry_criteria=_clean(self.entry_criteria.toPlainText()),
            way_of_working=_clean(self.way_of_working.toPlainText()),
            stopping_consequences=_clean(self.stopping_consequences.toPlainText()),
            address=_clean(self.address.text()),
            phone=_clean(self.phone.text()),
            email=_clean(self.email.text()),
            website=_clean(self.website.text()),
            opening_hours=_clean(self.opening_hours.text()),
            contacts=people,
        )

    def organisation_id(self) -> str:
        return self._organisation_id

    def problem(self) -> str | None:
        """Why the form cannot be saved yet, in a sentence; None when it can."""
        org = self.organisation()
        if not org.name:
            return QCoreApplication.translate(
                "OrganisationForm", "Geef de organisatie eerst een naam."
            )
        if any(not person.name.strip() for person in org.contacts):
            return QCoreApplication.translate(
                "OrganisationForm", "Elke contactpersoon heeft een naam nodig."
            )
        return None

    def show_name_problem(self, text: str) -> None:
        self.name_problem.setText(text)
        self.name_problem.setVisible(bool(text))

    def clear(self) -> None:
        self._filling = True
        try:
            self._organisation_id = ""
            for line in (
                self.name,
                self.address,
                self.phone,
                self.email,
                self.website,
                self.opening_hours,
            ):
                line.clear()
            for box in self._text_boxes():
                box.clear()
            self.people_model.clear()
            self.show_name_problem("")
        finally:
            self._filling = False

    # -- contact persons

    def add_person(self) -> None:
        row = self.people_model.add_person(ContactPerson(id=new_id(), name=""))
        index = self.people_model.index(row, COL_PERSON_NAME)
        self.people_table.setFocus()
        self.people_table.setCurrentIndex(index)
        self.people_table.edit(index)

    def edit_person(self) -> None:
        current = self.people_table.currentIndex()
        if not current.isValid():
            return
        if current.column() in (COL_PERSON_TRUSTED, COL_PERSON_BACKUP):
            current = current.siblingAtColumn(COL_PERSON_NAME)
        self.people_table.setFocus()
        self.people_table.setCurrentIndex(current)
        self.people_table.edit(current)

    def remove_person(self) -> None:
        current = self.people_table.currentIndex()
        if not current.isValid():
            return
        row = current.row()
        self.people_model.remove_person(row)
        remaining = self.people_model.rowCount()
        if remaining:
            index = self.people_model.index(min(row, remaining - 1), current.column())
            self.people_table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.people_table.setFocus()
        else:
            self.add_person_button.setFocus()

    def finish_editing(self) -> None:
        """Hand a cell that is being typed in to the model, as leaving the cell would."""
        index = self.people_table.currentIndex()
        editor = self.people_table.indexWidget(index) if index.isValid() else None
        if editor is None:
            return
        delegate = self.people_table.itemDelegateForIndex(index)
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _update_person_buttons(self, *_args: object) -> None:
        has_current = self.people_table.currentIndex().isValid()
        self.edit_person_button.setEnabled(has_current)
        self.remove_person_button.setEnabled(has_current)

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()
