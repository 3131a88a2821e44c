"""Back-ups in the app: make one now, see when the last one was, restore into a new folder.

Everything goes through the foundation's backup service (services/backups.py) in the
worker; a progress dialog shows how far it is, in percent, while it runs.  The date of
the last backup sits in the status bar, calm while it is recent and in a warm colour with
a reminder when it is more than a week old.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from genwerkt_desktop.domain.backup_reminder import backup_is_due
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.worker import TaskRunner

if TYPE_CHECKING:
    # The store layer loads when a vault opens, not at start-up.
    from genwerkt_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

BACKUP_FILTER = "genwerkt-back-up (*.genwerkt-backup)"
REMINDER_STYLE = "color: #9b4a1f; font-weight: 600;"


def last_backup_text(last: datetime | None, now: datetime) -> tuple[str, bool]:
    """The status-bar line and whether it is a reminder."""
    if last is None:
        return QCoreApplication.translate(
            "BackupFlow", "Nog geen back-up gemaakt: maak er een via Kluis › Back-up maken."
        ), True
    local = last.astimezone(now.tzinfo) if last.tzinfo and now.tzinfo else last
    days = (now.date() - local.date()).days
    if backup_is_due(last, now):
        return (
            QCoreApplication.translate(
                "BackupFlow", "Laatste back-up {days} dagen geleden ({date}): tijd voor een nieuwe."
            ).format(days=days, date=f"{local:%d/%m/%Y}"),
            True,
        )
    return QCoreApplication.translate("BackupFlow", "Laatste back-up: {date}").format(
        date=f"{local:%d/%m/%Y %H:%M}"
    ), False


class BackupStatusLabel(QLabel):
    """The last backup's date, in the status bar."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lastBackup")
        self._clock = clock
        self.reminding = False
        self.clear_status()

    def show_last(self, last: datetime | None) -> None:
        text, self.reminding = last_backup_text(last, self._clock.now())
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(REMINDER_STYLE if self.reminding else "")
        self.setVisible(True)

    def clear_status(self) -> None:
        self.clear()
        self.reminding = False
        self.setVisible(False)


def progress_text(percent: int) -> str:
    return QCoreApplication.translate(
        "BackupFlow", "De back-up wordt gemaakt en nagekeken… {percent} %"
    ).format(percent=percent)


class BackupFlow(QObject):
    """Make a backup now; say when the last one was."""

    finished = Signal(Path)
    last_known = Signal(object)  # datetime | None
    # The percentage the dialog shows, once it shows it (for whoever wants to follow).
    progressed = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = Operations(runner, self)
        self._dialogs = dialogs
        self._clock = clock
        self.progress: QProgressDialog | None = None
        self._bar: QProgressBar | None = None

    def refresh(self, workspace: Workspace) -> None:
        from genwerkt_desktop.services.backup_status import last_backup

        vault = workspace.vault
        # Without an answer the status bar simply shows no date: nothing to warn about.
        self._ops.query(
            lambda: last_backup(vault),
            self.last_known.emit,
            key="last",
            failure=lambda exc: log.error("laatste back-up lezen mislukte: %s", type(exc).__name__),
        )

    def make_now(self, parent: QWidget, workspace: Workspace) -> None:
        suggested = f"genwerkt-{self._clock.today():%Y-%m-%d}.genwerkt-backup"
        target = self._dialogs.save_file(
            parent,
            QCoreApplication.translate("BackupFlow", "Back-up bewaren als"),
            suggested,
            BACKUP_FILTER,
        )
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".genwerkt-backup")
        progress = QProgressDialog(progress_text(0), "", 0, 100, parent)
        progress.setWindowTitle(QCoreApplication.translate("BackupFlow", "Back-up maken"))
        progress.setCancelButton(None)  # a half-made copy is never kept: let it finish
        # The percentage is in the label; the bar is only the picture of it.  The bar is
        # set directly: QProgressDialog.setValue runs the event loop in a modal dialog.
        bar = QProgressBar(progress)
        bar.setTextVisible(False)
        progress.setBar(bar)
        progress.setRange(0, 100)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        bar.setValue(0)
        progress.show()
        self.progress, self._bar = progress, bar
        vault = workspace.vault

        def done(path: Path) -> None:
            self._close_progress()
            self.finished.emit(path)
            self.refresh(workspace)
            self._dialogs.inform(
                parent,
                QCoreApplication.translate("BackupFlow", "Back-up klaar"),
                QCoreApplication.translate(
                    "BackupFlow",
                    "De back-up staat in {path}. Ze is versleuteld en opent met dezelfde "
                    "wachtzin of herstelcode. Bewaar ze op een andere plaats dan deze computer.",
                ).format(path=path),
            )

        def failed(failure: Failure) -> None:
            self._close_progress()
            self._dialogs.warn(
                parent, QCoreApplication.translate("BackupFlow", "Geen back-up"), failure.text
            )

        from genwerkt_desktop.services.backups import make_backup

        self._ops.write_reporting(
            lambda report: make_backup(vault, target, report),
            done,
            progress=self._show_progress,
            failure=failed,
        )

    def _show_progress(self, percent: int) -> None:
        if self.progress is None or self._bar is None:
            return
        self.progress.setLabelText(progress_text(percent))
        self._bar.setValue(percent)
        self.progressed.emit(percent)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
            self._bar = None
