"""The left half of the sociale kaart: the search field, the organisations found and the
buttons under them.  It says which row the coach chose and shows what it is told."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.table_model import setup_table

from .models import COL_NAME, COL_PHONE, COL_SERVICES, ORG_ID_ROLE


class OrganisationList(QWidget):
    search_typed = Signal(str)
    row_chosen = Signal(str)  # the id of the organisation on the row that became current
    new_requested = Signal()

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryList")
        self._proxy = proxy
        title = QLabel(QCoreApplication.translate("DirectoryView", "Sociale kaart"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("DirectoryView", "naam, aanbod, adres of contactpersoon…")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Zoek in de sociale kaart")
        )
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(QCoreApplication.translate("DirectoryView", "&Zoeken:"), self)
        search_label.setObjectName("hintText")
        search_label.setBuddy(self.search)

        self.table = QTableView(self)
        self.table.setObjectName("organisationTable")
        self.table.setModel(proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("DirectoryView", "Organisaties in de sociale kaart"),
            stretch=COL_SERVICES,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the trusted contact takes what is left
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("mutedText")
        self.nothing_found = QLabel(
            QCoreApplication.translate(
                "DirectoryView", "Niets gevonden. Probeer een ander woord of maak een nieuwe aan."
            ),
            self,
        )
        self.nothing_found.setObjectName("mutedText")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        self.load_problem = QLabel(
            QCoreApplication.translate(
                "DirectoryView",
                "De sociale kaart kon niet geladen worden. Probeer het straks opnieuw.",
            ),
            self,
        )
        self.load_problem.setObjectName("errorText")
        self.load_problem.setWordWrap(True)
        self.load_problem.hide()

        self.new_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Nieuwe organisatie"), self
        )
        self.new_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "Een organisatie toevoegen (Ctrl+N)")
        )
        self.new_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Nieuwe organisatie")
        )
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 10, 16)
        self._layout.setSpacing(8)
        self._layout.addWidget(title)
        self._layout.addLayout(search_row)
        self._layout.addWidget(self.search)
        self._layout.addWidget(self.load_problem)
        self._layout.addWidget(self.table, 1)
        self._layout.addWidget(self.nothing_found)

        self.search.textChanged.connect(self.search_typed)
        self.search.returnPressed.connect(self._search_enter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_requested)

    def place_buttons(self, row: QHBoxLayout) -> None:
        """The button row under the list: Nieuwe organisatie and the CSV buttons."""
        self._layout.addLayout(row)

    # -- shown from outside

    def show_count(self, shown: int, total: int) -> None:
        if total == 0:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "Nog geen organisaties")
            )
        elif shown == total == 1:
            self.count_label.setText(QCoreApplication.translate("DirectoryView", "1 organisatie"))
        elif shown == total:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "{count} organisaties").format(
                    count=total
                )
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "{shown} van {total}").format(
                    shown=shown, total=total
                )
            )
        self.nothing_found.setVisible(total > 0 and shown == 0)

    def show_load_problem(self, shown: bool) -> None:
        self.load_problem.setVisible(shown)

    def show_current(self, row: int) -> None:
        """Make this row (of the list as shown) the current, highlighted one."""
        index = self._proxy.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def show_no_current(self) -> None:
        """No row highlighted and none current: choosing any row later counts as a change."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        selection.clearCurrentIndex()

    def clear_highlight(self) -> None:
        self.table.clearSelection()

    def forget(self) -> None:
        """Empty the search field and the count (the lock); the presenter empties the model."""
        self.search.clear()
        self.table.clearSelection()
        self.count_label.clear()
        self.nothing_found.hide()
        self.load_problem.hide()

    # -- the table's columns

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """A narrow list drops the offer first, then the phone; the name and the trusted
        contact stay.  The form on the right shows everything."""
        width = self.table.viewport().width()
        chars = width / max(1, self.fontMetrics().averageCharWidth())
        self.table.setColumnHidden(COL_SERVICES, chars < 95)
        self.table.setColumnHidden(COL_PHONE, chars < 62)
        # The name gets what it needs, up to half the width; the contact takes the rest.
        wanted = max(self.table.sizeHintForColumn(COL_NAME), self.table.columnWidth(COL_NAME))
        source = self._proxy.sourceModel()
        if source is not None and source.rowCount():
            wanted = self.table.sizeHintForColumn(COL_NAME)
        share = 0.4 if not self.table.isColumnHidden(COL_SERVICES) else 0.6
        self.table.setColumnWidth(COL_NAME, max(60, min(wanted, int(width * share))))

    # -- what the coach did

    def _search_enter(self) -> None:
        if self._proxy.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self._proxy.index(0, COL_NAME))

    def _row_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if current.isValid():
            self.row_chosen.emit(str(current.data(ORG_ID_ROLE)))
