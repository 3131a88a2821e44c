"""Where a comparison's tags and the members who left go, so nothing covers anything.

Every tag is placed where it covers no member, no label and no other tag: above the
member, else below its label, else right or left of it (above when all are taken); a
line's tag sits on the line near its middle, else a little beside it (where it covers
least when no spot is free).  A member who left keeps its old place, or the nearest spot
where its circle and label cover no one who is there now.

Words are measured with the painter's own font (an injected :data:`Measure`, in points
at the reference size), so the boxes here are the boxes the painter draws.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from . import ecogram_style as style
from .ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    ComparedLine,
    ComparedMember,
    EcogramDrawing,
    Line,
    Mark,
    Member,
    TagSide,
)
from .ecogram_shapes import Measure
from .model import EcogramNode

# How far past the [-1, 1] square a tag may reach and still be on the page.
_MAP_EDGE = 1.0 + 50.0 / style.REFERENCE_HALF
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

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

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


# -- around one member, in points (the member's centre at 0, 0)


def member_reach(joined: bool) -> float:
    """How far a member reaches past its circle, in points (the ring of a new member)."""
    return style.JOINED_RING_GAP + style.JOINED_RING_WIDTH / 2 if joined else 0.0


def label_box(radius: float, label_width: float) -> Box:
    """A member's label patch around the member's centre (``radius`` in points too)."""
    baseline = radius + style.LABEL_GAP
    half = (label_width + style.LABEL_PADDING) / 2
    return Box(-half, baseline - style.LABEL_FONT - 0.2, half, baseline + 2.2)


def tag_box(side: TagSide, radius: float, tag_width: float, joined: bool = False) -> Box:
    """A member's tag around the member's centre; ``tag_width`` is the word's."""
    width = tag_width + style.TAG_PADDING
    height = style.TAG_HEIGHT
    edge = radius + member_reach(joined) + style.TAG_GAP
    if side is TagSide.ABOVE:
        return Box(-width / 2, -edge - height, width / 2, -edge)
    if side is TagSide.BELOW:
        top = label_box(radius, 0.0).bottom + 2.0
        return Box(-width / 2, top, width / 2, top + height)
    if side is TagSide.RIGHT:
        return Box(edge, -height / 2, edge + width, height / 2)
    return Box(-edge - width, -height / 2, -edge, height / 2)


def line_tag_box(tag_width: float) -> Box:
    """A line's tag around its centre on the line."""
    width = tag_width + style.TAG_PADDING
    return Box(-width / 2, -style.TAG_HEIGHT / 2, width / 2, style.TAG_HEIGHT / 2)


def line_tag_point(line: ComparedLine) -> tuple[float, float]:
    """The centre of a line's tag, in map units."""
    t, aside = line.tag_at, line.tag_aside
    dx, dy = line.x2 - line.x1, line.y2 - line.y1
    length = math.hypot(dx, dy) or 1.0
    # The right-hand normal of the direction, with y pointing down.
    nx, ny = -dy / length, dx / length
    return line.x1 + t * dx + aside * nx, line.y1 + t * dy + aside * ny


def tag_side(member: Member) -> TagSide:
    return member.tag_side if isinstance(member, ComparedMember) else TagSide.ABOVE


def tag_width(text: str, measure: Measure) -> float:
    return measure(text, style.TAG_FONT, True)


def label_width(text: str, measure: Measure) -> float:
    return measure(text, style.LABEL_FONT, False)


# -- in map units, at the reference size: what the placement steers clear of

_POINT = 1.0 / style.REFERENCE_HALF
_RADIUS_PT = NODE_RADIUS * style.REFERENCE_HALF


def member_shape_box(member: Member) -> Box:
    reach = NODE_RADIUS + member_reach(member.mark is Mark.JOINED) * _POINT
    return Box(member.x - reach, member.y - reach, member.x + reach, member.y + reach)


def member_label_box(member: Member, measure: Measure) -> Box:
    box = label_box(_RADIUS_PT, label_width(member.label, measure))
    return box.moved(member.x, member.y, _POINT)


def member_tag_box(member: Member, measure: Measure, side: TagSide | None = None) -> Box:
    width = tag_width(member.change, measure)
    box = tag_box(side or tag_side(member), _RADIUS_PT, width, member.mark is Mark.JOINED)
    return box.moved(member.x, member.y, _POINT)


def line_tag_map_box(
    line: ComparedLine, measure: Measure, spot: tuple[float, float] | None = None
) -> Box:
    if spot is not None:
        line = replace(line, tag_at=spot[0], tag_aside=spot[1])
    x, y = line_tag_point(line)
    return line_tag_box(tag_width(line.change, measure)).moved(x, y, _POINT)


def tag_boxes(drawing: EcogramDrawing, measure: Measure) -> Iterator[Box]:
    """Every tag of the drawing, in map units."""
    for member in drawing.members:
        if member.change:
            yield member_tag_box(member, measure)
    for line in drawing.lines:
        if isinstance(line, ComparedLine) and line.change:
            yield line_tag_map_box(line, measure)


def on_page(box: Box) -> bool:
    return max(abs(box.left), abs(box.right), abs(box.top), abs(box.bottom)) <= _MAP_EDGE


_CLIENT = Box(-CLIENT_RADIUS, -CLIENT_RADIUS, CLIENT_RADIUS, CLIENT_RADIUS)


def place_tags(
    members: list[ComparedMember], lines: list[Line], measure: Measure
) -> tuple[list[ComparedMember], list[Line]]:
    """Each tag at its first free spot (drawing order), so the result is always the same."""
    taken = [_CLIENT]
    for member in members:
        taken += [member_shape_box(member), member_label_box(member, measure)]

    def first_free(candidates: Iterable[Box], least_covering: bool = False) -> int:
        """The first free spot; when none is, the first one (or, for a line's tag, the
        one that covers least, rather than hiding the word under its two members)."""
        boxes = list(candidates)
        for i, box in enumerate(boxes):
            if on_page(box) and not any(box.overlaps(other) for other in taken):
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
            i = first_free(member_tag_box(member, measure, side) for side in TagSide)
            member = replace(member, tag_side=list(TagSide)[i])
        placed_members.append(member)
    placed_lines: list[Line] = []
    for line in lines:
        if isinstance(line, ComparedLine) and line.change:
            spots = (line_tag_map_box(line, measure, spot) for spot in LINE_TAG_SPOTS)
            i = first_free(spots, least_covering=True)
            line = replace(line, tag_at=LINE_TAG_SPOTS[i][0], tag_aside=LINE_TAG_SPOTS[i][1])
        placed_lines.append(line)
    return placed_members, placed_lines


def _footprint(node: EcogramNode, x: float, y: float, measure: Measure) -> tuple[Box, Box]:
    """Where a member's shape and label would sit at (x, y), in map units."""
    member = Member(node.id, x, y, node.label, node.category, False, mark=Mark.NONE)
    return member_shape_box(member), member_label_box(member, measure)


def clear_of(
    ghosts: tuple[EcogramNode, ...], present: tuple[EcogramNode, ...], measure: Measure
) -> tuple[EcogramNode, ...]:
    """Each member who left, at its old place, or else at the nearest spot around it
    (a little further round or out) where its circle and label cover no one who is
    there now.  Unplaced members stay as they are."""
    taken = [_CLIENT]
    for node in present:
        if node.x is not None and node.y is not None:
            taken += _footprint(node, node.x, node.y, measure)
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
            boxes = _footprint(ghost, x, y, measure)
            if all(on_page(b) for b in boxes) and not any(
                b.overlaps(other) for b in boxes for other in taken
            ):
                chosen = (x, y)
                break
        taken += _footprint(ghost, *chosen, measure)
        placed.append(replace(ghost, x=chosen[0], y=chosen[1]))
    return tuple(placed)
