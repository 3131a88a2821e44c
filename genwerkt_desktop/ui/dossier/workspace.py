"""The dossier of one client, right in the main window: a header and three tabs.

``show_client(id)`` reads the dossier in the worker and fills every tab; ``clear()``
forgets it (the lock); ``commit_pending()`` saves a note that is being typed.  The window
title is never touched: the client's name appears only inside this widget.

A tab is built when it is first shown (or first asked for, e.g. ``contacts`` by Nieuwe
notitie): until then an empty page holds its place, and the tab builds from the dossier
shown at that moment.  Unlocking so builds no tab (the first, Overzicht, is built when
the first client is chosen), and imports only Overzicht's module: the other tabs' modules
are imported when the tab is built (ui/preload.py imports them on its own thread once the
client list has been read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.phases import current_phase
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.team.session import TeamSession
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button
from genwerkt_desktop.ui.widgets.labels import label_of, phase_labels, status_labels
from genwerkt_desktop.ui.widgets.look import apply_view_style
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import DossierController
from .overview import OverviewTab
from .tab_factory import DossierTabFactory

if TYPE_CHECKING:
    # Imported by the tab factory: together they take most of half a second to import.
    from .balance import BalanceTab
    from .closure import ClosureTab
    from .collaboration import CollaborationTab
    from .contacts import ContactsTab
    from .domains import DomainsTab
    from .ecogram import EcogramTab
    from .inner import InnerTab
    from .instruments import InstrumentsTab
    from .mindmap.tab import MindmapTab
    from .pop import PopTab
    from .together import TogetherTab

TabT = TypeVar("TabT", bound=QWidget)


@runtime_checkable
class HoldsPages(Protocol):
    """A tab that holds tabs of its own (Samen bekijken): its pages are the dossier
    pages, each shown the dossier and told whether it may be edited."""

    @property
    def inner_pages(self) -> tuple[QWidget, ...]: ...


class DossierPage(Protocol):
    """What every tab of the dossier does: show a dossier, forget it, save what is typed."""

    # The parts of a dossier the tab shows: it is refreshed when one of them changed.
    parts: frozenset[Part]

    def set_dossier(self, dossier: Dossier) -> None:
        """Show this dossier (another client, or a part changed by another view)."""

    def keep(self, dossier: Dossier) -> None:
        """The tab's own write came back: take the fresh record without resetting what
        the coach is doing (selection, a form, the scroll position)."""

    def clear(self) -> None:
        """Forget the dossier: no client text stays behind."""

    def commit_pending(self) -> None:
        """Hand what is being typed to the controller; the lock flushes the writes."""

    def set_read_only(self, read_only: bool) -> None:
        """A colleague holds the dossier: keep reading possible, take the editing out."""


BANNER_QSS = """
QFrame#teamBanner {
    background: #eef3f4;
    border: 1px solid #c9d8dc;
    border-radius: 8px;
}
QFrame#teamBanner QLabel {
    background: transparent;
    color: #173f4d;
}
"""


class DossierWorkspace(QWidget):
    """Header (name, status, phase) above the tabs Overzicht, Levensdomeinen & rechten,
    Contactmomenten.  A calm word while no client is chosen."""

    dossier_shown = Signal(str)  # the client id whose dossier is now on screen, "" when none

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        team: TeamSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWorkspace")
        apply_view_style(self)
        self._dialogs = dialogs
        self._clock = clock
        self._workspace = workspace
        self._team = team
        self._team_ops = Operations(runner, self)
        self._dossier: Dossier | None = None
        self.holder: str | None = None  # a colleague holding the open dossier: read-only
        self.handover_dialog: QWidget | None = None
        self.controller = DossierController(workspace, runner, events, self)
        self.controller.loaded.connect(self._show)
        self.controller.parts_loaded.connect(self._show_parts)
        self.controller.gone.connect(self.clear)
        self.controller.failed.connect(self._warn)
        self._tabs_made = DossierTabFactory(
            self.controller, workspace, runner, dialogs, clock, warn=self._warn
        )

        self._build_waiting()
        content = QWidget(self)
        self._build_header(content)
        self._build_read_only_banner(content)
        self._build_tabs(content)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(14, 12, 14, 12)
        content_layout.setSpacing(10)
        content_layout.addLayout(self._header)
        content_layout.addWidget(self.read_only_banner)
        content_layout.addWidget(self.tabs, 1)
        self._content_layout = content_layout
        self._content = content
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.tabs)
        self._add_new_note_action()
        if team is not None:
            team.link_changed.connect(lambda _info: self._show_holder(self.holder))
        self.clear()

    # ------------------------------------------------------------------ building

    def _build_waiting(self) -> None:
        """What shows while no client is chosen, and while a dossier is being read."""
        self.empty_state = QLabel(
            QCoreApplication.translate(
                "DossierWorkspace",
                "Kies links een cliënt, of noteer een eerste onthaal met Nieuwe cliënt (Ctrl+N).",
            ),
            self,
        )
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.loading = hint_label(
            QCoreApplication.translate("DossierWorkspace", "Het dossier wordt geopend…"),
            self,
            muted=True,
        )
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_header(self, content: QWidget) -> None:
        """The client's name, status and phase, and Overdragen… (team mode)."""
        self.name = QLabel(content)
        self.name.setObjectName("dossierName")
        make_title(self.name, 1.45)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(content)
        self.status_badge.setObjectName("badge")
        self.phase_badge = QLabel(content)
        self.phase_badge.setObjectName("badge")
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.name)
        header.addSpacing(6)
        header.addWidget(self.status_badge)
        header.addWidget(self.phase_badge)
        header.addStretch(1)
        self.handover_button = make_button(
            QCoreApplication.translate("DossierWorkspace", "Overdragen…"),
            QCoreApplication.translate("DossierWorkspace", "Dossier overdragen aan een collega"),
            content,
        )
        self.handover_button.setToolTip(
            QCoreApplication.translate(
                "DossierWorkspace", "Een collega van het team neemt dit dossier over"
            )
        )
        self.handover_button.clicked.connect(self.open_handover)
        self.handover_button.hide()
        header.addWidget(self.handover_button)
        self._header = header

    def _build_read_only_banner(self, content: QWidget) -> None:
        """A colleague holds this dossier: said calmly, above everything else."""
        self.read_only_banner = QFrame(content)
        self.read_only_banner.setObjectName("teamBanner")
        self.read_only_banner.setStyleSheet(BANNER_QSS)
        self.read_only_text = QLabel(self.read_only_banner)
        self.read_only_text.setWordWrap(True)
        self.read_only_text.setAccessibleName(
            QCoreApplication.translate("DossierWorkspace", "Alleen lezen")
        )
        banner_layout = QHBoxLayout(self.read_only_banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.addWidget(self.read_only_text, 1)
        self.read_only_banner.hide()

    def _build_tabs(self, content: QWidget) -> None:
        """Every tab in its order, each an empty page until it is first shown."""
        self.tabs = QTabWidget(content)
        self.tabs.setDocumentMode(False)
        self.tabs.setAccessibleName(QCoreApplication.translate("DossierWorkspace", "Dossier"))
        # Every tab in its order: its name and its title (the tab factory makes it).
        tabs: list[tuple[str, str]] = [
            ("overview", QCoreApplication.translate("DossierWorkspace", "&Overzicht")),
            ("domains", QCoreApplication.translate("DossierWorkspace", "&Levensdomeinen")),
            ("inner", QCoreApplication.translate("DossierWorkspace", "Binnen&kant")),
            ("contacts", QCoreApplication.translate("DossierWorkspace", "&Contacten")),
            # -- feature tabs (ecogram, balance, POP, collaboration, closure)
            ("ecogram", QCoreApplication.translate("DossierWorkspace", "&Ecogram")),
            ("balance", QCoreApplication.translate("DossierWorkspace", "&Balans")),
            ("pop", QCoreApplication.translate("DossierWorkspace", "&POP")),
            ("collaboration", QCoreApplication.translate("DossierWorkspace", "&Samenwerking")),
            ("together", QCoreApplication.translate("DossierWorkspace", "Samen bek&ijken")),
            ("closure", QCoreApplication.translate("DossierWorkspace", "Afsl&uiting")),
        ]
        self._pages: list[DossierPage] = []  # the tabs built so far
        self._built: dict[str, QWidget] = {}
        self._tab_index = {name: index for index, (name, _title) in enumerate(tabs)}
        self._tab_title = dict(tabs)
        for _name, title in tabs:
            self.tabs.addTab(QWidget(), title)  # holds the place until first shown
        # No tab yet: until a client is chosen, the calm word below shows instead.
        self.tabs.currentChanged.connect(self._tab_shown)

    def _add_new_note_action(self) -> None:
        """One keystroke from anywhere in the window: a new note, now."""
        self.new_note_action = QAction(
            QCoreApplication.translate("DossierWorkspace", "Nieuwe &notitie"), self
        )
        self.new_note_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N)
        )
        self.new_note_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_note_action.triggered.connect(self.new_note)
        self.addAction(self.new_note_action)

    # ------------------------------------------------------------------ public

    def show_client(self, client_id: str) -> None:
        """Open a client's dossier (read in the worker); "" shows the empty state."""
        if not client_id:
            self.clear()
            return
        if client_id == self.controller.client_id and self._dossier is not None:
            return
        contacts = self._built.get("contacts")
        if contacts is not None:
            cast("ContactsTab", contacts).save_pending()
        self._forget_tabs()
        self._dossier = None
        self.stack.setCurrentWidget(self.loading)
        self.new_note_action.setEnabled(False)
        self.controller.load(client_id)
        self._tab_shown(self.tabs.currentIndex())  # built while the worker reads

    def clear(self) -> None:
        """Forget the dossier: no client text stays in any tab, label or model."""
        self.controller.forget()
        self._team_ops.drop_all()
        self._close_handover()
        self._show_holder(None)
        self._dossier = None
        self._forget_tabs()
        self.stack.setCurrentWidget(self.empty_state)
        self.new_note_action.setEnabled(False)
        self.dossier_shown.emit("")

    def commit_pending(self) -> None:
        """Hand what is being edited to the controller; the lock then flushes the writes."""
        for page in self._pages:
            page.commit_pending()

    def add_header_button(self, button: QWidget) -> None:
        """A feature's button in the header, before Overdragen… (e.g. Gesprek starten)."""
        self._header.insertWidget(self._header.indexOf(self.handover_button), button)

    def add_banner(self, banner: QWidget) -> None:
        """A feature's quiet bar above the tabs, shown only with a dossier."""
        self._content_layout.insertWidget(self._content_layout.indexOf(self.tabs), banner)

    def current_client_id(self) -> str:
        return self._dossier.client.id if self._dossier is not None else ""

    def is_loaded(self) -> bool:
        return self._dossier is not None

    def dossier(self) -> Dossier | None:
        return self._dossier

    def new_note(self) -> None:
        if self._dossier is None or self.holder is not None:
            return
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.new_note()

    # ------------------------------------------------------------------ helpers

    def _show(self, dossier: Dossier) -> None:
        first = self._dossier is None or self._dossier.client.id != dossier.client.id
        self._dossier = dossier
        self._show_header(dossier)
        for page in self._pages:
            page.set_dossier(dossier)
        self.stack.setCurrentWidget(self._content)
        self.new_note_action.setEnabled(self.holder is None)
        if self.holder is not None:
            self._apply_read_only()  # the tabs built their controls anew
        self._read_holder(dossier.client.id)
        if first:
            self.dossier_shown.emit(dossier.client.id)

    def _show_header(self, dossier: Dossier) -> None:
        client = dossier.client
        self.name.setText(client.display_name)
        status_text = label_of(status_labels(), client.status)
        self.status_badge.setText(status_text)
        self.status_badge.setToolTip(
            QCoreApplication.translate("DossierWorkspace", "Status: {status}").format(
                status=status_text
            )
        )
        self.status_badge.setVisible(client.status is not None)
        phase = current_phase(dossier.phases, self._clock.today())
        phase_text = label_of(phase_labels(), phase)
        self.phase_badge.setText(phase_text)
        self.phase_badge.setToolTip(
            QCoreApplication.translate("DossierWorkspace", "Fase van het traject: {phase}").format(
                phase=phase_text
            )
        )
        # "Nazorg" as status and as phase: once is enough.
        self.phase_badge.setVisible(phase is not None and phase_text != status_text)

    def _show_parts(self, dossier: Dossier, parts: frozenset[Part], initiator: object) -> None:
        """Only ``parts`` changed: the tabs that show them see the new dossier (the one
        that made the change keeps what it shows); the header and the other tabs keep
        what they show."""
        self._dossier = dossier
        if parts & {Part.CLIENT, Part.PHASES}:
            self._show_header(dossier)
        for page in self._pages:
            if not page.parts & parts:
                continue
            if page is initiator:
                page.keep(dossier)
            else:
                page.set_dossier(dossier)
        if self.holder is not None:
            self._apply_read_only()

    def _forget_tabs(self) -> None:
        self.name.clear()
        self.status_badge.clear()
        self.phase_badge.clear()
        for page in self._pages:
            page.clear()

    # ------------------------------------------------------------------ the tabs

    @property
    def overview(self) -> OverviewTab:
        return self._typed("overview", OverviewTab)

    @property
    def domains(self) -> DomainsTab:
        from .domains import DomainsTab

        return self._typed("domains", DomainsTab)

    @property
    def inner(self) -> InnerTab:
        from .inner import InnerTab

        return self._typed("inner", InnerTab)

    @property
    def contacts(self) -> ContactsTab:
        from .contacts import ContactsTab

        return self._typed("contacts", ContactsTab)

    @property
    def ecogram(self) -> EcogramTab:
        from .ecogram import EcogramTab

        return self._typed("ecogram", EcogramTab)

    def show_page(self, page: QWidget) -> None:
        """Bring a tab's page to the front, also one inside Samen bekijken."""
        built = self._built.get("together")
        together = cast("TogetherTab | None", built)
        if together is not None and page in together.inner_pages:
            together.inner.setCurrentWidget(page)
            page = together
        self.tabs.setCurrentWidget(page)

    @property
    def together(self) -> TogetherTab:
        from .together import TogetherTab

        return self._typed("together", TogetherTab)

    @property
    def mindmap(self) -> MindmapTab:
        return self.together.mindmap

    @property
    def balance(self) -> BalanceTab:
        from .balance import BalanceTab

        return self._typed("balance", BalanceTab)

    @property
    def pop(self) -> PopTab:
        from .pop import PopTab

        return self._typed("pop", PopTab)

    @property
    def collaboration(self) -> CollaborationTab:
        from .collaboration import CollaborationTab

        return self._typed("collaboration", CollaborationTab)

    @property
    def instruments(self) -> InstrumentsTab:
        return self.together.instruments

    @property
    def closure(self) -> ClosureTab:
        from .closure import ClosureTab

        return self._typed("closure", ClosureTab)

    def _typed(self, name: str, kind: type[TabT]) -> TabT:
        page = self._tab(name)
        assert isinstance(page, kind)
        return page

    def _tab_shown(self, index: int) -> None:
        for name, at in self._tab_index.items():
            if at == index:
                self._tab(name)

    def _tab(self, name: str) -> QWidget:
        """The tab ``name``, built now (in the place its empty page held) if it was not
        yet, and shown the dossier on screen and whether it may be edited."""
        built = self._built.get(name)
        if built is not None:
            return built
        page = self._tabs_made.build(name, self.tabs)
        self._built[name] = page
        index = self._tab_index[name]
        empty_page = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab stays chosen: no news
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self._tab_title[name])
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if empty_page is not None:
            empty_page.deleteLater()
        for inner in page.inner_pages if isinstance(page, HoldsPages) else (page,):
            tab = cast(DossierPage, inner)
            self._pages.append(tab)
            if self._dossier is not None:
                tab.set_dossier(self._dossier)
            if self.holder is not None:
                tab.set_read_only(True)
        return page

    # ------------------------------------------------------------------ team mode

    def is_read_only(self) -> bool:
        return self.holder is not None

    def _read_holder(self, client_id: str) -> None:
        """Who holds this dossier, when a colleague does (cheap, offline, in the worker)."""
        status = self._workspace.team.status

        def done(holder: str | None) -> None:
            if self.current_client_id() == client_id:
                self._show_holder(holder)

        self._team_ops.query(
            lambda: status.read_only_holder(client_id),
            done,
            key="holder",
            failure=lambda _exc: None,
        )
        if self._team is not None and not self._team.linked:
            self.handover_button.hide()

    def _show_holder(self, holder: str | None) -> None:
        was = self.holder
        self.holder = holder
        if holder is not None:
            self.read_only_text.setText(
                QCoreApplication.translate(
                    "DossierWorkspace",
                    "In handen van {holder} — u leest een kopie; alleen {holder} of de "
                    "teamverantwoordelijke kan het overdragen.",
                ).format(holder=holder)
            )
        self.read_only_banner.setVisible(holder is not None)
        self.new_note_action.setEnabled(self._dossier is not None and holder is None)
        team = self._team
        lead = team is not None and team.info is not None and team.info.is_lead
        self.handover_button.setVisible(
            team is not None
            and team.linked
            and self._dossier is not None
            and (holder is None or lead)
        )
        if holder is not None or was is not None:
            self._apply_read_only()

    def _apply_read_only(self) -> None:
        for page in self._pages:
            page.set_read_only(self.holder is not None)

    def open_handover(self) -> None:
        from genwerkt_desktop.ui.team.handover_dialog import HandoverDialog

        if self._team is None or self._dossier is None:
            return
        self._close_handover()
        dialog = HandoverDialog(
            self._team, self._dossier.client.id, self._dossier.client.display_name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _code: self._forget_handover(dialog))
        self.handover_dialog = dialog
        dialog.open()
        dialog.load()

    def _forget_handover(self, dialog: QWidget) -> None:
        if self.handover_dialog is dialog:
            self.handover_dialog = None

    def _close_handover(self) -> None:
        dialog, self.handover_dialog = self.handover_dialog, None
        if dialog is not None:
            dialog.close()

    def _warn(self, text: str) -> None:
        self._dialogs.warn(self, QCoreApplication.translate("DossierWorkspace", "Dossier"), text)
