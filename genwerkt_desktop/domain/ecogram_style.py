"""The look of an ecogram: sizes, colours and the geometry of its marks, read by the
layout (``ecogram_layout``) that turns a drawing into shapes for every painter.

Sizes are in points for a map whose half width (centre to edge of the [-1, 1] square) is
``REFERENCE_HALF`` points; the Qt painter scales them with the map.  Colours stay dark
enough to remain apart in grey print; the line shapes carry the meaning anyway.
"""

from __future__ import annotations

import math

from .ecogram_drawing import Stroke, Tone

REFERENCE_HALF = 172.0

PALETTE_HEX = {
    Tone.INK: "#1f2933",
    Tone.SUPPORT: "#2d6a4f",
    Tone.WARNING: "#b5400a",
    Tone.MUTED: "#7b8794",
}
LABEL_BACKGROUND_HEX = "#ffffff"
LABEL_BACKGROUND_ALPHA = 0.85

WIDTHS = {Stroke.THICK: 3.2, Stroke.SOLID: 1.4, Stroke.DASHED: 1.4, Stroke.ZIGZAG: 1.4}
DASH = (5.0, 3.0)  # on, off: a weak tie, a member who left
LEFT_SAMPLE_DASH = (2.5, 1.5)  # the small circle in the legend
ZIGZAG_AMPLITUDE = 3.0
ARROW_SIZE = 7.0
CUT_HALF_LENGTH = 6.0
CUT_GAP = 2.5
CUT_WIDTH = 1.6

CLIENT_FONT = 10.0
CLIENT_FONT_SMALLEST = 6.0
LABEL_FONT = 7.5
BADGE_FONT = 7.0
TAG_FONT = 6.5
LABEL_GAP = 10.0  # from the member's edge to the label's baseline
LABEL_PADDING = 4.0  # the label's patch is this much wider than its words
TAG_GAP = 3.0  # between a member (or its ring) and its tag
TAG_PADDING = 6.0  # the tag's box is this much wider than its word
TAG_HEIGHT = TAG_FONT + 4.0
TAG_RADIUS = 3.0
TAG_OUTLINE = 0.9
BADGE_SPACING = 10.0
MEMBER_OUTLINE = 1.2
CLIENT_OUTLINE = 2.2
JOINED_RING_GAP = 3.0
JOINED_RING_WIDTH = 1.8

LEGEND_ROW = 16.0
LEGEND_FONT = 8.0
LEGEND_SAMPLE = (4.0, 40.0)  # the sample line runs from x=4 to x=40
LEGEND_TEXT_X = 50.0
LEGEND_WIDTH = 230.0


def zigzag(
    x1: float, y1: float, x2: float, y2: float, amplitude: float
) -> list[tuple[float, float]]:
    """The points of a zigzag between two points; both ends stay on the line."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    steps = max(4, int(length / (amplitude * 1.6)))
    points: list[tuple[float, float]] = []
    for i in range(steps + 1):
        t = i / steps
        offset = 0.0 if i in (0, steps) else amplitude * (1 if i % 2 else -1)
        points.append((x1 + ux * length * t - uy * offset, y1 + uy * length * t + ux * offset))
    return points


def arrow_head(
    tip_x: float, tip_y: float, from_x: float, from_y: float, size: float
) -> list[tuple[float, float]]:
    """A filled triangle pointing at (tip_x, tip_y), coming from (from_x, from_y)."""
    length = math.hypot(tip_x - from_x, tip_y - from_y) or 1.0
    ux, uy = (tip_x - from_x) / length, (tip_y - from_y) / length
    left = (tip_x - ux * size - uy * size * 0.5, tip_y - uy * size + ux * size * 0.5)
    right = (tip_x - ux * size + uy * size * 0.5, tip_y - uy * size - ux * size * 0.5)
    return [(tip_x, tip_y), left, right]


def cut_marks(
    x1: float, y1: float, x2: float, y2: float, half: float, gap: float
) -> list[tuple[float, float, float, float]]:
    """Two short slanted strokes across the middle of a line: the tie is cut."""
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    slant = half / 3
    marks = []
    for shift in (-gap, gap):
        cx, cy = mx + ux * shift, my + uy * shift
        marks.append(
            (
                cx - uy * half + ux * slant,
                cy + ux * half + uy * slant,
                cx + uy * half - ux * slant,
                cy - ux * half - uy * slant,
            )
        )
    return marks


def client_font(width_at_full_size: float, room: float) -> float:
    """The client's first name a little smaller when it would not fit inside the circle
    ("Łukasz", "Constantin"); never below a readable size."""
    if width_at_full_size <= room or width_at_full_size <= 0:
        return CLIENT_FONT
    return max(CLIENT_FONT_SMALLEST, CLIENT_FONT * room / width_at_full_size)
