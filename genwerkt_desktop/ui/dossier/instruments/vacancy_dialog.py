"""A vacancy read together: each requirement held against what the client brings, a
conclusion and the client's own words; the client's strengths at hand beside the form."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import RequirementMatch, VacancyConclusion
from genwerkt_desktop.domain.instruments import Requirement, Vacancy
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dossier.forms import FormDialog, clean_text, select_data
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    hint_label,
    make_button,
    plain_text_field,
    section_title,
)

from .labels import conclusion_labels, match_labels
from .side_by_side import beside_form


class RequirementRow(QWidget):
    """One thing the vacancy asks: the words, does the client have it, a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(QCoreApplication.translate("VacancyDialog", "Wat ze vragen"))
        self.text.setAccessibleName(QCoreApplication.translate("VacancyDialog", "Eis"))
        self.match = QComboBox(self)
        self.match.setAccessibleName(
            QCoreApplication.translate("VacancyDialog", "Heeft de cliënt dit")
        )
        self.match.addItem(QCoreApplication.translate("VacancyDialog", "—"), "")
        for value, label in match_labels().items():
            self.match.addItem(label, value.value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            QCoreApplication.translate("VacancyDialog", "Notitie: wat brengt de cliënt mee?")
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("VacancyDialog", "Notitie bij de eis")
        )
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("VacancyDialog", "Deze eis weghalen"))
        self.remove.setAccessibleName(QCoreApplication.translate("VacancyDialog", "Eis weghalen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.text, 4)
        layout.addWidget(self.match, 0)
        layout.addWidget(self.note, 5)
        layout.addWidget(self.remove, 0)

    def set_value(self, requirement: Requirement) -> None:
        self.text.setText(requirement.text)
        select_data(self.match, requirement.client_has.value if requirement.client_has else "")
        self.note.setText(requirement.note or "")
        for field in (self.text, self.note):
            field.setCursorPosition(0)  # the start of the words shows, not their end

    def value(self) -> Requirement | None:
        text = clean_text(self.text.text())
        if text is None:
            return None
        chosen = str(self.match.currentData() or "")
        return Requirement(
            text=text,
            client_has=RequirementMatch(chosen) if chosen else None,
            note=clean_text(self.note.text()),
        )


class StrengthList(QListWidget):
    """The client's strengths: a click, Enter or Space hands one to the dialog (and Enter
    never saves the dialog from here)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemClicked.connect(self._emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None:
                self._emit(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def _emit(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class VacancyDialog(FormDialog):
    """``strengths``: (life domain, text) of every strength noted in the dossier."""

    def __init__(
        self,
        existing: Vacancy | None,
        strengths: Sequence[tuple[str, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("VacancyDialog", "Vacature"),
            QCoreApplication.translate("VacancyDialog", "Een vacature samen lezen"),
            QCoreApplication.translate(
                "VacancyDialog",
                "Neem de eisen één voor één door en leg ze naast wat de cliënt al kan en "
                "heeft. Wat de cliënt zelf besluit, telt.",
            ),
            parent,
        )
        self._existing = existing
        self._id = existing.id if existing is not None else new_id()  # one id, however often asked
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 185)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(QCoreApplication.translate("VacancyDialog", "Functie"))
        self.title.textChanged.connect(self._update)
        self.employer = QLineEdit(self)
        self.employer.setAccessibleName(QCoreApplication.translate("VacancyDialog", "Werkgever"))
        self.read_on = DateField(
            QCoreApplication.translate("VacancyDialog", "Samen gelezen op"), parent=self
        )

        self.rows: list[RequirementRow] = []
        holder = QWidget(self)
        self._rows_layout = QVBoxLayout(holder)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self._rows_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(holder)
        self._scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.add_button = make_button(
            QCoreApplication.translate("VacancyDialog", "&Eis toevoegen"),
            QCoreApplication.translate("VacancyDialog", "Eis toevoegen"),
            self,
        )
        self.add_button.clicked.connect(lambda: self.add_requirement(focus=True))
        requirements = QWidget(self)
        column = QVBoxLayout(requirements)
        column.setContentsMargins(0, 0, 0, 0)
        heads = QHBoxLayout()
        heads.setSpacing(8)
        for text, stretch in (
            (QCoreApplication.translate("VacancyDialog", "Wat ze vragen"), 4),
            (QCoreApplication.translate("VacancyDialog", "Heeft de cliënt dit?"), 0),
            (QCoreApplication.translate("VacancyDialog", "Notitie"), 5),
        ):
            heads.addWidget(hint_label(text, requirements, muted=True), stretch)
        heads.addSpacing(self.fontMetrics().averageCharWidth() * 5)
        column.addLayout(heads)
        column.addWidget(self._scroll, 1)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.conclusion = QComboBox(self)
        self.conclusion.setAccessibleName(QCoreApplication.translate("VacancyDialog", "Besluit"))
        self.conclusion.addItem(QCoreApplication.translate("VacancyDialog", "Nog niet beslist"), "")
        for value, label in conclusion_labels().items():
            self.conclusion.addItem(label, value.value)
        self.client_words = plain_text_field(
            QCoreApplication.translate("VacancyDialog", "In de woorden van de cliënt"), self, 2
        )
        rows = (
            (QCoreApplication.translate("VacancyDialog", "&Functie"), self.title),
            (QCoreApplication.translate("VacancyDialog", "&Werkgever"), self.employer),
            (QCoreApplication.translate("VacancyDialog", "Samen gelezen &op"), self.read_on),
            (QCoreApplication.translate("VacancyDialog", "E&isen"), requirements),
            (QCoreApplication.translate("VacancyDialog", "Be&sluit"), self.conclusion),
            (QCoreApplication.translate("VacancyDialog", "&Cliënt zegt"), self.client_words),
        )
        for label, field in rows:
            target = self.add_button if field is requirements else field
            self.form.addRow(buddy_label(label, target, self), field)

        # -- the client's strengths, at hand
        panel = QWidget(self)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(
            section_title(QCoreApplication.translate("VacancyDialog", "Sterktes"), panel)
        )
        side.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "VacancyDialog",
                    "Uit de levensdomeinen. Klik er een aan (of Enter): ze komt bij de notitie "
                    "van de eis waar u het laatst stond, of bij wat de cliënt zegt.",
                ),
                panel,
                muted=True,
            )
        )
        self.strengths = StrengthList(panel)
        self.strengths.setAccessibleName(
            QCoreApplication.translate("VacancyDialog", "Sterktes van de cliënt")
        )
        self.strengths.setWordWrap(True)
        self.strengths.setSpacing(5)
        for domain, text in strengths:
            item = QListWidgetItem(f"{domain} · {text}", self.strengths)
            item.setData(Qt.ItemDataRole.UserRole, text)
        if not strengths:
            side.addWidget(
                hint_label(
                    QCoreApplication.translate(
                        "VacancyDialog", "Nog geen sterktes genoteerd bij de levensdomeinen."
                    ),
                    panel,
                    muted=True,
                )
            )
        self.strengths.chosen.connect(self.add_strength)
        side.addWidget(self.strengths, 1)
        beside_form(self, panel, (5, 2))

        self._target: QLineEdit | QPlainTextEdit = self.client_words
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

        if existing is not None:
            self.title.setText(existing.title)
            self.employer.setText(existing.employer or "")
            self.read_on.set_value(existing.read_on, today)
            for requirement in existing.requirements:
                self.add_requirement().set_value(requirement)
            select_data(self.conclusion, existing.conclusion.value if existing.conclusion else "")
            self.client_words.setPlainText(existing.client_words or "")
        else:
            self.read_on.set_value(today)
        if not self.rows:
            self.add_requirement()
        self._update()
        self.title.setFocus()

    # ------------------------------------------------------------------ requirements

    def add_requirement(self, *, focus: bool = False) -> RequirementRow:
        row = RequirementRow(self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        if focus:
            row.text.setFocus()
            self._scroll.ensureWidgetVisible(row)
        return row

    def _remove(self, row: RequirementRow) -> None:
        if self._target is row.note:
            self._target = self.client_words
        self.rows.remove(row)
        row.hide()
        row.deleteLater()

    # ------------------------------------------------------------------ strengths

    def target(self) -> QLineEdit | QPlainTextEdit:
        """Where a chosen strength goes: the note last typed in, or the client's words."""
        return self._target

    def choose_target(self, field: QLineEdit | QPlainTextEdit) -> None:
        self._target = field

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.client_words:
            self._target = self.client_words
            return
        for row in self.rows:
            if new in (row.note, row.text, row.match):
                self._target = row.note
                return

    def add_strength(self, strength: str) -> None:
        """Add ``strength`` to the target field, once (a second click adds nothing)."""
        target = self._target
        if isinstance(target, QLineEdit):
            now = target.text().strip()
            if strength not in now:
                target.setText(f"{now}; {strength}" if now else strength)
        else:
            now = target.toPlainText().strip()
            if strength not in now:
                target.setPlainText(f"{now}\n{strength}" if now else strength)

    # ------------------------------------------------------------------ the record

    def is_valid(self) -> bool:
        return bool(self.title.text().strip())

    def value(self) -> Vacancy:
        chosen = str(self.conclusion.currentData() or "")
        requirements = tuple(r for r in (row.value() for row in self.rows) if r is not None)
        return Vacancy(
            id=self._id,
            title=self.title.text().strip(),
            employer=clean_text(self.employer.text()),
            read_on=self.read_on.value(),
            requirements=requirements,
            conclusion=VacancyConclusion(chosen) if chosen else None,
            client_words=clean_text(self.client_words.toPlainText()),
        )

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # already let go
                app.focusChanged.disconnect(self._focus_moved)
        super().done(result)
