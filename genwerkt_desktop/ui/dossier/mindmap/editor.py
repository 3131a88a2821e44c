"""The mind map being edited, with undo: every edit replaces the whole (frozen) map, so
undoing is putting the map before it back.

``changed`` fires after every edit, undo and redo (the scene follows it); ``edited``
only when the map really changed by the coach's hand (autosave).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.domain.mindmap_edits import CENTRE, Path

# One id for all commands that may merge; the merge key decides whether they do.
_MERGE_ID = 19


class _Replace(QUndoCommand):
    def __init__(
        self,
        editor: MindmapEditor,
        before: Mindmap,
        after: Mindmap,
        selected: tuple[Path, Path],
        key: str,
    ) -> None:
        super().__init__()
        self._editor = editor
        self.before = before
        self.after = after
        self.selected = selected  # before, after
        self.key = key

    def redo(self) -> None:
        self._editor._put(self.after, self.selected[1])

    def undo(self) -> None:
        self._editor._put(self.before, self.selected[0])

    def id(self) -> int:
        return _MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # A new branch and the words typed into it are one step to undo.
        if not isinstance(other, _Replace) or not self.key or other.key != self.key:
            return False
        self.after = other.after
        self.selected = (self.selected[0], other.selected[1])
        return True


class MindmapEditor(QObject):
    changed = Signal(object, object)  # Mindmap | None, the path to select
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._current: Mindmap | None = None

    @property
    def current(self) -> Mindmap | None:
        return self._current

    def load(self, mindmap: Mindmap | None) -> None:
        """Start editing ``mindmap`` afresh (no undo history)."""
        self.stack.clear()
        self._current = mindmap
        self.changed.emit(mindmap, CENTRE)

    def apply(self, after: Mindmap, before_at: Path, after_at: Path, merge_key: str = "") -> None:
        """One undoable edit; the selection goes to ``after_at`` (and back to
        ``before_at`` on undo); ``merge_key`` joins it with the previous edit of that key."""
        before = self._current
        if before is None or after == before:
            return
        self.stack.push(_Replace(self, before, after, (before_at, after_at), merge_key))

    def _put(self, mindmap: Mindmap, selected: Path) -> None:
        self._current = mindmap
        self.changed.emit(mindmap, selected)
        self.edited.emit()
