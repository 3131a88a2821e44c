"""Importeren… / Exporteren… of the sociale kaart as CSV, off the GUI thread.

Import is all or nothing: a bad line is named with its number and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.services.directory_csv import export_directory, import_directory
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.widgets.fields import make_button
from genwerkt_desktop.ui.worker import TaskRunner

CSV_FILTER = "CSV (*.csv)"


class DirectoryCsvActions(QObject):
    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._events = events
        self._dialogs = dialogs
        self._parent = parent
        self.import_button: QPushButton = make_button(
            QCoreApplication.translate("DirectoryCsv", "&Importeren…"),
            QCoreApplication.translate("DirectoryCsv", "Sociale kaart importeren uit CSV"),
            parent,
        )
        self.export_button: QPushButton = make_button(
            QCoreApplication.translate("DirectoryCsv", "E&xporteren…"),
            QCoreApplication.translate("DirectoryCsv", "Sociale kaart exporteren als CSV"),
            parent,
        )
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)

    def button_row(self, first: QPushButton) -> QHBoxLayout:
        """``first`` (Nieuwe organisatie), room, then Importeren… and Exporteren…."""
        row = QHBoxLayout()
        row.addWidget(first)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        return row

    def export_csv(self) -> None:
        target = self._dialogs.save_file(
            self._parent,
            QCoreApplication.translate("DirectoryCsv", "Sociale kaart bewaren als"),
            "sociale-kaart.csv",
            CSV_FILTER,
        )
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".csv")
        vault = self._workspace.vault

        def done(count: int) -> None:
            self._dialogs.inform(
                self._parent,
                QCoreApplication.translate("DirectoryCsv", "Bewaard"),
                QCoreApplication.translate(
                    "DirectoryCsv", "{count} organisaties staan in {name}."
                ).format(count=count, name=target.name),
            )

        self._ops.write(lambda: export_directory(vault, target), done, failure=self._failed)

    def import_csv(self) -> None:
        source = self._dialogs.open_file(
            self._parent,
            QCoreApplication.translate("DirectoryCsv", "Sociale kaart importeren"),
            CSV_FILTER,
        )
        if source is None:
            return
        vault = self._workspace.vault
        path = Path(source)

        def done(count: int) -> None:
            self._dialogs.inform(
                self._parent,
                QCoreApplication.translate("DirectoryCsv", "Ingelezen"),
                QCoreApplication.translate(
                    "DirectoryCsv", "{count} organisaties zijn toegevoegd of bijgewerkt."
                ).format(count=count),
            )

        self._ops.write(
            lambda: import_directory(vault, path),
            done,
            announce=lambda _count: self._events.emit_change(ChangeKind.DIRECTORY),
            failure=self._failed,
        )

    def _failed(self, failure: Failure) -> None:
        exc = failure.error
        if isinstance(exc, InvalidInput):
            text = QCoreApplication.translate(
                "DirectoryCsv", "Er is niets ingelezen. {where}: {what}"
            ).format(where=exc.json_path, what=exc.detail)
        else:
            text = failure.text
        self._dialogs.warn(
            self._parent, QCoreApplication.translate("DirectoryCsv", "Sociale kaart"), text
        )
