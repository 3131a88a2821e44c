"""Pick an organisation from the sociale kaart for the ecogram: type to narrow the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.fields import buddy_label, hint_label
from genwerkt_desktop.ui.worker import TaskRunner


class OrganisationListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Organisation] = []

    def set_items(self, items: list[Organisation]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda o: o.name.casefold())
        self.endResetModel()

    def organisation(self, row: int) -> Organisation | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        org = self.organisation(index.row())
        if org is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return org.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return org.services or None
        return None


class OrganisationPicker(QDialog):
    """``search(text)`` answers the typed words (the directory service's search); it runs
    in the worker, and only the answer to the newest words is shown."""

    def __init__(
        self,
        search: Callable[[str], list[Organisation]],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = Operations(runner, self)
        self.setWindowTitle(
            QCoreApplication.translate("OrganisationPicker", "Organisatie uit de sociale kaart")
        )
        self._search = search
        self.query = QLineEdit(self)
        self.query.setAccessibleName(
            QCoreApplication.translate("OrganisationPicker", "Zoek een organisatie")
        )
        self.query.setPlaceholderText(
            QCoreApplication.translate("OrganisationPicker", "Naam, aanbod of contactpersoon")
        )
        self.model = OrganisationListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(
            QCoreApplication.translate("OrganisationPicker", "Organisaties")
        )
        self.empty = hint_label(
            QCoreApplication.translate(
                "OrganisationPicker",
                "Niets gevonden. Voeg de organisatie eerst toe aan de sociale kaart.",
            ),
            self,
            muted=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("OrganisationPicker", "&Toevoegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            buddy_label(
                QCoreApplication.translate("OrganisationPicker", "&Zoeken"), self.query, self
            )
        )
        layout.addWidget(self.query)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.query.textChanged.connect(self.refresh)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.resize(420, 420)
        self.refresh()

    def refresh(self) -> None:
        search, text = self._search, self.query.text()
        self._ops.query(lambda: search(text), self._show, key="search")

    def _show(self, found: list[Organisation]) -> None:
        self.model.set_items(found)
        has_any = self.model.rowCount() > 0
        self.empty.setVisible(not has_any)
        self.ok.setEnabled(has_any)
        if has_any:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def chosen(self) -> Organisation | None:
        index = self.list.currentIndex()
        return self.model.organisation(index.row()) if index.isValid() else None


def pick_organisation(
    parent: QWidget, search: Callable[[str], list[Organisation]], runner: TaskRunner
) -> Organisation | None:
    """Ask which organisation; None when the coach cancels."""
    dialog = OrganisationPicker(search, runner, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None
    finally:
        dialog.deleteLater()
