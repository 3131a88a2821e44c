"""The coach's gestures on the drawing turned into undoable edits of the newest version:
add a person or an organisation, move, delete, change a member, lay or take away a tie.

Every edit goes through the :class:`EcogramEditor` (one undo step each; typing and arrow
keys merge); the presenter saves what the editor holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.ecogram_edits import (
    add_node,
    default_category,
    move_node,
    node_of,
    remove_node,
    remove_tie,
    replace_node,
    set_tie,
)
from genwerkt_desktop.domain.enums import NodeCategory, SupportFlow, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode, Organisation

from .editor import EcogramEditor
from .pages import DrawingPage


class DrawingScreen(Protocol):
    draw: DrawingPage

    def pick_organisation(self) -> Organisation | None: ...


class MemberEdits(QObject):
    def __init__(
        self,
        view: DrawingScreen,
        editor: EcogramEditor,
        is_editable: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._editor = editor
        self._is_editable = is_editable
        draw = view.draw
        draw.add_person_requested.connect(self.add_person)
        draw.add_organisation_requested.connect(lambda: self.add_organisation())
        draw.delete_member_requested.connect(self.delete_selected)
        draw.undo_requested.connect(self.undo)
        draw.redo_requested.connect(self.redo)
        draw.view.move_requested.connect(self.move_selected)
        draw.scene.member_moved.connect(self._dragged)
        draw.panel.node_edited.connect(self._node_edited)
        draw.panel.tie_set.connect(self._tie_set)
        draw.panel.tie_removed.connect(self._tie_removed)

    def undo(self) -> None:
        if self._is_editable():
            self._editor.stack.undo()

    def redo(self) -> None:
        if self._is_editable():
            self._editor.stack.redo()

    def add_person(self) -> None:
        current, scene = self._editor.current, self._view.draw.scene
        if current is None or not self._is_editable():
            return
        node = EcogramNode(
            id=str(uuid.uuid4()),
            label=QCoreApplication.translate("EcogramTab", "Nieuwe persoon"),
            category=default_category(current, scene.selected_id()),
            strength=TieStrength.ORDINARY,
            quality=TieQuality.NEUTRAL,
            flow=SupportFlow.NONE,
        )
        self._apply(
            add_node(current, node), QCoreApplication.translate("EcogramTab", "Persoon toevoegen")
        )
        scene.select(node.id)
        self._view.draw.panel.focus_label()

    def add_organisation(self, organisation: Organisation | None = None) -> None:
        current = self._editor.current
        if current is None or not self._is_editable():
            return
        chosen = organisation if organisation is not None else self._view.pick_organisation()
        if chosen is None:
            return
        node = EcogramNode(
            id=str(uuid.uuid4()),
            label=chosen.name,
            category=NodeCategory.SERVICES,
            organisation_id=chosen.id,
            strength=TieStrength.ORDINARY,
            quality=TieQuality.NEUTRAL,
            flow=SupportFlow.TO_CLIENT,
        )
        self._apply(
            add_node(current, node),
            QCoreApplication.translate("EcogramTab", "Organisatie toevoegen"),
        )
        self._view.draw.scene.select(node.id)

    def delete_selected(self) -> None:
        current, node_id = self._editor.current, self._view.draw.scene.selected_id()
        if current is None or not node_id:
            return
        self._apply(
            remove_node(current, node_id), QCoreApplication.translate("EcogramTab", "Verwijderen")
        )
        self._view.draw.view.setFocus()

    def move_selected(self, dx: float, dy: float) -> None:
        current, node_id = self._editor.current, self._view.draw.scene.selected_id()
        node = node_of(current, node_id) if current is not None and node_id else None
        if current is None or node is None:
            return
        x, y = (node.x or 0.0) + dx, (node.y or 0.0) + dy
        self._apply(
            move_node(current, node_id, x, y),
            QCoreApplication.translate("EcogramTab", "Verplaatsen"),
            f"move:{node_id}",
        )
        self._view.draw.scene.select(node_id)

    def _apply(self, after: Ecogram, text: str, merge_key: str = "") -> None:
        if self._is_editable():
            self._editor.apply(after, text, merge_key)

    def _dragged(self, node_id: str, x: float, y: float) -> None:
        current = self._editor.current
        if current is not None:
            self._apply(
                move_node(current, node_id, x, y),
                QCoreApplication.translate("EcogramTab", "Verplaatsen"),
            )

    def _node_edited(self, node: EcogramNode, merge_key: str) -> None:
        current = self._editor.current
        if current is not None:
            self._apply(
                replace_node(current, node),
                QCoreApplication.translate("EcogramTab", "Aanpassen"),
                merge_key,
            )

    def _tie_set(self, a: str, b: str, strength: object, quality: object) -> None:
        current = self._editor.current
        if current is not None and isinstance(strength, TieStrength):
            chosen = quality if isinstance(quality, TieQuality) else None
            self._apply(
                set_tie(current, a, b, strength, chosen),
                QCoreApplication.translate("EcogramTab", "Band leggen"),
            )

    def _tie_removed(self, a: str, b: str) -> None:
        current = self._editor.current
        if current is not None:
            self._apply(
                remove_tie(current, a, b), QCoreApplication.translate("EcogramTab", "Band weghalen")
            )
