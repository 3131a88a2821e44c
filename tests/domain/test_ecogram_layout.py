"""The ecogram laid out as plain shapes with an injected text measure: wider words get
wider patches and tags, and still nothing covers anything or leaves the page."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from genwerkt_desktop.domain import ecogram_style as style
from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import CLIENT_RADIUS, NODE_RADIUS, Mark, draw
from genwerkt_desktop.domain.ecogram_layout import MapFrame, all_line_shapes, map_layout
from genwerkt_desktop.domain.ecogram_page import legend_layout, sheet_layout
from genwerkt_desktop.domain.ecogram_placement import Box, member_reach
from genwerkt_desktop.domain.ecogram_shapes import Measure, RectShape, TextShape, texts
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Ecogram
from tests.demo_files import demo_path


def _versions(fragment: str) -> tuple[Ecogram, Ecogram]:
    dossier = from_document(json.loads(demo_path(fragment).read_text(encoding="utf-8")))
    older, newer = sorted(dossier.ecograms, key=lambda e: e.drawn_on)
    return older, newer


def narrow(text: str, size: float, bold: bool) -> float:
    return 0.55 * size * len(text)


def wide(text: str, size: float, bold: bool) -> float:
    """Half as wide again: a font far broader than the shipped one."""
    return 1.5 * narrow(text, size, bold)


def _boxes(fragment: str, measure: Measure) -> tuple[list[tuple[str, Box]], list[tuple[str, Box]]]:
    """Members, labels and tags in points, as the layout places them."""
    older, newer = _versions(fragment)
    drawing = compare_drawing(older, newer, "Ayşe", measure)
    layout = map_layout(drawing, measure)
    client = CLIENT_RADIUS * MapFrame().half
    obstacles = [("client", Box(-client, -client, client, client))]
    tags = []
    for placed in layout.members:
        x, y, label = placed.x, placed.y, placed.member.label
        reach = NODE_RADIUS * MapFrame().half + member_reach(placed.member.mark is Mark.JOINED)
        obstacles.append((label, Box(x - reach, y - reach, x + reach, y + reach)))
        _shape, patch, *tag = (box.moved(x, y) for box in placed.outline)
        obstacles.append((f"label {label}", patch))
        tags += [(f"tag {label}", box) for box in tag]
    for shape in all_line_shapes(drawing.lines, MapFrame(), measure):
        if isinstance(shape, RectShape):
            tags.append(
                ("tag of a line", Box(shape.x, shape.y, shape.x + shape.w, shape.y + shape.h))
            )
    return obstacles, tags


@pytest.mark.parametrize("measure", [narrow, wide], ids=["narrow", "wide"])
@pytest.mark.parametrize("fragment", ["ayse", "lukasz"])
def test_tags_cover_nothing_and_stay_on_the_page_whatever_the_font(
    fragment: str, measure: Measure
) -> None:
    obstacles, tags = _boxes(fragment, measure)
    assert len(tags) >= 3
    edge = style.REFERENCE_HALF + 50
    for name, tag in tags:
        assert [other for other, box in obstacles if tag.overlaps(box)] == [], name
        assert max(abs(tag.left), abs(tag.right), abs(tag.top), abs(tag.bottom)) <= edge, name
    for (a, box_a), (b, box_b) in combinations(tags, 2):
        assert not box_a.overlaps(box_b), (a, b)


def test_a_wider_font_gives_wider_patches_and_tags() -> None:
    older, newer = _versions("ayse")
    drawing = compare_drawing(older, newer, "Ayşe", narrow)
    slim, broad = map_layout(drawing, narrow), map_layout(drawing, wide)
    for a, b in zip(slim.members, broad.members, strict=True):
        label = a.member.label
        assert a.outline[1].width == pytest.approx(narrow(label, style.LABEL_FONT, False) + 4)
        assert b.outline[1].width == pytest.approx(wide(label, style.LABEL_FONT, False) + 4)
        if a.member.change:
            assert b.outline[2].width > a.outline[2].width


def test_every_word_on_the_map_is_measured_by_the_injected_measure() -> None:
    asked: list[str] = []

    def recording(text: str, size: float, bold: bool) -> float:
        asked.append(text)
        return narrow(text, size, bold)

    older, newer = _versions("ayse")
    drawing = compare_drawing(older, newer, "Ayşe", recording)
    shapes = map_layout(drawing, recording).shapes()
    for text in texts(shapes):
        if len(text) > 1:  # a badge's letter is centred by the painter alone
            assert text in asked, text


def test_dashes_are_data_and_scale_with_the_map() -> None:
    older, newer = _versions("ayse")
    drawing = compare_drawing(older, newer, "Ayşe", narrow)
    small = map_layout(drawing, narrow, MapFrame.uniform(style.REFERENCE_HALF))
    large = map_layout(drawing, narrow, MapFrame.uniform(2 * style.REFERENCE_HALF))
    dashes = [getattr(s, "dash", ()) for s in small.shapes() if getattr(s, "dash", ())]
    assert style.DASH in dashes  # a weak tie, a member who left
    doubled = [getattr(s, "dash", ()) for s in large.shapes() if getattr(s, "dash", ())]
    assert doubled == [tuple(2 * d for d in dash) for dash in dashes]


def test_the_page_holds_caption_map_legend_and_wrapped_notes_within_its_width() -> None:
    newer = _versions("ayse")[1]
    drawing = draw(newer, "Ayşe")
    notes = ["Nieuw in het netwerk: " + ", ".join(n.label for n in newer.nodes) + "."]
    page = sheet_layout(drawing, wide, notes)
    words = texts(page.shapes)
    assert words[0] == drawing.caption and "Legende" in words and "Wat veranderde" in words
    assert all(entry.text in words for entry in drawing.legend)
    note_lines = [s for s in page.shapes if isinstance(s, TextShape) and s.size == 9]
    assert len(note_lines) > 1  # wrapped
    for line in note_lines:
        assert line.x + wide(line.text, 9, False) <= page.width
    assert " ".join(s.text for s in note_lines) == notes[0]


def test_the_legend_is_one_row_per_entry() -> None:
    drawing = draw(_versions("ayse")[1], "Ayşe")
    legend = legend_layout(drawing.legend, narrow)
    rows = [s for s in legend.shapes if isinstance(s, TextShape) and s.x == style.LEGEND_TEXT_X]
    assert [s.text for s in rows] == [e.text for e in drawing.legend]
    assert legend.height == style.LEGEND_ROW * len(drawing.legend) + 4


def test_each_tag_is_drawn_in_the_box_its_placement_kept_free() -> None:
    older, newer = _versions("ayse")
    drawing = compare_drawing(older, newer, "Ayşe", wide)
    for placed in map_layout(drawing, wide, MapFrame.uniform(200)).members:
        if placed.member.change:
            tag = placed.outline[2]
            drawn = [s for s in placed.shapes if isinstance(s, RectShape) and s.edge is not None]
            assert [(r.x, r.y, r.w, r.h) for r in drawn][-1] == pytest.approx(
                (tag.left, tag.top, tag.width, tag.height)
            )
