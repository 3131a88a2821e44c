"""Where new network members land, and what changed between two versions."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from genwerkt_desktop.domain.ecogram import (
    MIN_DISTANCE,
    SECTOR_CAPACITY,
    compare,
    place_member,
    sector,
)
from genwerkt_desktop.domain.enums import NodeCategory, TieQuality, TieStrength
from genwerkt_desktop.domain.model import Ecogram, EcogramNode
from genwerkt_desktop.exports.wording import ecogram_changes


def _angle(x: float, y: float) -> float:
    return math.atan2(x, -y) % (2 * math.pi)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(NodeCategory)), st.sampled_from(list(TieStrength))),
        max_size=24,
    )
)
def test_new_members_land_in_their_sector_without_overlap(members) -> None:
    per_sector = Counter(category for category, _ in members)
    assume(max(per_sector.values(), default=0) <= SECTOR_CAPACITY)
    placed: list[EcogramNode] = []
    for i, (category, strength) in enumerate(members):
        x, y = place_member(category, strength, placed)
        assert -1 <= x <= 1 and -1 <= y <= 1
        start, end = sector(category)
        assert start - 1e-9 <= _angle(x, y) <= end + 1e-9
        for other in placed:
            assert math.hypot(x - other.x, y - other.y) >= MIN_DISTANCE - 1e-3
        placed.append(
            EcogramNode(id=str(i), label=f"lid {i}", category=category, x=x, y=y, strength=strength)
        )


def test_strong_ties_sit_closer_to_the_client_than_weak_ones() -> None:
    strong = place_member(NodeCategory.FAMILY, TieStrength.STRONG, [])
    weak = place_member(NodeCategory.FAMILY, TieStrength.WEAK, [])
    assert math.hypot(*strong) < math.hypot(*weak)


def _node(node_id: str, label: str, strength: TieStrength, quality: TieQuality) -> EcogramNode:
    return EcogramNode(
        id=node_id, label=label, category=NodeCategory.FAMILY, strength=strength, quality=quality
    )


def test_comparison_names_who_joined_left_and_how_ties_changed() -> None:
    march = Ecogram(
        id="a",
        drawn_on=date(2026, 3, 1),
        nodes=(
            _node("m", "Moeder", TieStrength.WEAK, TieQuality.NEUTRAL),
            _node("v", "Vader", TieStrength.ORDINARY, TieQuality.NEUTRAL),
            _node("b", "Buurvrouw", TieStrength.ORDINARY, TieQuality.NEUTRAL),
            _node("x", "Ex-partner", TieStrength.ORDINARY, TieQuality.NEUTRAL),
        ),
    )
    october = Ecogram(
        id="b",
        drawn_on=date(2026, 10, 1),
        nodes=(
            _node("m", "Moeder", TieStrength.STRONG, TieQuality.SUPPORTIVE),
            _node("v", "Vader", TieStrength.WEAK, TieQuality.BROKEN),
            _node("x", "Ex-partner", TieStrength.ORDINARY, TieQuality.STRESSFUL),
            _node("s", "Schuldhulp", TieStrength.ORDINARY, TieQuality.SUPPORTIVE),
        ),
    )
    result = compare(october, march)  # order of the arguments does not matter
    assert [n.label for n in result.joined] == ["Schuldhulp"]
    assert [n.label for n in result.left] == ["Buurvrouw"]
    assert [c.label for c in result.stronger] == ["Moeder"]
    assert [c.label for c in result.weaker] == ["Vader"]
    assert [c.label for c in result.became_broken] == ["Vader"]
    assert [c.label for c in result.became_stressful] == ["Ex-partner"]
    assert [c.label for c in result.became_supportive] == ["Moeder"]
    assert ecogram_changes(result)[:2] == [
        "Nieuw in het netwerk: Schuldhulp.",
        "Niet meer in het netwerk: Buurvrouw.",
    ]


def test_an_unchanged_network_says_so() -> None:
    nodes = (_node("m", "Moeder", TieStrength.WEAK, TieQuality.NEUTRAL),)
    result = compare(Ecogram("a", date(2026, 1, 1), nodes), Ecogram("b", date(2026, 2, 1), nodes))
    assert result.unchanged
    assert ecogram_changes(result) == [
        "Tussen deze twee data is er in het netwerk niets veranderd."
    ]
