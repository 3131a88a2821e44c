"""The growing parts of a meeting form: participants, and themes with their agreements.

Rows of fields rather than a table: a meeting has a handful of each, and typing in plain
fields is calmer than editing cells.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Agreement, Participant, Theme
from genwerkt_desktop.ui.dossier.forms import select_data
from genwerkt_desktop.ui.widgets.fields import DateField, make_button, plain_text_field

from .org_choice import OrganisationChoice

Row = TypeVar("Row", bound="_RemovableRow")


def _clean(text: str) -> str | None:
    return text.strip() or None


def _remove_button(parent: QWidget, name: str) -> QPushButton:
    """A word, as wide as it needs: a "✕" squeezed to a fixed width was a blank button
    once the stylesheet's padding took its room (issue 16)."""
    button = make_button(QCoreApplication.translate("MeetingParts", "Weghalen"), name, parent)
    button.setToolTip(name)
    return button


class _RemovableRow(Protocol):
    remove: QPushButton

    def setFocus(self) -> None: ...

    def deleteLater(self) -> None: ...


class _RowList(QWidget, Generic[Row]):
    """Rows one under the other, an add button below; each row's Weghalen removes it."""

    def __init__(
        self, make_row: Callable[[], Row], add_text: str, add_tip: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.items: list[Row] = []
        self._list = QVBoxLayout()
        self.add_button = make_button(add_text, add_tip, self)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.addLayout(self._list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def add_row(self) -> Row:
        row = self._make_row()
        row.remove.clicked.connect(lambda: self._remove(row))
        self.items.append(row)
        self._list.addWidget(cast(QWidget, row))
        return row

    def _remove(self, row: Row) -> None:
        self.items.remove(row)
        row.deleteLater()


class ParticipantRow(QWidget):
    def __init__(self, choice: OrganisationChoice, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(
            QCoreApplication.translate("MeetingParts", "Naam van de deelnemer")
        )
        self.name.setPlaceholderText(QCoreApplication.translate("MeetingParts", "naam"))
        self.organisation: QComboBox = choice.combo(
            self,
            QCoreApplication.translate("MeetingParts", "Organisatie van de deelnemer"),
            none_text=QCoreApplication.translate("MeetingParts", "(geen dienst)"),
        )
        self.role = QLineEdit(self)
        self.role.setAccessibleName(QCoreApplication.translate("MeetingParts", "Rol of mandaat"))
        self.role.setPlaceholderText(QCoreApplication.translate("MeetingParts", "rol of mandaat"))
        self.remove = _remove_button(
            self, QCoreApplication.translate("MeetingParts", "Deelnemer weghalen")
        )
        # The service list no longer sets the row's width from its longest name: the
        # name and the role ("coördinator") keep room to be read (issue 16).
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation.setMinimumContentsLength(12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 2)
        row.addWidget(self.organisation, 2)
        row.addWidget(self.role, 2)
        row.addWidget(self.remove)

    def set_value(self, person: Participant) -> None:
        self.name.setText(person.name)
        select_data(self.organisation, person.organisation_id or "")
        self.role.setText(person.role or "")

    def value(self) -> Participant | None:
        name = self.name.text().strip()
        if not name:
            return None
        return Participant(
            name=name,
            organisation_id=self.organisation.currentData() or None,
            role=_clean(self.role.text()),
        )


class ParticipantsEditor(_RowList["ParticipantRow"]):
    def __init__(self, choice: OrganisationChoice, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda: ParticipantRow(choice, self),
            QCoreApplication.translate("MeetingParts", "&Deelnemer toevoegen"),
            QCoreApplication.translate("MeetingParts", "Deelnemer toevoegen"),
            parent,
        )

    def add(self, person: Participant | None = None) -> ParticipantRow:
        row = self.add_row()
        if person is not None:
            row.set_value(person)
        row.name.setFocus()
        return row

    def set_participants(self, people: tuple[Participant, ...]) -> None:
        for person in people:
            self.add(person)

    def participants(self) -> tuple[Participant, ...]:
        return tuple(p for p in (row.value() for row in self.items) if p is not None)


class AgreementRow(QWidget):
    def __init__(self, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.what = QLineEdit(self)
        self.what.setAccessibleName(
            QCoreApplication.translate("MeetingParts", "Wat is afgesproken")
        )
        self.what.setPlaceholderText(QCoreApplication.translate("MeetingParts", "wat"))
        self.who = QLineEdit(self)
        self.who.setAccessibleName(QCoreApplication.translate("MeetingParts", "Wie doet het"))
        self.who.setPlaceholderText(QCoreApplication.translate("MeetingParts", "wie"))
        self.due_on = DateField(
            QCoreApplication.translate("MeetingParts", "Tegen wanneer"), optional=True, parent=self
        )
        self.due_on.set_value(None, fallback=today)
        self.agrees = QCheckBox(QCoreApplication.translate("MeetingParts", "cliënt akkoord"), self)
        self.remove = _remove_button(
            self, QCoreApplication.translate("MeetingParts", "Afspraak weghalen")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.what, 4)
        row.addWidget(self.who, 2)
        row.addWidget(self.due_on)
        row.addWidget(self.agrees)
        row.addWidget(self.remove)

    def set_value(self, agreement: Agreement) -> None:
        self.what.setText(agreement.what)
        self.who.setText(agreement.who or "")
        self.due_on.set_value(agreement.due_on)
        self.agrees.setChecked(bool(agreement.client_agrees))

    def value(self) -> Agreement | None:
        what = self.what.text().strip()
        if not what:
            return None
        return Agreement(
            what=what,
            who=_clean(self.who.text()),
            due_on=self.due_on.value(),
            client_agrees=self.agrees.isChecked(),
        )


class ThemeBox(QFrame):
    """One theme: its title, what the client thinks of it, and the agreements on it."""

    def __init__(self, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = today
        self.title = QLineEdit(self)
        self.title.setAccessibleName(QCoreApplication.translate("MeetingParts", "Thema"))
        self.title.setPlaceholderText(
            QCoreApplication.translate("MeetingParts", "thema, bv. wonen of schulden")
        )
        self.client_view = plain_text_field(
            QCoreApplication.translate("MeetingParts", "Wat de cliënt erover denkt"), self, lines=2
        )
        self.client_view.setPlaceholderText(
            QCoreApplication.translate(
                "MeetingParts", "wat de cliënt erover denkt, in eigen woorden"
            )
        )
        self.remove = _remove_button(
            self, QCoreApplication.translate("MeetingParts", "Thema weghalen")
        )
        self.agreements: list[AgreementRow] = []
        self._rows = QVBoxLayout()
        self.add_agreement = make_button(
            QCoreApplication.translate("MeetingParts", "Afspraak toevoegen"),
            QCoreApplication.translate("MeetingParts", "Afspraak bij dit thema toevoegen"),
            self,
        )
        self.add_agreement.clicked.connect(lambda: self.add())
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.remove, 0, 1)
        grid.addWidget(self.client_view, 1, 0, 1, 2)
        grid.addLayout(self._rows, 2, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_agreement)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)

    def add(self, agreement: Agreement | None = None) -> AgreementRow:
        row = AgreementRow(self._today, self)
        if agreement is not None:
            row.set_value(agreement)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.agreements.append(row)
        self._rows.addWidget(row)
        return row

    def _remove(self, row: AgreementRow) -> None:
        self.agreements.remove(row)
        row.deleteLater()

    def set_value(self, theme: Theme) -> None:
        self.title.setText(theme.title)
        self.client_view.setPlainText(theme.client_view or "")
        for agreement in theme.agreements:
            self.add(agreement)

    def value(self) -> Theme | None:
        title = self.title.text().strip()
        if not title:
            return None
        return Theme(
            title=title,
            client_view=_clean(self.client_view.toPlainText()),
            agreements=tuple(a for a in (row.value() for row in self.agreements) if a),
        )


class ThemesEditor(_RowList["ThemeBox"]):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda: ThemeBox(today, self),
            QCoreApplication.translate("MeetingParts", "&Thema toevoegen"),
            QCoreApplication.translate("MeetingParts", "Thema toevoegen"),
            parent,
        )

    def add(self, theme: Theme | None = None) -> ThemeBox:
        box = self.add_row()
        if theme is not None:
            box.set_value(theme)
        box.title.setFocus()
        return box

    def set_themes(self, themes: tuple[Theme, ...]) -> None:
        for theme in themes:
            self.add(theme)

    def themes(self) -> tuple[Theme, ...]:
        return tuple(t for t in (box.value() for box in self.items) if t is not None)
