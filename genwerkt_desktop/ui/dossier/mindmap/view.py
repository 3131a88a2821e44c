"""The view on the mind map: every edit by the keyboard, renaming in place, zoom and pan.

Arrow keys walk to the nearest node that way; Insert or Tab adds a thought under the
selected node, Enter one beside it; F2, a double-click or simply typing renames it in
place (Enter keeps the words, Escape drops them); Delete removes; Ctrl+↑ and Ctrl+↓ move
it among its siblings; Ctrl+Z and Ctrl+Shift+Z undo and redo; Ctrl+wheel zooms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from genwerkt_desktop.domain.mindmap_edits import Path

from .scene import MindmapScene

ZOOM_STEP = 1.2
ZOOM_RANGE = (0.2, 4.0)
MOVES = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


class InlineEdit(QLineEdit):
    """The words of one node, typed where the node is; Enter (or leaving) keeps them,
    Escape drops them."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("MindmapView", "Woorden van de tak"))
        self.hide()
        self._open = False

    def open(self, area: QRect, text: str, select_all: bool) -> None:
        self._open = True
        self.setText(text)
        self.setGeometry(area)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all:
            self.selectAll()
        else:
            self.end(False)

    def is_open(self) -> bool:
        return self._open

    def _close(self) -> None:
        self._open = False
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self.commit()
        elif key == Qt.Key.Key_Escape:
            self._close()
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Tab keeps the words, like Enter, instead of moving the focus away.
        tab = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab
        if event.type() == QEvent.Type.KeyPress and tab:
            self.keyPressEvent(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def commit(self) -> None:
        if not self._open:
            return
        self._close()
        self.committed.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()


class MindmapView(QGraphicsView):
    navigate_requested = Signal(float, float)
    add_child_requested = Signal()
    add_sibling_requested = Signal()
    rename_requested = Signal(str)  # the first letter typed, "" for F2 (keep the words)
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    undo_requested = Signal()
    redo_requested = Signal()
    rename_done = Signal(object, str)  # the path, the words
    rename_cancelled = Signal(object)  # the path

    def __init__(self, scene: MindmapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("MindmapView", "Mindmap"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "MindmapView",
                "Pijltjes kiezen een tak; Insert of Tab voegt een tak eronder toe, Enter "
                "een ernaast; F2 of gewoon typen geeft nieuwe woorden; Delete verwijdert; "
                "Ctrl+pijl omhoog of omlaag verplaatst.",
            )
        )
        self.editable = True
        self.inline = InlineEdit(self.viewport())
        self.inline.committed.connect(self._committed)
        self.inline.cancelled.connect(self._cancelled)
        self._editing: Path | None = None
        self._set_auto_fit(True)

    # -- renaming in place

    def begin_rename(self, path: Path, text: str, select_all: bool) -> None:
        item = self.map.node_item(path)
        if item is None:
            return
        self._editing = path
        area = self.mapFromScene(item.rect()).boundingRect()
        wide = max(area.width() + 40, 220)
        tall = max(area.height(), self.inline.sizeHint().height())
        centre = area.center()
        self.inline.open(
            QRect(centre.x() - wide // 2, centre.y() - tall // 2, wide, tall), text, select_all
        )

    def _committed(self, text: str) -> None:
        path, self._editing = self._editing, None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if path is not None:
            self.rename_done.emit(path, text)

    def _cancelled(self) -> None:
        path, self._editing = self._editing, None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if path is not None:
            self.rename_cancelled.emit(path)

    # -- zoom

    def zoom_by(self, factor: float) -> None:
        self._set_auto_fit(False)
        current = self.transform().m11()
        low, high = ZOOM_RANGE
        factor = max(low / current, min(high / current, factor))
        self.scale(factor, factor)

    def fit(self) -> None:
        """The whole map in view, never larger than life; it keeps fitting as the window
        resizes until the coach zooms by hand."""
        self._set_auto_fit(True)
        self._fit()

    def _set_auto_fit(self, on: bool) -> None:
        # As the ecogram: while the whole map fits, no scroll bars (letting them come and
        # go would change the viewport, refit, and bring them back).
        self._auto_fit = on
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def follow(self) -> None:
        """After an edit: while the whole map is in view, it stays in view as it grows."""
        if self._auto_fit:
            self._fit()

    def _fit(self) -> None:
        area = self.map.content_rect()
        if area.isEmpty():
            return
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        current = self.transform().m11()
        if current > 1.0:
            self.scale(1.0 / current, 1.0 / current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys

    def event(self, event: QEvent) -> bool:
        # Tab adds a thought here, rather than leaving the map (Ctrl+Tab still leaves).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.editable
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)
            return
        event.accept()

    def _key(self, event: QKeyEvent) -> bool:
        """Act on a key; False: not ours."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        selected = self.map.selected_path() is not None
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.editable and selected:
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in MOVES and not ctrl:
            self.navigate_requested.emit(*MOVES[key])
        elif not self.editable:
            return False
        elif ctrl and key == Qt.Key.Key_Z:
            (self.redo_requested if shift else self.undo_requested).emit()
        elif ctrl and key == Qt.Key.Key_Y:
            self.redo_requested.emit()
        elif key in (Qt.Key.Key_Insert, Qt.Key.Key_Tab):
            self.add_child_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_sibling_requested.emit()
        elif key == Qt.Key.Key_F2 and selected:
            self.rename_requested.emit("")
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
            self.delete_requested.emit()
        elif selected and _typed(event):
            self.rename_requested.emit(event.text())
        else:
            return False
        return True


def _typed(event: QKeyEvent) -> str:
    """The letter a key types (not a shortcut), or ""."""
    mods = event.modifiers()
    if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return ""
    text = event.text()
    return text if text and text.isprintable() and not text.isspace() else ""
