"""Inzage voor de cliënt: the whole dossier as a PDF and a JSON file, side by side.

A small dialog asks whether the coach's personal notes go along (off by default), then
where to save; both files are written in the worker and the PDF can be opened at once.
The export itself leaves one audit line per file, without content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.access_export import export_access_pair
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import hint_label, mark_primary
from genwerkt_desktop.ui.worker import TaskRunner

PDF_FILTER = "PDF (*.pdf)"


class AccessDialog(QDialog):
    def __init__(self, first_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessDialog")
        self.setWindowTitle(QCoreApplication.translate("AccessDialog", "Inzage voor de cliënt"))
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        title = QLabel(
            QCoreApplication.translate("AccessDialog", "Het dossier voor {name}").format(
                name=first_name
            ),
            self,
        )
        title.setObjectName("pageTitle")
        make_title(title, 1.25)
        self.personal = QCheckBox(
            QCoreApplication.translate(
                "AccessDialog", "Ook mijn &persoonlijke werknotities meegeven"
            ),
            self,
        )
        self.personal.setAccessibleName(
            QCoreApplication.translate("AccessDialog", "Persoonlijke werknotities meegeven")
        )
        self.personal.setChecked(False)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("AccessDialog", "&Bewaren als…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        mark_primary(self.save_button)
        cancel = buttons.addButton(
            QCoreApplication.translate("AccessDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(QCoreApplication.translate("AccessDialog", "Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "AccessDialog",
                    "De cliënt mag alles lezen wat over hem of haar genoteerd is. U krijgt "
                    "een PDF om te lezen of af te drukken, en hetzelfde als JSON-bestand "
                    "(om mee te nemen naar een andere dienst). Notities die de cliënt niet "
                    "mag lezen, bijvoorbeeld over iemand anders, blijven eruit.",
                ),
                self,
            )
        )
        layout.addWidget(self.personal)
        self.contents = hint_label("", self, muted=True)
        layout.addWidget(self.contents)
        layout.addWidget(buttons)
        self.personal.toggled.connect(self._say_what_leaves)
        self._say_what_leaves(self.personal.isChecked())

    def _say_what_leaves(self, personal: bool) -> None:
        """Plainly what both files carry: the JSON holds everything the PDF shows."""
        if personal:
            text = QCoreApplication.translate(
                "AccessDialog",
                "Beide bestanden bevatten dan alles, ook uw persoonlijke werknotities. "
                "Het JSON-bestand is niet versleuteld: bewaar het zorgvuldig.",
            )
        else:
            text = QCoreApplication.translate(
                "AccessDialog",
                "Beide bestanden bevatten alles wat de cliënt mag lezen, zonder uw "
                "persoonlijke werknotities. Het JSON-bestand is niet versleuteld: bewaar het "
                "zorgvuldig.",
            )
        self.contents.setText(text)


class AccessFlow(QObject):
    written = Signal(Path, Path)  # the PDF and the JSON

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, dialogs: Dialogs, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._dialogs = dialogs
        self.dialog: AccessDialog | None = None

    def open_dialog(self, parent: QWidget, dossier: Dossier) -> AccessDialog:
        self.close_dialog()
        name = dossier.client.called
        dialog = AccessDialog(name, parent)
        client_id = dossier.client.id
        dialog.accepted.connect(
            lambda: self._save(parent, client_id, name, dialog.personal.isChecked())
        )
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = None

    def _forget(self, dialog: AccessDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
        dialog.hide()
        dialog.deleteLater()

    def _save(self, parent: QWidget, client_id: str, name: str, personal: bool) -> None:
        target = self._dialogs.save_file(
            parent,
            QCoreApplication.translate("AccessDialog", "Inzage bewaren als"),
            f"dossier {name}.pdf",
            PDF_FILTER,
        )
        if target is None:
            return
        folder, stem = target.parent, target.stem if target.suffix else target.name
        vault = self._workspace.vault

        def done(paths: tuple[Path, Path]) -> None:
            self.written.emit(*paths)
            if self._dialogs.ask_yes_no(
                parent,
                QCoreApplication.translate("AccessDialog", "Bewaard"),
                QCoreApplication.translate(
                    "AccessDialog",
                    "De PDF en het JSON-bestand staan klaar in {folder}.\nDe PDF nu openen?",
                ).format(folder=folder),
            ):
                self._dialogs.show_file(paths[0])

        def failed(text: str) -> None:
            self._dialogs.warn(
                parent, QCoreApplication.translate("AccessDialog", "Niet bewaard"), text
            )

        # A write: the audit log records what left (and the files are written).
        self._ops.write(
            lambda: export_access_pair(vault, client_id, folder, stem, personal),
            done,
            failure=failed,
        )
