"""Synchroniseren (Ctrl+Shift+S): ask what was never asked, then push and pull off the GUI
thread, and say quietly how it went.

The main window adds :attr:`TeamSyncFlow.action` to its bar and menu and
:attr:`TeamSyncFlow.status` to the status bar; both are hidden while the vault is not
linked to a team.  An unreachable server is said in the status bar only: the coach keeps
working, nothing pops up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.events import ChangeKind

if TYPE_CHECKING:
    # The team services pull in the database layer and the team server's driver: the
    # main window builds this flow before the unlock page shows, so they are imported
    # when the flow first needs them (a vault is open by then; ui/preload.py has them).
    from genwerkt_desktop.domain.enums import TeamSharing
    from genwerkt_desktop.services.team.membership import LinkInfo
    from genwerkt_desktop.services.team.sync import SyncReport
    from genwerkt_desktop.services.workspace import Workspace
    from genwerkt_desktop.ui.operations import Failure, Report

    from .session import TeamSession
    from .sharing_dialog import SharingDialog


class TeamSyncFlow(QObject):
    notice = Signal(str)  # a summary or a failure, for the status bar
    finished = Signal(object)  # SyncReport, or None when it did not happen

    def __init__(
        self, window: QWidget, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: TeamSession | None = None
        self._workspace: Workspace | None = None
        self._window = window
        self._running = False
        self._later: set[str] = set()  # "Later vragen" this session: not asked again
        self.sharing_dialog: SharingDialog | None = None
        self.last_report: SyncReport | None = None

        self.action = QAction(QCoreApplication.translate("TeamSync", "S&ynchroniseren"), window)
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = QCoreApplication.translate(
            "TeamSync", "Synchroniseren met de teamserver (Ctrl+Shift+S)"
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.sync)
        window.addAction(self.action)

        self.status = QLabel(window)
        self.status.setObjectName("hintText")
        self.status.setAccessibleName(QCoreApplication.translate("TeamSync", "Team"))
        self._show_link(None)

    # -- life cycle (the main window tells)

    def opened(self, session: TeamSession, workspace: Workspace) -> None:
        self._session, self._workspace = session, workspace
        session.link_changed.connect(self._show_link)
        self._show_link(session.info)

    def closed(self) -> None:
        if self.sharing_dialog is not None:
            self.sharing_dialog.reject()
            self.sharing_dialog = None
        self._session = self._workspace = None
        self._later.clear()
        self._running = False
        self.last_report = None
        self._show_link(None)

    # -- asked from outside

    def sync(self) -> None:
        session, workspace = self._session, self._workspace
        if self._running or session is None or workspace is None or not session.linked:
            return
        self._running = True
        self.action.setEnabled(False)

        def read() -> list[tuple[str, str]]:
            wanted = set(workspace.team.sync.not_asked())
            if not wanted:
                return []
            return [
                (c.id, c.display_name)
                for c in workspace.dossiers.list_clients(with_due=False)
                if c.id in wanted
            ]

        session.ops.query(read, self._ask_sharing, key="not asked", failure=self._failed)

    # -- the steps

    def _ask_sharing(self, clients: list[tuple[str, str]]) -> None:
        asked = [(cid, name) for cid, name in clients if cid not in self._later]
        if not asked:
            self._with_password()
            return
        from .sharing_dialog import SharingDialog

        dialog = SharingDialog(asked, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.sharing_dialog = dialog

        def answered() -> None:
            self.sharing_dialog = None
            self._record(dialog.answers())

        def closed(code: int) -> None:
            if self.sharing_dialog is dialog:
                self.sharing_dialog = None
            if code != SharingDialog.DialogCode.Accepted:
                self._stop(None)

        dialog.accepted.connect(answered)
        dialog.finished.connect(closed)
        dialog.open()

    def _record(self, answers: dict[str, TeamSharing | None]) -> None:
        chosen = {cid: sharing for cid, sharing in answers.items() if sharing is not None}
        self._later |= {cid for cid, sharing in answers.items() if sharing is None}
        session, workspace = self._session, self._workspace
        if session is None or workspace is None:
            return
        if not chosen:
            self._with_password()
            return
        edits, events = workspace.edits, session.events

        def work() -> list[str]:
            for cid, sharing in chosen.items():
                edits.set_team_sharing(cid, sharing)
            return list(chosen)

        def announce(ids: list[str]) -> None:
            for cid in ids:
                events.emit_change(ChangeKind.DOSSIER, cid)

        session.ops.write(
            work, lambda _ids: self._with_password(), announce=announce, failure=self._write_failed
        )

    def _with_password(self) -> None:
        session = self._session
        if not self._running or session is None:
            return
        asked = session.password_dialog is None
        session.with_password(self._window, self._push_and_pull)
        if asked and session.password_dialog is not None:
            # The coach may cancel the password: then nothing runs.
            session.password_dialog.rejected.connect(lambda: self._stop(None))

    def _push_and_pull(self, password: str | None) -> None:
        session, workspace = self._session, self._workspace
        if session is None or workspace is None:
            return
        sync, events = workspace.team.sync, session.events
        self.status.setText(QCoreApplication.translate("TeamSync", "Synchroniseren…"))
        self.status.show()

        def work(report: Report) -> SyncReport:
            return sync.sync(password, report)

        def progress(percent: int) -> None:
            self.status.setText(
                QCoreApplication.translate("TeamSync", "Synchroniseren… {percent} %").format(
                    percent=percent
                )
            )

        session.ops.write_reporting(
            work,
            self._done,
            progress=progress,
            # Whatever came in or went out: every view reads its clients again.
            announce=lambda _report: events.emit_change(ChangeKind.CLIENTS),
            failure=self._write_failed,
        )

    def _done(self, report: SyncReport) -> None:
        from . import texts

        self.last_report = report
        if report.waiting_for_admission:
            self.notice.emit(texts.waiting_for_admission())
        else:
            self.notice.emit(
                texts.summary(len(report.pushed), len(report.pulled), len(report.conflicts))
            )
        if self._session is not None:
            self._session.refresh()  # the new last-sync time
        self._stop(report)

    def _write_failed(self, failure: Failure) -> None:
        self._failed(failure.error)

    def _failed(self, exc: BaseException) -> None:
        if self._session is None:
            return
        from genwerkt_desktop.services.team.failures import TeamFailure

        from . import texts

        kind = self._session.failed(exc)
        if kind is TeamFailure.UNREACHABLE:
            self.status.setText(texts.offline_status())
            self.status.show()
        else:
            self._show_link(self._session.info)
            self.notice.emit(texts.failure_sentence(kind, exc))
        self._stop(None)

    def _stop(self, report: SyncReport | None) -> None:
        self._running = False
        self.action.setEnabled(self._session is not None and self._session.linked)
        self.finished.emit(report)

    def _show_link(self, info: LinkInfo | None) -> None:
        linked = info is not None
        self.action.setVisible(linked)
        self.action.setEnabled(linked and not self._running)
        self.status.setVisible(linked)
        if info is None:
            self.status.clear()
        elif not self._running:
            from . import texts

            self.status.setText(
                texts.last_sync_status(
                    info.last_sync_at, self._clock.now().tzinfo if self._clock else None
                )
                if info.last_sync_at is not None
                else texts.never_synced_status()
            )

    def is_running(self) -> bool:
        return self._running
