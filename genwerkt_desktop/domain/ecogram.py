"""The ecogram as a picture and as a story over time: where a new member goes, and what
changed between two dated versions.

Coordinates are relative to the client in the centre: x and y lie in [-1, 1].  Each
category of the network has its own sector of the circle, so family lands near family
and services near services; the tie's strength sets the distance (strong is close).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .enums import NodeCategory, TieQuality, TieStrength
from .model import Ecogram, EcogramNode, EcogramTie

# Clockwise from the top: the household first, services at the bottom, "other" last.
SECTOR_ORDER: tuple[NodeCategory, ...] = (
    NodeCategory.HOUSEHOLD,
    NodeCategory.FAMILY,
    NodeCategory.FRIENDS,
    NodeCategory.NEIGHBOURS,
    NodeCategory.LEISURE,
    NodeCategory.SERVICES,
    NodeCategory.EDUCATION,
    NodeCategory.WORK,
    NodeCategory.OTHER,
)
SECTOR_WIDTH = 2 * math.pi / len(SECTOR_ORDER)

# Members sit on rings one member apart (MIN_DISTANCE), so neighbouring rings never
# overlap; the tie's strength picks the ring tried first.
RINGS = (0.34, 0.5, 0.66, 0.82, 0.98)
RADIUS = {TieStrength.STRONG: 0.34, TieStrength.ORDINARY: 0.66, TieStrength.WEAK: 0.82}

# Two members closer than this (in the [-1, 1] square) overlap on screen and on paper.
MIN_DISTANCE = 0.16
# Members one sector holds without any overlap; beyond it the least crowded spot is used.
SECTOR_CAPACITY = 12


def sector(category: NodeCategory) -> tuple[float, float]:
    """The start and end angle (radians, clockwise from the top) of a category's sector."""
    index = SECTOR_ORDER.index(category)
    return index * SECTOR_WIDTH, (index + 1) * SECTOR_WIDTH


def point(angle: float, radius: float) -> tuple[float, float]:
    """Angle clockwise from the top, y pointing down as on screen."""
    return radius * math.sin(angle), -radius * math.cos(angle)


def _free(x: float, y: float, taken: Sequence[tuple[float, float]]) -> bool:
    return all(math.hypot(x - tx, y - ty) >= MIN_DISTANCE for tx, ty in taken)


def place_member(
    category: NodeCategory,
    strength: TieStrength | None,
    others: Iterable[EcogramNode],
) -> tuple[float, float]:
    """Where a new member goes: in its sector, at its strength's distance, not on anyone.

    Candidate spots are tried from the sector's middle outwards, first on the preferred
    ring, then on rings further out and further in.  When a sector is full the spot
    nearest to free in the sector is used (a crowded network still shows every member).
    """
    taken = [(n.x, n.y) for n in others if n.x is not None and n.y is not None]
    start, end = sector(category)
    middle = (start + end) / 2
    preferred = RADIUS[strength or TieStrength.ORDINARY]
    rings = sorted(RINGS, key=lambda r: (abs(r - preferred), r))
    best: tuple[float, tuple[float, float]] | None = None
    for radius in rings:
        # As many angles as fit with neighbouring spots (a chord) MIN_DISTANCE apart.
        step = 2 * math.asin(min(1.0, MIN_DISTANCE / (2 * radius)))
        slots = max(1, int((end - start) / step + 1e-9))
        offsets = sorted(range(slots), key=lambda i: abs(i - (slots - 1) / 2))
        for i in offsets:
            angle = start + (i + 0.5) * (end - start) / slots if slots > 1 else middle
            x, y = point(angle, radius)
            if _free(x, y, taken):
                return round(x, 4), round(y, 4)
            nearest = min((math.hypot(x - tx, y - ty) for tx, ty in taken), default=1.0)
            if best is None or nearest > best[0]:
                best = (nearest, (x, y))
    assert best is not None
    return round(best[1][0], 4), round(best[1][1], 4)


# --- comparing two versions ---------------------------------------------------------

_STRENGTH_RANK = {TieStrength.WEAK: 0, TieStrength.ORDINARY: 1, TieStrength.STRONG: 2}


@dataclass(frozen=True)
class TieChange:
    node_id: str
    label: str
    before: EcogramNode
    after: EcogramNode


@dataclass(frozen=True)
class MemberTieChange:
    """A tie between two members (not the client) that appeared, went or changed.

    ``between`` holds the two member ids in the order the tie was stored; ``before`` is
    ``None`` for a new tie and ``after`` is ``None`` for a tie that is gone.
    """

    between: tuple[str, str]
    labels: tuple[str, str]
    before: EcogramTie | None
    after: EcogramTie | None


@dataclass(frozen=True)
class EcogramComparison:
    """What changed in the network between two dated versions (matched by member id).

    The first fields are about each member's tie with the client; the ``*_ties`` fields
    about ties between two members.  A tie between two members counts as gone only while
    both members are still in the network (a member who left takes its ties along); a new
    tie counts also when one of its members is new.
    """

    older: Ecogram
    newer: Ecogram
    joined: tuple[EcogramNode, ...]
    left: tuple[EcogramNode, ...]
    stronger: tuple[TieChange, ...]
    weaker: tuple[TieChange, ...]
    became_stressful: tuple[TieChange, ...]
    became_broken: tuple[TieChange, ...]
    became_supportive: tuple[TieChange, ...]
    new_ties: tuple[MemberTieChange, ...] = ()
    gone_ties: tuple[MemberTieChange, ...] = ()
    stronger_ties: tuple[MemberTieChange, ...] = ()
    weaker_ties: tuple[MemberTieChange, ...] = ()
    stressful_ties: tuple[MemberTieChange, ...] = ()
    broken_ties: tuple[MemberTieChange, ...] = ()
    supportive_ties: tuple[MemberTieChange, ...] = ()

    @property
    def unchanged(self) -> bool:
        return not any(
            (
                self.joined,
                self.left,
                self.stronger,
                self.weaker,
                self.became_stressful,
                self.became_broken,
                self.became_supportive,
                self.new_ties,
                self.gone_ties,
                self.stronger_ties,
                self.weaker_ties,
                self.stressful_ties,
                self.broken_ties,
                self.supportive_ties,
            )
        )


def _tie_key(tie: EcogramTie) -> frozenset[str]:
    """Ties between two members have no direction: A–B is B–A."""
    return frozenset((tie.from_id, tie.to_id))


def _member_ties(ecogram: Ecogram) -> dict[frozenset[str], EcogramTie]:
    """Each pair's tie (the first one stored, should a pair appear twice), no self-ties."""
    ties: dict[frozenset[str], EcogramTie] = {}
    for tie in ecogram.ties:
        if tie.from_id != tie.to_id:
            ties.setdefault(_tie_key(tie), tie)
    return ties


def _compare_member_ties(older: Ecogram, newer: Ecogram) -> dict[str, tuple[MemberTieChange, ...]]:
    labels = {n.id: n.label for n in older.nodes} | {n.id: n.label for n in newer.nodes}
    present = {n.id for n in newer.nodes}
    known = {n.id for n in older.nodes} & present
    before, after = _member_ties(older), _member_ties(newer)
    found: dict[str, list[MemberTieChange]] = {
        key: []
        for key in ("new", "gone", "stronger", "weaker", "stressful", "broken", "supportive")
    }

    def change(tie: EcogramTie, old: EcogramTie | None, new: EcogramTie | None) -> MemberTieChange:
        pair = (tie.from_id, tie.to_id)
        return MemberTieChange(pair, (labels[pair[0]], labels[pair[1]]), old, new)

    for key, tie in after.items():
        if tie.from_id not in present or tie.to_id not in present:
            continue  # a tie to no one on the map is not drawn, so not told either
        old = before.get(key)
        if old is None:
            # A member who joined brings their ties along: "new" is told only between
            # two people who were already there.
            if tie.from_id in known and tie.to_id in known:
                found["new"].append(change(tie, None, tie))
            continue
        item = change(tie, old, tie)
        if old.strength and tie.strength and old.strength != tie.strength:
            kind = (
                "stronger"
                if _STRENGTH_RANK[tie.strength] > _STRENGTH_RANK[old.strength]
                else "weaker"
            )
            found[kind].append(item)
        if tie.quality != old.quality:
            kind = {
                TieQuality.STRESSFUL: "stressful",
                TieQuality.BROKEN: "broken",
                TieQuality.SUPPORTIVE: "supportive",
            }.get(tie.quality or TieQuality.NEUTRAL, "")
            if kind:
                found[kind].append(item)
    for key, tie in before.items():
        # Gone only while both members stay: a member who left takes its ties along.
        if key not in after and tie.from_id in present and tie.to_id in present:
            found["gone"].append(change(tie, tie, None))
    return {key: tuple(items) for key, items in found.items()}


def compare(older: Ecogram, newer: Ecogram) -> EcogramComparison:
    """Who joined, who left, and which ties changed, from ``older`` to ``newer``."""
    if older.drawn_on > newer.drawn_on:
        older, newer = newer, older
    before = {n.id: n for n in older.nodes}
    after = {n.id: n for n in newer.nodes}
    joined = tuple(n for n in newer.nodes if n.id not in before)
    left = tuple(n for n in older.nodes if n.id not in after)
    stronger: list[TieChange] = []
    weaker: list[TieChange] = []
    stressful: list[TieChange] = []
    broken: list[TieChange] = []
    supportive: list[TieChange] = []
    for node in newer.nodes:
        old = before.get(node.id)
        if old is None:
            continue
        change = TieChange(node.id, node.label, old, node)
        if old.strength and node.strength and old.strength != node.strength:
            if _STRENGTH_RANK[node.strength] > _STRENGTH_RANK[old.strength]:
                stronger.append(change)
            else:
                weaker.append(change)
        if node.quality != old.quality:
            if node.quality is TieQuality.STRESSFUL:
                stressful.append(change)
            elif node.quality is TieQuality.BROKEN:
                broken.append(change)
            elif node.quality is TieQuality.SUPPORTIVE:
                supportive.append(change)
    ties = _compare_member_ties(older, newer)
    return EcogramComparison(
        older,
        newer,
        joined,
        left,
        tuple(stronger),
        tuple(weaker),
        tuple(stressful),
        tuple(broken),
        tuple(supportive),
        new_ties=ties["new"],
        gone_ties=ties["gone"],
        stronger_ties=ties["stronger"],
        weaker_ties=ties["weaker"],
        stressful_ties=ties["stressful"],
        broken_ties=ties["broken"],
        supportive_ties=ties["supportive"],
    )
