"""Changing one balance assessment: the pure steps the editor (and its undo) is made of.

Every function returns a new :class:`Balance`; the record itself is frozen.  The editor
shows each side as its own list, in the order the factors have in ``Balance.factors``:
moving a factor up swaps it with the previous factor *of the same side*.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Final

from .balance import MAX_WEIGHT, MIN_WEIGHT
from .enums import BalanceSide, ObservationKind
from .model import Balance, BalanceFactor, Observation

DEFAULT_WEIGHT: Final = 3
SHORT_TEXT: Final = 80
"""A factor is a short phrase; an observation's longer text is cut at a sentence or word."""


def latest(balances: Iterable[Balance]) -> Balance | None:
    """The newest assessment (the last one listed when two share a date)."""
    newest: Balance | None = None
    for item in balances:
        if newest is None or item.assessed_on >= newest.assessed_on:
            newest = item
    return newest


def next_assessment(balances: Sequence[Balance], today: date, new_id: Callable[[], str]) -> Balance:
    """A new assessment dated ``today``: a copy of the latest one's factors (the note
    stays with the old one), or empty when there is none yet."""
    newest = latest(balances)
    factors = newest.factors if newest is not None else ()
    return Balance(id=new_id(), assessed_on=today, factors=factors, note=None)


def side_positions(balance: Balance, side: BalanceSide) -> list[int]:
    """The indexes in ``balance.factors`` of one side's factors, in list order."""
    return [i for i, f in enumerate(balance.factors) if f.side is side]


def add_factor(balance: Balance, factor: BalanceFactor) -> Balance:
    return replace(balance, factors=(*balance.factors, factor))


def replace_factor(balance: Balance, position: int, factor: BalanceFactor) -> Balance:
    factors = list(balance.factors)
    factors[position] = factor
    return replace(balance, factors=tuple(factors))


def remove_factor(balance: Balance, position: int) -> Balance:
    factors = list(balance.factors)
    del factors[position]
    return replace(balance, factors=tuple(factors))


def move_factor(balance: Balance, position: int, step: int) -> tuple[Balance, int]:
    """Move a factor ``step`` places (-1 up, +1 down) within its own side's list.

    Returns the new balance and the factor's new index; at either end nothing changes.
    """
    side = balance.factors[position].side
    order = side_positions(balance, side)
    rank = order.index(position)
    target = rank + step
    if not 0 <= target < len(order):
        return balance, position
    other = order[target]
    factors = list(balance.factors)
    factors[position], factors[other] = factors[other], factors[position]
    return replace(balance, factors=tuple(factors)), other


def clamp_weight(weight: int) -> int:
    return max(MIN_WEIGHT, min(MAX_WEIGHT, weight))


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """The first sentence, or the first words up to ``limit`` characters."""
    text = " ".join(text.split())
    for mark in (". ", "! ", "? "):
        cut = text.find(mark)
        if 0 < cut < limit:
            return text[:cut]
    text = text.rstrip(".")
    if len(text) <= limit:
        return text
    words = text[:limit].rsplit(" ", 1)[0]
    return f"{words}…"


def side_for(kind: ObservationKind) -> BalanceSide:
    """Strengths and resources help carry; needs weigh."""
    return BalanceSide.BURDEN if kind is ObservationKind.NEED else BalanceSide.CAPACITY


def factor_from_observation(
    observation: Observation, weight: int = DEFAULT_WEIGHT
) -> BalanceFactor:
    return BalanceFactor(
        side=side_for(observation.kind),
        text=short_text(observation.text),
        weight=clamp_weight(weight),
        domain=observation.domain,
    )


def already_in(balance: Balance, observation: Observation) -> bool:
    """Whether this observation was picked before (same side, domain and short text)."""
    wanted = factor_from_observation(observation)
    return any(
        f.side is wanted.side and f.domain == wanted.domain and f.text == wanted.text
        for f in balance.factors
    )


def add_observations(balance: Balance, observations: Iterable[Observation]) -> Balance:
    """Add each observation as a factor (weight 3), skipping those already there."""
    added = list(balance.factors)
    for observation in observations:
        if already_in(replace(balance, factors=tuple(added)), observation):
            continue
        added.append(factor_from_observation(observation))
    return replace(balance, factors=tuple(added))
