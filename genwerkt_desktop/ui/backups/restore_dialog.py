"""Restore a backup into a new, empty data folder, then offer to open it.

The open vault is never touched: the backup is unpacked and checked in the new folder
(by services/backups.restore_backup), so a wrong passphrase or a damaged file leaves
nothing behind.  Opening starts a second genwerkt window on the new folder.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.errors import IntegrityFailure, StateError, WrongPassphrase
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    failure_text,
    hint_label,
    make_button,
    mark_primary,
)
from genwerkt_desktop.ui.worker import TaskRunner

from .backup_flow import BACKUP_FILTER

Opener = Callable[[Path], None]


def open_in_new_window(data_dir: Path) -> None:
    """A second genwerkt on the restored folder (one instance per data folder)."""
    if getattr(sys, "frozen", False):  # the frozen app: the executable is genwerkt-desktop
        command = [sys.executable, "--data-dir", str(data_dir)]
    else:  # our own interpreter and module
        command = [sys.executable, "-m", "genwerkt_desktop.app", "--data-dir", str(data_dir)]
    subprocess.Popen(command, close_fds=True)  # no shell


def restore_failure_text(exc: BaseException) -> str:
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "RestoreDialog",
            "Deze wachtzin opent de back-up niet. Het is de wachtzin van toen de back-up "
            "gemaakt werd.",
        )
    if isinstance(exc, IntegrityFailure):
        return QCoreApplication.translate(
            "RestoreDialog", "De back-up is beschadigd of onvolledig; er is niets teruggezet."
        )
    if isinstance(exc, StateError):
        return QCoreApplication.translate(
            "RestoreDialog", "Dat lukt niet: kies een back-upbestand en een nieuwe, lege map."
        )
    return failure_text(exc)


class RestoreDialog(QDialog):
    restored = Signal(Path, int)  # the new data folder and the number of clients

    def __init__(
        self,
        service: VaultService,
        runner: TaskRunner,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        opener: Opener = open_in_new_window,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Back-up terugzetten"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._service = service
        self._ops = Operations(runner, self)
        self._dialogs = dialogs
        self._opener = opener
        title = QLabel(QCoreApplication.translate("RestoreDialog", "Een back-up terugzetten"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.25)
        self.source = QLineEdit(self)
        self.source.setAccessibleName(QCoreApplication.translate("RestoreDialog", "Back-upbestand"))
        self.target = QLineEdit(self)
        self.target.setAccessibleName(
            QCoreApplication.translate("RestoreDialog", "Nieuwe gegevensmap")
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(
            QCoreApplication.translate("RestoreDialog", "Wachtzin van de back-up")
        )
        pick_source = make_button(
            QCoreApplication.translate("RestoreDialog", "Kiezen…"),
            QCoreApplication.translate("RestoreDialog", "Back-upbestand kiezen"),
            self,
        )
        pick_target = make_button(
            QCoreApplication.translate("RestoreDialog", "Kiezen…"),
            QCoreApplication.translate("RestoreDialog", "Nieuwe map kiezen"),
            self,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, button in (
            (QCoreApplication.translate("RestoreDialog", "&Back-up"), self.source, pick_source),
            (QCoreApplication.translate("RestoreDialog", "Nieuwe &map"), self.target, pick_target),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            form.addRow(buddy_label(label, field, self), row)
        form.addRow(
            buddy_label(
                QCoreApplication.translate("RestoreDialog", "&Wachtzin"), self.passphrase, self
            ),
            self.passphrase,
        )
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            QCoreApplication.translate("RestoreDialog", "&Terugzetten"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        mark_primary(self.restore_button)
        buttons.addButton(
            QCoreApplication.translate("RestoreDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.state = hint_label("", self, muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "De back-up komt in een nieuwe, lege map. De kluis die nu open is, "
                    "blijft zoals ze is. Typ de wachtzin van toen de back-up gemaakt werd.",
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        pick_source.clicked.connect(self._pick_source)
        pick_target.clicked.connect(self._pick_target)
        for field in (self.source, self.target, self.passphrase):
            field.textChanged.connect(self._update)
        self.finished.connect(lambda _code: self.passphrase.clear())
        self._busy = False
        self._update()

    def _pick_source(self) -> None:
        chosen = self._dialogs.open_file(
            self, QCoreApplication.translate("RestoreDialog", "Back-up kiezen"), BACKUP_FILTER
        )
        if chosen is not None:
            self.source.setText(str(chosen))

    def _pick_target(self) -> None:
        chosen = self._dialogs.save_file(
            self,
            QCoreApplication.translate("RestoreDialog", "Naam en plaats van de nieuwe map"),
            "genwerkt-teruggezet",
            "",
        )
        if chosen is not None:
            self.target.setText(str(chosen))

    def _update(self) -> None:
        ready = all(f.text().strip() for f in (self.source, self.target)) and bool(
            self.passphrase.text()
        )
        self.restore_button.setEnabled(ready and not self._busy)

    def start(self) -> None:
        source = Path(self.source.text().strip()).expanduser()
        target = Path(self.target.text().strip()).expanduser()
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            self._dialogs.warn(
                self,
                QCoreApplication.translate("RestoreDialog", "Back-up terugzetten"),
                QCoreApplication.translate(
                    "RestoreDialog", "De map {folder} is niet leeg. Kies een nieuwe map."
                ).format(folder=target),
            )
            return
        passphrase = self.passphrase.text()
        service = VaultService(target, policy=self._service.policy, clock=self._service.clock)
        self._busy = True
        self.state.setText(
            QCoreApplication.translate("RestoreDialog", "Bezig met terugzetten en nakijken…")
        )
        self._update()

        def done(count: int) -> None:
            self._busy = False
            self.passphrase.clear()
            self.state.clear()
            self.restored.emit(target, count)
            self.accept()
            if self._dialogs.ask_yes_no(
                self.parentWidget(),
                QCoreApplication.translate("RestoreDialog", "Teruggezet"),
                QCoreApplication.translate(
                    "RestoreDialog",
                    "De back-up staat in {folder}, met {count} cliënten. "
                    "Nu openen in een nieuw venster?",
                ).format(folder=target, count=count),
            ):
                self._opener(target)

        def failed(failure: Failure) -> None:
            self._busy = False
            self.state.clear()
            self._update()
            self._dialogs.warn(
                self,
                QCoreApplication.translate("RestoreDialog", "Niet teruggezet"),
                restore_failure_text(failure.error),
            )

        from genwerkt_desktop.services.backups import restore_backup

        self._ops.write(lambda: restore_backup(service, source, passphrase), done, failure=failed)
