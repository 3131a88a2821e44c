"""The way back after archiving a dossier: offered on the undo line for a while, taken
with one click, withdrawn when it can no longer mean anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from genwerkt_desktop.domain.enums import ClientStatus
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.ui.widgets.undo_bar import UndoBar

from .controller import ClientsController

UNDO_SECONDS = 10


class ArchiveUndo(QObject):
    def __init__(
        self,
        bar: UndoBar,
        controller: ClientsController,
        parent: QObject | None = None,
        *,
        seconds: float = UNDO_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._bar = bar
        self._controller = controller
        self._offered: tuple[str, ClientStatus] | None = None  # archived id, status before
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(seconds * 1000))
        self._timer.timeout.connect(self.dismiss)
        bar.undo_clicked.connect(self.undo)
        controller.archived.connect(self.offer)

    def offer(self, client: ClientSummary, previous: ClientStatus) -> None:
        self._offered = (client.id, previous)
        self._bar.tell(
            QCoreApplication.translate(
                "ClientsPanel", "Het dossier van {name} staat nu in het archief."
            ).format(name=client.display_name)
        )
        self._timer.start()

    def undo(self) -> None:
        """Back to the status before archiving; a second click asks nothing more."""
        if self._offered is None:
            return
        client_id, previous = self._offered
        self.dismiss()
        self._controller.undo_archive(client_id, previous)

    def withdraw(self, client_id: str) -> None:
        """The dossier is deleted for good: no way back to offer for it."""
        if self._offered is not None and self._offered[0] == client_id:
            self.dismiss()

    def dismiss(self) -> None:
        self._timer.stop()
        self._bar.dismiss()
        self._offered = None
