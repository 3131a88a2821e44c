"""What the client list asks and shows: which client is chosen (kept across searches,
filters and reloads), the undo of an archive, the first reception and deleting for good.

It listens to :class:`ClientListView` and :class:`ClientsController` and tells the view
what to show; it never lays anything out and never does the work itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.ui.dialogs import Dialogs

from .controller import MIN_FULLTEXT_CHARS, ClientsController
from .delete_dialog import DeleteForGoodDialog
from .model import ClientFilterProxy, ClientTableModel
from .new_client_dialog import NewClientDialog
from .view import ClientListView

SEARCH_PAUSE_MS = 250
"""After this pause in typing, the dossiers' full text is searched too."""

UNDO_SECONDS = 10


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
        self._default_coach = default_coach
        self._current_id = ""
        self._pending_select = ""  # asked for before the list held it
        self._quiet = False  # the presenter moves the highlight itself
        self._undo: tuple[str, ClientStatus] | None = None  # archived id, status before
        self.new_client_dialog: NewClientDialog | None = None
        self.delete_dialog: DeleteForGoodDialog | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_dossiers)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._hide_undo)
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
        view.new_client_requested.connect(self.open_new_client)
        view.archive_requested.connect(self.archive_selected)
        view.restore_requested.connect(self.restore_selected)
        view.delete_requested.connect(self.delete_selected)
        view.undo_bar.undo_clicked.connect(self.undo_archive)
        controller.clients_loaded.connect(self._show_clients)
        controller.client_refreshed.connect(self._refresh_client)
        controller.fulltext_found.connect(self._show_fulltext)
        controller.archived.connect(self._show_undo)
        controller.failed.connect(self._show_failure)
        self._show_actions()
        self._show_count()

    # ------------------------------------------------------------------ asked from outside

    def load(self) -> None:
        self._controller.load()

    def clear(self) -> None:
        """Drop every client from the list, the search, the undo line and open dialogs."""
        self._controller.forget()
        self._search_timer.stop()
        self._close_dialogs()
        self._view.filter_bar.forget_search()
        self._view.clear_highlight()
        self._model.clear()
        self._proxy.refilter()
        self._current_id = ""
        self._pending_select = ""
        self._hide_undo()
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

    def commit_pending(self) -> None:
        """Hand a first reception that is filled in but not yet created to the worker; the
        lock waits for it (and says so if it failed)."""
        dialog = self.new_client_dialog
        if dialog is None or dialog.is_busy() or not dialog.is_valid():
            return  # nothing typed, or the worker is creating it already
        new = dialog.value()
        self._close_dialogs()
        self._controller.create(new)

    # ------------------------------------------------------------------ first reception

    def open_new_client(self) -> None:
        if self.new_client_dialog is not None:
            self.new_client_dialog.raise_()
            self.new_client_dialog.activateWindow()
            return
        dialog = NewClientDialog(self._view, coach=self._default_coach())
        dialog.submitted.connect(self._create)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.new_client_dialog = dialog
        dialog.open()
        dialog.first_name.setFocus()

    def _create(self, new: NewClient) -> None:
        dialog = self.new_client_dialog

        def done(client_id: str) -> None:
            self._pending_select = client_id
            # A new client is active and in intake: the filters must let it through.
            self._reveal(ClientStatus.ACTIVE, Phase.INTAKE)
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.accept()

        def failed(text: str) -> None:
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.show_error(text)

        self._controller.create(new, done, failed)

    # ------------------------------------------------------------------ archive, restore, delete

    def archive_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is ClientStatus.ARCHIVED:
            return
        self._controller.archive(client)

    def undo_archive(self) -> None:
        if self._undo is None:
            return
        client_id, previous = self._undo
        self._hide_undo()
        self._controller.undo_archive(client_id, previous)

    def restore_selected(self) -> None:
        client = self.selected_client()
        if client is not None and client.status is ClientStatus.ARCHIVED:
            self._controller.restore(client.id)

    def delete_selected(self) -> None:
        client = self.selected_client()
        if client is None or client.status is not ClientStatus.ARCHIVED:
            return
        full_name = f"{client.first_name} {client.last_name}".strip()
        dialog = DeleteForGoodDialog(full_name, self._view)
        dialog.accepted.connect(lambda: self._delete(client.id))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.delete_dialog = dialog
        dialog.open()

    def _delete(self, client_id: str) -> None:
        def done() -> None:
            # No way back from a deletion: its undo line would only mislead.
            if self._undo is not None and self._undo[0] == client_id:
                self._hide_undo()

        self._controller.delete_for_good(client_id, done)

    def _show_undo(self, client: ClientSummary, previous: ClientStatus) -> None:
        self._undo = (client.id, previous)
        self._view.undo_bar.show_archived(client.display_name)
        self._undo_timer.start()

    def _hide_undo(self) -> None:
        self._undo_timer.stop()
        self._view.undo_bar.dismiss()
        self._undo = None

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

    # ------------------------------------------------------------------ dialogs

    def _forget_dialog(self, dialog: QDialog) -> None:
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
