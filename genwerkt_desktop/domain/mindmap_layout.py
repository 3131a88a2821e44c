"""A mind map laid out as plain shapes (``ecogram_shapes``), the question in the middle
and the branches on rings around it, for every painter: the Qt painter (screen, PNG) and
the reportlab painter (PDF) only translate them.

Each ring is an ellipse, wider than tall (words are wider than tall, and pages are
landscape).  The words are wrapped, each node gets a box, and each ring is pushed out
just far enough that no box touches another, so a map of a dozen themes with six
thoughts each still has no overlaps, and no line runs under a box.  Computed with the
painter's text measure, injected.  Points, y down; the question's centre is at 0, 0.

On paper (:func:`printed_pages`) a map too large to print its words at ``FLOOR`` on one
page comes as the whole map and then its themes a few to a page, each page a map of
its own around the question.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from .ecogram_shapes import (
    Layout,
    LineShape,
    Measure,
    PolylineShape,
    RectShape,
    Shape,
    TextShape,
    all_shifted,
    wrap,
)
from .mindmap_drawing import EMPTY_TEXT, MindmapDrawing, Node, part
from .mindmap_edits import Path

INK = "#1f2933"
MUTED = "#52606d"
WHITE = "#ffffff"


@dataclass(frozen=True)
class Look:
    """How one depth shows: words, their wrapping, the box and the line to it."""

    size: float
    bold: bool
    wrap: float  # the widest a line of words may be
    pad_x: float
    pad_y: float
    radius: float  # of the box's corners
    outline: float
    line: float  # the width of the line from the parent


LOOKS = (
    Look(13.0, True, 150.0, 14.0, 10.0, 12.0, 2.0, 0.0),  # the question
    Look(10.5, True, 118.0, 10.0, 6.0, 9.0, 1.6, 3.2),  # a theme
    Look(9.0, False, 104.0, 7.0, 4.0, 6.0, 1.0, 1.8),  # a thought
    Look(8.5, False, 96.0, 6.0, 3.5, 5.0, 0.8, 1.2),  # deeper
)
LEADING = 1.25  # line spacing in font sizes
ASPECT = 1.55  # a ring is this much wider than tall
GAP = 10.0  # the least room between two boxes
RING_GAP = 26.0  # the least room between a ring and the one inside it
STEP = 3.0  # how far a ring is pushed out at a time
MARGIN = 18.0  # around the whole map
# How far a thought's line may bend (of its length) to pass beside other boxes, in the
# order tried: gently first.
BENDS = (0.08, -0.08, 0.0, 0.2, -0.2, 0.32, -0.32, 0.45, -0.45)
LINE_ROOM = 3.0  # the least room between a line and a box it passes
CROWDED = 16  # more boxes than this on a ring sit staggered
LIMIT = 50_000.0  # no ring ever goes further out
# The furthest a ring moves out to let its lines pass beside the boxes; further, and the
# map would rather grow small on the page.
LINE_REACH = 200.0


def look(depth: int) -> Look:
    return LOOKS[min(depth, len(LOOKS) - 1)]


@dataclass(frozen=True)
class Box:
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

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.right + gap <= other.left
            or other.right + gap <= self.left
            or self.bottom + gap <= other.top
            or other.bottom + gap <= self.top
        )


@dataclass(frozen=True)
class PlacedNode:
    """One node's box, its wrapped words and its shapes (box and words)."""

    node: Node
    box: Box
    lines: tuple[str, ...]
    shapes: tuple[Shape, ...]

    @property
    def path(self) -> Path:
        return self.node.path


@dataclass(frozen=True)
class MapLayout:
    """The map around 0, 0: the lines, then the nodes (drawn over the lines)."""

    lines: tuple[Shape, ...]
    nodes: tuple[PlacedNode, ...]
    bounds: Box

    def shapes(self) -> tuple[Shape, ...]:
        return (*self.lines, *(s for n in self.nodes for s in n.shapes))

    def placed(self, path: Path) -> PlacedNode | None:
        return next((n for n in self.nodes if n.path == path), None)


# -- sizes and places


def _words(node: Node, measure: Measure) -> tuple[tuple[str, ...], float, float]:
    """The wrapped lines and the box's width and height."""
    style = look(node.depth)

    def width_of(text: str) -> float:
        return measure(text, style.size, style.bold)

    lines = tuple(balanced(node.text, width_of, style.wrap)) or (node.text,)
    widest = max(width_of(line) for line in lines)
    width = widest + 2 * style.pad_x
    height = len(lines) * style.size * LEADING + 2 * style.pad_y - (LEADING - 1) * style.size
    return lines, width, height


def balanced(text: str, width_of: Callable[[str], float], most: float) -> list[str]:
    """The words wrapped within ``most``, on as few lines as that needs, and those lines
    as even as they can be (no single word left alone on the last line)."""
    lines = wrap(text, width_of, most)
    if len(lines) < 2:
        return lines
    best, width = lines, most
    while width > most / len(lines):
        width -= 4.0
        tried = wrap(text, width_of, width)
        if len(tried) != len(lines):
            break
        best = tried
    return best


def _box_at(angle: float, radius: float, width: float, height: float) -> Box:
    """A box hanging outward from the point at ``angle`` on the ring of ``radius``:
    its side facing the centre touches the ring, so the words run away from it."""
    cos, sin = math.cos(angle), math.sin(angle)
    x, y = radius * ASPECT * cos, radius * sin
    cx, cy = x + cos * width / 2, y + sin * height / 2
    return Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _ring(
    nodes: Sequence[tuple[Node, float, float]],
    parents: Sequence[Box],
    inner: Sequence[Box],
    start: float,
) -> tuple[float, list[Box]]:
    """The smallest radius from ``start`` (to within ``STEP``) at which the ring's boxes
    touch neither each other nor anything inside; then, when some box's line from its
    parent (``parents``, one for each node) would pass under another box, the radius a
    little further out (at most ``LINE_REACH``) at which every line passes beside."""

    # A crowded ring puts every other box a step further out, so neighbours sit
    # staggered and the ring needs about half the room around.
    stagger = 0.0
    straight = any(n.depth == 1 for n, _w, _h in nodes)  # a theme's line does not bend
    if len(nodes) > CROWDED:
        stagger = max(max(w / ASPECT, h) for _n, w, h in nodes) + GAP

    def boxes_at(radius: float) -> list[Box]:
        return [
            _box_at(n.angle, radius + (stagger if i % 2 else 0.0), w, h)
            for i, (n, w, h) in enumerate(nodes)
        ]

    def apart(radius: float) -> bool:
        boxes = boxes_at(radius)
        return all(
            not a.overlaps(b, GAP) for i, a in enumerate(boxes) for b in (*boxes[i + 1 :], *inner)
        )

    def passing(radius: float) -> bool:
        boxes = boxes_at(radius)
        return apart(radius) and all(
            _passes(parent, box, [*boxes, *inner], straight)
            for parent, box in zip(parents, boxes, strict=True)
        )

    radius = _outward(apart, start, LIMIT) or LIMIT
    radius = _outward(passing, radius, radius + LINE_REACH) or radius
    return radius, boxes_at(radius)


def _outward(test: Callable[[float], bool], start: float, limit: float) -> float | None:
    """The smallest radius from ``start`` to ``limit`` (to within ``STEP``) that passes
    ``test``, if one does.  Further out the boxes only spread further apart, so it is
    found by doubling the step, then halving it."""
    if test(start):
        return start
    low, step = start, STEP
    high = start + step
    while not test(high):
        if high >= limit:
            return None
        low, step = high, step * 2
        high = min(low + step, limit)
    while high - low > STEP:
        middle = (low + high) / 2
        if test(middle):
            high = middle
        else:
            low = middle
    return high


def _passes(parent: Box, box: Box, around: Sequence[Box], straight: bool) -> bool:
    """Whether the line from ``parent`` to ``box``, straight or with one of its bends,
    keeps ``LINE_ROOM`` from every other box ``around``.  On a staggered ring a box
    further out is reached between its two neighbours further in: when they stand too
    close together no line gets through, and it would run under one of them."""
    x1, y1, x2, y2 = _trimmed(parent, box)
    others = _near(x1, y1, x2, y2, [b for b in around if b is not box and b is not parent])
    length = _length(x1, y1, x2, y2)
    return any(
        _crossed(_curve(x1, y1, x2, y2, f * length), others) == 0
        for f in ((0.0,) if straight else BENDS)
    )


def _grown(box: Box, by: float) -> Box:
    return Box(box.left - by, box.top - by, box.right + by, box.bottom + by)


def _reach(box: Box) -> float:
    """How far out a box reaches, measured as the rings are (wider than tall)."""
    return max(
        math.hypot(x / ASPECT, y) for x in (box.left, box.right) for y in (box.top, box.bottom)
    )


def _trimmed(a: Box, b: Box) -> tuple[float, float, float, float]:
    """The line between two boxes' centres, from edge to edge."""
    (ax, ay), (bx, by) = a.centre, b.centre

    def edge(box: Box, dx: float, dy: float) -> float:
        # How far along (dx, dy) from the box's centre its border lies.
        tx = (box.width / 2) / abs(dx) if dx else math.inf
        ty = (box.height / 2) / abs(dy) if dy else math.inf
        return min(tx, ty)

    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    sa, sb = edge(a, ux, uy), edge(b, ux, uy)
    if sa + sb >= length:
        return ax, ay, bx, by
    return ax + ux * sa, ay + uy * sa, bx - ux * sb, by - uy * sb


def _curve(x1: float, y1: float, x2: float, y2: float, bend: float) -> tuple[float, ...]:
    """A gentle curve between two points (a quadratic Bézier, as a few straight pieces)."""
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    cx, cy = mx - (y2 - y1) / length * bend, my + (x2 - x1) / length * bend
    points: list[float] = []
    for i in range(13):
        t = i / 12
        points.append((1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t**2 * x2)
        points.append((1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t**2 * y2)
    return tuple(points)


def crosses(x1: float, y1: float, x2: float, y2: float, box: Box) -> bool:
    """Whether the segment passes through the box (Liang-Barsky clipping)."""
    low, high = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in (
        (-dx, x1 - box.left),
        (dx, box.right - x1),
        (-dy, y1 - box.top),
        (dy, box.bottom - y1),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _length(x1: float, y1: float, x2: float, y2: float) -> float:
    return math.hypot(x2 - x1, y2 - y1)


def _near(x1: float, y1: float, x2: float, y2: float, boxes: Sequence[Box]) -> list[Box]:
    """The boxes a line between the two points might pass, however it bends, each grown
    by ``LINE_ROOM``."""
    reach = _length(x1, y1, x2, y2) * 0.4 + LINE_ROOM
    span = Box(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    return [_grown(b, LINE_ROOM) for b in boxes if b.overlaps(span, reach)]


def _crossed(points: tuple[float, ...], boxes: Sequence[Box]) -> int:
    """How many of the boxes the line through ``points`` passes under."""
    pieces = [points[i : i + 4] for i in range(0, len(points) - 2, 2)]
    return sum(1 for box in boxes if any(crosses(a, b, c, d, box) for a, b, c, d in pieces))


def _clear_curve(
    x1: float, y1: float, x2: float, y2: float, side: int, boxes: Sequence[Box]
) -> tuple[float, ...]:
    """The gentle curve between two points that passes under no other box (a line
    under a box would seem to run into it) and keeps ``LINE_ROOM`` from them: bent one
    way, the other, or more, whichever first stays clear; else the one crossing the
    fewest boxes, then coming near the fewest."""
    length = _length(x1, y1, x2, y2)
    room = _near(x1, y1, x2, y2, boxes)
    near = [_grown(b, -LINE_ROOM) for b in room]
    best: tuple[tuple[int, int], tuple[float, ...]] | None = None
    for factor in BENDS:
        points = _curve(x1, y1, x2, y2, factor * side * length)
        close = _crossed(points, room)
        if close == 0:
            return points
        score = (_crossed(points, near), close)
        if best is None or score < best[0]:
            best = (score, points)
    assert best is not None
    return best[1]


def _node_shapes(node: Node, box: Box, lines: Sequence[str]) -> tuple[Shape, ...]:
    style = look(node.depth)
    fill = node.colours.fill if node.depth <= 1 else WHITE
    shapes: list[Shape] = [
        RectShape(
            box.left,
            box.top,
            box.width,
            box.height,
            fill,
            node.colours.edge,
            style.outline,
            style.radius,
        )
    ]
    cx = (box.left + box.right) / 2
    first = box.top + style.pad_y + style.size * 0.8
    colour = MUTED if node.text == EMPTY_TEXT else INK
    for i, line in enumerate(lines):
        y = first + i * style.size * LEADING
        shapes.append(TextShape(cx, y, line, style.size, colour, style.bold, "middle"))
    return tuple(shapes)


def map_layout(drawing: MindmapDrawing, measure: Measure) -> MapLayout:
    """Every node in its box on its ring, the lines from each to its parent."""
    sized = {n.path: (n, *_words(n, measure)) for n in drawing.nodes}
    _centre, _lines, cw, ch = sized[()]
    boxes: dict[Path, Box] = {(): Box(-cw / 2, -ch / 2, cw / 2, ch / 2)}
    deepest = max(n.depth for n in drawing.nodes)
    # The first ring starts just outside the question.
    radius = max(cw / 2 / ASPECT, ch / 2) + RING_GAP
    for depth in range(1, deepest + 1):
        ring = [(n, w, h) for n, _lines, w, h in sized.values() if n.depth == depth]
        parents = [boxes[n.path[:-1]] for n, _w, _h in ring]
        radius, placed = _ring(ring, parents, list(boxes.values()), radius)
        for (node, _w, _h), box in zip(ring, placed, strict=True):
            boxes[node.path] = box
        # The next ring starts beyond the far corners of this one.
        radius = max((_reach(b) for b in placed), default=radius) + RING_GAP
    lines: list[Shape] = []
    for node in drawing.nodes[1:]:
        parent, child = boxes[node.path[:-1]], boxes[node.path]
        x1, y1, x2, y2 = _trimmed(parent, child)
        width = look(node.depth).line
        if node.depth == 1:
            lines.append(LineShape(x1, y1, x2, y2, node.colours.edge, width))
        else:
            others = [b for p, b in boxes.items() if p not in (node.path, node.path[:-1])]
            side = 1 if node.path[-1] % 2 else -1
            points = _clear_curve(x1, y1, x2, y2, side, others)
            lines.append(PolylineShape(points, node.colours.edge, width))
    placed_nodes = tuple(
        PlacedNode(
            n, boxes[n.path], sized[n.path][1], _node_shapes(n, boxes[n.path], sized[n.path][1])
        )
        for n in drawing.nodes
    )
    every = list(boxes.values())
    bounds = Box(
        min(b.left for b in every) - MARGIN,
        min(b.top for b in every) - MARGIN,
        max(b.right for b in every) + MARGIN,
        max(b.bottom for b in every) + MARGIN,
    )
    return MapLayout(tuple(lines), tuple(placed_nodes), bounds)


# -- finding the way with the arrow keys


def neighbour(layout: MapLayout, path: Path, dx: float, dy: float) -> Path | None:
    """The node an arrow key leads to from ``path``: the nearest one in that direction,
    preferring those straight ahead over those aside."""
    here = layout.placed(path)
    if here is None:
        return None
    hx, hy = here.box.centre
    best: tuple[float, Path] | None = None
    for other in layout.nodes:
        if other.path == path:
            continue
        ox, oy = other.box.centre
        ahead = (ox - hx) * dx + (oy - hy) * dy
        if ahead <= 1.0:
            continue
        aside = abs((ox - hx) * dy - (oy - hy) * dx)
        score = ahead + 2.5 * aside
        if best is None or score < best[0]:
            best = (score, other.path)
    return best[1] if best else None


# -- whole pages


def scaled(shape: Shape, k: float) -> Shape:
    """The same shape ``k`` times as large, around 0, 0 (its lines and words too)."""
    if isinstance(shape, LineShape):
        return replace(
            shape,
            x1=shape.x1 * k,
            y1=shape.y1 * k,
            x2=shape.x2 * k,
            y2=shape.y2 * k,
            width=shape.width * k,
        )
    if isinstance(shape, PolylineShape):
        return replace(shape, points=tuple(v * k for v in shape.points), width=shape.width * k)
    if isinstance(shape, RectShape):
        return replace(
            shape,
            x=shape.x * k,
            y=shape.y * k,
            w=shape.w * k,
            h=shape.h * k,
            width=shape.width * k,
            radius=shape.radius * k,
        )
    if isinstance(shape, TextShape):
        return replace(shape, x=shape.x * k, y=shape.y * k, size=shape.size * k)
    raise TypeError(type(shape).__name__)  # a mind map draws no other shapes


PAGE_WIDTH = 842.0  # landscape A4, in points
PAGE_HEIGHT = 595.0
_TOP = 70.0  # room for the caption
_SIDE = 28.0
# The smallest a printed word may be.  The map's own sizes are 9 pt for a thought and
# 8.5 pt further out; 8 pt is about the least a client reads on paper without effort
# (the small print on a form), so a map may shrink a little to fit its page, but a map
# that would print its words any smaller is printed in parts as well.
FLOOR = 8.0
OVERVIEW_NOTE = "Op de volgende bladen staan de takken groter, een paar per blad."
PART_NOTE = "Een deel van de mindmap. De hele mindmap staat op blad 1."


def fit_scale(bounds: Box, width: float, height: float) -> float:
    """How much smaller (never larger) the map must be to fit ``width`` × ``height``."""
    return min(1.0, width / bounds.width, height / bounds.height)


def _room(width: float, height: float) -> tuple[float, float]:
    """The room for the map on a page: below the caption, within the margins."""
    return width - 2 * _SIDE, height - _TOP - _SIDE


def smallest_text(
    drawing: MindmapDrawing, body: MapLayout, width: float = PAGE_WIDTH, height: float = PAGE_HEIGHT
) -> float:
    """The size the smallest words of the map print at on a page (in points)."""
    k = fit_scale(body.bounds, *_room(width, height))
    return k * min(look(n.depth).size for n in drawing.nodes)


def _page(
    drawing: MindmapDrawing,
    body: MapLayout,
    width: float,
    height: float,
    foot: tuple[str, str] | None = None,
) -> Layout:
    room_w, room_h = _room(width, height)
    k = fit_scale(body.bounds, room_w, room_h)
    cx, cy = body.bounds.centre
    shapes: list[Shape] = [TextShape(_SIDE + 12, 44, drawing.caption, 15, INK, True)]
    shapes.append(LineShape(_SIDE + 12, 56, width - _SIDE - 12, 56, "#d9dee4", 0.8))
    moved = all_shifted(body.shapes(), -cx, -cy)
    shapes += all_shifted((scaled(s, k) for s in moved), width / 2, _TOP + room_h / 2)
    if foot is not None:
        note, number = foot
        shapes.append(TextShape(_SIDE + 12, height - 12, note, 9, MUTED))
        shapes.append(TextShape(width - _SIDE - 12, height - 12, number, 9, MUTED, anchor="end"))
    return Layout(width, height, tuple(shapes))


def page_layout(
    drawing: MindmapDrawing,
    measure: Measure,
    width: float = PAGE_WIDTH,
    height: float = PAGE_HEIGHT,
) -> Layout:
    """A whole page: the caption (with the date) on top, the map as large as fits below,
    centred.  The PDF's first page is landscape A4; the PNG the same page in pixels."""
    return _page(drawing, map_layout(drawing, measure), width, height)


def printed_pages(
    drawing: MindmapDrawing,
    measure: Measure,
    width: float = PAGE_WIDTH,
    height: float = PAGE_HEIGHT,
) -> tuple[Layout, ...]:
    """The pages of the printed map: one, the whole map, when its words print at
    ``FLOOR`` or larger.  Otherwise the whole map first, to show its shape, and then the
    themes a few to a page (:func:`parts`), each page a map of the question with those
    themes, large enough to read."""
    whole = map_layout(drawing, measure)
    if smallest_text(drawing, whole, width, height) >= FLOOR:
        return (_page(drawing, whole, width, height),)
    pieces = parts(drawing, measure, width, height)
    if len(pieces) < 2:  # a single theme: the whole map is already as large as it gets
        return (_page(drawing, whole, width, height),)
    total = 1 + len(pieces)
    pages = [_page(drawing, whole, width, height, (OVERVIEW_NOTE, f"blad 1 van {total}"))]
    for number, (piece, body) in enumerate(pieces, start=2):
        pages.append(_page(piece, body, width, height, (PART_NOTE, f"blad {number} van {total}")))
    return tuple(pages)


def parts(
    drawing: MindmapDrawing,
    measure: Measure,
    width: float = PAGE_WIDTH,
    height: float = PAGE_HEIGHT,
) -> list[tuple[MindmapDrawing, MapLayout]]:
    """The themes in runs, each run a map of its own around the question: as few runs as
    print every word at ``FLOOR`` or larger, the themes in their order, and the runs about
    as large as each other (by their thoughts).  When even that fails, each theme on its
    own, as large as fits."""
    themes = [n.path[0] for n in drawing.nodes if n.depth == 1]
    weights = [n.leaves for n in drawing.nodes if n.depth == 1]
    for count in range(2, len(themes)):
        pieces: list[tuple[MindmapDrawing, MapLayout]] = []
        for run in runs(weights, count):
            piece = part(drawing, [themes[i] for i in run])
            body = map_layout(piece, measure)
            if smallest_text(piece, body, width, height) < FLOOR:
                break
            pieces.append((piece, body))
        else:
            return pieces
    return [(piece, map_layout(piece, measure)) for piece in (part(drawing, [t]) for t in themes)]


def runs(weights: Sequence[int], count: int) -> list[range]:
    """``count`` runs of consecutive indexes, none empty, their weights as even as the
    order allows."""
    reached = list(accumulate(weights))
    goal = reached[-1] / count
    cuts = [0]
    for j in range(1, count):
        lowest, highest = cuts[-1] + 1, len(weights) - (count - j)
        cuts.append(min(range(lowest, highest + 1), key=lambda c: abs(reached[c - 1] - goal * j)))
    cuts.append(len(weights))
    return [range(a, b) for a, b in pairwise(cuts)]
