"""The plain shapes an ecogram is drawn with, ready for any painter.

The layout (``ecogram_layout``) computes them once; the Qt painter (screen, PNG) and the
reportlab painter (PDF, SVG) only translate them, so every picture shows one geometry.
Coordinates and sizes are in points, y downward; a text's ``y`` is its baseline.  A dash
pattern is data (on, off, … in points), never a renderer's own style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

Anchor = Literal["start", "middle", "end"]
# (text, size, bold) -> width in points: the painter's own font measure, injected.
Measure = Callable[[str, float, bool], float]
Dash = tuple[float, ...]


@dataclass(frozen=True)
class LineShape:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float
    dash: Dash = ()


@dataclass(frozen=True)
class PolylineShape:
    points: tuple[float, ...]  # x1, y1, x2, y2, ...
    colour: str
    width: float


@dataclass(frozen=True)
class PolygonShape:
    points: tuple[float, ...]  # x1, y1, x2, y2, ...
    fill: str
    edge: str
    width: float = 1.0


@dataclass(frozen=True)
class CircleShape:
    cx: float
    cy: float
    r: float
    fill: str | None
    edge: str | None
    width: float
    dash: Dash = ()


@dataclass(frozen=True)
class RectShape:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    edge: str | None
    width: float = 0.0
    radius: float = 0.0
    dash: Dash = ()
    opacity: float = 1.0  # of the fill: a label's patch lets lines show through a little


@dataclass(frozen=True)
class TextShape:
    x: float
    y: float
    text: str
    size: float
    colour: str
    bold: bool = False
    anchor: Anchor = "start"


Shape = LineShape | PolylineShape | PolygonShape | CircleShape | RectShape | TextShape


@dataclass(frozen=True)
class Layout:
    """Shapes on a canvas of ``width`` × ``height`` points."""

    width: float
    height: float
    shapes: tuple[Shape, ...]


def _points(points: tuple[float, ...], dx: float, dy: float) -> tuple[float, ...]:
    return tuple(v + (dx if i % 2 == 0 else dy) for i, v in enumerate(points))


def shifted(shape: Shape, dx: float, dy: float) -> Shape:
    """The same shape, ``dx`` right and ``dy`` down."""
    if isinstance(shape, LineShape):
        return replace(
            shape, x1=shape.x1 + dx, y1=shape.y1 + dy, x2=shape.x2 + dx, y2=shape.y2 + dy
        )
    if isinstance(shape, PolylineShape | PolygonShape):
        return replace(shape, points=_points(shape.points, dx, dy))
    if isinstance(shape, CircleShape):
        return replace(shape, cx=shape.cx + dx, cy=shape.cy + dy)
    return replace(shape, x=shape.x + dx, y=shape.y + dy)


def all_shifted(shapes: Iterable[Shape], dx: float, dy: float) -> tuple[Shape, ...]:
    return tuple(shifted(shape, dx, dy) for shape in shapes)


def texts(shapes: Iterable[Shape]) -> list[str]:
    """The words among the shapes, in drawing order (what a reader finds on the page)."""
    return [shape.text for shape in shapes if isinstance(shape, TextShape)]


def wrap(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    """Words onto as many lines of ``max_width`` as they need (a word too long for a
    line keeps a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and width_of(candidate) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
