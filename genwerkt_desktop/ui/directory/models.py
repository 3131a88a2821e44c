"""The sociale kaart as Qt models: the organisations (read-only, filtered as you type)
and the contact persons of the organisation being edited (editable, one trusted contact
and one backup at a time)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from genwerkt_desktop.domain.model import ContactPerson, Organisation
from genwerkt_desktop.domain.text import fold

AnyIndex = QModelIndex | QPersistentModelIndex

# -- organisations

COL_NAME = 0
COL_SERVICES = 1
COL_PHONE = 2
COL_TRUSTED = 3
ORG_COLUMN_COUNT = 4

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3


def trusted_contact(org: Organisation) -> ContactPerson | None:
    return next((person for person in org.contacts if person.trusted), None)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class OrganisationTableModel(QAbstractTableModel):
    """One row per organisation: Naam, Aanbod, Telefoon, Bevoorrechte contactpersoon."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orgs: list[Organisation] = []

    def set_organisations(self, orgs: list[Organisation]) -> None:
        self.beginResetModel()
        self._orgs = list(orgs)
        self.endResetModel()

    def clear(self) -> None:
        self.set_organisations([])

    def organisation_at(self, row: int) -> Organisation:
        return self._orgs[row]

    def row_of(self, organisation_id: str) -> int:
        for row, org in enumerate(self._orgs):
            if org.id == organisation_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orgs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ORG_COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_TRUSTED:
            return QCoreApplication.translate(
                "OrganisationTableModel", "De bevoorrechte contactpersoon: wie u er eerst belt"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: QCoreApplication.translate("OrganisationTableModel", "Organisatie"),
            COL_SERVICES: QCoreApplication.translate("OrganisationTableModel", "Aanbod"),
            COL_PHONE: QCoreApplication.translate("OrganisationTableModel", "Telefoon"),
            COL_TRUSTED: QCoreApplication.translate("OrganisationTableModel", "Contactpersoon"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._orgs):
            return None
        org = self._orgs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(org, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SERVICES:
                return org.services or None
            return self._display(org, column) or None
        if role == ORG_ID_ROLE:
            return org.id
        if role == SORT_ROLE:
            return fold(self._display(org, column) or "")
        if role == FILTER_ROLE:
            return self._haystack(org)
        return None

    def _display(self, org: Organisation, column: int) -> str | None:
        if column == COL_NAME:
            return org.name
        if column == COL_SERVICES:
            return _one_line(org.services)
        if column == COL_PHONE:
            return org.phone or ""
        if column == COL_TRUSTED:
            person = trusted_contact(org)
            return person.name if person is not None else ""
        return None

    @staticmethod
    def _haystack(org: Organisation) -> str:
        """The same fields DirectoryService.search looks in."""
        parts = [org.name, org.services, org.entry_criteria, org.address]
        parts += [person.name for person in org.contacts]
        parts += [person.role for person in org.contacts]
        return fold(" ".join(part for part in parts if part))


class OrganisationFilterProxy(QSortFilterProxyModel):
    """Keeps the organisations in which every typed word appears; sorts by fold()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = str(model.index(source_row, COL_NAME, source_parent).data(FILTER_ROLE) or "")
        return all(word in haystack for word in self._words)


# -- contact persons

# The two marks sit next to the name, so they stay in sight in a narrow form.
COL_PERSON_NAME = 0
COL_PERSON_TRUSTED = 1
COL_PERSON_BACKUP = 2
COL_PERSON_ROLE = 3
COL_PERSON_PHONE = 4
COL_PERSON_EMAIL = 5
PERSON_COLUMN_COUNT = 6

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 11

_TEXT_FIELDS = {
    COL_PERSON_NAME: "name",
    COL_PERSON_ROLE: "role",
    COL_PERSON_PHONE: "phone",
    COL_PERSON_EMAIL: "email",
}
_MARK_FIELDS = {COL_PERSON_TRUSTED: "trusted", COL_PERSON_BACKUP: "backup"}


class ContactPersonModel(QAbstractTableModel):
    """Editable contact persons.  Ticking "bevoorrecht" or "reserve" moves that mark:
    the organisation keeps one of each, and nobody is their own backup."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[ContactPerson] = []

    # -- content

    def set_people(self, people: tuple[ContactPerson, ...] | list[ContactPerson]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def clear(self) -> None:
        self.set_people([])

    def people(self) -> list[ContactPerson]:
        return list(self._people)

    def person_at(self, row: int) -> ContactPerson:
        return self._people[row]

    def add_person(self, person: ContactPerson) -> int:
        row = len(self._people)
        self.beginInsertRows(QModelIndex(), row, row)
        self._people.append(person)
        self.endInsertRows()
        return row

    def remove_person(self, row: int) -> None:
        if not 0 <= row < len(self._people):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._people[row]
        self.endRemoveRows()

    def set_mark(self, row: int, column: int, on: bool) -> bool:
        """Give (or take) the trusted or backup mark; giving it takes it from the others."""
        field = _MARK_FIELDS.get(column)
        if field is None or not 0 <= row < len(self._people):
            return False
        other = "backup" if field == "trusted" else "trusted"
        for index, person in enumerate(self._people):
            if index == row:
                changes: dict[str, Any] = {field: True if on else None}
                if on:
                    changes[other] = None
                updated = replace(person, **changes)
            elif on and getattr(person, field):
                updated = replace(person, **{field: None})
            else:
                continue
            if updated != person:
                self._people[index] = updated
                self.dataChanged.emit(
                    self.index(index, COL_PERSON_TRUSTED),
                    self.index(index, COL_PERSON_BACKUP),
                    [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DisplayRole],
                )
        return True

    # -- Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PERSON_COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_PERSON_NAME: QCoreApplication.translate("ContactPersonModel", "Naam"),
                COL_PERSON_ROLE: QCoreApplication.translate("ContactPersonModel", "Functie"),
                COL_PERSON_PHONE: QCoreApplication.translate("ContactPersonModel", "Telefoon"),
                COL_PERSON_EMAIL: QCoreApplication.translate("ContactPersonModel", "E-mail"),
                COL_PERSON_TRUSTED: QCoreApplication.translate("ContactPersonModel", "Bevoorrecht"),
                COL_PERSON_BACKUP: QCoreApplication.translate("ContactPersonModel", "Reserve"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_PERSON_TRUSTED: QCoreApplication.translate(
                    "ContactPersonModel", "De vaste, vertrouwde contactpersoon: maximaal één."
                ),
                COL_PERSON_BACKUP: QCoreApplication.translate(
                    "ContactPersonModel", "Wie overneemt als die er niet is: maximaal één."
                ),
            }.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in _MARK_FIELDS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == PERSON_ID_ROLE:
            return person.id
        if column in _TEXT_FIELDS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return getattr(person, _TEXT_FIELDS[column]) or ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return getattr(person, _TEXT_FIELDS[column]) or None
            return None
        marked = bool(getattr(person, _MARK_FIELDS[column]))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if marked:
                return QCoreApplication.translate("ContactPersonModel", "ja")
            return QCoreApplication.translate("ContactPersonModel", "nee")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return False
        column = index.column()
        if column in _MARK_FIELDS and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self.set_mark(index.row(), column, checked)
        if column in _TEXT_FIELDS and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            person = self._people[index.row()]
            field = _TEXT_FIELDS[column]
            new_value: str | None = text if (text or field == "name") else None
            if getattr(person, field) == new_value:
                return False
            self._people[index.row()] = replace(person, **{field: new_value})
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            return True
        return False
