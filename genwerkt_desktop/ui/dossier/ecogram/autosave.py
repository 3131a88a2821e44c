"""Saving the version being drawn: about a second after the last edit, and at once when
asked (the lock, an export, another client).  Every save goes through the controller,
in the name of the tab (its initiator); a failed save is said and tried again later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from genwerkt_desktop.domain.model import Ecogram
from genwerkt_desktop.ui.dossier.controller import DossierController

from .editor import EcogramEditor

SAVE_DELAY_MS = 1000


class Autosave(QObject):
    def __init__(
        self,
        controller: DossierController,
        editor: EcogramEditor,
        client_id: Callable[[], str],
        initiator: object,
        warn: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._editor = editor
        self._client_id = client_id
        self._initiator = initiator
        self._warn = warn
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        editor.edited.connect(self._edited)

    def save_now(self) -> None:
        """Save the drawing on screen if the coach changed it (and it is still theirs)."""
        self._timer.stop()
        ecogram = self._editor.current
        client_id = self._client_id()
        if not self._dirty or ecogram is None or not client_id:
            return
        if self._controller.client_id != client_id:
            return
        self._dirty = False
        self.save(ecogram)

    def save(self, ecogram: Ecogram) -> None:
        self._controller.edit(
            lambda edits, cid: edits.save_ecogram(cid, ecogram),
            failed=self._failed,
            initiator=self._initiator,
        )

    def drop(self) -> None:
        """The version on screen is deleted: nothing pending may save it back."""
        self._timer.stop()
        self._dirty = False

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def _failed(self, text: str) -> None:
        self._dirty = True
        self._warn(text)
