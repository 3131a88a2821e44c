"""Two dated versions of an ecogram in one picture: the newer map, with who joined, who
left and which ties changed marked on it (a shape and a word each, never colour alone).

Members who left stay at their old place, drawn with a dashed outline and the tag "weg",
so the coach and the client see the gap they left.  A tie between two members is marked
the same way, with its word in a tag near the middle of the line; a tie between two
members that is gone (while both members stay) is drawn as a faded dashed line.

Every tag is placed where it covers no member, no label and no other tag: above the
member, else below its label, else right or left of it (above when all are taken); a
line's tag sits on the line near its middle, else a little beside it (where it covers
least when no spot is free).  The renderers measure the words with the real font;
here a generous estimate of DejaVu Sans decides, so the real tag is never larger.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from .ecogram import EcogramComparison, MemberTieChange, TieChange, compare
from .ecogram_drawing import (
    CLIENT_RADIUS,
    LEGEND,
    NODE_RADIUS,
    EcogramDrawing,
    LegendEntry,
    Line,
    Mark,
    Member,
    Stroke,
    Tone,
    day,
    draw,
)
from .model import Ecogram, EcogramNode

COMPARE_LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry("joined", "nieuw in het netwerk", Tone.SUPPORT),
    LegendEntry("left", "niet meer in het netwerk", Tone.MUTED),
    LegendEntry("changed", "de band veranderde (woord erbij)"),
    LegendEntry("tie_left", "band tussen twee leden viel weg", Tone.MUTED),
)

JOINED_TAG = "nieuw"
LEFT_TAG = "weg"


class TagSide(StrEnum):
    """Where a member's tag sits, tried in this order."""

    ABOVE = "above"
    BELOW = "below"  # under the member's label
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True)
class ComparedMember(Member):
    """A member of the comparison, with the side its tag (``change``) goes to."""

    tag_side: TagSide = TagSide.ABOVE


@dataclass(frozen=True)
class ComparedLine(Line):
    """A line of the comparison.  A tie between two members names them in ``between``
    and, when it changed, carries a tag like a member's (``mark`` and ``change``), whose
    centre lies ``tag_at`` of the way along the line (0 at its start, 1 at its end) and
    ``tag_aside`` map units beside it (to the right of the line's direction, on screen)."""

    between: tuple[str, ...] = ()
    mark: Mark = Mark.NONE
    change: str = ""
    tag_at: float = 0.5
    tag_aside: float = 0.0


# --- measures -------------------------------------------------------------------------
# In points, as in ``exports/ecogram_style`` (a test keeps the two equal): the screen and
# the PNG draw a map REFERENCE_HALF points from centre to edge at these sizes; the PDF
# draws the map a little larger at the same font sizes, which only adds room.
REFERENCE_HALF = 172.0
LABEL_FONT = 7.5
LABEL_GAP = 10.0
TAG_FONT = 6.5
JOINED_RING_GAP = 3.0
JOINED_RING_WIDTH = 1.8
TAG_GAP = 3.0  # between a member (or its ring) and its tag
TAG_PADDING = 6.0  # the tag's box is this much wider than its word
TAG_HEIGHT = TAG_FONT + 4.0
LABEL_PADDING = 4.0
# How far past the [-1, 1] square a tag may reach and still be on the page.
_MAP_EDGE = 1.0 + 50.0 / REFERENCE_HALF
# Where a line's tag may go: on the line from its middle outwards, then a little beside
# it (map units), first right, then left; the first free spot wins.
LINE_TAG_SPOTS: tuple[tuple[float, float], ...] = tuple(
    (along, aside)
    for aside in (0.0, 0.05, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2, -0.2)
    for along in (0.5, 0.38, 0.62, 0.26, 0.74)
)


@dataclass(frozen=True)
class Box:
    """A rectangle, y pointing down; in points around a member, or in map units."""

    left: float
    top: float
    right: float
    bottom: float

    def moved(self, dx: float, dy: float, scale: float = 1.0) -> Box:
        return Box(
            dx + self.left * scale,
            dy + self.top * scale,
            dx + self.right * scale,
            dy + self.bottom * scale,
        )

    def overlap_area(self, other: Box) -> float:
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(width, 0.0) * max(height, 0.0)

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


# Em widths of DejaVu Sans (regular, bold), rounded up per kind of letter.
_NARROW = frozenset("fijlrtI J.,:;'!|()[]-/")
_WIDE = frozenset("mwMW")
_WIDTHS = {False: (0.42, 0.64, 0.79, 1.0, 1.0), True: (0.5, 0.72, 0.86, 1.11, 1.12)}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at ``size``, rather too wide than too narrow."""
    narrow, lower, upper, wide, other = _WIDTHS[bold]
    total = 0.0
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        if base in _NARROW:
            total += narrow
        elif base in _WIDE:
            total += wide
        elif base.isascii() and base.islower():
            total += lower
        elif base.isascii():
            total += upper
        else:
            total += other  # other scripts (Arabic, Cyrillic…) and symbols
    return total * size


def member_reach(joined: bool) -> float:
    """How far a member reaches past its circle, in points (the ring of a new member)."""
    return JOINED_RING_GAP + JOINED_RING_WIDTH / 2 if joined else 0.0


def label_box(radius: float, label_width: float) -> Box:
    """A member's label patch around the member's centre, in points (``radius`` too)."""
    baseline = radius + LABEL_GAP
    half = (label_width + LABEL_PADDING) / 2
    return Box(-half, baseline - LABEL_FONT - 0.2, half, baseline + 2.2)


def tag_box(side: TagSide, radius: float, tag_width: float, joined: bool = False) -> Box:
    """A member's tag around the member's centre, in points; ``tag_width`` is the word's."""
    width = tag_width + TAG_PADDING
    edge = radius + member_reach(joined) + TAG_GAP
    if side is TagSide.ABOVE:
        return Box(-width / 2, -edge - TAG_HEIGHT, width / 2, -edge)
    if side is TagSide.BELOW:
        top = label_box(radius, 0.0).bottom + 2.0
        return Box(-width / 2, top, width / 2, top + TAG_HEIGHT)
    if side is TagSide.RIGHT:
        return Box(edge, -TAG_HEIGHT / 2, edge + width, TAG_HEIGHT / 2)
    return Box(-edge - width, -TAG_HEIGHT / 2, -edge, TAG_HEIGHT / 2)


def line_tag_box(tag_width: float) -> Box:
    """A line's tag around its centre on the line, in points."""
    width = tag_width + TAG_PADDING
    return Box(-width / 2, -TAG_HEIGHT / 2, width / 2, TAG_HEIGHT / 2)


def line_tag_point(line: ComparedLine) -> tuple[float, float]:
    """The centre of a line's tag, in map units."""
    t, aside = line.tag_at, line.tag_aside
    dx, dy = line.x2 - line.x1, line.y2 - line.y1
    length = math.hypot(dx, dy) or 1.0
    # The right-hand normal of the direction, with y pointing down.
    nx, ny = -dy / length, dx / length
    return line.x1 + t * dx + aside * nx, line.y1 + t * dy + aside * ny


# In map units, with the estimated widths: what the placement steers clear of.
_POINT = 1.0 / REFERENCE_HALF
_RADIUS_PT = NODE_RADIUS * REFERENCE_HALF


def member_shape_box(member: Member) -> Box:
    reach = NODE_RADIUS + member_reach(member.mark is Mark.JOINED) * _POINT
    return Box(member.x - reach, member.y - reach, member.x + reach, member.y + reach)


def member_label_box(member: Member) -> Box:
    width = text_width(member.label, LABEL_FONT)
    return label_box(_RADIUS_PT, width).moved(member.x, member.y, _POINT)


def member_tag_box(member: Member, side: TagSide | None = None) -> Box:
    if side is None:
        side = member.tag_side if isinstance(member, ComparedMember) else TagSide.ABOVE
    width = text_width(member.change, TAG_FONT, bold=True)
    box = tag_box(side, _RADIUS_PT, width, member.mark is Mark.JOINED)
    return box.moved(member.x, member.y, _POINT)


def line_tag_map_box(line: ComparedLine, spot: tuple[float, float] | None = None) -> Box:
    if spot is not None:
        line = replace(line, tag_at=spot[0], tag_aside=spot[1])
    x, y = line_tag_point(line)
    return line_tag_box(text_width(line.change, TAG_FONT, bold=True)).moved(x, y, _POINT)


def tag_boxes(drawing: EcogramDrawing) -> Iterator[Box]:
    """Every tag of the drawing, in map units (estimated widths)."""
    for member in drawing.members:
        if member.change:
            yield member_tag_box(member)
    for line in drawing.lines:
        if isinstance(line, ComparedLine) and line.change:
            yield line_tag_map_box(line)


def _on_page(box: Box) -> bool:
    return max(abs(box.left), abs(box.right), abs(box.top), abs(box.bottom)) <= _MAP_EDGE


def _place_tags(
    members: list[ComparedMember], lines: list[Line]
) -> tuple[list[ComparedMember], list[Line]]:
    """Each tag at its first free spot (drawing order), so the result is always the same."""
    client = Box(-CLIENT_RADIUS, -CLIENT_RADIUS, CLIENT_RADIUS, CLIENT_RADIUS)
    taken = [client]
    for member in members:
        taken += [member_shape_box(member), member_label_box(member)]

    def first_free(candidates: Iterable[Box], least_covering: bool = False) -> int:
        """The first free spot; when none is, the first one (or, for a line's tag, the
        one that covers least, rather than hiding the word under its two members)."""
        boxes = list(candidates)
        for i, box in enumerate(boxes):
            if _on_page(box) and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                return i
        chosen = 0
        if least_covering:
            covered = [sum(box.overlap_area(other) for other in taken) for box in boxes]
            chosen = min(range(len(boxes)), key=lambda i: (covered[i], i))
        taken.append(boxes[chosen])
        return chosen

    placed_members = []
    for member in members:
        if member.change:
            i = first_free(member_tag_box(member, side) for side in TagSide)
            member = replace(member, tag_side=list(TagSide)[i])
        placed_members.append(member)
    placed_lines: list[Line] = []
    for line in lines:
        if isinstance(line, ComparedLine) and line.change:
            spots = (line_tag_map_box(line, spot) for spot in LINE_TAG_SPOTS)
            i = first_free(spots, least_covering=True)
            line = replace(line, tag_at=LINE_TAG_SPOTS[i][0], tag_aside=LINE_TAG_SPOTS[i][1])
        placed_lines.append(line)
    return placed_members, placed_lines


# --- the comparison -------------------------------------------------------------------


def _change_words(comparison: EcogramComparison) -> dict[str, str]:
    words: dict[str, list[str]] = {}
    groups: tuple[tuple[tuple[TieChange, ...], str], ...] = (
        (comparison.stronger, "sterker"),
        (comparison.weaker, "zwakker"),
        (comparison.became_stressful, "nu stress"),
        (comparison.became_broken, "verbroken"),
        (comparison.became_supportive, "steunt nu"),
    )
    for changes, word in groups:
        for change in changes:
            words.setdefault(change.node_id, []).append(word)
    return {node_id: ", ".join(found) for node_id, found in words.items()}


def _tie_words(comparison: EcogramComparison) -> dict[frozenset[str], str]:
    """The words for each changed tie between two members, by its pair of members."""
    words: dict[frozenset[str], list[str]] = {}
    groups: tuple[tuple[tuple[MemberTieChange, ...], str], ...] = (
        (comparison.new_ties, JOINED_TAG),
        (comparison.gone_ties, LEFT_TAG),
        (comparison.stronger_ties, "sterker"),
        (comparison.weaker_ties, "zwakker"),
        (comparison.stressful_ties, "nu stress"),
        (comparison.broken_ties, "verbroken"),
        (comparison.supportive_ties, "steunt nu"),
    )
    for changes, word in groups:
        for change in changes:
            words.setdefault(frozenset(change.between), []).append(word)
    return {pair: ", ".join(found) for pair, found in words.items()}


def _tie_lines(
    comparison: EcogramComparison, base: EcogramDrawing, places: dict[str, tuple[float, float]]
) -> list[Line]:
    """The ties between two members, marked: changed ones carry their words, gone ones
    are faded and dashed; the marked ones come last, so no other line crosses a tag."""
    words = _tie_words(comparison)
    new = {frozenset(t.between) for t in comparison.new_ties}
    drawn = [t for t in comparison.newer.ties if t.from_id in places and t.to_id in places]
    member_lines = base.lines[len(base.members) :]  # draw() adds them in this order
    plain: list[Line] = []
    marked: list[Line] = []
    for tie, line in zip(drawn, member_lines, strict=True):
        pair = frozenset((tie.from_id, tie.to_id))
        word = words.get(pair, "")
        mark = Mark.NONE if not word else Mark.JOINED if pair in new else Mark.CHANGED
        compared = ComparedLine(
            **_fields_of(line), between=(tie.from_id, tie.to_id), mark=mark, change=word
        )
        (marked if word else plain).append(compared)
    gone: list[Line] = []
    for change in comparison.gone_ties:
        (ax, ay), (bx, by) = places[change.between[0]], places[change.between[1]]
        length = math.hypot(bx - ax, by - ay) or 1.0
        ux, uy = (bx - ax) / length * NODE_RADIUS, (by - ay) / length * NODE_RADIUS
        gone.append(
            ComparedLine(
                ax + ux,
                ay + uy,
                bx - ux,
                by - uy,
                Stroke.DASHED,
                Tone.MUTED,
                between=change.between,
                mark=Mark.LEFT,
                change=LEFT_TAG,
            )
        )
    return plain + gone + marked


def _fields_of(item: Line | Member) -> dict[str, Any]:
    """The fields of a plain line or member, to make its comparison kind from."""
    return {f.name: getattr(item, f.name) for f in fields(type(item))}


def compare_caption(comparison: EcogramComparison, client_label: str) -> str:
    older, newer = day(comparison.older.drawn_on), day(comparison.newer.drawn_on)
    return f"Ecogram van {client_label}: wat veranderde van {older} tot {newer}"


def _footprint(node: EcogramNode, x: float, y: float) -> tuple[Box, Box]:
    """Where a member's shape and label would sit at (x, y), in map units."""
    member = Member(node.id, x, y, node.label, node.category, False, mark=Mark.NONE)
    return member_shape_box(member), member_label_box(member)


def _clear_of(
    ghosts: tuple[EcogramNode, ...], present: tuple[EcogramNode, ...]
) -> tuple[EcogramNode, ...]:
    """Each member who left, at its old place, or else at the nearest spot around it
    (a little further round or out) where its circle and label cover no one who is
    there now.
    Unplaced members stay as they are."""
    client = Box(-CLIENT_RADIUS, -CLIENT_RADIUS, CLIENT_RADIUS, CLIENT_RADIUS)
    taken = [client]
    for node in present:
        if node.x is not None and node.y is not None:
            taken += _footprint(node, node.x, node.y)
    placed: list[EcogramNode] = []
    for ghost in ghosts:
        if ghost.x is None or ghost.y is None:
            placed.append(ghost)
            continue
        radius = math.hypot(ghost.x, ghost.y)
        angle = math.atan2(ghost.y, ghost.x)
        old = (ghost.x, ghost.y)
        around = [
            (r * math.cos(angle + turn), r * math.sin(angle + turn))
            for r in (radius + 0.06 * step for step in range(-1, 5))
            for turn in (0.06 * step for step in range(-10, 11))
            if r > 0.2
        ]
        # Nearest first; ties broken by the fixed order above, so the result never varies.
        spots = [old, *sorted(around, key=lambda p: math.dist(p, old))]
        chosen = spots[0]
        for x, y in spots:
            boxes = _footprint(ghost, x, y)
            if all(_on_page(b) for b in boxes) and not any(
                b.overlaps(other) for b in boxes for other in taken
            ):
                chosen = (x, y)
                break
        taken += _footprint(ghost, *chosen)
        placed.append(replace(ghost, x=chosen[0], y=chosen[1]))
    return tuple(placed)


def compare_drawing(older: Ecogram, newer: Ecogram, client_label: str) -> EcogramDrawing:
    """The newer version with the changes since the older one marked (order does not matter)."""
    comparison = compare(older, newer)
    left_ids = {n.id for n in comparison.left}
    joined_ids = {n.id for n in comparison.joined}
    # The members who left keep their old place in the merged picture, moved just clear
    # of whoever took that spot since.
    ghosts = _clear_of(comparison.left, comparison.newer.nodes)
    merged = replace(comparison.newer, nodes=comparison.newer.nodes + ghosts)
    base = draw(merged, client_label)
    changes = _change_words(comparison)
    members: list[ComparedMember] = []
    for member in base.members:
        if member.node_id in left_ids:
            mark, change = Mark.LEFT, LEFT_TAG
        elif member.node_id in joined_ids:
            mark, change = Mark.JOINED, JOINED_TAG
        elif member.node_id in changes:
            mark, change = Mark.CHANGED, changes[member.node_id]
        else:
            mark, change = Mark.NONE, ""
        members.append(ComparedMember(**{**_fields_of(member), "mark": mark, "change": change}))
    client_lines = [
        replace(line, tone=Tone.MUTED, arrow_at_start=False, arrow_at_end=False)
        if line.member_id in left_ids
        else line
        for line in base.lines[: len(base.members)]
    ]
    places = {m.node_id: (m.x, m.y) for m in members}
    lines = client_lines + _tie_lines(comparison, base, places)
    members, lines = _place_tags(members, lines)
    return EcogramDrawing(
        client_label,
        tuple(members),
        tuple(lines),
        LEGEND + COMPARE_LEGEND,
        compare_caption(comparison, client_label),
    )
