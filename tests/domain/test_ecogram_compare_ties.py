"""Ties between two members in the comparison of two versions, and where the tags go."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from itertools import combinations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from genwerkt_desktop.domain import ecogram_style
from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import (
    CLIENT_RADIUS,
    NODE_RADIUS,
    ComparedLine,
    ComparedMember,
    Mark,
    Stroke,
    TagSide,
    Tone,
)
from genwerkt_desktop.domain.ecogram_placement import (
    Box,
    label_box,
    line_tag_box,
    line_tag_point,
    member_label_box,
    member_shape_box,
    tag_box,
    tag_boxes,
)
from genwerkt_desktop.domain.ecogram_style import LABEL_FONT, TAG_FONT
from genwerkt_desktop.domain.enums import NodeCategory, TieQuality, TieStrength
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.domain.model import Ecogram, EcogramNode, EcogramTie
from genwerkt_desktop.exports.wording import ecogram_changes
from genwerkt_desktop.render import fonts
from genwerkt_desktop.render.ecogram_pdf import paper_measure
from tests.demo_files import demo_path

S, ORD, W = TieStrength.STRONG, TieStrength.ORDINARY, TieStrength.WEAK
NEUTRAL = TieQuality.NEUTRAL

MEMBERS = {
    "m": ("Moeder", -0.6, -0.3),
    "e": ("Elif (dochter, 7)", -0.3, -0.6),
    "f": ("Buurvrouw Fatima", 0.5, 0.4),
    "s": ("Schuldhulp", 0.6, -0.4),
}


def _nodes(*ids: str) -> tuple[EcogramNode, ...]:
    return tuple(
        EcogramNode(
            id=i,
            label=MEMBERS[i][0],
            category=NodeCategory.FAMILY,
            x=MEMBERS[i][1],
            y=MEMBERS[i][2],
            strength=ORD,
            quality=NEUTRAL,
        )
        for i in ids
    )


def _pair(
    before: tuple[EcogramTie, ...],
    after: tuple[EcogramTie, ...],
    members_before: str = "mefs",
    members_after: str = "mefs",
) -> tuple[Ecogram, Ecogram]:
    older = Ecogram("oud", date(2026, 3, 1), _nodes(*members_before), before)
    newer = Ecogram("nieuw", date(2026, 10, 1), _nodes(*members_after), after)
    return older, newer


def _tie(a: str, b: str, strength: TieStrength = ORD, quality: TieQuality = NEUTRAL) -> EcogramTie:
    return EcogramTie(a, b, strength, quality)


KINDS = [
    # (older ties, newer ties, comparison field, sentence, tag word)
    ((), (_tie("m", "e"),), "new_ties", "Nieuwe band tussen Moeder en Elif (dochter, 7).", "nieuw"),
    (
        (_tie("m", "e"),),
        (),
        "gone_ties",
        "Geen band meer tussen Moeder en Elif (dochter, 7).",
        "weg",
    ),
    (
        (_tie("m", "e", W),),
        (_tie("m", "e", S),),
        "stronger_ties",
        "De band tussen Moeder en Elif (dochter, 7) werd sterker.",
        "sterker",
    ),
    (
        (_tie("m", "e", S),),
        (_tie("m", "e", ORD),),
        "weaker_ties",
        "De band tussen Moeder en Elif (dochter, 7) werd zwakker.",
        "zwakker",
    ),
    (
        (_tie("m", "e"),),
        (_tie("m", "e", quality=TieQuality.STRESSFUL),),
        "stressful_ties",
        "De band tussen Moeder en Elif (dochter, 7) geeft nu stress.",
        "nu stress",
    ),
    (
        (_tie("m", "e"),),
        (_tie("m", "e", quality=TieQuality.BROKEN),),
        "broken_ties",
        "De band tussen Moeder en Elif (dochter, 7) is verbroken.",
        "verbroken",
    ),
    (
        (_tie("m", "e", quality=TieQuality.STRESSFUL),),
        (_tie("m", "e", quality=TieQuality.SUPPORTIVE),),
        "supportive_ties",
        "De band tussen Moeder en Elif (dochter, 7) geeft nu steun.",
        "steunt nu",
    ),
]
TIE_FIELDS = [kind[2] for kind in KINDS]


@pytest.mark.parametrize(("before", "after", "field", "sentence", "word"), KINDS, ids=TIE_FIELDS)
def test_each_change_of_a_tie_between_two_members_is_told_and_marked(
    before: tuple[EcogramTie, ...],
    after: tuple[EcogramTie, ...],
    field: str,
    sentence: str,
    word: str,
) -> None:
    older, newer = _pair(before, after)
    result = compare(newer, older)  # order of the arguments does not matter
    (change,) = getattr(result, field)
    assert set(change.between) == {"m", "e"} and change.labels in {
        ("Moeder", "Elif (dochter, 7)"),
        ("Elif (dochter, 7)", "Moeder"),
    }
    assert all(getattr(result, other) == () for other in TIE_FIELDS if other != field)
    assert not (result.joined or result.left or result.stronger or result.became_supportive)
    assert not result.unchanged
    assert ecogram_changes(result) == [sentence]

    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    (line,) = [x for x in drawing.lines if isinstance(x, ComparedLine) and x.change]
    assert set(line.between) == {"m", "e"} and line.change == word and line.member_id == ""
    assert all(m.mark is Mark.NONE and m.change == "" for m in drawing.members)
    if field == "gone_ties":
        assert (line.stroke, line.tone, line.mark) == (Stroke.DASHED, Tone.MUTED, Mark.LEFT)
    elif field == "new_ties":
        assert line.mark is Mark.JOINED
    else:
        assert line.mark is Mark.CHANGED


def test_a_tie_keeps_its_meaning_whichever_way_it_was_stored() -> None:
    older, newer = _pair((_tie("m", "e", W),), (_tie("e", "m", W),))
    result = compare(older, newer)
    assert result.unchanged
    assert ecogram_changes(result) == [
        "Tussen deze twee data is er in het netwerk niets veranderd."
    ]
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    assert not any(isinstance(x, ComparedLine) and x.change for x in drawing.lines)


def test_one_tie_can_change_in_strength_and_quality_at_once() -> None:
    older, newer = _pair((_tie("f", "s", W),), (_tie("f", "s", S, TieQuality.SUPPORTIVE),))
    result = compare(older, newer)
    assert [c.labels for c in result.stronger_ties] == [("Buurvrouw Fatima", "Schuldhulp")]
    assert [c.labels for c in result.supportive_ties] == [("Buurvrouw Fatima", "Schuldhulp")]
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    (line,) = [x for x in drawing.lines if isinstance(x, ComparedLine) and x.change]
    assert line.change == "sterker, steunt nu"


def test_when_both_members_of_a_tie_left_only_the_members_are_told() -> None:
    older, newer = _pair((_tie("m", "e", S),), (), members_after="fs")
    result = compare(older, newer)
    assert [n.label for n in result.left] == ["Moeder", "Elif (dochter, 7)"]
    assert result.gone_ties == ()
    assert ecogram_changes(result) == ["Niet meer in het netwerk: Moeder en Elif (dochter, 7)."]
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    assert not any(isinstance(x, ComparedLine) and x.between for x in drawing.lines)


def test_when_one_member_of_a_tie_left_the_tie_goes_with_it() -> None:
    older, newer = _pair((_tie("m", "e"), _tie("f", "s")), (_tie("f", "s"),), members_after="efs")
    result = compare(older, newer)
    assert [n.label for n in result.left] == ["Moeder"] and result.gone_ties == ()
    assert ecogram_changes(result) == ["Niet meer in het netwerk: Moeder."]


def test_a_new_member_brings_its_ties_without_telling_them_twice() -> None:
    older, newer = _pair((), (_tie("m", "e"),), members_before="efs")
    result = compare(older, newer)
    assert ecogram_changes(result) == ["Nieuw in het netwerk: Moeder."]
    assert result.new_ties == ()


def test_a_gone_tie_is_a_faded_dashed_line_between_the_two_members() -> None:
    older, newer = _pair((_tie("m", "e", S),), ())
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    (line,) = [x for x in drawing.lines if isinstance(x, ComparedLine) and x.between]
    assert not (line.arrow_at_start or line.arrow_at_end or line.cut_mark)
    # From edge to edge of the two circles, like every other line.
    (mx, my), (ex, ey) = MEMBERS["m"][1:], MEMBERS["e"][1:]
    assert abs(((line.x1 - mx) ** 2 + (line.y1 - my) ** 2) ** 0.5 - NODE_RADIUS) < 1e-9
    assert abs(((line.x2 - ex) ** 2 + (line.y2 - ey) ** 2) ** 0.5 - NODE_RADIUS) < 1e-9


# --- tag placement ------------------------------------------------------------------


def _demo_versions(fragment: str) -> tuple[Ecogram, Ecogram]:
    dossier = from_document(json.loads(demo_path(fragment).read_text(encoding="utf-8")))
    older, newer = sorted(dossier.ecograms, key=lambda e: e.drawn_on)
    return older, newer


def _real_boxes(drawing):  # type: ignore[no-untyped-def]
    """Shapes, labels and tags in map units, measured with the real font (reportlab)."""
    fonts.register()
    point = 1 / ecogram_style.REFERENCE_HALF
    radius = NODE_RADIUS * ecogram_style.REFERENCE_HALF
    client = Box(-CLIENT_RADIUS, -CLIENT_RADIUS, CLIENT_RADIUS, CLIENT_RADIUS)
    obstacles = [("client", client)]
    tags = []
    for m in drawing.members:
        obstacles.append((f"{m.label} (lid)", member_shape_box(m)))
        width = stringWidth(m.label, fonts.REGULAR, LABEL_FONT)
        obstacles.append((f"{m.label} (label)", label_box(radius, width).moved(m.x, m.y, point)))
        if m.change:
            width = stringWidth(m.change, fonts.BOLD, TAG_FONT)
            box = tag_box(m.tag_side, radius, width, m.mark is Mark.JOINED)
            tags.append((f"{m.label} ({m.change})", box.moved(m.x, m.y, point)))
    for line in drawing.lines:
        if isinstance(line, ComparedLine) and line.change:
            width = stringWidth(line.change, fonts.BOLD, TAG_FONT)
            x, y = line_tag_point(line)
            tags.append((f"{line.between} ({line.change})", line_tag_box(width).moved(x, y, point)))
    return obstacles, tags


@pytest.mark.parametrize("fragment", ["ayse", "lukasz"])
def test_no_tag_covers_a_member_a_label_or_another_tag_in_the_demo(fragment: str) -> None:
    older, newer = _demo_versions(fragment)
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    obstacles, tags = _real_boxes(drawing)
    assert len(tags) == len(list(tag_boxes(drawing, paper_measure))) >= 3
    for name, tag in tags:
        assert [other for other, box in obstacles if tag.overlaps(box)] == [], name
    for (a, box_a), (b, box_b) in combinations(tags, 2):
        assert not box_a.overlaps(box_b), (a, b)
    # The placement measured the words with the font they print in.
    assert [tag for _, tag in tags] == list(tag_boxes(drawing, paper_measure))


def test_ayse_demo_tags_moved_off_fatima_and_moeder() -> None:
    older, newer = _demo_versions("ayse")
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    members = {m.label: m for m in drawing.members}
    fatima = member_label_box(members["Buurvrouw Fatima (أم يوسف)"], paper_measure)
    moeder = members["Moeder"]
    for name in ("Buurtrestaurant De Brug", "Ouders en broers"):
        member = members[name]
        assert isinstance(member, ComparedMember)
        (_, tag), *_ = [t for t in _real_boxes(drawing)[1] if t[0].startswith(name)]
        assert not tag.overlaps(fatima)
        assert not tag.overlaps(member_shape_box(moeder))
        assert not tag.overlaps(member_label_box(moeder, paper_measure))
    # The one tie between two members that changed (Murat–Elif) carries its word.
    words = [x.change for x in drawing.lines if isinstance(x, ComparedLine) and x.change]
    assert words == ["sterker"]


def test_placement_is_deterministic() -> None:
    older, newer = _demo_versions("ayse")
    assert compare_drawing(older, newer, "Ayşe", paper_measure) == compare_drawing(
        newer, older, "Ayşe", paper_measure
    )


def test_a_tag_hemmed_in_on_all_sides_falls_back_to_above() -> None:
    centre = EcogramNode(id="c", label="Nieuw", category=NodeCategory.FAMILY, x=0.5, y=0.5)
    around = tuple(
        EcogramNode(id=f"n{i}", label="Buur", category=NodeCategory.FAMILY, x=x, y=y)
        for i, (x, y) in enumerate([(0.5, 0.3), (0.5, 0.7), (0.66, 0.5), (0.34, 0.5)])
    )
    older = Ecogram("oud", date(2026, 1, 1), around)
    newer = Ecogram("nieuw", date(2026, 2, 1), (centre, *around))
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    (member,) = [m for m in drawing.members if m.change]
    assert isinstance(member, ComparedMember)
    assert (member.mark, member.tag_side) == (Mark.JOINED, TagSide.ABOVE)


def test_a_free_tag_stays_above_its_member() -> None:
    older, newer = _pair((), (), members_before="efs")
    drawing = compare_drawing(older, newer, "Ayşe", paper_measure)
    (member,) = [m for m in drawing.members if m.change]
    assert isinstance(member, ComparedMember) and member.tag_side is TagSide.ABOVE


@pytest.mark.parametrize("fragment", ["ayse", "ioana", "lukasz"])
def test_who_left_stays_near_the_old_place_but_clear_of_who_is_there_now(
    fragment: str,
) -> None:
    older, newer = _demo_versions(fragment)
    drawing = compare_drawing(older, newer, "Cliënt", paper_measure)
    old_places = {n.id: (n.x, n.y) for n in older.nodes}
    ghosts = [m for m in drawing.members if m.mark is Mark.LEFT]
    present = [m for m in drawing.members if m.mark is not Mark.LEFT]
    for ghost in ghosts:
        for member in present:
            for mine in (member_shape_box(ghost), member_label_box(ghost, paper_measure)):
                for theirs in (member_shape_box(member), member_label_box(member, paper_measure)):
                    assert not mine.overlaps(theirs), (ghost.label, member.label)
        x, y = old_places[ghost.node_id]
        assert x is not None and y is not None
        # Near its old place (Ioana's crowded corner needs the most room: about 0.4).
        assert ((ghost.x - x) ** 2 + (ghost.y - y) ** 2) ** 0.5 < 0.45


def test_a_ghost_on_a_free_spot_keeps_its_exact_old_place() -> None:
    older, newer = _pair((), (), members_before="efs")
    gone = EcogramNode(id="g", label="Oom", category=NodeCategory.FAMILY, x=-0.6, y=0.6)
    older = replace(older, nodes=(*older.nodes, gone))
    (ghost,) = [
        m
        for m in compare_drawing(older, newer, "Ayşe", paper_measure).members
        if m.mark is Mark.LEFT
    ]
    assert (ghost.x, ghost.y) == (-0.6, 0.6)
