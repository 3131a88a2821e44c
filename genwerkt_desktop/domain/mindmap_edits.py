"""Edits of one mind map as plain functions: each returns a new, frozen mind map.

A node is addressed by its path: the indices from the centre down, so ``()`` is the
question in the middle, ``(2,)`` its third theme and ``(2, 0)`` that theme's first
thought.  The editor keeps the map before and after every edit (its undo), so these stay
small and never change anything in place.  A path that leads nowhere changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .instruments import Mindmap, MindmapBranch

Path = tuple[int, ...]
CENTRE: Path = ()
Branches = tuple[MindmapBranch, ...]


def node_at(mindmap: Mindmap, path: Path) -> MindmapBranch | None:
    """The branch at ``path`` (None for the centre or a path that leads nowhere)."""
    branches = mindmap.branches
    found: MindmapBranch | None = None
    for index in path:
        if not 0 <= index < len(branches):
            return None
        found = branches[index]
        branches = found.children
    return found


def exists(mindmap: Mindmap, path: Path) -> bool:
    return path == CENTRE or node_at(mindmap, path) is not None


def text_at(mindmap: Mindmap, path: Path) -> str:
    if path == CENTRE:
        return mindmap.centre
    found = node_at(mindmap, path)
    return found.text if found is not None else ""


def children_at(mindmap: Mindmap, path: Path) -> Branches:
    if path == CENTRE:
        return mindmap.branches
    found = node_at(mindmap, path)
    return found.children if found is not None else ()


def descendants(mindmap: Mindmap, path: Path) -> int:
    """How many branches hang below ``path`` (what removing it would also remove)."""

    def count(branches: Branches) -> int:
        return sum(1 + count(b.children) for b in branches)

    return count(children_at(mindmap, path))


def _change_children(
    mindmap: Mindmap, parent: Path, change: Callable[[Branches], Branches]
) -> Mindmap:
    """The map with the children of ``parent`` replaced by ``change(children)``."""

    def down(branches: Branches, rest: Path) -> Branches:
        if not rest:
            return change(branches)
        head, tail = rest[0], rest[1:]
        if not 0 <= head < len(branches):
            return branches
        branch = branches[head]
        changed = replace(branch, children=down(branch.children, tail))
        return (*branches[:head], changed, *branches[head + 1 :])

    if not exists(mindmap, parent):
        return mindmap
    return replace(mindmap, branches=down(mindmap.branches, parent))


def add_child(mindmap: Mindmap, path: Path, text: str) -> tuple[Mindmap, Path]:
    """A new last child under ``path`` (under the centre: a new theme) and its path."""
    if not exists(mindmap, path):
        return mindmap, path
    index = len(children_at(mindmap, path))
    changed = _change_children(mindmap, path, lambda kids: (*kids, MindmapBranch(text.strip())))
    return changed, (*path, index)


def add_sibling(mindmap: Mindmap, path: Path, text: str) -> tuple[Mindmap, Path]:
    """A new branch right after ``path``, beside it; beside the centre there is nothing,
    so there it becomes a new theme."""
    if path == CENTRE:
        return add_child(mindmap, path, text)
    if not exists(mindmap, path):
        return mindmap, path
    parent, index = path[:-1], path[-1] + 1
    new = MindmapBranch(text.strip())
    changed = _change_children(mindmap, parent, lambda kids: (*kids[:index], new, *kids[index:]))
    return changed, (*parent, index)


def rename(mindmap: Mindmap, path: Path, text: str) -> Mindmap:
    """New words for the centre or a branch; blank words keep the old ones."""
    words = " ".join(text.split())
    if not words:
        return mindmap
    if path == CENTRE:
        return replace(mindmap, centre=words)
    if not exists(mindmap, path):
        return mindmap
    index = path[-1]

    def renamed(kids: Branches) -> Branches:
        return (*kids[:index], replace(kids[index], text=words), *kids[index + 1 :])

    return _change_children(mindmap, path[:-1], renamed)


def remove(mindmap: Mindmap, path: Path) -> Mindmap:
    """The branch with everything below it; the centre stays."""
    if path == CENTRE or not exists(mindmap, path):
        return mindmap
    index = path[-1]
    return _change_children(mindmap, path[:-1], lambda kids: (*kids[:index], *kids[index + 1 :]))


def after_removal(mindmap: Mindmap, path: Path) -> Path:
    """Where the selection goes once ``path`` is removed from ``mindmap`` (the map after
    the removal): the sibling before it, else the one that took its place, else the
    parent."""
    if path == CENTRE:
        return CENTRE
    parent, index = path[:-1], path[-1]
    left = len(children_at(mindmap, parent))
    if index > 0:
        return (*parent, min(index - 1, left - 1)) if left else parent
    return (*parent, 0) if left else parent


def move(mindmap: Mindmap, path: Path, offset: int) -> tuple[Mindmap, Path]:
    """The branch ``offset`` places up (negative) or down among its siblings, and its new
    path; at either end it stays where it is."""
    if path == CENTRE or not exists(mindmap, path):
        return mindmap, path
    parent, index = path[:-1], path[-1]
    count = len(children_at(mindmap, parent))
    target = max(0, min(count - 1, index + offset))
    if target == index:
        return mindmap, path

    def moved(kids: Branches) -> Branches:
        rest = [*kids[:index], *kids[index + 1 :]]
        rest.insert(target, kids[index])
        return tuple(rest)

    return _change_children(mindmap, parent, moved), (*parent, target)


def paths(mindmap: Mindmap) -> list[Path]:
    """Every node's path, the centre first, then each theme followed by its thoughts."""
    found: list[Path] = [CENTRE]

    def walk(branches: Branches, prefix: Path) -> None:
        for i, branch in enumerate(branches):
            here = (*prefix, i)
            found.append(here)
            walk(branch.children, here)

    walk(mindmap.branches, CENTRE)
    return found


def without_blank(mindmap: Mindmap) -> Mindmap:
    """The map as it is kept: a branch still without words is left out (with whatever
    hangs below it, which can only have been added after it)."""

    def kept(branches: Branches) -> Branches:
        return tuple(replace(b, children=kept(b.children)) for b in branches if b.text.strip())

    return replace(mindmap, branches=kept(mindmap.branches))
