"""An ecogram's map laid out as plain shapes: the lines with their marks, the client,
and each member with its label, badges and tag (the page around it: ``ecogram_page``).

Computed once, here, with the painter's text measure injected; the Qt painter (screen,
PNG) and the reportlab painter (PDF, SVG) only translate the shapes.  Points, y down;
the map's centre is at 0, 0 and its [-1, 1] square spans ``half`` points each way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import ecogram_style as style
from .ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    ComparedLine,
    EcogramDrawing,
    Line,
    Mark,
    Member,
    Stroke,
    Tone,
)
from .ecogram_placement import (
    Box,
    label_box,
    label_width,
    line_tag_box,
    line_tag_point,
    tag_box,
    tag_side,
    tag_width,
)
from .ecogram_shapes import (
    CircleShape,
    LineShape,
    Measure,
    PolygonShape,
    PolylineShape,
    RectShape,
    Shape,
    TextShape,
    all_shifted,
)

WHITE = "#ffffff"


def colour(tone: Tone) -> str:
    return style.PALETTE_HEX[tone]


def _flat(points: Sequence[tuple[float, float]]) -> tuple[float, ...]:
    return tuple(c for point in points for c in point)


@dataclass(frozen=True)
class MapFrame:
    """``half`` points from the client to the map's edge; every size (fonts, strokes,
    gaps) times ``scale``.  Scaling both alike keeps the placement of the tags valid."""

    half: float = style.REFERENCE_HALF
    scale: float = 1.0

    @classmethod
    def uniform(cls, half: float) -> MapFrame:
        return cls(half, half / style.REFERENCE_HALF)

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return x * self.half, y * self.half


@dataclass(frozen=True)
class PlacedMember:
    """One member's shapes around its centre (``x``, ``y`` in points from the client),
    and the boxes it covers (shape, label, tag), for selecting it with the mouse."""

    member: Member
    x: float
    y: float
    shapes: tuple[Shape, ...]
    outline: tuple[Box, ...]


@dataclass(frozen=True)
class MapLayout:
    lines: tuple[Shape, ...]  # every line, then every line's tag (no line crosses a tag)
    client: tuple[Shape, ...]
    members: tuple[PlacedMember, ...]

    def shapes(self) -> tuple[Shape, ...]:
        placed = [s for m in self.members for s in all_shifted(m.shapes, m.x, m.y)]
        return (*self.lines, *self.client, *placed)


# -- marks


def tag_shapes(box: Box, text: str, tone: Tone, scale: float = 1.0) -> list[Shape]:
    """A small boxed word (nieuw, weg, sterker…) drawn in ``box``, the very box its
    placement kept free."""
    return [
        RectShape(
            box.left,
            box.top,
            box.width,
            box.height,
            WHITE,
            colour(tone),
            style.TAG_OUTLINE * scale,
            style.TAG_RADIUS * scale,
        ),
        TextShape(
            (box.left + box.right) / 2,
            box.bottom - 2.4 * scale,
            text,
            style.TAG_FONT * scale,
            colour(tone),
            True,
            "middle",
        ),
    ]


def _tag_tone(mark: Mark) -> Tone:
    return {Mark.JOINED: Tone.SUPPORT, Mark.LEFT: Tone.MUTED}.get(mark, Tone.INK)


def arrow_shape(
    tip: tuple[float, float], source: tuple[float, float], tone: Tone, scale: float
) -> Shape:
    head = style.arrow_head(*tip, *source, style.ARROW_SIZE * scale)
    return PolygonShape(_flat(head), colour(tone), colour(tone), scale)


def stroke_shape(
    stroke: Stroke, tone: Tone, a: tuple[float, float], b: tuple[float, float], scale: float
) -> Shape:
    """One tie's line in Hartman's notation: thick, solid, dashed or zigzag."""
    width = style.WIDTHS[stroke] * scale
    if stroke is Stroke.ZIGZAG:
        points = style.zigzag(*a, *b, style.ZIGZAG_AMPLITUDE * scale)
        return PolylineShape(_flat(points), colour(tone), width)
    dash = tuple(d * scale for d in style.DASH) if stroke is Stroke.DASHED else ()
    return LineShape(*a, *b, colour(tone), width, dash)


def cut_shapes(
    tone: Tone, a: tuple[float, float], b: tuple[float, float], scale: float
) -> list[Shape]:
    half, gap = style.CUT_HALF_LENGTH * scale, style.CUT_GAP * scale
    return [
        LineShape(x1, y1, x2, y2, colour(tone), style.CUT_WIDTH * scale)
        for x1, y1, x2, y2 in style.cut_marks(*a, *b, half, gap)
    ]


def line_shapes(line: Line, frame: MapFrame) -> list[Shape]:
    """A tie with its cut mark and arrowheads."""
    a, b = frame.xy(line.x1, line.y1), frame.xy(line.x2, line.y2)
    shapes = [stroke_shape(line.stroke, line.tone, a, b, frame.scale)]
    if line.cut_mark:
        shapes += cut_shapes(line.tone, a, b, frame.scale)
    if line.arrow_at_start:
        shapes.append(arrow_shape(a, b, line.tone, frame.scale))
    if line.arrow_at_end:
        shapes.append(arrow_shape(b, a, line.tone, frame.scale))
    return shapes


def line_tag_shapes(line: Line, frame: MapFrame, measure: Measure) -> list[Shape]:
    """The word on a changed tie between two members (comparison only)."""
    if not (isinstance(line, ComparedLine) and line.change):
        return []
    s = frame.scale
    x, y = frame.xy(*line_tag_point(line))
    box = line_tag_box(tag_width(line.change, measure)).moved(x, y, s)
    return tag_shapes(box, line.change, _tag_tone(line.mark), s)


def all_line_shapes(lines: Sequence[Line], frame: MapFrame, measure: Measure) -> tuple[Shape, ...]:
    """Every line, then every line's tag, so no line crosses a tag."""
    shapes = [s for line in lines for s in line_shapes(line, frame)]
    shapes += [s for line in lines for s in line_tag_shapes(line, frame, measure)]
    return tuple(shapes)


def client_shapes(label: str, frame: MapFrame, measure: Measure) -> tuple[Shape, ...]:
    """The client in the centre: a double circle with the first name, set smaller when
    it would not fit inside."""
    s = frame.scale
    radius = CLIENT_RADIUS * frame.half
    ink = colour(Tone.INK)
    wide = measure(label, style.CLIENT_FONT, True)
    size = style.client_font(wide, 2 * (radius - 4 * s) / s) * s
    return (
        CircleShape(0, 0, radius, WHITE, ink, style.CLIENT_OUTLINE * s),
        CircleShape(0, 0, radius - 3 * s, None, ink, 0.8 * s),
        TextShape(0, size * 0.4, label, size, ink, True, "middle"),
    )


def _node(
    radius: float,
    organisation: bool,
    fill: str | None,
    edge: str,
    width: float,
    corner: float,
    dash: tuple[float, ...] = (),
) -> Shape:
    if organisation:
        return RectShape(-radius, -radius, 2 * radius, 2 * radius, fill, edge, width, corner, dash)
    return CircleShape(0, 0, radius, fill, edge, width, dash)


def member_layout(member: Member, frame: MapFrame, measure: Measure) -> PlacedMember:
    """A person (circle) or organisation (rounded square) with label, badges and tag."""
    s = frame.scale
    radius = NODE_RADIUS * frame.half
    left = member.mark is Mark.LEFT
    joined = member.mark is Mark.JOINED
    ink = colour(Tone.MUTED if left else Tone.INK)
    shapes: list[Shape] = []
    if joined:
        ring = radius + style.JOINED_RING_GAP * s
        support = colour(Tone.SUPPORT)
        width = style.JOINED_RING_WIDTH * s
        shapes.append(_node(ring, member.is_organisation, None, support, width, 5 * s))
    dash = tuple(d * s for d in style.DASH) if left else ()
    outline_width = style.MEMBER_OUTLINE * s
    shapes.append(_node(radius, member.is_organisation, WHITE, ink, outline_width, 4 * s, dash))
    # The label on a light patch, so lines passing behind it never cross the words.
    patch = label_box(radius / s, label_width(member.label, measure)).moved(0, 0, s)
    shapes.append(
        RectShape(
            patch.left,
            patch.top,
            patch.width,
            patch.height,
            WHITE,
            None,
            opacity=style.LABEL_BACKGROUND_ALPHA,
        )
    )
    baseline = radius + style.LABEL_GAP * s
    shapes.append(TextShape(0, baseline, member.label, style.LABEL_FONT * s, ink, anchor="middle"))
    count = len(member.badges)
    for i, badge in enumerate(member.badges):
        x = (-(count - 1) * style.BADGE_SPACING / 2 + i * style.BADGE_SPACING) * s
        shapes.append(TextShape(x, 3 * s, badge, style.BADGE_FONT * s, ink, True, "middle"))
    reach = radius + 2 * s
    outline = [Box(-reach, -reach, reach, reach), patch]
    if member.change:
        width = tag_width(member.change, measure)
        box = tag_box(tag_side(member), radius / s, width, joined).moved(0, 0, s)
        shapes += tag_shapes(box, member.change, _tag_tone(member.mark), s)
        outline.append(box)
    x, y = frame.xy(member.x, member.y)
    return PlacedMember(member, x, y, tuple(shapes), tuple(outline))


def map_layout(
    drawing: EcogramDrawing, measure: Measure, frame: MapFrame = MapFrame()
) -> MapLayout:
    return MapLayout(
        all_line_shapes(drawing.lines, frame, measure),
        client_shapes(drawing.client_label, frame, measure),
        tuple(member_layout(m, frame, measure) for m in drawing.members),
    )
