from __future__ import annotations

from genwerkt_desktop.domain.balance import (
    DomainTotals,
    balance_totals,
    balance_trend,
    trend_direction,
    validate_balance,
    verdict_for,
)
from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain
from tests.domain.builders import D, balance, factor, simple_balance

CAP, BUR = BalanceSide.CAPACITY, BalanceSide.BURDEN


def test_totals_per_side_and_per_domain() -> None:
    assessment = balance(
        D(2024, 3, 1),
        factor(BUR, 5, LifeDomain.INCOME, "schulden"),
        factor(CAP, 4, LifeDomain.NETWORK, "zus helpt"),
        factor(CAP, 2, None, "humor"),
        factor(BUR, 3, LifeDomain.WORK, "geen werk"),
        factor(CAP, 3, LifeDomain.WORK, "ervaring"),
    )
    totals = balance_totals(assessment)
    assert (totals.capacity, totals.burden, totals.difference) == (9, 8, 1)
    assert totals.verdict == "in_evenwicht"
    assert totals.per_domain == (
        DomainTotals(LifeDomain.WORK, 3, 3),
        DomainTotals(LifeDomain.INCOME, 0, 5),
        DomainTotals(LifeDomain.NETWORK, 4, 0),
        DomainTotals(None, 2, 0),
    )


def test_verdict_margin() -> None:
    assert verdict_for(2) == "draagkracht_overweegt"
    assert verdict_for(1) == verdict_for(0) == verdict_for(-1) == "in_evenwicht"
    assert verdict_for(-2) == "draaglast_overweegt"
    assert balance_totals(balance(D(2024, 1, 1))).verdict == "in_evenwicht"


def test_trend_is_sorted_and_compares_the_last_two() -> None:
    march = simple_balance(D(2024, 3, 1), 2, 5)
    may = simple_balance(D(2024, 5, 1), 4, 4)
    june = simple_balance(D(2024, 6, 1), 4, 5)
    trend = balance_trend((may, march))
    assert [p.assessed_on for p in trend] == [D(2024, 3, 1), D(2024, 5, 1)]
    assert [p.difference for p in trend] == [-3, 0]
    assert trend_direction((may, march)) == "beter"
    assert trend_direction((june, may, march)) == "slechter"
    assert trend_direction((march, simple_balance(D(2024, 4, 1), 3, 6))) == "gelijk"
    assert trend_direction((march,)) is None
    assert trend_direction(()) is None


def test_weights_outside_one_to_five_are_flagged() -> None:
    assessment = balance(D(2024, 1, 1), factor(CAP, 0), factor(BUR, 6), factor(BUR, 3))
    problems = validate_balance(assessment)
    assert len(problems) == 2
    assert problems[0].startswith("Factor 1") and problems[1].startswith("Factor 2")
