"""What the Mind map tab's buttons may do, as a frozen record the presenter hands over."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MindmapActions:
    editable: bool
    node_selected: bool  # the question or a branch
    branch_selected: bool  # a branch (the question cannot be removed or moved)
    can_undo: bool
    can_redo: bool
    can_export: bool
