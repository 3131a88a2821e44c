"""One unlocked vault in the window: its services, its change events and its work area.

Opening builds one :class:`Workspace` (every service for the open vault), one
:class:`DataEvents` and one :class:`WorkArea`, then checks every page of the store in the
worker.  Closing saves what the views hold (through the worker, and waits for it),
clears and deletes all three and closes the vault, so no widget, model or service keeps
a client's data or the key.  The window only shows which of its two faces is up.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.settings import CLIENTS_SPLITTER, AppSettings
from genwerkt_desktop.ui.worker import TaskRunner

if TYPE_CHECKING:
    # Imported when a vault opens: every view and service is behind them, and the unlock
    # page must not wait for those.
    from genwerkt_desktop.services.backups import PageCheck
    from genwerkt_desktop.services.client_list import ClientSummary
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.team.session import TeamSession
    from genwerkt_desktop.ui.work_area import WorkArea

log = logging.getLogger(__name__)

DRAIN_ROUNDS = 20  # callbacks may queue follow-up saves; wait for those too


class VaultSession(QObject):
    def __init__(
        self,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        settings: AppSettings,
        window: QWidget,
        *,
        open_workspace: Callable[[OpenVault], Workspace] | None = None,
    ) -> None:
        super().__init__(window)
        self._open_workspace = open_workspace
        self._runner = runner
        self._ops = Operations(runner, self)
        self._dialogs = dialogs
        self._clock = clock
        self._settings = settings
        self._window = window
        self.vault: OpenVault | None = None
        self.workspace: Workspace | None = None
        self.events: DataEvents | None = None
        self.team: TeamSession | None = None
        self.work_area: WorkArea | None = None
        # The clean page check of the open vault: once it is closed, the sealed record of
        # the last full check follows the files, so a command after the window is fast.
        self._page_check: PageCheck | None = None

    def is_open(self) -> bool:
        return self.vault is not None or self.work_area is not None

    def names_only(self) -> bool:
        """The list shows the names the unlock read, and the vault is not yet here."""
        return self.vault is None and self.work_area is not None

    def show_names(self, names: list[ClientSummary], stack: QStackedWidget) -> WorkArea:
        """The work area's first step, shown in ``stack``: the client list with the names
        the unlock read, before the vault is handed over (:meth:`open` completes it)."""
        from genwerkt_desktop.ui.work_area import WorkArea

        area = WorkArea(self._clock, stack, names=names)
        self._show(area, stack)
        return area

    def open(
        self,
        vault: OpenVault,
        stack: QStackedWidget,
        *,
        names: list[ClientSummary] | None = None,
    ) -> WorkArea:
        """The work area on ``vault``, shown in ``stack`` and started: the one showing
        the names already (:meth:`show_names`), else a new one; ``names``: the client
        list's names when the unlock read them already."""
        from genwerkt_desktop.services.workspace import Workspace
        from genwerkt_desktop.ui.team.session import TeamSession
        from genwerkt_desktop.ui.work_area import WorkArea

        self.vault = vault
        self.workspace = (
            self._open_workspace(vault) if self._open_workspace else Workspace.open(vault)
        )
        self.events = DataEvents(self)
        self.team = TeamSession(self.workspace.team, self._runner, self.events, self)
        area = self.work_area
        if area is None:
            area = WorkArea(self._clock, stack, names=names)
            self._show(area, stack)
        area.attach(
            self.workspace,
            self._runner,
            self.events,
            self._dialogs,
            default_coach=lambda: self._settings.coach_name,
            team=self.team,
            list_first=True,  # the list is read while the rest of the area is built
        )
        area.start()
        self.team.refresh()
        self._check_pages(vault)
        return area

    def _show(self, area: WorkArea, stack: QStackedWidget) -> None:
        area.restore_splitter(self._settings.get(CLIENTS_SPLITTER))
        self.work_area = area
        stack.addWidget(area)
        stack.setCurrentWidget(area)

    def close(self, close_dialogs: Callable[[], None]) -> bool:
        """Commit, clear, close the vault, delete the views: in that order.  False when
        something the coach was typing could not be saved first."""
        area = self.work_area
        saved = True
        if area is not None:
            failures = self._runner.write_failures
            saved = area.commit_pending()  # a filled-in dialog may be saved here too
            self._drain()
            saved = saved and self._runner.write_failures == failures
            area.clear()
            if self.team is not None:
                self.team.clear()  # the team password leaves memory with the key
            close_dialogs()
            self._drain()  # nothing may still run against the vault about to close
            self._settings.set(CLIENTS_SPLITTER, area.splitter_state())
        if self.vault is not None:
            vault, self.vault = self.vault, None
            vault.close()
            self._note_closed(vault)
        if area is not None:
            self.work_area = None
            stack = area.parentWidget()
            if isinstance(stack, QStackedWidget):
                stack.removeWidget(area)
            area.hide()
            area.setParent(None)  # out of the window tree now, deleted by the event loop
            area.deleteLater()
        if self.team is not None:
            self.team.clear()
            self.team.deleteLater()
            self.team = None
        if self.events is not None:
            self.events.deleteLater()
            self.events = None
        self.workspace = None
        # Once the views are deleted (deleteLater, above): one full pass of the collector,
        # so nothing of the closed vault lingers in a cycle until some later pass.
        QTimer.singleShot(0, gc.collect)
        return saved

    def _check_pages(self, vault: OpenVault) -> None:
        """After the list is on its way: every page's HMAC, once, in the worker, unless
        the store is exactly as genwerkt left it after a clean pass less than a day ago.
        Damage anywhere is said now, before the coach works on in a store that needs a
        backup.  A clean pass is recorded beside the store (services/backups.py)."""
        from genwerkt_desktop.services.backups import check_pages

        self._page_check = None

        def done(check: PageCheck) -> None:
            if self.vault is not vault:
                return
            if check.clean:
                self._page_check = check
            else:
                self._warn_damaged()

        def failed(_exc: BaseException) -> None:
            # A check that could not even run is said as damage: the store needs looking at.
            if self.vault is vault:
                self._warn_damaged()

        # Skipped when the sealed record vouches for the files as this open found them.
        self._ops.query(lambda: check_pages(vault), done, failure=failed)

    def _warn_damaged(self) -> None:
        self._dialogs.warn(
            self._window,
            QCoreApplication.translate("MainWindow", "De kluis is beschadigd"),
            QCoreApplication.translate(
                "MainWindow",
                "Een deel van de kluis is beschadigd of gewijzigd. Werk er niet verder "
                "in: maak via Kluis › Back-up terugzetten… een back-up in een nieuwe "
                "map terug, of vraag hulp aan wie uw computer beheert.",
            ),
        )

    def _note_closed(self, vault: OpenVault) -> None:
        """The vault is closed and checkpointed: when its pages were checked clean, the
        record follows the files as this window left them."""
        check, self._page_check = self._page_check, None
        if check is None:
            return
        from genwerkt_desktop.services.backups import note_store_closed

        try:
            note_store_closed(vault.paths, check)
        except Exception:  # the record only spares a later pass; it never stops a lock
            log.warning("het controlebestand bij het sluiten kon niet bijgewerkt worden")

    def _drain(self) -> None:
        """Let running saves finish and their callbacks run before the vault closes."""
        for _ in range(DRAIN_ROUNDS):
            if not self._runner.is_busy():
                return
            self._runner.wait()
        log.error("het werk op de achtergrond raakte niet klaar voor het vergrendelen")
