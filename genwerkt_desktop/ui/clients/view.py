"""The client list as laid out: heading, filter bar, the table, the count, the undo line
and the actions on a whole dossier.  It says what the coach did and shows what it is
told; :class:`ClientListPresenter` decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.team import texts as team_texts
from genwerkt_desktop.ui.widgets.column_fit import NarrowColumns
from genwerkt_desktop.ui.widgets.fields import chain_tab_order, hint_label, make_button
from genwerkt_desktop.ui.widgets.labels import short_phase_labels, status_labels
from genwerkt_desktop.ui.widgets.table_model import set_column_widths, setup_table
from genwerkt_desktop.ui.widgets.undo_bar import UndoBar

from .dossier_actions import DossierActions
from .filter_bar import FIRST_ORDER, ClientFilterBar
from .model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_APPOINTMENT,
    COL_PHASE,
    COL_STATUS,
    COL_TEAM,
    LATE_MARK,
)


class ClientListView(QWidget):
    """Search, filter, sort and pick a client; the buttons for a whole dossier."""

    new_client_requested = Signal()
    selection_changed = Signal()

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._team_sized = False

        # -- actions (buttons and the context menu share them)
        self.new_client_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Nieuwe cliënt…"), self
        )
        self.new_client_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.new_client_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_client_action.triggered.connect(self.new_client_requested)
        self.addAction(self.new_client_action)
        # -- heading and the first-reception button
        heading = QLabel(QCoreApplication.translate("ClientsPanel", "Cliënten"), self)
        heading.setObjectName("panelTitle")
        make_title(heading, 1.3)
        self.new_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Nieuwe cliënt…"),
            QCoreApplication.translate("ClientsPanel", "Nieuwe cliënt (Ctrl+N)"),
            self,
            primary=True,
        )
        self.new_button.setToolTip(
            QCoreApplication.translate("ClientsPanel", "Een eerste onthaal noteren (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_client_action.trigger)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # -- search, filters and sorting
        self.filter_bar = ClientFilterBar(self)
        self.filter_bar.down_to_list.connect(self.go_to_list)

        # -- the list
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("ClientsPanel", "Cliëntenlijst"),
            stretch=COL_NAME,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(
            lambda column, _order: self.filter_bar.show_sorted_by(column)
        )
        self.filter_bar.sort_chosen.connect(
            lambda column: self.table.sortByColumn(column, FIRST_ORDER[column])
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 14)
        self._size_columns()
        # Narrow list: status goes first, then the phase (an open dossier shows both in
        # its header); the name keeps its room.
        self.narrow_columns = NarrowColumns(
            self.table, (COL_STATUS, COL_PHASE), self.fontMetrics().averageCharWidth() * 24
        )
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)

        self.count_label = hint_label("", self, muted=True)
        self.searching_label = hint_label(
            QCoreApplication.translate("ClientsPanel", "zoekt ook in de dossiers…"),
            self,
            muted=True,
        )
        self.searching_label.setVisible(False)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        count_row.addWidget(self.searching_label)
        self.empty_hint = hint_label(
            QCoreApplication.translate(
                "ClientsPanel",
                "Geen cliënten om te tonen. Pas de zoekterm of de filters aan, "
                "of noteer een eerste onthaal met Nieuwe cliënt.",
            ),
            self,
            muted=True,
        )
        self.empty_hint.hide()

        # -- actions on the chosen dossier
        self.dossier_actions = DossierActions(self)

        # -- the undo line after archiving
        self.undo_bar = UndoBar(
            QCoreApplication.translate("ClientsPanel", "Archiveren ongedaan maken"), self
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(count_row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.dossier_actions)

        # -- keyboard order: search, filters, the list, then the actions
        bar = self.filter_bar
        chain_tab_order(
            [
                self.new_button,
                bar.search,
                *bar.status_boxes.values(),
                bar.phase_filter,
                bar.sort_combo,
                self.table,
                self.undo_bar.button,
                self.dossier_actions.archive_button,
                self.dossier_actions.restore_button,
                self.dossier_actions.delete_button,
            ]
        )
        # Focus given to the list (by the shell, Ctrl+F) lands in the search field.
        self.setFocusProxy(bar.search)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.show_actions(chosen=False, archived=False)
        self.show_count(0, 0)

    # ------------------------------------------------------------------ shown from outside

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def chosen_row(self) -> int:
        """The highlighted row of the list as shown, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def highlight_row(self, row: int, *, scroll: bool = False) -> None:
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self._proxy.index(row, 0))

    def clear_highlight(self) -> None:
        self.table.selectionModel().clearSelection()

    def show_actions(self, *, chosen: bool, archived: bool) -> None:
        self.dossier_actions.show_for(chosen=chosen, archived=archived)

    def show_count(self, shown: int, total: int) -> None:
        if total == 0:
            self.count_label.setText("")
        elif shown == total == 1:
            self.count_label.setText(QCoreApplication.translate("ClientsPanel", "1 cliënt"))
        elif shown == total:
            self.count_label.setText(
                QCoreApplication.translate("ClientsPanel", "{total} cliënten").format(total=total)
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("ClientsPanel", "{shown} van {total} cliënten").format(
                    shown=shown, total=total
                )
            )
        self.empty_hint.setVisible(total > 0 and shown == 0)

    def show_team_column(self, linked: bool) -> None:
        """Team mode: the badge column gets room for its longest word."""
        if not linked or self._team_sized:
            self._team_sized = linked
            return
        self._team_sized = True
        samples = [team_texts.state_mark(state, "collega") for state in TeamState]
        set_column_widths(self.table, {COL_TEAM: samples})

    def show_searching(self, searching: bool) -> None:
        self.searching_label.setVisible(searching)

    # ------------------------------------------------------------------ keyboard and menu

    def go_to_list(self) -> None:
        if self._proxy.rowCount() == 0:
            return
        if self.chosen_row() < 0:
            self.table.selectRow(0)
        self.table.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        elif self.table.currentIndex().isValid():
            pos = self.table.visualRect(self.table.currentIndex()).center()
        menu = QMenu(self)
        menu.addAction(self.new_client_action)
        menu.addSeparator()
        menu.addActions(self.dossier_actions.actions_for_menu())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _size_columns(self) -> None:
        set_column_widths(
            self.table,
            {
                COL_STATUS: list(status_labels().values()),
                COL_PHASE: list(short_phase_labels().values()),
                COL_LAST_CONTACT: [
                    "00/00/00",
                    QCoreApplication.translate("ClientTableModel", "nog geen"),
                ],
                # Room for the late mark before the date (its words are in the tooltip).
                COL_NEXT_APPOINTMENT: ["00/00/00", f"{LATE_MARK} 00/00"],
            },
        )
