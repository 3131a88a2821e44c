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
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.client_list import ClientSummary
from genwerkt_desktop.ui.widgets.look import apply_view_style

from .model import ClientFilterProxy, ClientTableModel
from .view import ClientListView

if TYPE_CHECKING:
    # Imported by attach: they need the services, and so the database layer, which the
    # first list after unlocking is shown without (ui/preload.py).
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.dialogs import Dialogs
    from genwerkt_desktop.ui.events import DataEvents
    from genwerkt_desktop.ui.worker import TaskRunner

    from .controller import ClientsController
    from .delete_dialog import DeleteForGoodDialog
    from .new_client_dialog import NewClientDialog
    from .presenter import ClientListPresenter

__all__ = ["ClientsPanel"]


class ClientsPanel(QWidget):
    """Search, filter, sort and pick a client; start a first reception; archive or delete.

    Built in two steps: the list itself (this constructor, with the names when the unlock
    read them), then :meth:`attach` gives it the services and makes it act.  Right after
    unlocking the window shows the names between the two; what the coach typed or chose
    meanwhile is taken up by :meth:`attach`."""

    client_selected = Signal(str)  # a client id, or "" when no client is chosen any more

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        names: list[ClientSummary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPanel")
        apply_view_style(self)
        self.model = ClientTableModel(clock, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = ClientListView(self.proxy, self)
        self.search = self.view.filter_bar.search  # typed into by the benchmarks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self._names = names
        if names is not None:
            self.model.set_clients(names)
        self._controller: ClientsController | None = None
        self._presenter: ClientListPresenter | None = None
        # Nieuwe cliënt (Ctrl+N) asked for before the services came: opened by attach.
        self._new_client_asked = False
        self.view.new_client_requested.connect(self._ask_new_client_early)

    def attach(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        *,
        default_coach: Callable[[], str] = str,
        load_at_once: bool = False,
    ) -> None:
        """The services: from now on the list reads, searches and acts.

        ``load_at_once`` (right after unlocking): the list is asked for now, so the worker
        reads it while the window builds the rest; the names given to the constructor are
        that first answer, and the last contacts and what is due follow."""
        from .controller import ClientsController
        from .presenter import ClientListPresenter

        controller = self._controller = ClientsController(workspace, runner, events, self)
        if load_at_once and self._names is None:
            # Its answer comes through the event loop, after this; the names first.
            controller.load(names_first=True)
        self._presenter = ClientListPresenter(
            self.view,
            self.model,
            self.proxy,
            controller,
            dialogs,
            default_coach=default_coach,
            parent=self,
        )
        self._presenter.client_selected.connect(self.client_selected)
        self.view.new_client_requested.disconnect(self._ask_new_client_early)
        self._presenter.catch_up()  # what the coach did while the list had no services
        if self._new_client_asked:
            self._new_client_asked = False
            self._presenter.list_dialogs.open_new_client()
        names, self._names = self._names, None
        if load_at_once and names is not None:
            controller.load(names=names)

    def _ask_new_client_early(self) -> None:
        self._new_client_asked = True

    @property
    def controller(self) -> ClientsController:
        assert self._controller is not None, "the list reads once attach gave it its services"
        return self._controller

    @property
    def presenter(self) -> ClientListPresenter:
        assert self._presenter is not None, "the list acts once attach gave it its services"
        return self._presenter

    def is_attached(self) -> bool:
        return self._presenter is not None

    def load(self) -> None:
        """Read the client list again (in the worker)."""
        self.presenter.load()

    def clear(self) -> None:
        """Drop every client from the list, the search, the undo line and open dialogs."""
        if self._presenter is not None:
            self._presenter.clear()
            return
        self._names = None  # locked before the services came: only the names to drop
        self.view.filter_bar.forget_search()
        self.model.clear()

    def select(self, client_id: str) -> None:
        """Choose a client (from elsewhere, e.g. the agenda); filters widen if they hide it."""
        self.presenter.select(client_id)

    def commit_pending(self) -> None:
        """A first reception filled in but not yet created goes to the worker (the lock)."""
        if self._presenter is not None:  # without services no dialog could be opened
            self._presenter.list_dialogs.commit_pending()

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
        presenter = self._presenter
        return None if presenter is None else presenter.list_dialogs.new_client_dialog

    @property
    def delete_dialog(self) -> DeleteForGoodDialog | None:
        presenter = self._presenter
        return None if presenter is None else presenter.list_dialogs.delete_dialog
