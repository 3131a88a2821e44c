"""The mind map's drawing and layout: the question in the middle, each theme with its own
calm colour and its thoughts beside it, words wrapped, and no box on another, up to a
dozen themes of six thoughts each."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from genwerkt_desktop.domain.ecogram_shapes import (
    Layout,
    LineShape,
    PolylineShape,
    RectShape,
    TextShape,
    texts,
)
from genwerkt_desktop.domain.instruments import Mindmap, MindmapBranch
from genwerkt_desktop.domain.mindmap_drawing import CENTRE_COLOURS, THEME_COLOURS, draw, part
from genwerkt_desktop.domain.mindmap_layout import (
    FLOOR,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Box,
    crosses,
    look,
    map_layout,
    neighbour,
    page_layout,
    printed_pages,
    runs,
)
from genwerkt_desktop.render.ecogram_pdf import paper_measure
from tests.mindmap_demo import back_to_work

WORDS = (
    "Een afspraak bij de huisarts maken",
    "Kinderopvang",
    "Met de trein naar Gent",
    "Bellen naar de mutualiteit over de terugbetaling",
    "Cv",
    "Vragen wat mijn zus ervan denkt",
)


def _large(themes: int = 12, thoughts: int = 6) -> Mindmap:
    return Mindmap(
        "groot",
        "Hoe vind ik werk dat past bij mijn gezin en mijn gezondheid?",
        branches=tuple(
            MindmapBranch(
                f"Thema {t + 1}: {WORDS[t % len(WORDS)]}",
                tuple(MindmapBranch(WORDS[(t + c) % len(WORDS)]) for c in range(thoughts)),
            )
            for t in range(themes)
        ),
    )


def _no_overlaps(mindmap: Mindmap) -> None:
    layout = map_layout(draw(mindmap), paper_measure)
    boxes = [n.box for n in layout.nodes]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)


def test_the_question_is_in_the_middle_and_every_word_is_on_the_map() -> None:
    mindmap = back_to_work()
    layout = map_layout(draw(mindmap, "Ayşe"), paper_measure)
    centre = layout.placed(())
    assert centre is not None
    assert centre.box.centre == (0.0, 0.0)
    words = " ".join(texts(layout.shapes()))
    for word in ("Ik wil terug", "Wat ik kan", "Rijbewijs B", "Eerste stappen", "meelopen"):
        assert word in words
    assert len(layout.nodes) == 1 + 5 + 14


def test_themes_ring_the_question_and_their_thoughts_lie_further_out() -> None:
    layout = map_layout(draw(back_to_work()), paper_measure)

    def distance(path: tuple[int, ...]) -> float:
        placed = layout.placed(path)
        assert placed is not None
        x, y = placed.box.centre
        return math.hypot(x / 1.55, y)

    for theme in range(5):
        for thought in range(2):
            assert distance((theme, thought)) > distance((theme,)) > distance(())


def test_the_first_theme_sits_above_the_question() -> None:
    layout = map_layout(draw(back_to_work()), paper_measure)
    first = layout.placed((0,))
    assert first is not None
    assert abs(first.box.centre[0]) < 1.0 and first.box.bottom < 0


def test_each_theme_has_its_own_calm_colour_that_its_thoughts_share() -> None:
    drawing = draw(_large(10, 2))
    themes = [n for n in drawing.nodes if n.depth == 1]
    assert len({n.colours for n in themes}) == 10
    assert {n.colours for n in themes} <= set(THEME_COLOURS)
    for node in drawing.nodes[1:]:
        theme = drawing.node(node.path[:1])
        assert theme is not None and node.colours == theme.colours
    assert drawing.centre.colours == CENTRE_COLOURS
    layout = map_layout(drawing, paper_measure)
    edges = {s.colour for s in layout.lines if isinstance(s, LineShape | PolylineShape)}
    assert edges == {n.colours.edge for n in themes}


def test_long_words_are_wrapped_within_the_box_and_the_lines_are_even() -> None:
    mindmap = Mindmap(
        "m",
        "Ik wil terug aan het werk",
        branches=(MindmapBranch("Geld", (MindmapBranch("Schulden eerst op een rij"),)),),
    )
    layout = map_layout(draw(mindmap), paper_measure)
    thought = layout.placed((0, 0))
    assert thought is not None
    assert thought.lines == ("Schulden eerst", "op een rij")  # never "rij" alone
    for placed in layout.nodes:
        style = look(placed.node.depth)
        for line in placed.lines:
            assert paper_measure(line, style.size, style.bold) <= style.wrap
            assert paper_measure(line, style.size, style.bold) <= placed.box.width


def test_no_box_touches_another_from_one_theme_to_a_dozen_of_six() -> None:
    for themes, thoughts in ((1, 0), (1, 6), (2, 1), (5, 3), (7, 6), (12, 1), (12, 6)):
        _no_overlaps(_large(themes, thoughts))
    _no_overlaps(back_to_work())


def test_a_third_level_lies_out_beyond_the_second() -> None:
    deep = Mindmap(
        "d",
        "Vraag",
        branches=tuple(
            MindmapBranch(
                f"Thema {t}",
                tuple(
                    MindmapBranch(f"Gedachte {c}", (MindmapBranch("nog dieper"),)) for c in range(3)
                ),
            )
            for t in range(4)
        ),
    )
    _no_overlaps(deep)


def test_a_branch_without_words_still_shows() -> None:
    mindmap = Mindmap("m", "", branches=(MindmapBranch(""),))
    layout = map_layout(draw(mindmap), paper_measure)
    assert texts(layout.shapes()) == ["…", "…"]


def test_the_arrow_keys_lead_to_the_nearest_node_that_way() -> None:
    layout = map_layout(draw(back_to_work()), paper_measure)
    assert neighbour(layout, (), 0, -1) == (0,)  # up: the first theme
    assert neighbour(layout, (0,), 0, 1) == ()  # and back down
    assert neighbour(layout, (), 1, 0) == (1,)  # right: "Wat me tegenhoudt"
    assert neighbour(layout, (), -1, 0) == (4,)  # left: "Eerste stappen"
    assert neighbour(layout, (0,), 0, -1) == (0, 1)  # up from a theme: its middle thought
    assert neighbour(layout, (9,), 1, 0) is None


def test_the_page_has_the_caption_with_the_date_and_the_map_fits_on_it() -> None:
    for mindmap in (back_to_work(), _large(12, 6)):
        page = page_layout(draw(mindmap, "Ayşe"), paper_measure)
        assert (page.width, page.height) == (PAGE_WIDTH, PAGE_HEIGHT)
        for shape in page.shapes:
            if isinstance(shape, RectShape):
                assert shape.x >= 0 and shape.x + shape.w <= PAGE_WIDTH
                assert shape.y >= 60 and shape.y + shape.h <= PAGE_HEIGHT
    page = page_layout(draw(back_to_work(), "Ayşe"), paper_measure)
    assert texts(page.shapes)[0] == "Mindmap van Ayşe, 20/11/2026"


def test_a_crowded_ring_sits_staggered_so_a_dozen_of_six_stays_compact() -> None:
    layout = map_layout(draw(_large(12, 6)), paper_measure)
    assert len(layout.nodes) == 1 + 12 + 72
    # On one ring the 72 thoughts needed a map of about 3,100 points across; staggered,
    # under 1,900 (a little wider than the tightest, 1,760, so that each line to a
    # thought further out passes between the two in front of it).
    assert layout.bounds.width < 1900


def _lines_under_boxes(mindmap: Mindmap) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Which node's line runs under which other node's box (it would seem to enter it)."""
    drawing = draw(mindmap)
    layout = map_layout(drawing, paper_measure)
    found = []
    for node, line in zip(drawing.nodes[1:], layout.lines, strict=True):
        if isinstance(line, LineShape):
            points: tuple[float, ...] = (line.x1, line.y1, line.x2, line.y2)
        else:
            assert isinstance(line, PolylineShape)
            points = line.points
        for other in layout.nodes:
            if other.path in (node.path, node.path[:-1]):
                continue
            box = Box(
                other.box.left + 1, other.box.top + 1, other.box.right - 1, other.box.bottom - 1
            )
            pieces = [points[i : i + 4] for i in range(0, len(points) - 2, 2)]
            if any(crosses(a, b, c, d, box) for a, b, c, d in pieces):
                found.append((node.path, other.path))
    return found


def test_no_line_runs_under_another_box_and_each_joins_its_parent() -> None:
    for themes, thoughts in ((5, 3), (6, 4), (8, 4), (8, 6), (10, 5)):
        assert _lines_under_boxes(_large(themes, thoughts)) == []
    assert _lines_under_boxes(back_to_work()) == []
    # The crowded ring too: a thought further out is reached between its neighbours.
    assert _lines_under_boxes(_large(12, 6)) == []


_texts = st.sampled_from(
    (
        "Cv",
        "",
        "Kinderopvang",
        "Met de trein naar Gent",
        "Bellen naar de mutualiteit over de terugbetaling",
        "Ik wil eerst weten hoeveel ik mag bijverdienen zonder dat mijn leefloon stopt",
    )
)
_thoughts = st.builds(
    lambda text, deeper: MindmapBranch(text, tuple(MindmapBranch(d) for d in deeper)),
    _texts,
    st.lists(_texts, max_size=2),
)
_maps = st.builds(
    lambda centre, themes: Mindmap("m", centre, branches=tuple(themes)),
    _texts,
    st.lists(
        st.builds(lambda t, c: MindmapBranch(t, tuple(c)), _texts, st.lists(_thoughts, max_size=6)),
        min_size=1,
        max_size=12,
    ),
)


@settings(max_examples=100, deadline=None)
@given(_maps)
def test_no_line_runs_under_a_box_whatever_the_shape_up_to_a_dozen_of_six(
    mindmap: Mindmap,
) -> None:
    assert _lines_under_boxes(mindmap) == []


def test_a_single_themes_thoughts_fan_out_above_it_never_around_the_question() -> None:
    layout = map_layout(draw(_large(1, 6)), paper_measure)
    centre = layout.placed(())
    assert centre is not None
    thoughts = [n for n in layout.nodes if n.node.depth == 2]
    assert len(thoughts) == 6
    for thought in thoughts:
        assert thought.box.bottom < centre.box.top


# -- on paper


def _node_words(layout: Layout) -> dict[str, float]:
    """Each line of words of the map on a page (not the caption or the foot), and the
    size it prints at."""
    shapes = [s for s in layout.shapes if isinstance(s, TextShape)]
    return {s.text: s.size for s in shapes[1:] if 60 < s.y < layout.height - 24}


def test_a_map_that_fits_prints_on_one_page_as_the_picture_shows() -> None:
    drawing = draw(back_to_work(), "Ayşe")
    pages = printed_pages(drawing, paper_measure)
    assert pages == (page_layout(drawing, paper_measure),)
    assert min(_node_words(pages[0]).values()) == 9.0


def test_a_dozen_of_six_prints_the_whole_map_then_every_word_at_a_readable_size() -> None:
    mindmap = _large(12, 6)
    drawing = draw(mindmap, "Ayşe")
    pages = printed_pages(drawing, paper_measure)
    # The whole map first: every word, but too small to read on its own.
    whole = _node_words(pages[0])
    assert max(whole.values()) < FLOOR
    assert texts(pages[0].shapes)[-2:] == [
        "Op de volgende bladen staan de takken groter, een paar per blad.",
        f"blad 1 van {len(pages)}",
    ]
    # Then the themes a few to a page, around the question, each word at FLOOR or more.
    assert 2 < len(pages) <= 12
    readable: set[str] = set()
    for number, page in enumerate(pages[1:], start=2):
        words = _node_words(page)
        assert min(words.values()) >= FLOOR
        assert "Hoe vind ik werk dat past" in " ".join(words)
        assert texts(page.shapes)[0] == "Mindmap van Ayşe"
        assert texts(page.shapes)[-1] == f"blad {number} van {len(pages)}"
        readable |= set(words)
    layout = map_layout(drawing, paper_measure)
    assert {line for placed in layout.nodes for line in placed.lines} <= readable
    assert set(whole) == readable


def test_each_part_keeps_its_themes_in_order_with_their_colours_and_thoughts() -> None:
    drawing = draw(_large(8, 5))
    piece = part(drawing, [3, 4])
    assert [n.path for n in piece.nodes if n.depth == 1] == [(3,), (4,)]
    assert len(piece.nodes) == 1 + 2 + 2 * 5
    for node in piece.nodes:
        whole = drawing.node(node.path)
        assert whole is not None
        assert (node.text, node.colours, node.depth) == (whole.text, whole.colours, whole.depth)
    assert part(drawing, range(8)) == drawing
    # The first theme of a part sits straight above the question, as a whole map's does.
    first = map_layout(piece, paper_measure).placed((3,))
    assert first is not None and abs(first.box.centre[0]) < 1.0


def test_the_themes_are_shared_out_in_runs_as_even_as_their_order_allows() -> None:
    assert runs([5, 5, 5, 5], 2) == [range(0, 2), range(2, 4)]
    assert runs([1, 1, 6, 1, 1], 3) == [range(0, 2), range(2, 3), range(3, 5)]
    assert runs([9, 1, 1, 1], 3) == [range(0, 1), range(1, 2), range(2, 4)]
    for count in range(1, 7):
        shares = runs([3, 1, 4, 1, 5, 9], count)
        assert len(shares) == count and all(shares)
        assert [i for share in shares for i in share] == list(range(6))


def test_one_theme_too_large_for_the_page_stays_one_page_as_large_as_fits() -> None:
    pages = printed_pages(draw(_large(1, 40)), paper_measure)
    assert len(pages) == 1
