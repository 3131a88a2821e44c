"""One drawing description of a draagkracht-draaglast balance, for every renderer (Qt on
screen and in PNG, reportlab on paper), so the printed balance is the one on the screen.

A beam on a post with two baskets: what helps the client carry (draagkracht) hangs on the
left, what weighs on them (draaglast) on the right.  The beam tilts toward the heavier
side, never more than :data:`MAX_TILT`, and stays level while the difference is within the
domain's margin (:data:`~.balance.BALANCE_MARGIN`).  Each factor is a block in its basket,
wider when it weighs more, filled with its life domain's colour *and* marked with the
domain's two-letter code, so the picture still reads in grey print.

Units of the scene: :data:`SCENE_W` × :data:`SCENE_H`, y grows downward.  Trend points are
in [0, 1] on both axes (y upward: 1 is the top of the chart).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from .balance import Verdict, balance_totals, verdict_for
from .enums import BalanceSide, LifeDomain
from .model import Balance

MAX_TILT: Final = 12.0
"""Degrees; the beam never tilts further, however uneven the sides."""

FULL_TILT_SHARE: Final = 0.5
"""The beam reaches full tilt when the difference is half of all weight (3 against 1)."""

SCENE_W: Final = 1000.0
SCENE_H: Final = 600.0
PIVOT: Final = (500.0, 120.0)
BEAM_HALF: Final = 325.0
POST_FOOT: Final = 545.0
HANGER: Final = 26.0  # from the beam's end down to the basket's crossbar
BASKET_HALF: Final = 165.0  # half the width of a basket
BASKET_DEPTH: Final = 290.0  # from the crossbar to the floor of the basket
BLOCK_GAP: Final = 4.0
BLOCK_MAX_H: Final = 52.0
BLOCK_PAD: Final = 10.0  # room between a block and the basket's sides

CAPTION: Final = "Dit is een beeld om samen over te praten, geen meting en geen gevalideerde score."


@dataclass(frozen=True)
class BalanceWords:
    """Every word the drawing puts on the picture.  The defaults are the sheets' Dutch;
    the screen passes words in the interface language, so the domain never translates.

    Templates are ``str.format`` patterns with the named fields shown in their defaults.
    """

    capacity_title: str = "Draagkracht: wat je helpt dragen"
    burden_title: str = "Draaglast: wat op je weegt"
    capacity_total: str = "Draagkracht {total}"
    burden_total: str = "Draaglast {total}"
    more_capacity: str = "Er is meer draagkracht dan draaglast"
    in_balance: str = "Draagkracht en draaglast houden elkaar in evenwicht"
    more_burden: str = "De draaglast weegt zwaarder dan de draagkracht"
    title: str = "Draagkracht en draaglast, {date}"
    title_for_client: str = "Draagkracht en draaglast van {client}, {date}"
    trend_title: str = "Zo veranderde het"
    caption: str = CAPTION
    legend_title: str = "Levensdomeinen (legende)"
    breakdown_title: str = "Per levensdomein"
    no_factors: str = "Nog geen factoren."
    no_assessments: str = "Nog geen inschattingen."
    capacity_key: str = "draagkracht"
    burden_key: str = "draaglast"
    block_tip: str = "{code} · {text} · gewicht {weight} van 5"
    trend_tip: str = "{date}: draagkracht {capacity}, draaglast {burden}"
    domain_codes: Mapping[LifeDomain | None, str] = field(default_factory=dict)
    """Two-letter codes that replace the Dutch ones of :data:`DOMAIN_STYLES`."""

    def side_title(self, side: BalanceSide) -> str:
        return self.capacity_title if side is BalanceSide.CAPACITY else self.burden_title

    def side_total(self, side: BalanceSide, total: int) -> str:
        pattern = self.capacity_total if side is BalanceSide.CAPACITY else self.burden_total
        return pattern.format(total=total)

    def verdict(self, verdict: Verdict) -> str:
        return {
            "draagkracht_overweegt": self.more_capacity,
            "in_evenwicht": self.in_balance,
            "draaglast_overweegt": self.more_burden,
        }[verdict]


DUTCH_WORDS: Final = BalanceWords()
SIDE_TITLES: Final = {side: DUTCH_WORDS.side_title(side) for side in BalanceSide}


@dataclass(frozen=True)
class DomainStyle:
    """How a life domain shows: a two-letter code (never colour alone), a light fill that
    keeps black text readable, and a darker edge of the same hue."""

    code: str
    fill: str
    edge: str


DOMAIN_STYLES: Final[Mapping[LifeDomain | None, DomainStyle]] = {
    LifeDomain.WORK: DomainStyle("WE", "#cfe3f7", "#2b6cb0"),
    LifeDomain.INCOME: DomainStyle("IN", "#fde2c4", "#b7791f"),
    LifeDomain.HOUSING: DomainStyle("WO", "#d6efd0", "#2f855a"),
    LifeDomain.HEALTH: DomainStyle("GZ", "#f9d3dc", "#b83280"),
    LifeDomain.FAMILY: DomainStyle("GE", "#e4d8f5", "#6b46c1"),
    LifeDomain.NETWORK: DomainStyle("NE", "#c8eee8", "#2c7a7b"),
    LifeDomain.EDUCATION: DomainStyle("VO", "#fff1a8", "#8a6d0b"),
    LifeDomain.MOBILITY: DomainStyle("MO", "#dde3ea", "#4a5568"),
    LifeDomain.LEISURE: DomainStyle("VT", "#e6f4bd", "#5f7f1a"),
    LifeDomain.ADMINISTRATION: DomainStyle("AJ", "#f2dccd", "#9c4221"),
    LifeDomain.OTHER: DomainStyle("AN", "#ececec", "#555555"),
    None: DomainStyle("–", "#ffffff", "#555555"),
}

DOMAIN_NAMES: Final[Mapping[LifeDomain | None, str]] = {
    LifeDomain.WORK: "Werk",
    LifeDomain.INCOME: "Inkomen en schulden",
    LifeDomain.HOUSING: "Wonen",
    LifeDomain.HEALTH: "Gezondheid",
    LifeDomain.FAMILY: "Gezin en kinderopvang",
    LifeDomain.NETWORK: "Sociaal netwerk",
    LifeDomain.EDUCATION: "Onderwijs en vorming",
    LifeDomain.MOBILITY: "Mobiliteit",
    LifeDomain.LEISURE: "Vrije tijd",
    LifeDomain.ADMINISTRATION: "Administratie en justitie",
    LifeDomain.OTHER: "Andere",
    None: "Geen bepaald domein",
}


@dataclass(frozen=True)
class Block:
    """One factor in its basket; ``dx, dy`` place its top-left corner relative to the
    beam's end it hangs from (so the block moves with the beam)."""

    dx: float
    dy: float
    width: float
    height: float
    text: str
    weight: int
    domain: LifeDomain | None
    style: DomainStyle
    position: int  # the factor's index in ``Balance.factors``


@dataclass(frozen=True)
class Basket:
    side: BalanceSide
    title: str
    total: int
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class LegendItem:
    domain: LifeDomain | None
    name: str
    style: DomainStyle


@dataclass(frozen=True)
class BreakdownRow:
    domain: LifeDomain | None
    name: str
    style: DomainStyle
    capacity: int
    burden: int


@dataclass(frozen=True)
class TrendMark:
    balance_id: str
    assessed_on: date
    x: float  # 0..1, by date
    capacity: int
    burden: int
    y_capacity: float  # 0..1 of the chart's height, 1 at the top
    y_burden: float


@dataclass(frozen=True)
class Trend:
    """Both sums per assessment, oldest first; ``y_max`` is the value at the top."""

    title: str
    marks: tuple[TrendMark, ...]
    y_max: int
    chosen_id: str | None
    words: BalanceWords = DUTCH_WORDS


@dataclass(frozen=True)
class BalanceDrawing:
    balance_id: str
    title: str
    assessed_on: date
    tilt: float  # degrees; positive: the draaglast (right) side hangs lower
    capacity: Basket
    burden: Basket
    verdict: str
    legend: tuple[LegendItem, ...]
    breakdown: tuple[BreakdownRow, ...]
    breakdown_max: int
    trend: Trend
    domain_trends: tuple[tuple[LifeDomain | None, Trend], ...]
    words: BalanceWords = DUTCH_WORDS

    @property
    def caption(self) -> str:
        return self.words.caption

    def baskets(self) -> tuple[Basket, Basket]:
        return self.capacity, self.burden


def tilt_degrees(capacity: int, burden: int) -> float:
    """The beam's angle: 0 while the sides balance (within the margin, ties, both empty);
    toward the heavier side in proportion to its share of all weight, capped."""
    difference = capacity - burden
    total = capacity + burden
    if verdict_for(difference) == "in_evenwicht" or total <= 0:
        return 0.0
    share = -difference / total
    return max(-MAX_TILT, min(MAX_TILT, MAX_TILT * share / FULL_TILT_SHARE))


def beam_end(side: BalanceSide, tilt: float) -> tuple[float, float]:
    """Where a basket hangs from the beam at this tilt (left: draagkracht)."""
    radians = math.radians(tilt)
    sign = -1.0 if side is BalanceSide.CAPACITY else 1.0
    return (
        PIVOT[0] + sign * BEAM_HALF * math.cos(radians),
        PIVOT[1] + sign * BEAM_HALF * math.sin(radians),
    )


def block_width(weight: int) -> float:
    inner = 2 * (BASKET_HALF - BLOCK_PAD)
    clamped = max(1, min(5, weight))
    return inner * (0.7 + 0.06 * clamped)


def domain_styles(words: BalanceWords) -> dict[LifeDomain | None, DomainStyle]:
    """:data:`DOMAIN_STYLES` with the codes in the words' language."""
    return {
        domain: replace(style, code=words.domain_codes.get(domain, style.code))
        for domain, style in DOMAIN_STYLES.items()
    }


def _blocks(
    balance: Balance, side: BalanceSide, styles: Mapping[LifeDomain | None, DomainStyle]
) -> tuple[Block, ...]:
    chosen = [(i, f) for i, f in enumerate(balance.factors) if f.side is side]
    if not chosen:
        return ()
    room = BASKET_DEPTH - 12.0
    height = min(BLOCK_MAX_H, room / len(chosen) - BLOCK_GAP)
    height = max(height, 2.0)
    floor = HANGER + BASKET_DEPTH - 4.0
    blocks: list[Block] = []
    # The list's first factor sits on top, so the pile reads like the list.
    for rank, (position, factor) in enumerate(reversed(chosen)):
        width = block_width(factor.weight)
        top = floor - (rank + 1) * (height + BLOCK_GAP) + BLOCK_GAP
        blocks.append(
            Block(
                dx=-width / 2,
                dy=top,
                width=width,
                height=height,
                text=factor.text,
                weight=factor.weight,
                domain=factor.domain,
                style=styles[factor.domain],
                position=position,
            )
        )
    blocks.reverse()
    return tuple(blocks)


def _domain_rank(domain: LifeDomain | None) -> int:
    order = list(LifeDomain)
    return len(order) if domain is None else order.index(domain)


Sums = dict[LifeDomain | None, tuple[int, int]]


def _sums(balance: Balance) -> Sums:
    """Capacity and burden per domain of one assessment."""
    found: dict[LifeDomain | None, list[int]] = {}
    for factor in balance.factors:
        pair = found.setdefault(factor.domain, [0, 0])
        pair[0 if factor.side is BalanceSide.CAPACITY else 1] += factor.weight
    return {d: (c, b) for d, (c, b) in found.items()}


def _trend(
    ordered: Sequence[tuple[Balance, Sums]],
    chosen_id: str | None,
    domains: Sequence[LifeDomain | None] | None,
    title: str,
    words: BalanceWords = DUTCH_WORDS,
) -> Trend:
    sums: list[tuple[Balance, int, int]] = []
    for item, per_domain in ordered:
        capacity = burden = 0
        for d, (c, b) in per_domain.items():
            if domains is None or d in domains:
                capacity += c
                burden += b
        sums.append((item, capacity, burden))
    highest = max([max(c, b) for _item, c, b in sums], default=0)
    y_max = max(5, math.ceil(highest / 5) * 5)
    first = span = 0
    if ordered:
        first = ordered[0][0].assessed_on.toordinal()
        span = ordered[-1][0].assessed_on.toordinal() - first
    marks: list[TrendMark] = []
    for index, (item, capacity, burden) in enumerate(sums):
        if len(sums) == 1:
            x = 0.5
        elif span <= 0:
            x = index / (len(sums) - 1)  # all on one day: spread them evenly
        else:
            x = (item.assessed_on.toordinal() - first) / span
        marks.append(
            TrendMark(
                balance_id=item.id,
                assessed_on=item.assessed_on,
                x=x,
                capacity=capacity,
                burden=burden,
                y_capacity=capacity / y_max,
                y_burden=burden / y_max,
            )
        )
    return Trend(title=title, marks=tuple(marks), y_max=y_max, chosen_id=chosen_id, words=words)


def trend(
    history: Sequence[Balance],
    chosen_id: str | None = None,
    domain: LifeDomain | None = None,
    *,
    per_domain: bool = False,
    words: BalanceWords = DUTCH_WORDS,
) -> Trend:
    """Both sums per assessment over time; with ``per_domain`` only that domain's factors
    count (``domain`` None then means the factors without a domain)."""
    ordered = [(b, _sums(b)) for b in sorted(history, key=lambda b: b.assessed_on)]
    return _trend(ordered, chosen_id, [domain] if per_domain else None, words.trend_title, words)


def draw(
    balance: Balance,
    history: Sequence[Balance] = (),
    client_label: str = "",
    domain_names: Mapping[LifeDomain | None, str] | None = None,
    words: BalanceWords = DUTCH_WORDS,
) -> BalanceDrawing:
    """The drawing of one assessment; ``history`` holds every assessment (this one
    included or not) for the trend; ``client_label`` is usually the first name."""
    names = {**DOMAIN_NAMES, **(domain_names or {})}
    styles = domain_styles(words)
    totals = balance_totals(balance)
    everything = {b.id: b for b in history}
    everything[balance.id] = balance
    all_assessments = list(everything.values())
    legend = tuple(
        LegendItem(row.domain, names[row.domain], styles[row.domain]) for row in totals.per_domain
    )
    breakdown = tuple(
        BreakdownRow(row.domain, names[row.domain], styles[row.domain], *sums)
        for row in totals.per_domain
        for sums in [(row.capacity, row.burden)]
    )
    breakdown_max = max([max(r.capacity, r.burden) for r in breakdown], default=0)
    ordered = [(b, _sums(b)) for b in sorted(all_assessments, key=lambda b: b.assessed_on)]
    seen = {d for _b, sums in ordered for d in sums}
    domain_trends = tuple(
        (d, _trend(ordered, balance.id, [d], names[d], words))
        for d in sorted(seen, key=_domain_rank)
    )
    date_text = balance.assessed_on.strftime("%d/%m/%Y")
    title = (
        words.title_for_client.format(client=client_label, date=date_text)
        if client_label
        else words.title.format(date=date_text)
    )
    return BalanceDrawing(
        balance_id=balance.id,
        title=title,
        assessed_on=balance.assessed_on,
        tilt=tilt_degrees(totals.capacity, totals.burden),
        capacity=Basket(
            BalanceSide.CAPACITY,
            words.capacity_title,
            totals.capacity,
            _blocks(balance, BalanceSide.CAPACITY, styles),
        ),
        burden=Basket(
            BalanceSide.BURDEN,
            words.burden_title,
            totals.burden,
            _blocks(balance, BalanceSide.BURDEN, styles),
        ),
        verdict=words.verdict(totals.verdict),
        legend=legend,
        breakdown=breakdown,
        breakdown_max=breakdown_max,
        trend=_trend(ordered, balance.id, None, words.trend_title, words),
        domain_trends=domain_trends,
        words=words,
    )
