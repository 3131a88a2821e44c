"""What the client list asks and shows: which client is chosen (kept across searches,
filters and reloads), the filters widened for a client that must be seen, the count, and
which actions a chosen dossier allows.

It listens to :class:`ClientListView` and :class:`ClientsController` and tells the view
what to show; it never lays anything out and never does the work itself.  The way back
after archiving (:class:`ArchiveUndo`) and the two dialogs (:class:`ClientListDialogs`)
are small parts of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.team.status import DossierTeamStatus
from genwerkt_desktop.ui.dialogs import Dialogs

from .archive_undo import ArchiveUndo
from .controller import MIN_FULLTEXT_CHARS, ClientsController
from .list_dialogs import ClientListDialogs
from .model import ClientFilterProxy, ClientTableModel
from .view import ClientListView

SEARCH_PAUSE_MS = 250
"""After this pause in typing, the dossiers' full text is searched too."""


class ClientListPresenter(QObject):
    client_selected = Signal(str)  # a client id, or "" when no client is chosen any more

    def __init__(
        self,
        view: ClientListView,
        model: ClientTableModel,
        proxy: ClientFilterProxy,
        controller: ClientsController,
        dialogs: Dialogs,
        *,
        default_coach: Callable[[], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._proxy = proxy
        self._controller = controller
        self._dialogs = dialogs
        self._current_id = ""
        self._pending_select = ""  # asked for before the list held it
        self._quiet = False  # the presenter moves the highlight itself
        self.archive_undo = ArchiveUndo(view.undo_bar, controller, self)
        self.list_dialogs = ClientListDialogs(
            view,
            controller,
            default_coach=default_coach,
            created=self._created,
            parent=self,
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_dossiers)
        # The count follows the proxy once per turn of the event loop, not per row.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._show_count)
        for signal in (
            proxy.modelReset,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
        ):
            signal.connect(self._count_timer.start)

        bar = view.filter_bar
        bar.search_typed.connect(self._typed)
        bar.statuses_changed.connect(self._statuses_changed)
        bar.phase_changed.connect(self._phase_changed)
        view.selection_changed.connect(self._selection_changed)
        view.new_client_requested.connect(self.list_dialogs.open_new_client)
        actions = view.dossier_actions
        actions.archive_requested.connect(self.archive_selected)
        actions.restore_requested.connect(self.restore_selected)
        actions.delete_requested.connect(self.delete_selected)
        controller.clients_loaded.connect(self._show_clients)
        controller.client_refreshed.connect(self._refresh_client)
        controller.fulltext_first_page.connect(self._show_first_page)
        controller.fulltext_found.connect(self._show_fulltext)
        controller.team_loaded.connect(self._show_team)
        controller.failed.connect(self._show_failure)
        self._show_actions()
        self._show_count()

    # ------------------------------------------------------------------ asked from outside

    def load(self) -> None:
        self._controller.load()

    def catch_up(self) -> None:
        """Take up what the coach did in the list before it had a presenter (the names
        shown right after unlocking): the filters, the search typed, the row chosen."""
        self._selection_changed()  # first: filtering keeps the chosen client chosen
        bar = self._view.filter_bar
        with self._keeping_choice():
            self._proxy.set_statuses(bar.statuses())
            self._proxy.set_phase(bar.phase())
        if bar.search_text():
            self._typed(bar.search_text())

    def clear(self) -> None:
        """Drop every client from the list, the search, the undo line and open dialogs."""
        self._controller.forget()
        self._search_timer.stop()
        self.list_dialogs.close_all()
        self._view.filter_bar.forget_search()
        self._view.clear_highlight()
        self._model.clear()
        self._proxy.refilter()
        self._current_id = ""
        self._pending_select = ""
        self.archive_undo.dismiss()
        self._view.show_searching(False)
        self._show_actions()
        self._show_count()

    def select(self, client_id: str) -> None:
        """Choose a client (from elsewhere, e.g. the agenda); filters widen if they hide it."""
        row = self._model.row_of(client_id)
        if row < 0:
            self._pending_select = client_id
            return
        self._pending_select = ""
        client = self._model.client_at(row)
        if self._shown_row(row) < 0:
            self._reveal(client.status or ClientStatus.ACTIVE, client.phase)
        shown = self._shown_row(row)
        if shown >= 0:
            self._view.highlight_row(shown, scroll=True)
        self._choose(client_id)

    def current_client_id(self) -> str:
        return self._current_id

    def selected_client(self) -> ClientSummary | None:
        row = self._view.chosen_row()
        if row < 0:
            return None
        return self._model.client_at(self._proxy.mapToSource(self._proxy.index(row, 0)).row())

    def _created(self, client_id: str) -> None:
        """The worker made a new client: choose it once the list holds it; active and in
        intake, it must get through the filters."""
        self._pending_select = client_id
        self._reveal(ClientStatus.ACTIVE, Phase.INTAKE)

    # ------------------------------------------------------------------ archive, restore, delete

    def archive_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is ClientStatus.ARCHIVED:
            return
        self._controller.archive(client)

    def restore_selected(self) -> None:
        client = self.selected_client()
        if client is not None and client.status is ClientStatus.ARCHIVED:
            self._controller.restore(client.id)

    def delete_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is not ClientStatus.ARCHIVED:
            return
        full_name = f"{client.first_name} {client.last_name}".strip()
        self.list_dialogs.confirm_delete(full_name, lambda: self._delete(client.id))

    def _delete(self, client_id: str) -> None:
        self._controller.delete_for_good(client_id, lambda: self.archive_undo.withdraw(client_id))

    def _show_failure(self, text: str) -> None:
        self._dialogs.warn(
            self._view, QCoreApplication.translate("ClientsPanel", "Cliëntenlijst"), text
        )

    # ------------------------------------------------------------------ list and selection

    def _show_clients(self, clients: list[ClientSummary]) -> None:
        with self._keeping_choice():
            self._model.set_clients(clients)
        wanted = self._pending_select
        if wanted and self._model.row_of(wanted) >= 0:
            self.select(wanted)
        elif self._current_id and self._model.row_of(self._current_id) < 0:
            # The chosen client is gone (deleted for good).
            self._current_id = ""
            self.client_selected.emit("")
        self._show_actions()
        self._show_count()

    def _show_team(self, linked: bool, states: dict[str, DossierTeamStatus]) -> None:
        with self._keeping_choice():
            self._model.set_team(linked, states)
        self._view.show_team_column(linked)

    def _refresh_client(self, client: ClientSummary) -> None:
        with self._keeping_choice():
            replaced = self._model.replace_client(client)
        if not replaced:
            self.load()
        self._show_actions()

    @contextmanager
    def _keeping_choice(self) -> Iterator[None]:
        """Filter or reload without the view moving the choice to a neighbouring row:
        afterwards the chosen client is highlighted again when shown, else nothing is."""
        self._quiet = True
        try:
            yield
        finally:
            row = self._model.row_of(self._current_id) if self._current_id else -1
            shown = self._shown_row(row) if row >= 0 else -1
            if shown >= 0:
                self._view.highlight_row(shown)
            else:
                self._view.clear_highlight()
            self._quiet = False
            self._show_actions()

    def _selection_changed(self) -> None:
        if self._quiet:
            return
        client = self.selected_client()
        if client is not None:
            self._choose(client.id)
        self._show_actions()

    def _choose(self, client_id: str) -> None:
        if client_id != self._current_id:
            self._current_id = client_id
            self.client_selected.emit(client_id)

    def _shown_row(self, source_row: int) -> int:
        """Where a row of the model is in the list as shown, or -1 when filtered out."""
        index = self._proxy.mapFromSource(self._model.index(source_row, 0))
        return index.row() if index.isValid() else -1

    def _reveal(self, status: ClientStatus, phase: Phase | None) -> None:
        """Widen the filters so a client with this status and phase is shown."""
        bar = self._view.filter_bar
        bar.allow_status(status)
        shown_phase = self._proxy.phase()
        if shown_phase is not None and phase is not shown_phase:
            bar.allow_every_phase()
        if bar.search_text():
            bar.clear_search()

    def _show_actions(self) -> None:
        client = self.selected_client()
        archived = client is not None and client.status is ClientStatus.ARCHIVED
        self._view.show_actions(chosen=client is not None, archived=archived)

    def _show_count(self) -> None:
        self._view.show_count(self._proxy.rowCount(), self._model.rowCount())

    # ------------------------------------------------------------------ search and filters

    def _typed(self, text: str) -> None:
        self._controller.stop_search()  # its answer is for other words now
        with self._keeping_choice():
            self._proxy.set_search(text)
        if len(text.strip()) >= MIN_FULLTEXT_CHARS:
            self._view.show_searching(True)
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._view.show_searching(False)

    def _search_dossiers(self) -> None:
        self._controller.search(self._view.filter_bar.search_text())

    def _show_first_page(self, query: str, ids: set[str]) -> None:
        """Some of the dossiers that match, at once; the rest follow (still searching)."""
        text = self._view.filter_bar.search_text()
        if query != text.strip():
            return
        with self._keeping_choice():
            self._proxy.set_search(text, ids)

    def _show_fulltext(self, query: str, ids: set[str]) -> None:
        text = self._view.filter_bar.search_text()
        if query != text.strip():
            return  # the coach typed on; a newer answer follows
        self._view.show_searching(False)
        with self._keeping_choice():
            self._proxy.set_search(text, ids)

    def _statuses_changed(self) -> None:
        with self._keeping_choice():
            self._proxy.set_statuses(self._view.filter_bar.statuses())

    def _phase_changed(self) -> None:
        with self._keeping_choice():
            self._proxy.set_phase(self._view.filter_bar.phase())
