"""Tell once when a widget has been painted: the moment the coach can see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``painted`` once, right after the first paint of ``widget`` (after the turn
    of the event loop that painted it), then lets go of the widget."""

    def __init__(self, widget: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._painted: Callable[[], None] | None = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._painted is not None:
            painted, self._painted = self._painted, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
