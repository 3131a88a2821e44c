"""The ecogram's legend and whole pictures as plain shapes: the PDF and PNG page (caption,
map, legend, the changes in words) and the SVG (caption, map, legend).

Points, y down, laid out with the painter's text measure like the map itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import ecogram_style as style
from .ecogram_drawing import EcogramDrawing, LegendEntry, Sample, Stroke, Tone
from .ecogram_layout import (
    WHITE,
    MapFrame,
    arrow_shape,
    colour,
    cut_shapes,
    map_layout,
    stroke_shape,
    tag_shapes,
)
from .ecogram_placement import line_tag_box, tag_width
from .ecogram_shapes import (
    CircleShape,
    Layout,
    LineShape,
    Measure,
    Shape,
    TextShape,
    all_shifted,
    wrap,
)


def _sample(entry: LegendEntry, mid: float, measure: Measure) -> list[Shape]:
    x1, x2 = style.LEGEND_SAMPLE
    centre = (x1 + x2) / 2
    sample = entry.sample
    ink = colour(Tone.INK)
    plain = LineShape(x1, mid, x2, mid, ink, 1.4)

    def tag(word: str, tone: Tone) -> list[Shape]:
        box = line_tag_box(tag_width(word, measure)).moved(centre, mid)
        return tag_shapes(box, word, tone)

    if isinstance(sample, Stroke):
        return [stroke_shape(sample, entry.tone, (x1, mid), (x2, mid), 1.0)]
    if sample is Sample.CUT:
        return [plain, *cut_shapes(Tone.INK, (x1, mid), (x2, mid), 1.0)]
    if sample is Sample.ARROW:
        return [plain, arrow_shape((x2, mid), (x1, mid), Tone.INK, 1.0)]
    if sample is Sample.JOINED:
        return [
            CircleShape(centre, mid, 5, WHITE, ink, 1.0),
            CircleShape(centre, mid, 7.5, None, colour(entry.tone), style.JOINED_RING_WIDTH),
        ]
    if sample is Sample.LEFT:
        edge = colour(entry.tone)
        return [CircleShape(centre, mid, 6, WHITE, edge, 1.2, style.LEFT_SAMPLE_DASH)]
    if sample is Sample.CHANGED:
        return tag("sterker", Tone.INK)
    if sample is Sample.TIE_LEFT:
        gone = LineShape(x1, mid, x2, mid, colour(entry.tone), 1.4, style.DASH)
        return [gone, *tag("weg", entry.tone)]
    return [TextShape(centre, mid + 3, sample, style.LEGEND_FONT, ink, True, "middle")]


def legend_layout(entries: Sequence[LegendEntry], measure: Measure) -> Layout:
    """One row per entry: a sample of the mark, then its meaning in words."""
    row = style.LEGEND_ROW
    shapes: list[Shape] = []
    for i, entry in enumerate(entries):
        mid = i * row + row / 2
        shapes += _sample(entry, mid, measure)
        baseline = mid + style.LEGEND_FONT * 0.35
        shapes.append(
            TextShape(
                style.LEGEND_TEXT_X, baseline, entry.text, style.LEGEND_FONT, colour(Tone.INK)
            )
        )
    return Layout(style.LEGEND_WIDTH, row * len(entries) + 4, tuple(shapes))


# -- whole pictures

PAGE_HEIGHT = 595.0  # landscape A4, in points
PAGE_WIDTH = 842.0
_MAP_MARGIN = 58.0  # room around the [-1, 1] square for the labels and tags at its edge


def map_frame(size: float) -> MapFrame:
    """The map in a square of ``size`` points at the reference sizes (paper sheets)."""
    return MapFrame((size - 2 * _MAP_MARGIN) / 2)


def map_square(drawing: EcogramDrawing, measure: Measure, size: float) -> Layout:
    """The map alone, in a square of ``size`` points, its texts at the reference sizes."""
    shapes = map_layout(drawing, measure, map_frame(size)).shapes()
    return Layout(size, size, all_shifted(shapes, size / 2, size / 2))


def sheet_layout(
    drawing: EcogramDrawing,
    measure: Measure,
    notes: Sequence[str] = (),
    width: float = PAGE_WIDTH,
    height: float = PAGE_HEIGHT,
) -> Layout:
    """A whole page: the caption, the map on the left, the legend (and the changes in
    words) on the right.  The PDF is landscape A4; the PNG a little wider."""
    ink = colour(Tone.INK)
    shapes: list[Shape] = [TextShape(40, 48, drawing.caption, 15, ink, True)]
    size = min(height - 80, 500.0)
    frame = MapFrame.uniform(size / 2 - _MAP_MARGIN)
    body = map_layout(drawing, measure, frame).shapes()
    shapes += all_shifted(body, 20 + size / 2, 62 + size / 2)
    column = min(545.0, width - style.LEGEND_WIDTH - 20)
    shapes.append(TextShape(column, 90, "Legende", 10, ink, True))
    legend = legend_layout(drawing.legend, measure)
    shapes += all_shifted(legend.shapes, column, 100)
    if notes:
        y = 100 + legend.height + 26
        shapes.append(TextShape(column, y, "Wat veranderde", 10, ink, True))
        room = width - column - 40
        for note in notes:
            for part in wrap(note, lambda t: measure(t, 9, False), room):
                y += 13
                shapes.append(TextShape(column, y, part, 9, ink))
            y += 4
    return Layout(width, height, tuple(shapes))


def picture_layout(drawing: EcogramDrawing, measure: Measure, map_size: float = 460.0) -> Layout:
    """The map with its caption above and the legend beside it (the SVG)."""
    ink = colour(Tone.INK)
    legend = legend_layout(drawing.legend, measure)
    top = 30.0
    column = map_size + 10
    shapes: list[Shape] = [TextShape(10, 18, drawing.caption, 13, ink, True)]
    shapes += all_shifted(map_square(drawing, measure, map_size).shapes, 0, top)
    shapes.append(TextShape(column, 36, "Legende", 10, ink, True))
    shapes += all_shifted(legend.shapes, column, 46)
    width = map_size + legend.width + 20
    return Layout(width, max(map_size, legend.height + 16) + top, tuple(shapes))
