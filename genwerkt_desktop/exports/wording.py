"""The sheets' own Dutch wording of facts the domain returns as data.

The screen words the same facts through Qt's translator (``ui/wording``); sheets and the
command line stay Dutch whatever the interface language, so they word them here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from genwerkt_desktop.domain.balance import Direction
from genwerkt_desktop.domain.ecogram import EcogramComparison, MemberTieChange, TieChange
from genwerkt_desktop.domain.model import EcogramNode

BALANCE_DIRECTIONS: dict[Direction, str] = {
    "beter": "Beter dan de vorige keer",
    "gelijk": "Even zwaar als de vorige keer",
    "slechter": "Zwaarder dan de vorige keer",
}


def listed(names: Sequence[str]) -> str:
    """ "A", "A en B", "A, B en C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _pair(change: MemberTieChange) -> str:
    return listed(change.labels)


def ecogram_changes(comparison: EcogramComparison) -> list[str]:
    """What changed in the network, one short Dutch line each."""

    def names(items: Iterable[EcogramNode | TieChange]) -> str:
        return listed([item.label for item in items])

    c = comparison
    out: list[str] = []
    if c.joined:
        out.append(f"Nieuw in het netwerk: {names(c.joined)}.")
    if c.left:
        out.append(f"Niet meer in het netwerk: {names(c.left)}.")
    if c.stronger:
        out.append(f"Sterkere band met {names(c.stronger)}.")
    if c.weaker:
        out.append(f"Zwakkere band met {names(c.weaker)}.")
    if c.became_stressful:
        out.append(f"De band met {names(c.became_stressful)} geeft nu stress.")
    if c.became_broken:
        out.append(f"De band met {names(c.became_broken)} is verbroken.")
    if c.became_supportive:
        verb = "steunt" if len(c.became_supportive) == 1 else "steunen"
        out.append(f"{names(c.became_supportive)} {verb} nu.")
    out += [f"Nieuwe band tussen {_pair(t)}." for t in c.new_ties]
    out += [f"Geen band meer tussen {_pair(t)}." for t in c.gone_ties]
    out += [f"De band tussen {_pair(t)} werd sterker." for t in c.stronger_ties]
    out += [f"De band tussen {_pair(t)} werd zwakker." for t in c.weaker_ties]
    out += [f"De band tussen {_pair(t)} geeft nu stress." for t in c.stressful_ties]
    out += [f"De band tussen {_pair(t)} is verbroken." for t in c.broken_ties]
    out += [f"De band tussen {_pair(t)} geeft nu steun." for t in c.supportive_ties]
    if not out:
        out.append("Tussen deze twee data is er in het netwerk niets veranderd.")
    return out
