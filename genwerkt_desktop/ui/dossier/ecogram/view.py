"""The view on the ecogram scene: zoom (Ctrl+wheel, + and -), pan (drag the background,
or the scroll bars), and the keyboard for every edit: arrow keys move the selected
member, Tab walks through the members, Delete removes, Insert adds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from .scene import EcogramScene

ZOOM_STEP = 1.2
ZOOM_RANGE = (0.2, 5.0)
NUDGE = 0.02  # map units per arrow key; with Shift five times as far


class EcogramView(QGraphicsView):
    move_requested = Signal(float, float)  # dx, dy in map units
    delete_requested = Signal()
    add_requested = Signal()

    def __init__(self, scene: EcogramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            QCoreApplication.translate("EcogramView", "Tekening van het netwerk")
        )
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "EcogramView",
                "Pijltjes verplaatsen, Tab kiest het volgende lid, Delete verwijdert, "
                "Insert voegt toe, plus en min zoomen.",
            )
        )
        self.editable = True
        self._set_auto_fit(True)

    def zoom_by(self, factor: float) -> None:
        self._set_auto_fit(False)
        current = self.transform().m11()
        low, high = ZOOM_RANGE
        factor = max(low / current, min(high / current, factor))
        self.scale(factor, factor)

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole map in view, as large as fits; it keeps fitting as the window resizes
        until the coach zooms by hand."""
        self._set_auto_fit(True)
        self._fit_items()

    def _set_auto_fit(self, on: bool) -> None:
        # While the whole map fits, scroll bars are never needed; letting them come and go
        # would change the viewport, refit, and bring them back: a resize loop.
        self._auto_fit = on
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def _fit_items(self) -> None:
        area = self.map.content_rect()
        if area.isEmpty():
            area = self.sceneRect()
        self.fitInView(area.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        current = self.transform().m11()
        if current > 1.6:  # a map with only a few members should not look swollen
            self.scale(1.6 / current, 1.6 / current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit_items()

    def cycle(self, backwards: bool = False) -> None:
        ids = self.map.member_ids()
        if not ids:
            return
        current = self.map.selected_id()
        if current in ids:
            index = (ids.index(current) + (-1 if backwards else 1)) % len(ids)
        else:
            index = len(ids) - 1 if backwards else 0
        self.map.select(ids[index])

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks through the members while there are any; out of the map with Ctrl+Tab.
        if self.map.member_ids() and self.hasFocus():
            self.cycle(backwards=not next)
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
            self.cycle(backwards=key == Qt.Key.Key_Backtab)
        elif key in moves and self.map.selected_id() and self.editable:
            self.move_requested.emit(*moves[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.editable:
            if self.map.selected_id():
                self.delete_requested.emit()
        elif key == Qt.Key.Key_Insert and self.editable:
            self.add_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
