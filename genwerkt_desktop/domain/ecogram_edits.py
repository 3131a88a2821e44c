"""Edits of one ecogram version as plain functions: each returns a new, frozen ecogram.

The editor keeps the versions before and after every edit (that is its undo), so these
stay small and never change anything in place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .ecogram import place_member
from .enums import NodeCategory, TieQuality, TieStrength
from .model import Ecogram, EcogramNode, EcogramTie

# A member stays on the map: positions beyond this would fall off the page.
LIMIT = 1.0


def _clamp(value: float) -> float:
    return round(max(-LIMIT, min(LIMIT, value)), 4)


def node_of(ecogram: Ecogram, node_id: str) -> EcogramNode | None:
    return next((n for n in ecogram.nodes if n.id == node_id), None)


def add_node(ecogram: Ecogram, node: EcogramNode) -> Ecogram:
    """Add ``node``; without a position it lands in its category's sector, on no one."""
    if node.x is None or node.y is None:
        x, y = place_member(node.category, node.strength, ecogram.nodes)
        node = replace(node, x=x, y=y)
    return replace(ecogram, nodes=(*ecogram.nodes, node))


def replace_node(ecogram: Ecogram, node: EcogramNode) -> Ecogram:
    """Put the edited ``node`` in place of the member with its id.

    A member whose category changed moves to the new category's sector, so the map keeps
    family with family (the coach can drag it elsewhere afterwards).
    """
    old = node_of(ecogram, node.id)
    if old is not None and old.category is not node.category:
        others = [n for n in ecogram.nodes if n.id != node.id]
        x, y = place_member(node.category, node.strength, others)
        node = replace(node, x=x, y=y)
    return replace(ecogram, nodes=tuple(node if n.id == node.id else n for n in ecogram.nodes))


def move_node(ecogram: Ecogram, node_id: str, x: float, y: float) -> Ecogram:
    return replace(
        ecogram,
        nodes=tuple(
            replace(n, x=_clamp(x), y=_clamp(y)) if n.id == node_id else n for n in ecogram.nodes
        ),
    )


def remove_node(ecogram: Ecogram, node_id: str) -> Ecogram:
    """The member and every tie it had with other members."""
    return replace(
        ecogram,
        nodes=tuple(n for n in ecogram.nodes if n.id != node_id),
        ties=tuple(t for t in ecogram.ties if node_id not in (t.from_id, t.to_id)),
    )


def _same_pair(tie: EcogramTie, a: str, b: str) -> bool:
    return {tie.from_id, tie.to_id} == {a, b}


def set_tie(
    ecogram: Ecogram,
    from_id: str,
    to_id: str,
    strength: TieStrength | None,
    quality: TieQuality | None,
) -> Ecogram:
    """A tie between two members (replacing the one they had); a member has no tie with
    itself."""
    if from_id == to_id:
        return ecogram
    kept = tuple(t for t in ecogram.ties if not _same_pair(t, from_id, to_id))
    return replace(ecogram, ties=(*kept, EcogramTie(from_id, to_id, strength, quality)))


def remove_tie(ecogram: Ecogram, a: str, b: str) -> Ecogram:
    return replace(ecogram, ties=tuple(t for t in ecogram.ties if not _same_pair(t, a, b)))


def ties_of(ecogram: Ecogram, node_id: str) -> list[EcogramTie]:
    return [t for t in ecogram.ties if node_id in (t.from_id, t.to_id)]


def new_version(latest: Ecogram | None, new_id: str, today: date) -> Ecogram:
    """A new dated version that starts from the latest: the same members (same ids, so
    versions compare), the same places and ties; the note stays with the old version."""
    if latest is None:
        return Ecogram(id=new_id, drawn_on=today)
    return Ecogram(id=new_id, drawn_on=today, nodes=latest.nodes, ties=latest.ties)


def default_category(ecogram: Ecogram, selected_id: str | None) -> NodeCategory:
    """A new member joins the selected member's group (adding a family one by one)."""
    selected = node_of(ecogram, selected_id) if selected_id else None
    return selected.category if selected is not None else NodeCategory.HOUSEHOLD
