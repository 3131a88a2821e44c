"""The main window: the start pages while locked, the three work areas while open.

Locked, the window holds the vault pages and nothing else.  The open vault, with its
services, change events and work area, is a :class:`VaultSession`: the window opens it
after unlocking and closes it at the lock, and only shows which face is up.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.ui.areas import Area
from genwerkt_desktop.ui.backups import VaultTools
from genwerkt_desktop.ui.conversation.window import WindowDuringConversation
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.lock import LockController, SessionWatcher
from genwerkt_desktop.ui.preload import PRELOAD, Preload
from genwerkt_desktop.ui.settings import CLIENTS_SPLITTER, WINDOW_GEOMETRY, AppSettings
from genwerkt_desktop.ui.settings_dialog import SettingsDialog
from genwerkt_desktop.ui.style import restyle
from genwerkt_desktop.ui.team.sync_flow import TeamSyncFlow
from genwerkt_desktop.ui.vault import VaultController, VaultScreens
from genwerkt_desktop.ui.vault_session import VaultSession
from genwerkt_desktop.ui.widgets.first_paint import FirstPaint
from genwerkt_desktop.ui.worker import TaskRunner

if TYPE_CHECKING:
    # Imported when a vault opens (see VaultSession): every view is behind it, and the
    # unlock page must not wait for those.
    from genwerkt_desktop.services.client_list import ClientSummary
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.team.session import TeamSession
    from genwerkt_desktop.ui.work_area import WorkArea

log = logging.getLogger(__name__)

WINDOW_TITLE = "genwerkt"  # the product name only: never a client's name
SETTINGS_GEOMETRY = WINDOW_GEOMETRY.key
SETTINGS_SPLITTER = CLIENTS_SPLITTER.key


class MainWindow(QMainWindow):
    """Locked: the start pages.  Open: Cliënten, Agenda, Sociale kaart.  Ctrl+L locks."""

    def __init__(
        self,
        vault_service: VaultService,
        clock: Clock,
        dialogs: Dialogs,
        *,
        settings: AppSettings | None = None,
        runner: TaskRunner | None = None,
        session_watcher: SessionWatcher | None = None,
        preload: Preload = PRELOAD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self._service = vault_service
        self._clock = clock
        self._dialogs = dialogs
        self._settings = settings if settings is not None else AppSettings(QSettings(), self)
        self._runner = runner if runner is not None else TaskRunner(parent=self)
        self._session = VaultSession(
            self._runner, dialogs, clock, self._settings, self, open_workspace=self._open_workspace
        )
        self.settings_dialog: SettingsDialog | None = None

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.vault_screens = VaultScreens(self.stack)
        self.stack.addWidget(self.vault_screens)
        self.setCentralWidget(self.stack)

        self.controller = VaultController(
            vault_service, self.vault_screens, self._runner, dialogs, self, preload=preload
        )
        self.controller.unlocked.connect(self._on_unlocked)
        self.controller.names_read.connect(self._show_names)
        self.controller.names_withdrawn.connect(self._withdraw_names)
        self.controller.notice.connect(self._show_notice)

        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before the main window"
        self.lock_controller = LockController(
            clock, self._settings, app, watcher=session_watcher, parent=self
        )
        self.lock_controller.lock_requested.connect(self.lock)

        self._build_actions()
        # Synchroniseren (team mode): hidden until the open vault is linked to a team.
        self.team_sync = TeamSyncFlow(self, self, clock=clock)
        self.team_sync.notice.connect(self._show_notice)
        self._build_menus()
        # A damaged or vanished store: the unlock page points to the backups.
        self.vault_screens.unlock.restore_requested.connect(self.tools.open_restore)
        self._build_navigation()
        self._build_conversation()
        self._build_status_bar()
        self._restore_geometry()
        self._show_locked()

    # -- building

    def _open_workspace(self, vault: OpenVault) -> Workspace:
        # The team password may be remembered where the vault key may: the same keyring.
        from genwerkt_desktop.services.workspace import Workspace

        return Workspace.open(vault, self._service.keystore)

    def _action(self, text: str, shortcut: QKeySequence, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.addAction(action)  # works with the menu bar hidden too
        return action

    def _build_actions(self) -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.lock_action = self._action(
            QCoreApplication.translate("MainWindow", "&Vergrendelen"),
            QKeySequence(ctrl | Qt.Key.Key_L),
            QCoreApplication.translate("MainWindow", "Vergrendelen (Ctrl+L): sluit de kluis af"),
        )
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = self._action(
            QCoreApplication.translate("MainWindow", "&Instellingen…"),
            QKeySequence(ctrl | Qt.Key.Key_Comma),
            QCoreApplication.translate("MainWindow", "Instellingen (Ctrl+,)"),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Afsluiten"),
            QKeySequence(ctrl | Qt.Key.Key_Q),
            QCoreApplication.translate("MainWindow", "Afsluiten (Ctrl+Q): bewaart en sluit af"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.area_actions = QActionGroup(self)
        self.area_actions.setExclusive(True)
        areas = (
            (
                Area.CLIENTS,
                QCoreApplication.translate("MainWindow", "&Cliënten"),
                Qt.Key.Key_1,
                QCoreApplication.translate("MainWindow", "Cliënten en hun dossiers (Ctrl+1)"),
            ),
            (
                Area.AGENDA,
                QCoreApplication.translate("MainWindow", "Agen&da"),
                Qt.Key.Key_2,
                QCoreApplication.translate("MainWindow", "Agenda van alle cliënten (Ctrl+2)"),
            ),
            (
                Area.DIRECTORY,
                QCoreApplication.translate("MainWindow", "&Sociale kaart"),
                Qt.Key.Key_3,
                QCoreApplication.translate(
                    "MainWindow", "Sociale kaart: diensten en contactpersonen (Ctrl+3)"
                ),
            ),
            (
                Area.TEAM,
                QCoreApplication.translate("MainWindow", "&Team"),
                Qt.Key.Key_4,
                QCoreApplication.translate(
                    "MainWindow", "Team: collega's, wie welk dossier heeft, conflicten (Ctrl+4)"
                ),
            ),
        )
        self.area_action: dict[Area, QAction] = {}
        for area, text, key, tip in areas:
            action = self._action(text, QKeySequence(ctrl | key), tip)
            action.setCheckable(True)
            action.setData(int(area))
            self.area_actions.addAction(action)
            action.triggered.connect(lambda _checked=False, a=area: self.show_area(a))
            self.area_action[area] = action
        self.area_action[Area.TEAM].setVisible(False)  # until the vault says it is linked

    def _build_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Kluis"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.settings_action)
        # Back-ups, logboek and bewaartermijn (issue 8): one object, one group in the menu.
        self.tools = VaultTools(
            self,
            self._service,
            self._runner,
            self._dialogs,
            self._clock,
            lambda: self._settings.retention_years,
        )
        self.tools.add_to(vault_menu)
        vault_menu.addSeparator()
        vault_menu.addAction(self.team_sync.action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Ga naar"))
        for action in self.area_actions.actions():
            go_menu.addAction(action)
        self.go_menu = go_menu

    def _build_navigation(self) -> None:
        """The bar on top: the three areas left, Vergrendelen right.

        On top rather than at the side: on a 1280-pixel laptop screen the client list and
        the dossier need the whole width.
        """
        nav = QToolBar(QCoreApplication.translate("MainWindow", "Navigatie"), self)
        nav.setObjectName("navigation")
        nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigatie"))
        nav.setMovable(False)
        nav.setFloatable(False)
        nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        nav.toggleViewAction().setEnabled(False)
        nav.toggleViewAction().setVisible(False)
        for action in self.area_actions.actions():
            nav.addAction(action)
        spacer = QWidget(nav)
        spacer.setObjectName("navigationSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        nav.addWidget(spacer)
        nav.addAction(self.team_sync.action)
        nav.addAction(self.lock_action)
        for action in (*self.area_actions.actions(), self.team_sync.action, self.lock_action):
            button = nav.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        lock_button = nav.widgetForAction(self.lock_action)
        if lock_button is not None:
            lock_button.setObjectName("lockButton")
            restyle(lock_button)  # polished by the toolbar before it had its name
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, nav)
        self.navigation = nav

    def _build_conversation(self) -> None:
        """While the coach is with a client (issue 19): what names other clients goes."""
        self.away_actions = QActionGroup(self)
        self.away_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        tools = self.tools
        for action in (
            tools.restore_action,
            tools.audit_action,
            tools.retention_action,
            self.team_sync.action,
        ):
            self.away_actions.addAction(action)
        self.during_conversation = WindowDuringConversation(
            self.lock_controller,
            (self.area_actions, self.away_actions),
            (self.go_menu.menuAction(),),
            (self.navigation,),  # the conversation bar holds Vergrendelen meanwhile
        )

    def _build_status_bar(self) -> None:
        """A quiet busy line while the worker runs (saving, loading, exporting)."""
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Bezig"))
        self.busy_label = QLabel(QCoreApplication.translate("MainWindow", "Bezig…"), self)
        self.busy_label.setObjectName("hintText")
        self.statusBar().addPermanentWidget(self.team_sync.status)
        self.statusBar().addPermanentWidget(self.tools.status)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().setSizeGripEnabled(False)
        self._set_busy(False)
        self._runner.busy_changed.connect(self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        show = busy and self.work_area is not None  # the start pages show their own
        self.busy_bar.setVisible(show)
        self.busy_label.setVisible(show)

    # -- life cycle

    def start(self) -> None:
        """Begin at the start pages (tries the remembered key first)."""
        self._show_locked()
        self.controller.start()

    @property
    def vault(self) -> OpenVault | None:
        return self._session.vault

    @property
    def work_area(self) -> WorkArea | None:
        return self._session.work_area

    @property
    def team_session(self) -> TeamSession | None:
        """Team mode of the open vault (the link, the session's team password)."""
        return self._session.team

    @property
    def settings(self) -> AppSettings:
        return self._settings

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_unlocked(self) -> bool:
        """The vault is open and its work area shown (not only the names read first)."""
        area = self.work_area
        return area is not None and area.is_attached() and self.stack.currentWidget() is area

    def lock(self) -> None:
        """Save what is pending, drop every client's data, close the vault, ask again."""
        if self._session.names_only():
            # The store is still being opened: the vault is closed when it comes.
            self.controller.cancel_opening()
            self.controller.show_unlock()
            return
        if not self._session.is_open():
            return
        self._close_vault()
        self._show_locked()
        self.controller.show_unlock()

    def show_area(self, area: Area) -> None:
        if self.work_area is not None:
            self.work_area.show_area(area)

    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(
            self._settings, self, paths=self._service.paths, team=self._session.team
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, result: int) -> None:
        self.settings_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self._show_notice(QCoreApplication.translate("MainWindow", "Instellingen bewaard."))

    # -- unlocked / locked

    def _show_names(self, names: list[ClientSummary]) -> None:
        """The names the unlock read, in the work area's list, while the store is opened:
        the rest of the area follows with the vault (_on_unlocked)."""
        area = self._session.show_names(names, self.stack)
        self.navigation.show()  # its buttons stay off until the vault is here
        FirstPaint(area.clients.view.table.viewport(), self.controller.first_list_shown)

    def _withdraw_names(self) -> None:
        """The unlock failed after the names were shown, or the coach locked meanwhile."""
        if self._session.names_only():
            self._session.close(self._close_dialogs)
        self._show_locked()

    def _on_unlocked(self, vault: OpenVault, names: list[ClientSummary] | None) -> None:
        if self._session.vault is not None and self._session.vault is not vault:
            self._close_vault()
        area = self._session.open(vault, self.stack, names=names)
        area.area_changed.connect(self._area_shown)
        area.team_linked.connect(self.area_action[Area.TEAM].setVisible)
        area.conversation.changed.connect(self.during_conversation.apply)
        area.conversation.lock_requested.connect(self.lock)
        for action in (self.lock_action, *self.area_actions.actions()):
            action.setEnabled(True)
        self.go_menu.menuAction().setVisible(True)
        self.navigation.show()
        assert self._session.workspace is not None and self._session.events is not None
        self.tools.opened(self._session.workspace, self._session.events)
        assert self._session.team is not None
        self.team_sync.opened(self._session.team, self._session.workspace)
        self.lock_controller.arm()

    def _area_shown(self, area: int) -> None:
        self.area_action[Area(area)].setChecked(True)

    def _close_vault(self) -> None:
        """Disarm the idle lock, close the session (saving first), say if it could not."""
        self.lock_controller.disarm()
        self.team_sync.closed()
        saved = self._session.close(self._close_dialogs)
        self.tools.closed()
        self.statusBar().clearMessage()
        if not saved:
            self._dialogs.warn(
                self,
                WINDOW_TITLE,
                QCoreApplication.translate(
                    "MainWindow",
                    "De kluis is vergrendeld, maar niet alles kon eerst bewaard worden. "
                    "Open de kluis en kijk het laatste werk na.",
                ),
            )

    def _close_dialogs(self) -> None:
        """Close what the views left open; their content goes with the deleted views."""
        for dialog in self.findChildren(QDialog):
            if dialog is not self.settings_dialog and dialog.isVisible():
                dialog.reject()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal is not self.settings_dialog:
            modal.reject()

    def _show_locked(self) -> None:
        for action in (self.lock_action, *self.area_actions.actions()):
            action.setEnabled(False)
        self.area_action[Area.TEAM].setVisible(False)
        self.go_menu.menuAction().setVisible(False)
        self.navigation.hide()
        self._set_busy(False)
        self.stack.setCurrentWidget(self.vault_screens)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- window state

    def _restore_geometry(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)

    def save_geometry(self) -> None:
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        if self.work_area is not None:
            self._settings.set(CLIENTS_SPLITTER, self.work_area.splitter_state())
        self._settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowTitleChange and self.windowTitle() != WINDOW_TITLE:
            self.setWindowTitle(WINDOW_TITLE)  # no view may put a name in the title

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.controller.shutdown()
        self._close_vault()
        self.lock_controller.shutdown()
        super().closeEvent(event)
