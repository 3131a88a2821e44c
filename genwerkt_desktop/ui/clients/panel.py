"""The client list, left in the main window: search, filters, sorting and the few
actions on a whole dossier (new, archive, restore, delete for good).

:class:`ClientListView` lays out and shows, :class:`ClientListPresenter` decides what to
ask and what to show, :class:`ClientsController` talks to the services; this panel
only puts them together and answers the main window.  Selecting a row
says ``client_selected(id)``.  When a search or filter hides the chosen client, the
dossier on the right stays open; it is chosen again when it comes back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.widgets.look import apply_view_style
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import ClientsController
from .delete_dialog import DeleteForGoodDialog
from .model import ClientFilterProxy, ClientTableModel
from .new_client_dialog import NewClientDialog
from .presenter import SEARCH_PAUSE_MS, ClientListPresenter
from .view import ClientListView

# The benchmarks wait this pause after typing, as the coach does.
__all__ = ["SEARCH_PAUSE_MS", "ClientsPanel"]


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
        load_at_once: bool = False,
        names: list[ClientSummary] | None = None,
    ) -> None:
        """``load_at_once`` (right after unlocking): the list is asked for before its
        view is built, so the worker reads the names meanwhile; or, with ``names`` (read
        by the unlock already), they are shown at once and the rest is asked for."""
        super().__init__(parent)
        self.setObjectName("clientsPanel")
        apply_view_style(self)
        self._workspace = workspace
        self.controller = ClientsController(workspace, runner, events, self)
        if load_at_once and names is None:
            # Its answer comes through the event loop, after this; the names first.
            self.controller.load(names_first=True)
        self.model = ClientTableModel(clock, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = ClientListView(self.proxy, self)
        self.search = self.view.filter_bar.search  # typed into by the benchmarks
        self.presenter = ClientListPresenter(
            self.view,
            self.model,
            self.proxy,
            self.controller,
            dialogs,
            default_coach=default_coach,
            parent=self,
        )
        self.presenter.client_selected.connect(self.client_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        if load_at_once and names is not None:
            self.controller.load(names=names)  # shown now: everything is connected

    def load(self) -> None:
        """Read the client list again (in the worker)."""
        self.presenter.load()

    def clear(self) -> None:
        """Drop every client from the list, the search, the undo line and open dialogs."""
        self.presenter.clear()

    def select(self, client_id: str) -> None:
        """Choose a client (from elsewhere, e.g. the agenda); filters widen if they hide it."""
        self.presenter.select(client_id)

    def commit_pending(self) -> None:
        """A first reception filled in but not yet created goes to the worker (the lock)."""
        self.presenter.list_dialogs.commit_pending()

    def current_client_id(self) -> str:
        return self.presenter.current_client_id()

    def selected_client(self) -> ClientSummary | None:
        return self.presenter.selected_client()

    def focus_search(self) -> None:
        self.view.focus_search()

    def open_new_client(self) -> None:
        self.presenter.list_dialogs.open_new_client()

    @property
    def new_client_dialog(self) -> NewClientDialog | None:
        return self.presenter.list_dialogs.new_client_dialog

    @property
    def delete_dialog(self) -> DeleteForGoodDialog | None:
        return self.presenter.list_dialogs.delete_dialog
