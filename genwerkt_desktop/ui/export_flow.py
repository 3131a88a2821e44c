"""Save a sheet or picture from a tab: ask where, write it in the worker, offer to open it.

Every print/export button of the dossier goes through here, so they all behave alike:
the coach picks a file (a calm default name without the client's surname), the export
runs off the GUI thread, a failure is one Dutch sentence and leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.services.coach_profile import load_profile
from genwerkt_desktop.services.exports import Audience, ExportKind, ExportRequest, export
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.worker import TaskRunner

PDF_FILTER = "PDF (*.pdf)"

# Sheets that tell the client how to reach their coach.
_SHEETS_WITH_COACH_DETAILS = frozenset(
    {ExportKind.POP, ExportKind.NAZORG, ExportKind.REFERRAL, ExportKind.MEETING}
)


class ExportFlow(QObject):
    written = Signal(Path)  # after a file was written (tests and status bars listen)

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._dialogs = dialogs

    def save(
        self,
        parent: QWidget,
        kind: ExportKind,
        client_id: str,
        suggested_name: str,
        filters: str = PDF_FILTER,
        item_id: str | None = None,
        audience: Audience | None = None,
        with_personal_notes: bool = False,
        done: Callable[[Path], None] | None = None,
        easy_read: bool = False,
    ) -> None:
        """Ask for a file name and write the export there (nothing happens on cancel);
        ``easy_read``: the one-page version in easy-read Dutch (nazorg, pop)."""
        if not client_id:
            return
        vault = self._workspace.vault

        def write(target: Path) -> tuple[Path, bool]:
            request = ExportRequest(
                client_id=client_id,
                output=target,
                item_id=item_id,
                audience=audience,
                with_personal_notes=with_personal_notes,
                easy_read=easy_read,
            )
            # Off the GUI thread: the sheet, and whether it could say how to reach the coach.
            return export(vault, kind, request), _lacks_coach_number(vault.paths, kind, audience)

        self._ask_and_write(parent, suggested_name, filters, write, done)

    def save_with(
        self,
        parent: QWidget,
        suggested_name: str,
        write: Callable[[Path], Path],
        filters: str = PDF_FILTER,
    ) -> None:
        """As :meth:`save`, for a file no export kind names (two ecogram versions side by
        side): ``write(target)`` runs in the worker and returns the path it wrote."""
        self._ask_and_write(
            parent, suggested_name, filters, lambda target: (write(target), False), None
        )

    def _ask_and_write(
        self,
        parent: QWidget,
        suggested_name: str,
        filters: str,
        write: Callable[[Path], tuple[Path, bool]],
        done: Callable[[Path], None] | None,
    ) -> None:
        target = self._dialogs.save_file(
            parent, QCoreApplication.translate("ExportFlow", "Bewaren als"), suggested_name, filters
        )
        if target is None:
            return
        chosen = _with_suffix(target, filters)

        def finished(result: tuple[Path, bool]) -> None:
            path, lacks_number = result
            self.written.emit(path)
            if done is not None:
                done(path)
            text = QCoreApplication.translate(
                "ExportFlow", "Het bestand staat klaar in {folder}.\nNu openen?"
            ).format(folder=path.parent)
            if lacks_number:
                text += "\n\n" + QCoreApplication.translate(
                    "ExportFlow",
                    "Uw telefoonnummer en e-mailadres staan nog niet bij Instellingen (Ctrl+,): "
                    "het blad noemt u, maar zegt niet hoe de cliënt u bereikt.",
                )
            if self._dialogs.ask_yes_no(
                parent, QCoreApplication.translate("ExportFlow", "Bewaard"), text
            ):
                self._dialogs.show_file(path)

        def failed(failure: Failure) -> None:
            self._dialogs.warn(
                parent, QCoreApplication.translate("ExportFlow", "Niet bewaard"), failure.text
            )

        self._ops.write(lambda: write(chosen), finished, failure=failed)


def _lacks_coach_number(paths: VaultPaths, kind: ExportKind, audience: Audience | None) -> bool:
    if audience is Audience.PARTNER or kind not in _SHEETS_WITH_COACH_DETAILS:
        return False
    profile = load_profile(paths)
    return not (profile.phone or profile.email)


def _with_suffix(path: Path, filters: str) -> Path:
    """Add the first extension the filter offers when the coach typed none."""
    if path.suffix:
        return path
    start = filters.find("*.")
    if start < 0:
        return path
    end = start + 2
    while end < len(filters) and filters[end].isalnum():
        end += 1
    return path.with_suffix(filters[start + 1 : end])
