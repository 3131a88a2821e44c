"""The main window: the start pages while locked, the client list once the vault is open."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.vault import OpenVault, VaultService

from .client_model import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_PHASE,
    COL_STATUS,
    ClientFilterProxy,
    ClientTableModel,
)
from .dialogs import Dialogs
from .style import make_title
from .vault_screens import VaultController, VaultScreens
from .worker import TaskRunner

WINDOW_TITLE = "genwerkt"  # the product name only: never a client's name
SETTINGS_GEOMETRY = "hoofdvenster/geometrie"
SETTINGS_SPLITTER = "hoofdvenster/splitter"


class ClientListPage(QWidget):
    """Left: the searchable client list.  Right: room for the dossier (built later)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.model = ClientTableModel(clock, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        left = QWidget(self)
        left.setObjectName("clientPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setSpacing(10)
        heading = QLabel(QCoreApplication.translate("MainWindow", "Cliënten"), left)
        heading.setObjectName("panelTitle")
        make_title(heading, 1.3)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", "Zoek op naam…"))
        self.search.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Zoek een cliënt op naam")
        )
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(QCoreApplication.translate("MainWindow", "&Zoeken:"), left)
        search_label.setBuddy(self.search)
        search_label.setObjectName("hintText")

        self.table = QTableView(left)
        self.table.setObjectName("clientTable")
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Cliëntenlijst"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_STATUS, COL_PHASE, COL_LAST_CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 8)
        self.empty_hint = QLabel(
            QCoreApplication.translate("MainWindow", "Nog geen cliënten in deze kluis."), left
        )
        self.empty_hint.setObjectName("mutedText")
        self.empty_hint.setWordWrap(True)

        left_layout.addWidget(heading)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_hint)

        right = QWidget(self)
        right.setObjectName("dossierArea")
        right_layout = QVBoxLayout(right)
        self.placeholder = QLabel(
            QCoreApplication.translate("MainWindow", "Kies een cliënt links"), right
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        left.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.search, self.table)
        self._sized = False
        self._restored_splitter = False
        self.search.textChanged.connect(self.proxy.set_name_filter)
        self.search.returnPressed.connect(self.table.setFocus)
        self._update_empty_hint()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self._restored_splitter:
                width = self.width()
                self.splitter.setSizes([int(width * 0.45), width - int(width * 0.45)])

    def restore_splitter(self, state: QByteArray) -> None:
        self._restored_splitter = self.splitter.restoreState(state)

    def show_clients(self, service: DossierService) -> None:
        self.model.set_clients(service.list_clients())
        self._update_empty_hint()

    def clear(self) -> None:
        """Leave no client data in any widget."""
        self.search.clear()
        self.table.clearSelection()
        self.model.clear()
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)


class MainWindow(QMainWindow):
    """Locked: the start pages.  Unlocked: the client list.  Ctrl+L locks again."""

    def __init__(
        self,
        vault_service: VaultService,
        clock: Clock,
        dialogs: Dialogs,
        *,
        settings: QSettings | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self._service = vault_service
        self._dialogs = dialogs
        self._settings = settings if settings is not None else QSettings()
        self._runner = runner if runner is not None else TaskRunner(parent=self)
        self._vault: OpenVault | None = None

        self.stack = QStackedWidget(self)
        self.vault_screens = VaultScreens(self.stack)
        self.workspace = ClientListPage(clock, self.stack)
        self.stack.addWidget(self.vault_screens)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)

        self.controller = VaultController(
            vault_service, self.vault_screens, self._runner, dialogs, self
        )
        self.controller.unlocked.connect(self._on_unlocked)
        self.controller.notice.connect(self._show_notice)

        self.lock_action = QAction(QCoreApplication.translate("MainWindow", "&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setToolTip(
            QCoreApplication.translate("MainWindow", "Vergrendelen (Ctrl+L): sluit de kluis af")
        )
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(QCoreApplication.translate("MainWindow", "&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.lock_action)
        self.addAction(self.quit_action)

        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Kluis"))
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Kluis"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        lock_button = self.toolbar.widgetForAction(self.lock_action)
        if lock_button is not None:
            lock_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Vergrendelen"))
        self.toolbar.toggleViewAction().setEnabled(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self._restore_geometry()
        self._show_locked()

    # -- life cycle

    def start(self) -> None:
        """Begin at the start pages (tries the remembered key first)."""
        self._show_locked()
        self.controller.start()

    @property
    def vault(self) -> OpenVault | None:
        return self._vault

    def lock(self) -> None:
        """Close the vault, drop every client row from the widgets, ask for the passphrase."""
        self._close_vault()
        self._show_locked()
        self.controller.show_unlock()

    def _close_vault(self) -> None:
        self.workspace.clear()
        self.statusBar().clearMessage()
        if self._vault is not None:
            vault, self._vault = self._vault, None
            vault.close()

    def _show_locked(self) -> None:
        self.lock_action.setEnabled(False)
        self.toolbar.hide()
        self.stack.setCurrentWidget(self.vault_screens)

    def _on_unlocked(self, vault: OpenVault) -> None:
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault
        self.workspace.show_clients(DossierService(vault))
        self.stack.setCurrentWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.toolbar.show()
        self.workspace.search.setFocus()

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- window state

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        splitter = self._settings.value(SETTINGS_SPLITTER)
        if splitter is not None:
            self.workspace.restore_splitter(splitter)

    def save_geometry(self) -> None:
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_SPLITTER, self.workspace.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.controller.shutdown()
        self._close_vault()
        super().closeEvent(event)
