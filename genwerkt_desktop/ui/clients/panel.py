"""The client list, left in the main window: search, filters, sorting and the few
actions on a whole dossier (new, archive, restore, delete for good).

The panel lays out and shows; :class:`ClientsController` talks to the services.
Selecting a row says ``client_selected(id)``.  When a search or filter hides the chosen
client, the dossier on the right stays open; it is chosen again when it comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.style import make_title, restyle
from genwerkt_desktop.ui.widgets.column_fit import NarrowColumns
from genwerkt_desktop.ui.widgets.fields import buddy_label, chain_tab_order, hint_label, make_button
from genwerkt_desktop.ui.widgets.labels import short_phase_labels, status_labels
from genwerkt_desktop.ui.widgets.look import apply_view_style
from genwerkt_desktop.ui.widgets.table_model import set_column_widths, setup_table
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import ClientsController
from .delete_dialog import DeleteForGoodDialog
from .filters import FIRST_ORDER, ClientFilters
from .model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_APPOINTMENT,
    COL_PHASE,
    COL_STATUS,
    ClientFilterProxy,
    ClientTableModel,
)
from .new_client_dialog import NewClientDialog

SEARCH_PAUSE_MS = 250
"""After this pause in typing, the dossiers' full text is searched too."""

UNDO_SECONDS = 10


class ClientsPanel(QWidget):
    """Search, filter, sort and pick a client; start a first reception; archive or delete."""

    client_selected = Signal(str)  # a client id, or "" when no client is chosen any more

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        default_coach: Callable[[], str] = str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPanel")
        self._default_coach = default_coach
        apply_view_style(self)
        self._workspace = workspace
        self._events = events
        self._dialogs = dialogs
        self.controller = ClientsController(workspace, runner, events, self)
        self._current_id = ""
        self._pending_select = ""
        self._quiet = False
        self._undo: tuple[str, ClientStatus] | None = None
        self.new_client_dialog: NewClientDialog | None = None
        self.delete_dialog: DeleteForGoodDialog | None = None

        self.model = ClientTableModel(clock, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # -- actions (buttons and the context menu share them)
        self.new_client_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Nieuwe cliënt…"), self
        )
        self.new_client_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.new_client_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_client_action.triggered.connect(self.open_new_client)
        self.addAction(self.new_client_action)
        self.archive_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Archiveren"), self
        )
        self.archive_action.triggered.connect(self.archive_selected)
        self.restore_action = QAction(
            QCoreApplication.translate("ClientsPanel", "&Terugzetten"), self
        )
        self.restore_action.triggered.connect(self.restore_selected)
        self.delete_action = QAction(
            QCoreApplication.translate("ClientsPanel", "Definitief &verwijderen…"), self
        )
        self.delete_action.triggered.connect(self.delete_selected)

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

        # -- search
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("ClientsPanel", "Naam, of een woord uit het dossier…")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("ClientsPanel", "Zoek een cliënt op naam of in de dossiers")
        )
        self.search.setClearButtonEnabled(True)
        search_label = buddy_label(
            QCoreApplication.translate("ClientsPanel", "&Zoeken"), self.search, self
        )

        # -- filters and sorting
        self.filters = ClientFilters(self)
        self.status_boxes = self.filters.status_boxes
        self.phase_filter = self.filters.phase_filter
        self.sort_combo = self.filters.sort_combo
        self.filters.statuses_changed.connect(self._statuses_changed)
        self.filters.phase_changed.connect(self._phase_changed)
        self.filters.sort_chosen.connect(self._sort_chosen)

        # -- the list
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.proxy)
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
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 14)
        self._size_columns()
        # Narrow list: status goes first, then the phase (an open dossier shows both in
        # its header); the name keeps its room.
        self.narrow_columns = NarrowColumns(
            self.table, (COL_STATUS, COL_PHASE), self.fontMetrics().averageCharWidth() * 24
        )

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
        self.archive_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Archiveren"),
            QCoreApplication.translate("ClientsPanel", "Dossier archiveren"),
            self,
        )
        self.archive_button.clicked.connect(self.archive_action.trigger)
        self.restore_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Terugzetten"),
            QCoreApplication.translate("ClientsPanel", "Gearchiveerd dossier terugzetten"),
            self,
        )
        self.restore_button.clicked.connect(self.restore_action.trigger)
        self.delete_button = make_button(
            QCoreApplication.translate("ClientsPanel", "Definitief &verwijderen…"),
            QCoreApplication.translate("ClientsPanel", "Dossier definitief verwijderen"),
            self,
        )
        self.delete_button.setObjectName("dangerButton")
        restyle(self.delete_button)
        self.delete_button.setToolTip(
            QCoreApplication.translate("ClientsPanel", "Kan alleen voor een gearchiveerd dossier.")
        )
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.archive_button)
        actions_row.addWidget(self.restore_button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.delete_button)
        self.delete_button.clicked.connect(self.delete_action.trigger)

        # -- the undo line after archiving
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = make_button(
            QCoreApplication.translate("ClientsPanel", "&Ongedaan maken"),
            QCoreApplication.translate("ClientsPanel", "Archiveren ongedaan maken"),
            self.undo_bar,
        )
        self.undo_button.clicked.connect(self.undo_archive)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(12, 6, 8, 6)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._hide_undo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(count_row)
        layout.addWidget(self.undo_bar)
        layout.addLayout(actions_row)

        # -- keyboard order: search, filters, the list, then the actions
        order = [
            self.new_button,
            self.search,
            *self.status_boxes.values(),
            self.phase_filter,
            self.sort_combo,
            self.table,
            self.undo_button,
            self.archive_button,
            self.restore_button,
            self.delete_button,
        ]
        chain_tab_order(order)
        # Focus given to the panel (by the shell, Ctrl+F) lands in the search field.
        self.setFocusProxy(self.search)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.search.installEventFilter(self)

        # -- wiring
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_dossiers)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._go_to_list)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.controller.clients_loaded.connect(self._show_clients)
        self.controller.client_refreshed.connect(self._refresh_client)
        self.controller.fulltext_found.connect(self._show_fulltext)
        self.controller.archived.connect(self._show_undo)
        self.controller.failed.connect(self._show_failure)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._count_timer.start)
        self._update_actions()
        self._update_count()

    # ------------------------------------------------------------------ public

    def load(self) -> None:
        """Read the client list again (in the worker)."""
        self.controller.load()

    def clear(self) -> None:
        """Drop every client from the list, the search, the undo line and open dialogs."""
        self.controller.forget()
        self._search_timer.stop()
        self._undo_timer.stop()
        self._close_dialogs()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.table.clearSelection()
        self.model.clear()
        self.proxy.refilter()
        self._current_id = ""
        self._pending_select = ""
        self._undo = None
        self._hide_undo()
        self.searching_label.hide()
        self._update_actions()
        self._update_count()

    def select(self, client_id: str) -> None:
        """Choose a client (from elsewhere, e.g. the agenda); filters widen if they hide it."""
        row = self.model.row_of(client_id)
        if row < 0:
            self._pending_select = client_id
            return
        self._pending_select = ""
        client = self.model.client_at(row)
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self._reveal(client)
        self._select_source_row(row)
        self._choose(client_id)

    def commit_pending(self) -> None:
        """Hand a first reception that is filled in but not yet created to the worker; the
        lock waits for it (and says so if it failed)."""
        dialog = self.new_client_dialog
        if dialog is None or dialog.is_busy() or not dialog.is_valid():
            return  # nothing typed, or the worker is creating it already
        new = dialog.value()
        self._close_dialogs()
        self.controller.create(new)

    def current_client_id(self) -> str:
        return self._current_id

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ first reception

    def open_new_client(self) -> None:
        if self.new_client_dialog is not None:
            self.new_client_dialog.raise_()
            self.new_client_dialog.activateWindow()
            return
        dialog = NewClientDialog(self, coach=self._default_coach())
        dialog.submitted.connect(self._create)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.new_client_dialog = dialog
        dialog.open()
        dialog.first_name.setFocus()

    def _create(self, new: NewClient) -> None:
        dialog = self.new_client_dialog

        def done(client_id: str) -> None:
            self._pending_select = client_id
            self._reveal_new()
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.accept()

        def failed(text: str) -> None:
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.show_error(text)

        self.controller.create(new, done, failed)

    def _reveal_new(self) -> None:
        """A new client is active and in intake: make sure the filters let it through."""
        self.status_boxes[ClientStatus.ACTIVE].setChecked(True)
        phase = self.proxy.phase()
        if phase is not None and phase is not Phase.INTAKE:
            self.phase_filter.setCurrentIndex(0)
        if self.search.text():
            self.search.clear()

    # ------------------------------------------------------------------ archive, restore, delete

    def selected_client(self) -> ClientSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.client_at(self.proxy.mapToSource(rows[0]).row())

    def archive_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is ClientStatus.ARCHIVED:
            return
        self.controller.archive(client)

    def undo_archive(self) -> None:
        if self._undo is None:
            return
        client_id, previous = self._undo
        self._undo = None
        self._hide_undo()
        self.controller.undo_archive(client_id, previous)

    def restore_selected(self) -> None:
        client = self.selected_client()
        if client is not None and client.status is ClientStatus.ARCHIVED:
            self.controller.restore(client.id)

    def delete_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is not ClientStatus.ARCHIVED:
            return
        full_name = f"{client.first_name} {client.last_name}".strip()
        dialog = DeleteForGoodDialog(full_name, self)
        dialog.accepted.connect(lambda: self._delete(client.id))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.delete_dialog = dialog
        dialog.open()

    def _delete(self, client_id: str) -> None:
        def done() -> None:
            if self._undo is not None and self._undo[0] == client_id:
                self._undo = None
                self._hide_undo()

        self.controller.delete_for_good(client_id, done)

    def _show_undo(self, client: ClientSummary, previous: ClientStatus) -> None:
        self._undo = (client.id, previous)
        self.undo_label.setText(
            QCoreApplication.translate(
                "ClientsPanel", "Het dossier van {name} staat nu in het archief."
            ).format(name=client.display_name)
        )
        self.undo_bar.show()
        self._undo_timer.start()

    def _hide_undo(self) -> None:
        self._undo_timer.stop()
        self.undo_bar.hide()
        self.undo_label.clear()
        self._undo = None

    def _show_failure(self, text: str) -> None:
        self._dialogs.warn(self, QCoreApplication.translate("ClientsPanel", "Cliëntenlijst"), text)

    # ------------------------------------------------------------------ list and selection

    def _show_clients(self, clients: list[ClientSummary]) -> None:
        with self._keeping_choice():
            self.model.set_clients(clients)
        wanted = self._pending_select
        if wanted and self.model.row_of(wanted) >= 0:
            self.select(wanted)
        elif self._current_id and self.model.row_of(self._current_id) < 0:
            # The chosen client is gone (deleted for good).
            self._current_id = ""
            self.client_selected.emit("")
        self._update_actions()
        self._update_count()

    def _refresh_client(self, client: ClientSummary) -> None:
        with self._keeping_choice():
            replaced = self.model.replace_client(client)
        if not replaced:
            self.load()
        self._update_actions()

    @contextmanager
    def _keeping_choice(self) -> Iterator[None]:
        """Filter or reload without the view moving the choice to a neighbouring row:
        afterwards the chosen client is highlighted again when shown, else nothing is."""
        self._quiet = True
        try:
            yield
        finally:
            selection = self.table.selectionModel()
            row = self.model.row_of(self._current_id) if self._current_id else -1
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                self.table.selectRow(index.row())
            else:
                selection.clearSelection()
            self._quiet = False
            self._update_actions()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        if self._quiet:
            return
        client = self.selected_client()
        if client is not None:
            self._choose(client.id)
        self._update_actions()

    def _choose(self, client_id: str) -> None:
        if client_id != self._current_id:
            self._current_id = client_id
            self.client_selected.emit(client_id)

    def _select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _reveal(self, client: ClientSummary) -> None:
        status = client.status or ClientStatus.ACTIVE
        self.status_boxes[status].setChecked(True)
        if self.proxy.phase() is not None and client.phase is not self.proxy.phase():
            self.phase_filter.setCurrentIndex(0)
        if self.search.text():
            self.search.clear()

    def _update_actions(self) -> None:
        client = self.selected_client()
        archived = client is not None and client.status is ClientStatus.ARCHIVED
        self.archive_action.setEnabled(client is not None and not archived)
        self.restore_action.setEnabled(archived)
        self.delete_action.setEnabled(archived)
        self.archive_button.setEnabled(self.archive_action.isEnabled())
        self.restore_button.setEnabled(archived)
        self.restore_button.setVisible(archived)
        self.delete_button.setEnabled(archived)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
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

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        elif self.table.currentIndex().isValid():
            pos = self.table.visualRect(self.table.currentIndex()).center()
        menu = QMenu(self)
        menu.addAction(self.new_client_action)
        menu.addSeparator()
        menu.addAction(self.archive_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ search, filter, sort

    def _typed(self, text: str) -> None:
        with self._keeping_choice():
            self.proxy.set_search(text)
        if len(text.strip()) >= 2:
            self.searching_label.show()
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.searching_label.hide()

    def _search_dossiers(self) -> None:
        self.controller.search(self.search.text())

    def _show_fulltext(self, query: str, ids: set[str]) -> None:
        if query != self.search.text().strip():
            return  # the coach typed on; a newer answer follows
        self.searching_label.hide()
        with self._keeping_choice():
            self.proxy.set_search(self.search.text(), ids)

    def _statuses_changed(self) -> None:
        with self._keeping_choice():
            self.proxy.set_statuses(self.filters.statuses())

    def _phase_changed(self) -> None:
        code = self.phase_filter.currentData()
        with self._keeping_choice():
            self.proxy.set_phase(Phase(code) if code else None)

    def _sort_chosen(self) -> None:
        column = self.sort_combo.currentData()
        if isinstance(column, int):
            self.table.sortByColumn(column, FIRST_ORDER[column])

    def _sorted_by_header(self, column: int, _order: Qt.SortOrder) -> None:
        position = self.sort_combo.findData(column)
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(position)
        self.sort_combo.blockSignals(False)

    def _go_to_list(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        if self.selected_client() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and (event.type() == QKeyEvent.Type.KeyPress)
        ):
            if event.key() == Qt.Key.Key_Down:
                self._go_to_list()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ helpers

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
                COL_NEXT_APPOINTMENT: ["00/00/00"],
            },
        )

    def _forget_dialog(self, dialog: QWidget) -> None:
        if dialog is self.new_client_dialog:
            self.new_client_dialog = None
        if dialog is self.delete_dialog:
            self.delete_dialog = None
        # Out of the widget tree at once: it may hold a client's name.
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()

    def _close_dialogs(self) -> None:
        for dialog in (self.new_client_dialog, self.delete_dialog):
            if dialog is not None:
                if isinstance(dialog, NewClientDialog):
                    dialog.clear()
                dialog.reject()
        self.new_client_dialog = None
        self.delete_dialog = None
