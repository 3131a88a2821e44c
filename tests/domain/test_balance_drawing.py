"""The balance picture from the domain rules: the tilt, the blocks, legend and trend;
and the editor's steps (copy from the latest, reorder, pick from strengths and needs)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from genwerkt_desktop.domain.balance_drawing import (
    DOMAIN_STYLES,
    MAX_TILT,
    beam_end,
    draw,
    tilt_degrees,
    trend,
)
from genwerkt_desktop.domain.balance_editing import (
    add_observations,
    move_factor,
    next_assessment,
    short_text,
)
from genwerkt_desktop.domain.balance_shapes import TextShape, scene, wrap
from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain, ObservationKind
from genwerkt_desktop.domain.model import Observation
from tests.domain.builders import D, balance, factor, simple_balance

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN


def test_equal_sums_and_empty_sides_keep_the_beam_level() -> None:
    assert tilt_degrees(0, 0) == 0.0  # nothing on either side
    assert tilt_degrees(7, 7) == 0.0  # a tie
    assert tilt_degrees(8, 7) == tilt_degrees(7, 8) == 0.0  # within the one-point margin
    assert tilt_degrees(0, 1) == 0.0  # one light factor alone is no tilt either
    assert draw(balance(D(2026, 1, 5))).tilt == 0.0


def test_the_heavier_side_goes_down_and_never_further_than_the_cap() -> None:
    assert tilt_degrees(2, 10) > 0  # draaglast heavier: the right side lower
    assert tilt_degrees(10, 2) < 0
    assert tilt_degrees(0, 5) == MAX_TILT  # an empty capacity side: full tilt
    assert tilt_degrees(40, 0) == -MAX_TILT
    assert tilt_degrees(1, 100) == MAX_TILT
    assert abs(tilt_degrees(10, 17)) < MAX_TILT  # Ayşe in March: clearly, not fully
    # The lower beam end really is on the heavier side.
    _lx, ly = beam_end(CAP, tilt_degrees(2, 10))
    _rx, ry = beam_end(BUR, tilt_degrees(2, 10))
    assert ry > ly  # y grows downward


def test_blocks_follow_the_list_and_carry_a_code_besides_colour() -> None:
    assessment = balance(
        D(2026, 3, 1),
        factor(CAP, 4, LifeDomain.FAMILY, "kinderen"),
        factor(BUR, 5, LifeDomain.INCOME, "schulden"),
        factor(CAP, 1, None, "humor"),
    )
    drawing = draw(assessment, client_label="Ayşe")
    assert [b.text for b in drawing.capacity.blocks] == ["kinderen", "humor"]
    assert [b.position for b in drawing.capacity.blocks] == [0, 2]
    top, bottom = drawing.capacity.blocks
    assert top.dy < bottom.dy  # the first factor sits on top of the pile
    assert top.width > bottom.width  # heavier is wider
    assert (drawing.capacity.total, drawing.burden.total) == (5, 5)
    assert drawing.title == "Draagkracht en draaglast van Ayşe, 01/03/2026"
    assert [item.style.code for item in drawing.legend] == ["IN", "GE", "–"]
    codes = {style.code for style in DOMAIN_STYLES.values()}
    assert len(codes) == len(DOMAIN_STYLES)  # every domain has its own code
    texts = [s.text for s in scene(drawing).shapes if isinstance(s, TextShape)]
    assert "GE" in texts and "kinderen" in texts and "Draagkracht 5" in texts


def test_trend_has_both_sums_per_assessment_by_date_and_per_domain() -> None:
    march = simple_balance(D(2026, 3, 1), 2, 9)
    june = simple_balance(D(2026, 6, 1), 6, 6)
    july = balance(
        D(2026, 7, 1),
        factor(CAP, 3, LifeDomain.WORK),
        factor(BUR, 2, LifeDomain.WORK),
        factor(BUR, 4, LifeDomain.HOUSING),
        id="july",
    )
    drawn = draw(june, [july, march])
    marks = drawn.trend.marks
    assert [m.assessed_on for m in marks] == [D(2026, 3, 1), D(2026, 6, 1), D(2026, 7, 1)]
    assert [(m.capacity, m.burden) for m in marks] == [(2, 9), (6, 6), (3, 6)]
    assert marks[0].x == 0.0 and marks[-1].x == 1.0 and 0.5 < marks[1].x < 1.0
    assert drawn.trend.chosen_id == june.id
    assert drawn.trend.y_max == 10
    work = dict(drawn.domain_trends)[LifeDomain.WORK]
    assert [(m.capacity, m.burden) for m in work.marks] == [(0, 0), (0, 0), (3, 2)]
    assert trend([]).marks == ()


def test_new_assessment_copies_the_latest_dated_today() -> None:
    ids = (f"n{i}" for i in itertools.count())
    older = simple_balance(D(2026, 3, 1), 2, 9)
    newest = replace(
        balance(D(2026, 10, 12), factor(CAP, 4, LifeDomain.FAMILY, "kinderen"), id="okt"),
        note="oude notitie",
    )
    made = next_assessment([newest, older], D(2026, 11, 28), lambda: next(ids))
    assert made.id == "n0" and made.assessed_on == D(2026, 11, 28)
    assert made.factors == newest.factors and made.note is None
    empty = next_assessment([], D(2026, 11, 28), lambda: next(ids))
    assert empty.factors == () and empty.id == "n1"


def test_moving_a_factor_stays_within_its_own_side() -> None:
    a = balance(
        D(2026, 1, 1), factor(CAP, 1, text="a"), factor(BUR, 2, text="x"), factor(CAP, 3, text="b")
    )
    moved, position = move_factor(a, 2, -1)  # b above a
    assert [f.text for f in moved.factors] == ["b", "x", "a"] and position == 0
    same, position = move_factor(a, 0, -1)  # a is already first
    assert same == a and position == 0


def test_strengths_and_needs_become_factors_once() -> None:
    strength = Observation(
        "o1",
        LifeDomain.WORK,
        ObservationKind.STRENGTH,
        "Werkte vijf jaar in een grootkeuken. Kent de hygiëneregels.",
    )
    need = Observation("o2", LifeDomain.INCOME, ObservationKind.NEED, "Huurachterstand")
    resource = Observation("o3", LifeDomain.NETWORK, ObservationKind.RESOURCE, "Buurvrouw")
    picked = add_observations(balance(D(2026, 1, 1)), [strength, need, resource])
    assert [(f.side, f.domain, f.text, f.weight) for f in picked.factors] == [
        (CAP, LifeDomain.WORK, "Werkte vijf jaar in een grootkeuken", 3),
        (BUR, LifeDomain.INCOME, "Huurachterstand", 3),
        (CAP, LifeDomain.NETWORK, "Buurvrouw", 3),
    ]
    assert add_observations(picked, [need]) == picked  # already there: not twice


def test_short_text_and_wrap() -> None:
    assert short_text("Een korte zin") == "Een korte zin"
    long = "woord " * 30
    assert short_text(long).endswith("…") and len(short_text(long)) <= 81
    lines = wrap("een twee drie vier vijf", lambda t: float(len(t)), 10, 2)
    assert lines == ["een twee", "drie vier…"]
    assert wrap("kort", lambda t: float(len(t)), 10, 2) == ["kort"]
