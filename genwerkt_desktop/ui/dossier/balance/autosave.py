"""When the assessment being edited goes to the store: a short pause after the last change,
or at once when the coach leaves it (another assessment, an export, the lock).

Every save goes through the dossier controller, in the worker, naming the tab as its
initiator; the lock drains the worker after :meth:`AutoSave.flush`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.model import Balance
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dossier.writes import DossierWrites

SAVE_AFTER_MS = 600


class BalanceWrites(DossierWrites, Protocol):
    """What the balance asks of the dossier controller: one write in the worker, and
    whose dossier it is."""

    @property
    def client_id(self) -> str: ...


class AutoSave(QObject):
    def __init__(
        self,
        controller: BalanceWrites,
        balance: Callable[[], Balance | None],
        failed: Callable[[str], None],
        *,
        initiator: object,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._balance = balance  # the assessment as edited now
        self._failed = failed
        self._initiator = initiator
        self._on_its_way = 0  # saves handed to the worker, not yet answered
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)

    def soon(self) -> None:
        """Save after a short pause; another change in the pause starts it again."""
        self._timer.start()

    def waiting(self) -> bool:
        return self._timer.isActive()

    def busy(self) -> bool:
        """Edits on screen are newer than what the store sends back."""
        return self._timer.isActive() or self._on_its_way > 0

    def flush(self) -> None:
        """A save still waiting for its pause goes now."""
        if self._timer.isActive():
            self.save_now()

    def cancel(self) -> None:
        self._timer.stop()

    def save_now(self) -> None:
        self._timer.stop()
        balance = self._balance()
        if balance is None:
            return
        self._on_its_way += 1

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.save_balance(client_id, balance)

        self._controller.edit(
            save, done=self._answered, failed=self._save_failed, initiator=self._initiator
        )

    def _answered(self) -> None:
        self._on_its_way = max(0, self._on_its_way - 1)

    def _save_failed(self, text: str) -> None:
        self._answered()
        self._failed(text)
