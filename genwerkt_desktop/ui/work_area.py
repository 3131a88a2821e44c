"""The three areas of an unlocked vault: Cliënten, Agenda and Sociale kaart.

A :class:`WorkArea` lives exactly as long as the vault is open: the main window builds
it after unlock, and deletes it when the vault locks, so no widget or model outlives the
key.  It hosts the other screens and wires them together; it does no work of its own.

It is built in two steps.  The frame and the client list come first, with the names the
unlock read: they need no service, so the coach sees the list while the database layer
is still being loaded (ui/preload.py) and the store opened.  :meth:`WorkArea.attach` then
gives it the :class:`Workspace`: the list acts, the dossier beside it is built.

Only the first screen (the client list and the dossier beside it) is built with the
area: Agenda, Sociale kaart and Team are built when first opened (or first asked for),
so unlocking costs the coach only what the first screen shows.

In conversation mode (``ui.conversation``: the coach is with one client) only the dossier
shows, under the conversation bar; no other area or dossier opens until it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.client_list import ClientSummary
from genwerkt_desktop.ui.areas import Area
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.conversation.presenter import ConversationPresenter
from genwerkt_desktop.ui.conversation.views import (
    ConversationBar,
    ConversationOffer,
    start_button,
)
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.worker import TaskRunner

if TYPE_CHECKING:
    # The services and the session: imported by attach, as the first list after
    # unlocking is shown before the database layer is loaded (ui/preload.py).  The
    # areas: imported when first opened, as unlocking shows the client list.
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.agenda.view import AgendaView
    from genwerkt_desktop.ui.directory.view import DirectoryView
    from genwerkt_desktop.ui.team.area import TeamArea
    from genwerkt_desktop.ui.team.session import TeamSession

__all__ = ["Area", "WorkArea"]

log = logging.getLogger(__name__)

# The first time, the list takes what it asks for within these shares of the width;
# later the splitter stays as the coach left it.
CLIENT_LIST_MIN_SHARE = 0.28
CLIENT_LIST_MAX_SHARE = 0.5


def _scroll_area(name: str, parent: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area for one view: on a small screen the window can still be
    made narrower than what the view would like, and the view scrolls instead of the
    window growing off the screen."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setProperty("areaScroll", True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own
    area.setWidgetResizable(True)
    return area


def _scrolling(view: QWidget, name: str) -> QScrollArea:
    """The view, built already, in a frameless scroll area of its own."""
    area = _scroll_area(name)
    area.setWidget(view)
    return area


class WorkArea(QWidget):
    """Cliënten (list left, dossier right), Agenda and Sociale kaart, one at a time."""

    area_changed = Signal(int)  # an Area
    team_linked = Signal(bool)  # whether the Team area has anything to show

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        names: list[ClientSummary] | None = None,
    ) -> None:
        """The first screen's frame and the client list, with ``names`` (read by the
        unlock) in it: no service is needed for that, so the window shows it while the
        rest is still being loaded and opened.  :meth:`attach` makes it work."""
        super().__init__(parent)
        self.setObjectName("workArea")
        self._loaded: set[Area] = set()
        self._clock = clock
        # The containers first, each view then made inside its own: moving a built view
        # into another widget makes Qt go through its whole tree again (fonts, palette,
        # the stylesheet), a good part of building the area.
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("areaPages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("clientsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.pages.addWidget(self.splitter)
        self.clients_scroll = _scroll_area("clientsScroll", self.splitter)
        self.clients = ClientsPanel(clock, self.clients_scroll.viewport(), names=names)
        self.clients_scroll.setWidget(self.clients)
        self._dossier_scroll = _scroll_area("dossierScroll", self.splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        # Built when first opened (the properties below); until then an empty page holds
        # the place.
        self._agenda: AgendaView | None = None
        self._directory: DirectoryView | None = None
        self._team_area: TeamArea | None = None
        for _area in (Area.AGENDA, Area.DIRECTORY, Area.TEAM):
            self.pages.addWidget(QWidget())
        self.conversation_bar = ConversationBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.conversation_bar)
        layout.addWidget(self.pages)
        self._sizes_before_conversation: list[int] = []
        self._splitter_restored = False
        self._sized = False
        self._attached = False

    def attach(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        *,
        default_coach: Callable[[], str] = str,
        team: TeamSession | None = None,
        list_first: bool = False,
    ) -> None:
        """The open vault's services: the list acts, the dossier beside it is built.

        ``list_first`` (the main window, right after unlocking): the client list is asked
        for at once (or, holding the names already, what follows them), so the worker
        reads while this thread builds the dossier; :meth:`start` then does not ask
        again."""
        from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
        from genwerkt_desktop.ui.team.session import TeamSession

        self._workspace = workspace
        self._runner = runner
        self._events = events
        self._dialogs = dialogs
        # Without a session of its own (tests building the area alone): one for this area.
        self.team_session = (
            team if team is not None else TeamSession(workspace.team, runner, events, self)
        )
        self.clients.attach(
            workspace, runner, events, dialogs, default_coach=default_coach, load_at_once=list_first
        )
        if list_first:
            self._loaded.add(Area.CLIENTS)
        dossier_scroll = self._dossier_scroll
        self.dossier = DossierWorkspace(
            workspace,
            runner,
            events,
            dialogs,
            self._clock,
            parent=dossier_scroll.viewport(),
            team=self.team_session,
        )
        dossier_scroll.setWidget(self.dossier)
        self._team_status = workspace.team.status
        self._ops = Operations(runner, self)
        # Conversation mode (issue 19): the bar above everything, the offer and the start
        # button in the dossier.
        self.conversation_offer = ConversationOffer(self.dossier)
        self.dossier.add_banner(self.conversation_offer)
        starter = start_button(self.dossier)
        self.dossier.add_header_button(starter)
        self.conversation = ConversationPresenter(
            self._clock, self.dossier, self.conversation_bar, self.conversation_offer, starter, self
        )
        self.dossier.dossier_shown.connect(self.conversation.dossier_shown)
        self.conversation.changed.connect(self._show_conversation)
        # Linked (or unlinked) in Instellingen during the session: the Team area follows.
        self.team_session.link_changed.connect(lambda info: self.team_linked.emit(info is not None))
        self.clients.client_selected.connect(self.dossier.show_client)
        self._attached = True
        if self._sized:
            self._give_the_dossier_room()
        current = self.clients.current_client_id()
        if current:  # chosen in the list before it had its services
            self.dossier.show_client(current)

    def is_attached(self) -> bool:
        return self._attached

    # -- the areas built when first opened

    @property
    def agenda(self) -> AgendaView:
        if self._agenda is None:
            from genwerkt_desktop.ui.agenda.view import AgendaView

            self._agenda = AgendaView(self._workspace, self._runner, self._events, self._clock)
            self._agenda.open_dossier.connect(self.open_client)
            self._place(Area.AGENDA, self._agenda, "agendaScroll")
        return self._agenda

    @property
    def directory(self) -> DirectoryView:
        if self._directory is None:
            from genwerkt_desktop.ui.directory.view import DirectoryView

            self._directory = DirectoryView(
                self._workspace, self._runner, self._events, self._dialogs
            )
            self._place(Area.DIRECTORY, self._directory, "directoryScroll")
        return self._directory

    @property
    def team(self) -> TeamArea:
        if self._team_area is None:
            from genwerkt_desktop.ui.team.area import TeamArea

            workspace = self._workspace
            self._team_area = TeamArea(
                workspace.team,
                workspace.dossiers,
                self._runner,
                self._events,
                self._dialogs,
                session=self.team_session,
            )
            self._place(Area.TEAM, self._team_area, "teamScroll")
        return self._team_area

    def _place(self, area: Area, view: QWidget, name: str) -> None:
        """Put the view built just now where its empty page held the place."""
        index = int(area)
        empty_page = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, _scrolling(view, name))
        if empty_page is not None:
            self.pages.removeWidget(empty_page)
            empty_page.deleteLater()
        if current == index:
            self.pages.setCurrentIndex(index)

    def _view(self, area: Area) -> QWidget:
        """The view of ``area``, built now if it was not yet."""
        if area is Area.CLIENTS:
            return self.clients
        if area is Area.AGENDA:
            return self.agenda
        if area is Area.DIRECTORY:
            return self.directory
        return self.team

    # -- areas

    def start(self) -> None:
        """Show the client list and load it."""
        self.show_area(Area.CLIENTS)
        self.check_team()

    def check_team(self) -> None:
        """Ask (in the worker) whether this vault is linked to a team: the Team area is
        offered only then."""
        self._ops.query(self._team_status.linked, self.team_linked.emit, key="team-linked")

    def show_area(self, area: Area) -> None:
        if self.conversation.is_active() and area is not Area.CLIENTS:
            return  # with a client: no list of the others
        view = self._view(area)  # built before it is shown: never an empty page on screen
        if self.pages.currentIndex() != int(area):
            self.pages.setCurrentIndex(int(area))
        if area not in self._loaded:  # each area loads the first time it is shown
            self._loaded.add(area)
            view.load()  # type: ignore[attr-defined]  (every area's view has one)
        elif area is Area.TEAM:
            self.team.load()  # the team moves on while the coach works: ask again
        self.area_changed.emit(int(area))
        self.focus_area()

    def current_area(self) -> Area:
        return Area(self.pages.currentIndex())

    def focus_area(self) -> None:
        """Put the keyboard focus inside the shown area."""
        target = self.dossier if self.conversation.is_active() else self._view(self.current_area())
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        focus = target.focusWidget() or target.nextInFocusChain()
        if focus is not None and target.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_client(self, client_id: str) -> None:
        """Cliënten with this client selected (and so its dossier shown)."""
        if self.conversation.is_active() and client_id != self.conversation.client_id():
            return
        self.show_area(Area.CLIENTS)
        self.clients.select(client_id)

    def open_conflict(self, client_id: str) -> None:
        """The Team area with the conflict view of this dossier open (for the dossier's
        conflict line)."""
        if self.conversation.is_active():
            return
        self.show_area(Area.TEAM)
        self.team.open_conflict(client_id)

    # -- conversation mode

    def _show_conversation(self, on: bool) -> None:
        """Only the dossier while the coach is with a client; the list again after."""
        if on:
            self.show_area(Area.CLIENTS)
            self._sizes_before_conversation = self.splitter.sizes()
            self.clients_scroll.hide()
        else:
            self.clients_scroll.show()
            if self._sizes_before_conversation:
                self.splitter.setSizes(self._sizes_before_conversation)
        self.focus_area()

    # -- locking

    def views(self) -> list[QWidget]:
        """The views built so far (one never opened holds nothing to save or clear)."""
        if not self._attached:
            return [self.clients]  # the names alone: nothing else was built yet
        later = (self._agenda, self._directory, self._team_area)
        return [self.clients, self.dossier, *(view for view in later if view is not None)]

    def commit_pending(self) -> bool:
        """Ask every view to save what the coach was typing; False when one could not."""
        saved = True
        for view in self.views():
            try:
                if view.commit_pending() is False:  # type: ignore[attr-defined]
                    saved = False
            except Exception as exc:  # lock anyway; say so afterwards
                log.error("bewaren voor vergrendelen mislukte: %s", type(exc).__name__)
                saved = False
        return saved

    def clear(self) -> None:
        if self._attached:
            self.conversation.end()  # the lock ends it: the next unlock starts as ever
        for view in self.views():
            try:
                view.clear()  # type: ignore[attr-defined]
            except Exception as exc:  # the widgets are deleted next anyway
                log.error("leegmaken bij vergrendelen mislukte: %s", type(exc).__name__)

    # -- the splitter between list and dossier

    def restore_splitter(self, state: QByteArray | None) -> None:
        self._splitter_restored = state is not None and self.splitter.restoreState(state)

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self._splitter_restored:
                width = max(self.width(), 1)
                clients = self.clients
                wanted = max(clients.sizeHint().width(), clients.minimumSizeHint().width())
                # The dossier wants room for all its tabs side by side; the list gives way
                # down to its own minimum.  (Shown with the names only, before the dossier
                # is built: attach gives the dossier its room then.)
                room = width - self._dossier_room() if self._attached else width
                left = int(
                    min(max(wanted, width * CLIENT_LIST_MIN_SHARE), width * CLIENT_LIST_MAX_SHARE)
                )
                left = max(min(left, room), clients.minimumSizeHint().width())
                self.splitter.setSizes([left, width - left])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A window made smaller (or moved to a small laptop screen) takes the width from
        the list first, so the dossier keeps its tabs side by side (issue 16)."""
        super().resizeEvent(event)
        if self._sized and self._attached:
            self._give_the_dossier_room()

    def _give_the_dossier_room(self) -> None:
        sizes = self.splitter.sizes()
        short = self._dossier_room() - sizes[1] if len(sizes) == 2 else 0
        if short <= 0:
            return
        left = max(sizes[0] - short, self.clients.minimumSizeHint().width())
        if left < sizes[0]:
            self.splitter.setSizes([left, sum(sizes) - left])

    def _dossier_room(self) -> int:
        """The width the dossier needs: its pages, and every tab in view."""
        tabs_width = self.dossier.tabs.tabBar().sizeHint().width() + 48
        return max(self.dossier.minimumSizeHint().width(), tabs_width)
