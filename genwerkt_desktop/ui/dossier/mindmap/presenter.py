"""What the Mind map tab asks and shows: the client's mind maps, the one on screen, and
every edit of it by keyboard and mouse, with undo.

The presenter writes nothing itself: it hands the edited map to the ``save`` callback
(about a second after the last edit, and at once before the lock, another map or another
client) and a removed map's id to ``remove``; whoever wires the tab decides how those
reach the store.  A map is saved without its blank branches, and never before its
question has words.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain import mindmap_edits as edits
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.domain.mindmap_edits import CENTRE, Path
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.ecogram_export import client_label
from genwerkt_desktop.ui.dialogs import Dialogs

from .editor import MindmapEditor
from .pages import EmptyPage, MapPage
from .state import MindmapActions

SAVE_DELAY_MS = 1000

Save = Callable[[Mindmap], None]
Remove = Callable[[str], None]
Export = Callable[[Mindmap, str], None]  # the map, the client's first name


class MindmapScreen(Protocol):
    """The view the presenter drives: an empty page and the map page."""

    empty_page: EmptyPage
    page: MapPage

    def widget(self) -> QWidget: ...

    def show_empty(self) -> None: ...

    def show_map_page(self) -> None: ...


def _order(mindmaps: Sequence[Mindmap]) -> list[Mindmap]:
    return sorted(mindmaps, key=lambda m: (m.made_on is None, m.made_on))


class MindmapPresenter(QObject):
    def __init__(
        self,
        view: MindmapScreen,
        save: Save,
        remove: Remove,
        dialogs: Dialogs,
        clock: Clock,
        export: Export | None = None,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._save = save
        self._remove = remove
        self._export = export
        self._dialogs = dialogs
        self._clock = clock
        self._new_id = new_id
        self._client_id = ""
        self._client_label = ""
        self._maps: list[Mindmap] = []
        self._dirty = False
        self._read_only = False  # a colleague holds the dossier: look, never change
        self._new_branch: tuple[str, Path] | None = None  # (merge key, path) being named
        self._keys = itertools.count(1)
        self.editor = MindmapEditor(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.changed.connect(self._changed)
        self.editor.edited.connect(self._edited)
        # Methods, not lambdas: Qt drops the connection when the presenter goes.
        self.editor.stack.canUndoChanged.connect(self._history_changed)
        self.editor.stack.canRedoChanged.connect(self._history_changed)
        page = view.page
        scene, map_view = page.scene, page.view
        scene.node_selected.connect(self._selection_changed)
        scene.rename_requested.connect(self._double_clicked)
        map_view.navigate_requested.connect(self.navigate)
        map_view.add_child_requested.connect(self.add_child)
        map_view.add_sibling_requested.connect(self.add_sibling)
        map_view.rename_requested.connect(self.begin_rename)
        map_view.rename_done.connect(self.finish_rename)
        map_view.rename_cancelled.connect(self.cancel_rename)
        map_view.delete_requested.connect(self.delete)
        map_view.move_requested.connect(self.move)
        map_view.undo_requested.connect(self.undo)
        map_view.redo_requested.connect(self.redo)
        page.new_requested.connect(self.new_mindmap)
        page.chosen.connect(self.choose)
        page.delete_map_requested.connect(self.delete_mindmap)
        page.export_requested.connect(self.export_picture)
        page.export_button.setVisible(export is not None)
        view.empty_page.start_requested.connect(self.new_mindmap)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        self.show_mindmaps(dossier.client.id, client_label(dossier.client), dossier.mindmaps)

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: the map on screen is what was saved (or newer), so it
        is not drawn again; the list of maps takes the fresh record."""
        current = self.editor.current
        if dossier.client.id != self._client_id or current is None:
            self.show(dossier)
            return
        self._maps = self._with_local(list(dossier.mindmaps), current)
        self._view.page.show_maps(self._maps, current.id)

    def clear(self) -> None:
        """Save what is pending (words still being typed too), then forget every word
        of this client."""
        self.commit_pending()
        self._client_id = ""
        self._client_label = ""
        self._maps = []
        self._new_branch = None
        self.editor.load(None)
        self._view.page.forget()
        self._view.show_empty()

    def commit_pending(self) -> None:
        """Hand the map to ``save`` now (the lock, an export, another client), with
        the words being typed in place."""
        self._view.page.view.inline.commit()
        self.save_now()

    def set_read_only(self, read_only: bool) -> None:
        """A colleague holds this dossier: the map can be walked and exported, not
        changed."""
        self._read_only = read_only
        self._show_actions()

    def editable(self) -> bool:
        return self.editor.current is not None and not self._read_only

    # ------------------------------------------------------------------ which map

    def show_mindmaps(self, client_id: str, label: str, mindmaps: Sequence[Mindmap]) -> None:
        """The client's maps; the one being edited stays as it is on screen (it may be
        newer than what was read), else the newest shows."""
        current = self.editor.current if client_id == self._client_id else None
        if client_id != self._client_id:
            self.save_now()
        self._client_id = client_id
        self._client_label = label
        self._maps = self._with_local(_order(mindmaps), current)
        if not self._maps:
            self.editor.load(None)
            self._view.page.forget()
            self._view.show_empty()
            return
        if current is None or all(m.id != current.id for m in self._maps):
            self.editor.load(self._maps[-1])
            self._view.page.view.fit()
        self._view.show_map_page()
        self._show()

    def _with_local(self, mindmaps: list[Mindmap], local: Mindmap | None) -> list[Mindmap]:
        if local is None:
            return mindmaps
        if any(m.id == local.id for m in mindmaps):
            return [local if m.id == local.id else m for m in mindmaps]
        return _order([*mindmaps, local])

    def shown(self) -> Mindmap | None:
        return self.editor.current

    def choose(self, mindmap_id: str) -> None:
        chosen = next((m for m in self._maps if m.id == mindmap_id), None)
        current = self.editor.current
        if chosen is None or (current is not None and current.id == mindmap_id):
            return
        self.save_now()
        self.editor.load(chosen)
        self._view.page.view.fit()
        self._focus_map()

    def new_mindmap(self) -> None:
        """A new map of today, its question to be typed straight away."""
        if self._read_only:
            return
        if not self._client_id:
            return
        self.save_now()
        mindmap = Mindmap(id=self._new_id(), centre="", made_on=self._clock.today())
        self._maps = _order([*self._maps, mindmap])
        self._view.show_map_page()
        self.editor.load(mindmap)
        self._view.page.view.fit()
        self._focus_map()
        self._view.page.view.begin_rename(CENTRE, "", True)

    def delete_mindmap(self) -> None:
        """Remove the map on screen for good, after the coach confirms."""
        if self._read_only:
            return
        shown = self.editor.current
        if shown is None:
            return
        if not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("MindmapTab", "Mindmap verwijderen"),
            QCoreApplication.translate(
                "MindmapTab",
                "De mindmap “{question}” verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ).format(question=shown.centre or "…"),
        ):
            return
        self._timer.stop()
        self._dirty = False
        self._maps = [m for m in self._maps if m.id != shown.id]
        self._remove(shown.id)
        if self._maps:
            self.editor.load(self._maps[-1])
            self._view.page.view.fit()
        else:
            self.editor.load(None)
            self._view.page.forget()
            self._view.show_empty()

    # ------------------------------------------------------------------ edits

    def selected(self) -> Path | None:
        return self._view.page.scene.selected_path()

    def navigate(self, dx: float, dy: float) -> None:
        target = self._view.page.scene.neighbour(dx, dy)
        if target is not None:
            self._view.page.scene.select(target)

    def select(self, path: Path) -> None:
        self._view.page.scene.select(path)

    def add_child(self) -> None:
        self._add(edits.add_child)

    def add_sibling(self) -> None:
        self._add(edits.add_sibling)

    def _add(self, how: Callable[[Mindmap, Path, str], tuple[Mindmap, Path]]) -> None:
        """A new, blank branch, its words typed in place at once; the branch and its
        words are one step to undo, and dropping the words drops the branch."""
        if self._read_only:
            return
        current = self.editor.current
        if current is None:
            return
        at = self.selected()
        at = CENTRE if at is None else at
        after, path = how(current, at, "")
        key = f"new-{next(self._keys)}"
        self._new_branch = (key, path)
        self.editor.apply(after, at, path, key)
        self._view.page.view.begin_rename(path, "", True)

    def begin_rename(self, first: str) -> None:
        """Rename the selected node in place: with the letter typed, or (F2) its words."""
        if self._read_only:
            return
        current, path = self.editor.current, self.selected()
        if current is None or path is None:
            return
        if first:
            self._view.page.view.begin_rename(path, first, False)
        else:
            self._view.page.view.begin_rename(path, edits.text_at(current, path), True)

    def _double_clicked(self, path: Path) -> None:
        if self.editable():
            self.select(path)
            self.begin_rename("")

    def finish_rename(self, path: Path, text: str) -> None:
        current = self.editor.current
        if current is None:
            return
        new, self._new_branch = self._new_branch, None
        key = new[0] if new is not None and new[1] == path else ""
        after = edits.rename(current, path, text)
        if after == current and key and not edits.text_at(current, path):
            self.editor.stack.undo()  # no words for the new branch: no branch
            return
        self.editor.apply(after, path, path, key)
        self._focus_map()

    def cancel_rename(self, path: Path) -> None:
        new, self._new_branch = self._new_branch, None
        current = self.editor.current
        blank = current is not None and not edits.text_at(current, path)
        if new is not None and new[1] == path and blank:
            self.editor.stack.undo()  # the new branch never got words
        self._focus_map()

    def delete(self) -> None:
        """Remove the selected branch; one that carries others only after the coach
        agrees (and Ctrl+Z brings it back either way)."""
        if self._read_only:
            return
        current, path = self.editor.current, self.selected()
        if current is None or path is None or path == CENTRE:
            return
        below = edits.descendants(current, path)
        if below and not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("MindmapTab", "Tak verwijderen"),
            QCoreApplication.translate(
                "MindmapTab", "“{words}” verwijderen, met de {count} takken eronder?"
            ).format(words=edits.text_at(current, path), count=below),
        ):
            return
        after = edits.remove(current, path)
        self.editor.apply(after, path, edits.after_removal(after, path))
        self._focus_map()

    def move(self, offset: int) -> None:
        if self._read_only:
            return
        current, path = self.editor.current, self.selected()
        if current is None or path is None:
            return
        after, moved = edits.move(current, path, offset)
        self.editor.apply(after, path, moved)

    def undo(self) -> None:
        if self._read_only:
            return
        self.editor.stack.undo()

    def redo(self) -> None:
        if self._read_only:
            return
        self.editor.stack.redo()

    # ------------------------------------------------------------------ saving

    def save_now(self) -> None:
        """Save the map on screen if the coach changed it and its question has words."""
        self._timer.stop()
        current = self.editor.current
        if not self._dirty or current is None or not self._client_id:
            return
        if not current.centre.strip():
            return
        self._dirty = False
        self._save(edits.without_blank(current))

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    # ------------------------------------------------------------------ showing

    def _changed(self, mindmap: Mindmap | None, selected: Path) -> None:
        if mindmap is None:
            return
        self._maps = [mindmap if m.id == mindmap.id else m for m in self._maps]
        self._view.page.scene.show_mindmap(mindmap, selected)
        self._view.page.view.follow()
        self._show()

    def _show(self) -> None:
        current = self.editor.current
        if current is None:
            return
        self._view.page.show_maps(self._maps, current.id)
        self._show_actions()

    def _show_actions(self) -> None:
        selected = self.selected()
        stack = self.editor.stack
        self._view.page.show_actions(
            MindmapActions(
                editable=self.editable(),
                node_selected=selected is not None,
                branch_selected=selected is not None and selected != CENTRE,
                can_undo=stack.canUndo(),
                can_redo=stack.canRedo(),
                can_export=self._export is not None and self.editor.current is not None,
            )
        )

    def _history_changed(self, _can: bool) -> None:
        self._show_actions()

    def _selection_changed(self, _path: object) -> None:
        self._show_actions()

    def _focus_map(self) -> None:
        self._view.page.view.setFocus()

    def export_picture(self) -> None:
        current = self.editor.current
        if current is None or self._export is None:
            return
        self.save_now()
        self._export(edits.without_blank(current), self._client_label)
