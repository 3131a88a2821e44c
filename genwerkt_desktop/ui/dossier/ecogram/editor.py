"""The ecogram being drawn, with undo: every edit replaces the whole (frozen) version, so
undoing is putting the version before it back.

``changed`` fires after every edit, undo and redo (the scene and the panel follow it);
``edited`` fires only when the drawing really changed by the coach's hand (autosave).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from genwerkt_desktop.domain.model import Ecogram

# One id for all commands that may merge; the merge key decides whether they do.
_MERGE_ID = 4


class _Replace(QUndoCommand):
    def __init__(
        self, editor: EcogramEditor, before: Ecogram, after: Ecogram, text: str, key: str
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self.before = before
        self.after = after
        self.key = key

    def redo(self) -> None:
        self._editor._put(self.after)

    def undo(self) -> None:
        self._editor._put(self.before)

    def id(self) -> int:
        return _MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing a name letter by letter, or nudging with the arrow keys, is one step.
        if not isinstance(other, _Replace) or not self.key or other.key != self.key:
            return False
        self.after = other.after
        return True


class EcogramEditor(QObject):
    changed = Signal(object)  # Ecogram | None
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._current: Ecogram | None = None

    @property
    def current(self) -> Ecogram | None:
        return self._current

    def load(self, ecogram: Ecogram | None) -> None:
        """Start editing ``ecogram`` afresh (no undo history)."""
        self.stack.clear()
        self._current = ecogram
        self.changed.emit(ecogram)

    def apply(self, after: Ecogram, text: str, merge_key: str = "") -> None:
        """One undoable edit; ``merge_key`` joins it with the previous edit of that key."""
        before = self._current
        if before is None or after == before:
            return
        self.stack.push(_Replace(self, before, after, text, merge_key))

    def _put(self, ecogram: Ecogram) -> None:
        self._current = ecogram
        self.changed.emit(ecogram)
        self.edited.emit()
