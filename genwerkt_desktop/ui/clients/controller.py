"""What the client list does: load, search the dossiers, create, archive, restore, delete.

Every call to a service runs in the :class:`TaskRunner`; the answers come back as
signals on the GUI thread.  After each successful write the controller tells the other
views through :class:`DataEvents`, and it reloads the list itself when anyone else
changed a client or a dossier.

Searching the dossiers has a worker of its own (``search_runner``), reading on the
store's search connection: a write on the shared worker never holds a search up.  The
first page of matching clients (unranked, straight from the index) comes first, then all
of them; a newer search, or a key typed, interrupts the SQL of the one running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.services.search import FIRST_PAGE, FirstPage
from genwerkt_desktop.services.team.status import DossierTeamStatus
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

MIN_FULLTEXT_CHARS = 3
"""Shorter input matches nearly every note; names are still matched at once."""
SEARCH_KEY = "search"


class ClientsController(QObject):
    clients_loaded = Signal(list)  # list[ClientSummary]
    client_refreshed = Signal(object)  # ClientSummary, after an edit inside one dossier
    # The query and some of the clients whose dossier matches (a first page, unranked,
    # only when more match); fulltext_found follows with all of them.
    fulltext_first_page = Signal(str, object)
    fulltext_found = Signal(str, object)  # the query, the set of matching client ids
    search_interrupted = Signal(str)  # the query whose SQL a newer search cut off
    # Team mode: (linked, {client id: DossierTeamStatus}) from what the laptop knows
    team_loaded = Signal(bool, object)
    archived = Signal(object, object)  # the ClientSummary, its status before archiving
    failed = Signal(str)  # a calm sentence for the status line

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._ops.failed.connect(self.failed)
        self.first_page = FIRST_PAGE  # how many matching clients the first answer holds
        self.search_runner = TaskRunner(parent=self)
        self._search_ops = Operations(self.search_runner, self)
        self._events = events
        self._active = False
        self._loading = False
        self._reload_again = False
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.load)
        events.changed.connect(self._on_changed)

    # -- reading

    def load(self, *, names_first: bool = False, names: list[ClientSummary] | None = None) -> None:
        """Read the list again; a second request while one runs is merged into one.

        ``names_first`` (the first list after unlocking): the names, statuses and phases
        alone come first; the last contacts follow with what is due.  Later reloads keep
        the last contacts in their first answer, so those cells never go blank.  Given
        ``names`` (read by the unlock already), that first answer is those."""
        self._active = True
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        dossiers = self._workspace.dossiers

        def done(clients: list[ClientSummary]) -> None:
            self._loading = False
            self.clients_loaded.emit(clients)
            # The names first, at once; what is due for each of them reads every open
            # appointment and step, and follows as the same list with its marks.
            self._ops.query(
                dossiers.list_clients,
                self.clients_loaded.emit,
                key="list with marks",
                failure=lambda exc: self.failed.emit(failure_text(exc)),
            )
            self.load_team()
            self._load_again_if_asked()

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.failed.emit(failure_text(exc))
            self._load_again_if_asked()

        if names is not None:
            done(names)
            return
        first: Callable[[], list[ClientSummary]] = (
            dossiers.list_names if names_first else lambda: dossiers.list_clients(with_due=False)
        )
        self._ops.query(first, done, key="list", failure=failed)

    def load_team(self) -> None:
        """Where each dossier stands with the team: offline, from the laptop's records."""
        status = self._workspace.team.status

        def read() -> tuple[bool, dict[str, DossierTeamStatus]]:
            linked = status.linked()
            return linked, (status.local() if linked else {})

        self._ops.query(
            read,
            lambda answer: self.team_loaded.emit(*answer),
            key="team marks",
            failure=lambda _exc: None,  # no badges is no loss; the list itself is there
        )

    def _load_again_if_asked(self) -> None:
        if self._reload_again:
            self._reload_again = False
            self.load()

    def search(self, query: str) -> None:
        """Search every dossier's text: a first page at once, then every match.  A search
        still running is interrupted, never waited for."""
        query = query.strip()
        if len(query) < MIN_FULLTEXT_CHARS:
            self.stop_search()
            self.fulltext_found.emit(query, set())
            return
        search = self._workspace.search

        def all_found(ids: set[str] | frozenset[str]) -> None:
            self.fulltext_found.emit(query, set(ids))

        def first_found(page: FirstPage) -> None:
            if page.complete:  # that was every match: the list filters once
                all_found(page.client_ids)
                return
            self.fulltext_first_page.emit(query, set(page.client_ids))
            self._search_query(lambda: search.client_ids(query), query, all_found)

        limit = self.first_page
        self._search_query(lambda: search.first_clients(query, limit), query, first_found)

    def _search_query(
        self, work: Callable[[], Any], query: str, done: Callable[[Any], None]
    ) -> None:
        self._search_ops.query(
            work,
            done,
            key=SEARCH_KEY,
            failure=lambda _exc: self.fulltext_found.emit(query, set()),
            interrupt=self._workspace.search.interrupt,
            interrupted=lambda: self.search_interrupted.emit(query),
        )

    def stop_search(self) -> None:
        """The coach typed on: interrupt the search running and drop its answer."""
        self._search_ops.drop(SEARCH_KEY)

    # -- writing

    def create(
        self,
        new: NewClient,
        on_done: Callable[[str], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        """Create the dossier in the worker; without ``on_failure`` a failure goes to the
        ``failed`` status line (and a lock waiting for it says so too)."""
        edits = self._workspace.edits

        self._ops.write(
            lambda: edits.create_client(new),
            on_done,
            announce=lambda client_id: self._events.emit_change(ChangeKind.CLIENTS, client_id),
            failure=None if on_failure is None else (lambda failure: on_failure(failure.text)),
        )

    def archive(self, client: ClientSummary) -> None:
        dossiers = self._workspace.dossiers
        previous = client.status or ClientStatus.ACTIVE

        self._write(
            lambda: dossiers.archive(client.id),
            client.id,
            lambda _changes: self.archived.emit(client, previous),
        )

    def undo_archive(self, client_id: str, previous: ClientStatus) -> None:
        """Back to the status the client had before (restore() would always say active)."""
        dossiers = self._workspace.dossiers
        self._write(lambda: dossiers.set_status(client_id, previous), client_id)

    def restore(self, client_id: str) -> None:
        dossiers = self._workspace.dossiers
        self._write(lambda: dossiers.restore(client_id), client_id)

    def delete_for_good(self, client_id: str, on_done: Callable[[], None]) -> None:
        dossiers = self._workspace.dossiers

        self._write(lambda: dossiers.delete_for_good(client_id), client_id, lambda _r: on_done())

    def _write(
        self,
        work: Callable[[], Any],
        client_id: str,
        done: Callable[[Any], None] | None = None,
    ) -> None:
        """A write to the list's clients: whatever came after it, the list hears of it."""
        self._ops.write(
            work,
            done,
            announce=lambda _r: self._events.emit_change(ChangeKind.CLIENTS, client_id),
        )

    # -- life cycle

    def forget(self) -> None:
        """Drop every answer still on its way (the lock cleared the list)."""
        self._ops.drop_all()
        self._search_ops.drop_all()  # interrupts the search running
        self.search_runner.wait()
        self._loading = False
        self._active = False
        self._reload_again = False
        self._reload.stop()

    def _on_changed(self, change: Change) -> None:
        if not self._active:
            return
        if change.kind is ChangeKind.DOSSIER and change.client_id is not None:
            self._refresh_one(change.client_id)
            self.load_team()  # an edit here: "wijzigingen wachten"
        elif change.kind in (ChangeKind.CLIENTS, ChangeKind.DOSSIER):
            self._reload.start()

    def _refresh_one(self, client_id: str) -> None:
        """A note or phase changed one line of the list: read that line only."""
        dossiers = self._workspace.dossiers
        self._ops.query(
            lambda: dossiers.summary(client_id),
            self.client_refreshed.emit,
            key=("row", client_id),
            failure=lambda _e: self.load(),
        )
