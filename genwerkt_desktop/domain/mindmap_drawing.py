"""One drawing description of a mind map, for every renderer (Qt on screen and in the
PNG, reportlab on paper), so the printed map is the map on the screen.

The question sits in the middle; each theme (a first-level branch) gets a slice of the
circle as large as the number of thoughts it carries, and its own calm colour, which its
thoughts share.  Each thought takes a share of its parent's slice, so sub-branches stay
out beside their own theme.  Angles are in radians, clockwise on screen (y down), 0
pointing right; the first theme sits straight above the question.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .balance_drawing import DOMAIN_STYLES
from .ecogram_drawing import day
from .enums import LifeDomain
from .instruments import Mindmap, MindmapBranch
from .mindmap_edits import Path


@dataclass(frozen=True)
class Colours:
    fill: str  # light, keeps dark words readable
    edge: str  # darker, of the same hue: the outline and the lines


# The life domains' calm colours (the balance's palette), in an order where neighbours
# differ well; more themes than colours start again.
THEME_COLOURS: tuple[Colours, ...] = tuple(
    Colours(DOMAIN_STYLES[d].fill, DOMAIN_STYLES[d].edge)
    for d in (
        LifeDomain.WORK,
        LifeDomain.HOUSING,
        LifeDomain.FAMILY,
        LifeDomain.INCOME,
        LifeDomain.NETWORK,
        LifeDomain.HEALTH,
        LifeDomain.LEISURE,
        LifeDomain.ADMINISTRATION,
        LifeDomain.EDUCATION,
        LifeDomain.MOBILITY,
    )
)
CENTRE_COLOURS = Colours("#f5f4f0", "#1f2933")
# The widest fan a branch's own branches spread over (a single theme's thoughts would
# otherwise ring the question, and their lines run under it).
FAN = math.radians(150)
EMPTY_TEXT = "…"  # a branch without words yet still shows


@dataclass(frozen=True)
class Node:
    """A node of the map: the centre (depth 0, path ``()``) or a branch."""

    path: Path
    text: str
    depth: int
    colours: Colours
    angle: float  # the middle of its slice (the centre: 0)
    start: float  # its slice of the circle, from start to end
    end: float
    leaves: int  # how many thoughts at the far ends it carries (itself when it has none)


@dataclass(frozen=True)
class MindmapDrawing:
    nodes: tuple[Node, ...]  # the centre first, then each theme followed by its thoughts
    caption: str
    made_on: date | None

    @property
    def centre(self) -> Node:
        return self.nodes[0]

    def node(self, path: Path) -> Node | None:
        return next((n for n in self.nodes if n.path == path), None)


def leaves(branch: MindmapBranch) -> int:
    return sum(leaves(c) for c in branch.children) if branch.children else 1


def theme_colours(index: int) -> Colours:
    return THEME_COLOURS[index % len(THEME_COLOURS)]


def _slices(weights: Sequence[int], start: float, end: float) -> list[float]:
    """The borders of each branch's slice of [start, end], sized by its thoughts."""
    total = sum(weights) or 1
    borders = [start]
    for weight in weights:
        borders.append(borders[-1] + (end - start) * weight / total)
    return borders


def _walk(branches: tuple[MindmapBranch, ...], prefix: Path, colours: Colours | None) -> list[Node]:
    """Every branch below ``prefix`` as a node, each before its own, not yet placed."""
    out: list[Node] = []
    for i, branch in enumerate(branches):
        path = (*prefix, i)
        own = colours or theme_colours(i)
        text = branch.text.strip() or EMPTY_TEXT
        out.append(Node(path, text, len(path), own, 0.0, 0.0, 0.0, leaves(branch)))
        out += _walk(branch.children, path, own)
    return out


def _arranged(nodes: Sequence[Node]) -> tuple[Node, ...]:
    """The nodes (the centre first, each branch before its own) each given its slice of
    the circle: the first theme's slice centred straight above the question, each slice
    as large as the thoughts it carries, and a branch's own branches sharing its slice."""
    below: dict[Path, list[Node]] = {}
    for node in nodes[1:]:
        below.setdefault(node.path[:-1], []).append(node)
    themes = below.get((), [])
    total = sum(n.leaves for n in themes)
    first = themes[0].leaves if themes else 1
    out = [replace(nodes[0], leaves=total)]

    def place(branches: Sequence[Node], start: float, end: float) -> None:
        borders = _slices([b.leaves for b in branches], start, end)
        for i, branch in enumerate(branches):
            low, high = borders[i], borders[i + 1]
            middle = (low + high) / 2
            out.append(replace(branch, angle=middle, start=low, end=high))
            # A branch's own branches fan out beyond it, never around the question.
            half = min((high - low) / 2, FAN / 2)
            place(below.get(branch.path, []), middle - half, middle + half)

    start = -math.pi / 2 - math.pi * first / max(total, 1)
    place(themes, start, start + 2 * math.pi)
    return tuple(out)


def draw(mindmap: Mindmap, client_label: str = "") -> MindmapDrawing:
    """The drawing of one mind map; ``client_label`` (the first name) goes in the caption."""
    centre = Node((), mindmap.centre.strip() or EMPTY_TEXT, 0, CENTRE_COLOURS, 0.0, 0.0, 0.0, 0)
    nodes = _arranged([centre, *_walk(mindmap.branches, (), None)])
    caption = f"Mindmap van {client_label}" if client_label else "Mindmap"
    if mindmap.made_on is not None:
        caption += f", {day(mindmap.made_on)}"
    return MindmapDrawing(nodes, caption, mindmap.made_on)


def part(drawing: MindmapDrawing, themes: Sequence[int]) -> MindmapDrawing:
    """The question with only some of its themes (by their number) and all that hangs
    under them, laid out around it as a whole map is: the same words, colours and paths,
    the first of these themes straight above."""
    kept = [n for n in drawing.nodes[1:] if n.path[0] in themes]
    return MindmapDrawing(_arranged([drawing.centre, *kept]), drawing.caption, drawing.made_on)
