"""The Kluis menu's tools: back-up now, restore, the logboek and the bewaartermijn.

The main window builds one :class:`VaultTools`, adds its actions to the Kluis menu and
its label to the status bar, and tells it when a vault opens or closes.  While locked,
only *Back-up terugzetten…* works (it needs no open vault); every window it opened is
closed and emptied when the vault closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.worker import TaskRunner

from .backup_flow import BackupFlow, BackupStatusLabel
from .restore_dialog import Opener, RestoreDialog, open_in_new_window

if TYPE_CHECKING:
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.events import DataEvents


class VaultTools(QObject):
    def __init__(
        self,
        window: QWidget,
        service: VaultService,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        retention_years: Callable[[], int],
        *,
        opener: Opener = open_in_new_window,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._runner = runner
        self._dialogs = dialogs
        self._clock = clock
        self._years = retention_years
        self.opener = opener  # how a restored folder is opened (a new window)
        self._workspace: Workspace | None = None
        self._events: DataEvents | None = None
        self.dialog: QDialog | None = None
        self.backups = BackupFlow(runner, dialogs, clock, self)
        self.status = BackupStatusLabel(clock, window)
        self.backups.last_known.connect(self.status.show_last)

        def action(text: str, tip: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, window)
            made.setToolTip(tip)
            made.setStatusTip(tip)
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            return made

        self.backup_action = action(
            QCoreApplication.translate("VaultTools", "&Back-up maken…"),
            QCoreApplication.translate(
                "VaultTools", "Een versleutelde back-up van de hele kluis maken"
            ),
            self.make_backup,
        )
        self.restore_action = action(
            QCoreApplication.translate("VaultTools", "Back-up &terugzetten…"),
            QCoreApplication.translate("VaultTools", "Een back-up terugzetten in een nieuwe map"),
            self.open_restore,
        )
        self.audit_action = action(
            QCoreApplication.translate("VaultTools", "&Logboek…"),
            QCoreApplication.translate("VaultTools", "Wat er met de dossiers gebeurde en wanneer"),
            self.open_audit,
        )
        self.retention_action = action(
            QCoreApplication.translate("VaultTools", "Be&waartermijn…"),
            QCoreApplication.translate(
                "VaultTools", "Afgesloten dossiers waarvan de bewaartermijn voorbij is"
            ),
            self.open_retention,
        )
        self._set_open(False)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for made in (self.backup_action, self.restore_action):
            menu.addAction(made)
        menu.addSeparator()
        for made in (self.audit_action, self.retention_action):
            menu.addAction(made)

    # -- life cycle

    def opened(self, workspace: Workspace, events: DataEvents) -> None:
        self._workspace, self._events = workspace, events
        self._set_open(True)
        self.backups.refresh(workspace)

    def refresh_status(self) -> None:
        """Read the last backup's date again (the reminder depends on today)."""
        if self._workspace is not None:
            self.backups.refresh(self._workspace)

    def closed(self) -> None:
        self.close_dialog()
        self._workspace = self._events = None
        self.status.clear_status()
        self._set_open(False)

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = None

    # -- actions

    def make_backup(self) -> None:
        if self._workspace is not None:
            self.backups.make_now(self._window, self._workspace)

    def open_restore(self) -> None:
        dialog = RestoreDialog(
            self._service, self._runner, self._dialogs, self._window, opener=self.opener
        )
        self._show(dialog)

    def open_audit(self) -> None:
        from genwerkt_desktop.ui.audit import AuditDialog

        if self._workspace is None:
            return
        dialog = AuditDialog(self._workspace, self._runner, self._window)
        self._show(dialog)
        dialog.load()

    def open_retention(self) -> None:
        from genwerkt_desktop.ui.audit import RetentionDialog

        if self._workspace is None or self._events is None:
            return
        dialog = RetentionDialog(
            self._workspace,
            self._runner,
            self._events,
            self._dialogs,
            self._clock,
            self._years,
            self._window,
        )
        self._show(dialog)
        dialog.load()

    def _show(self, dialog: QDialog) -> None:
        self.close_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None

    def _set_open(self, is_open: bool) -> None:
        for made in (self.backup_action, self.audit_action, self.retention_action):
            made.setEnabled(is_open)
