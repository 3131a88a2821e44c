"""The balance between what a client can carry (draagkracht) and what weighs on them
(draaglast).

Each factor has a weight from 1 (light) to 5 (heavy). A side's total is the sum of
its weights; the difference is capacity minus burden, so a positive difference means
the client has room to take on something new.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from .enums import BalanceSide, LifeDomain
from .model import Balance

MIN_WEIGHT: Final = 1
MAX_WEIGHT: Final = 5

BALANCE_MARGIN: Final = 1
"""Differences up to this size (either way) count as in balance.

With weights of 1 to 5 a difference of one point is smaller than the lightest
factor the coach can record, so it is not a meaningful tilt.
"""

Verdict = Literal["draagkracht_overweegt", "in_evenwicht", "draaglast_overweegt"]
Direction = Literal["beter", "gelijk", "slechter"]

_DOMAIN_RANK: dict[LifeDomain, int] = {domain: index for index, domain in enumerate(LifeDomain)}


@dataclass(frozen=True)
class DomainTotals:
    """The totals of one life domain; ``domain`` None gathers factors without one."""

    domain: LifeDomain | None
    capacity: int
    burden: int

    @property
    def difference(self) -> int:
        return self.capacity - self.burden


@dataclass(frozen=True)
class BalanceTotals:
    """The sums of one assessment, overall and per life domain.

    ``per_domain`` lists only domains that have at least one factor, in the order of
    :class:`LifeDomain`, with the factors without a domain last.
    """

    capacity: int
    burden: int
    difference: int
    per_domain: tuple[DomainTotals, ...]
    verdict: Verdict


@dataclass(frozen=True)
class TrendPoint:
    assessed_on: date
    capacity: int
    burden: int
    difference: int


def verdict_for(difference: int) -> Verdict:
    """The verdict for a difference (capacity minus burden), see :data:`BALANCE_MARGIN`."""
    if difference > BALANCE_MARGIN:
        return "draagkracht_overweegt"
    if difference < -BALANCE_MARGIN:
        return "draaglast_overweegt"
    return "in_evenwicht"


def balance_totals(balance: Balance) -> BalanceTotals:
    """Add up the weights of one assessment per side and per life domain.

    Weights are summed as recorded; use :func:`validate_balance` to flag weights
    outside 1..5.
    """
    capacity = 0
    burden = 0
    per_domain: dict[LifeDomain | None, list[int]] = {}
    for factor in balance.factors:
        sums = per_domain.setdefault(factor.domain, [0, 0])
        if factor.side is BalanceSide.CAPACITY:
            capacity += factor.weight
            sums[0] += factor.weight
        else:
            burden += factor.weight
            sums[1] += factor.weight

    def rank(domain: LifeDomain | None) -> int:
        return len(_DOMAIN_RANK) if domain is None else _DOMAIN_RANK[domain]

    domains = tuple(
        DomainTotals(domain=domain, capacity=sums[0], burden=sums[1])
        for domain, sums in sorted(per_domain.items(), key=lambda item: rank(item[0]))
    )
    difference = capacity - burden
    return BalanceTotals(
        capacity=capacity,
        burden=burden,
        difference=difference,
        per_domain=domains,
        verdict=verdict_for(difference),
    )


def validate_balance(balance: Balance) -> list[str]:
    """Problems with an assessment in Dutch (factors are numbered from 1)."""
    problems: list[str] = []
    for number, factor in enumerate(balance.factors, start=1):
        if not MIN_WEIGHT <= factor.weight <= MAX_WEIGHT:
            problems.append(
                f"Factor {number} heeft gewicht {factor.weight}; "
                f"een gewicht ligt tussen {MIN_WEIGHT} en {MAX_WEIGHT}."
            )
        if not factor.text.strip():
            problems.append(f"Factor {number} heeft geen omschrijving.")
    return problems


def balance_trend(balances: Iterable[Balance]) -> tuple[TrendPoint, ...]:
    """One point per assessment, oldest first (same-day assessments keep their order)."""
    points: list[TrendPoint] = []
    for balance in sorted(balances, key=lambda item: item.assessed_on):
        totals = balance_totals(balance)
        points.append(
            TrendPoint(
                assessed_on=balance.assessed_on,
                capacity=totals.capacity,
                burden=totals.burden,
                difference=totals.difference,
            )
        )
    return tuple(points)


def trend_direction(balances: Iterable[Balance]) -> Direction | None:
    """Compare the two latest assessments by their difference (capacity minus burden).

    "beter" when the difference grew, "slechter" when it shrank, "gelijk" when it is
    the same; ``None`` with fewer than two assessments.
    """
    points = balance_trend(balances)
    if len(points) < 2:
        return None
    before, last = points[-2].difference, points[-1].difference
    if last > before:
        return "beter"
    if last < before:
        return "slechter"
    return "gelijk"
