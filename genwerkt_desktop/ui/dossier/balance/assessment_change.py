"""One change of the assessment on screen, as a before and an after, for the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance

Selection = tuple[BalanceSide, int] | None


class AssessmentChange(QUndoCommand):
    def __init__(
        self,
        show: Callable[[Balance, Selection], None],
        before: Balance,
        after: Balance,
        text: str,
        select: Selection,
    ) -> None:
        super().__init__(text)
        self._show, self._before, self._after, self._select = show, before, after, select

    def redo(self) -> None:
        self._show(self._after, self._select)

    def undo(self) -> None:
        self._show(self._before, None)
