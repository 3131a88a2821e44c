"""Merging a conflict copy by hand: which items differ between the coach's own version
of a dossier and the server's, and the dossier with the items the coach chose to keep.

Items are compared by id, so a note added on each side is two differences, each of which
can be kept; an item changed on both sides is one difference with two versions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .model import Dossier

CARD = "client"  # the id of the client's card among the differences


class ItemKind(StrEnum):
    CARD = "client"
    PHASE = "phases"
    OBSERVATION = "observations"
    RIGHT = "rights"
    ECOGRAM = "ecograms"
    BALANCE = "balances"
    GOAL = "goals"
    CONTACT = "contacts"
    CONSENT = "consents"
    REFERRAL = "referrals"
    MEETING = "meetings"
    CLOSURE = "closure"
    AFTERCARE = "aftercare"
    FIRST_RECEPTION = "first_reception"
    INNER_NOTE = "inner_notes"
    LIFE_EVENT = "life_events"
    MINDMAP = "mindmaps"
    VACANCY = "vacancies"
    DECISION = "decisions"
    PHONE_REQUEST = "phone_requests"


_LISTS = (
    ItemKind.OBSERVATION,
    ItemKind.RIGHT,
    ItemKind.ECOGRAM,
    ItemKind.BALANCE,
    ItemKind.GOAL,
    ItemKind.CONTACT,
    ItemKind.CONSENT,
    ItemKind.REFERRAL,
    ItemKind.MEETING,
    ItemKind.INNER_NOTE,
    ItemKind.LIFE_EVENT,
    ItemKind.MINDMAP,
    ItemKind.VACANCY,
    ItemKind.DECISION,
    ItemKind.PHONE_REQUEST,
)
_SINGLES = (ItemKind.CLOSURE, ItemKind.AFTERCARE, ItemKind.FIRST_RECEPTION)


@dataclass(frozen=True)
class Difference:
    kind: ItemKind
    item_id: str
    mine: Any  # the item in the coach's version; None when only the server has it
    theirs: Any  # the item on the server; None when only the coach's version has it

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.item_id}"


def differences(mine: Dossier, theirs: Dossier) -> list[Difference]:
    out: list[Difference] = []
    if mine.client != theirs.client:
        out.append(Difference(ItemKind.CARD, CARD, mine.client, theirs.client))
    for i in range(max(len(mine.phases), len(theirs.phases))):
        a = mine.phases[i] if i < len(mine.phases) else None
        b = theirs.phases[i] if i < len(theirs.phases) else None
        if a != b:
            out.append(Difference(ItemKind.PHASE, str(i), a, b))
    for kind in _LISTS:
        own = {item.id: item for item in getattr(mine, kind.value)}
        other = {item.id: item for item in getattr(theirs, kind.value)}
        for item_id in [*own, *(k for k in other if k not in own)]:
            a, b = own.get(item_id), other.get(item_id)
            if a != b:
                out.append(Difference(kind, item_id, a, b))
    for kind in _SINGLES:
        a, b = getattr(mine, kind.value), getattr(theirs, kind.value)
        if a != b:
            out.append(Difference(kind, kind.value, a, b))
    return out


def keep_mine(theirs: Dossier, mine: Dossier, keys: Collection[str]) -> Dossier:
    """The server's dossier with the chosen differences taken from the coach's version.

    Taking an item the coach's version lacks removes it; everything not chosen stays as
    the server has it."""
    chosen = [d for d in differences(mine, theirs) if d.key in keys]
    changes: dict[str, Any] = {}
    for diff in chosen:
        if diff.kind is ItemKind.CARD:
            changes["client"] = diff.mine
        elif diff.kind in _SINGLES:
            changes[diff.kind.value] = diff.mine
    phases = list(theirs.phases)
    for diff in sorted(
        (d for d in chosen if d.kind is ItemKind.PHASE), key=lambda d: int(d.item_id)
    ):
        index = int(diff.item_id)
        if diff.mine is None:
            continue  # a phase is never taken away: the history only grows
        if index < len(phases):
            phases[index] = diff.mine
        else:
            phases.append(diff.mine)
    if phases != list(theirs.phases):
        changes["phases"] = tuple(phases)
    for kind in _LISTS:
        picked = [d for d in chosen if d.kind is kind]
        if picked:
            changes[kind.value] = _take(getattr(theirs, kind.value), picked)
    return dataclasses.replace(theirs, **changes)


def _take(items: Sequence[Any], picked: Sequence[Difference]) -> tuple[Any, ...]:
    by_id = {d.item_id: d.mine for d in picked}
    out = []
    for item in items:
        if item.id in by_id:
            replacement = by_id.pop(item.id)
            if replacement is not None:
                out.append(replacement)
        else:
            out.append(item)
    out.extend(v for v in by_id.values() if v is not None)
    return tuple(out)
