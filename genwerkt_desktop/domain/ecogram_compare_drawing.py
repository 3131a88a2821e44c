"""Two dated versions of an ecogram in one picture: the newer map, with who joined, who
left and which ties changed marked on it (a shape and a word each, never colour alone).

Members who left stay at their old place, drawn with a dashed outline and the tag "weg",
so the coach and the client see the gap they left.
"""

from __future__ import annotations

from dataclasses import replace

from .ecogram import EcogramComparison, TieChange, compare
from .ecogram_drawing import LEGEND, EcogramDrawing, LegendEntry, Mark, Tone, day, draw
from .model import Ecogram

COMPARE_LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry("joined", "nieuw in het netwerk", Tone.SUPPORT),
    LegendEntry("left", "niet meer in het netwerk", Tone.MUTED),
    LegendEntry("changed", "de band veranderde (woord erbij)"),
)

JOINED_TAG = "nieuw"
LEFT_TAG = "weg"


def _change_words(comparison: EcogramComparison) -> dict[str, str]:
    words: dict[str, list[str]] = {}
    groups: tuple[tuple[tuple[TieChange, ...], str], ...] = (
        (comparison.stronger, "sterker"),
        (comparison.weaker, "zwakker"),
        (comparison.became_stressful, "nu stress"),
        (comparison.became_broken, "verbroken"),
        (comparison.became_supportive, "steunt nu"),
    )
    for changes, word in groups:
        for change in changes:
            words.setdefault(change.node_id, []).append(word)
    return {node_id: ", ".join(found) for node_id, found in words.items()}


def compare_caption(comparison: EcogramComparison, client_label: str) -> str:
    older, newer = day(comparison.older.drawn_on), day(comparison.newer.drawn_on)
    return f"Ecogram van {client_label}: wat veranderde van {older} tot {newer}"


def compare_drawing(older: Ecogram, newer: Ecogram, client_label: str) -> EcogramDrawing:
    """The newer version with the changes since the older one marked (order does not matter)."""
    comparison = compare(older, newer)
    left_ids = {n.id for n in comparison.left}
    joined_ids = {n.id for n in comparison.joined}
    # The members who left keep their old place in the merged picture.
    merged = replace(comparison.newer, nodes=comparison.newer.nodes + comparison.left)
    base = draw(merged, client_label)
    changes = _change_words(comparison)
    members = []
    for member in base.members:
        if member.node_id in left_ids:
            members.append(replace(member, mark=Mark.LEFT, change=LEFT_TAG))
        elif member.node_id in joined_ids:
            members.append(replace(member, mark=Mark.JOINED, change=JOINED_TAG))
        elif member.node_id in changes:
            members.append(replace(member, mark=Mark.CHANGED, change=changes[member.node_id]))
        else:
            members.append(member)
    lines = tuple(
        replace(line, tone=Tone.MUTED, arrow_at_start=False, arrow_at_end=False)
        if line.member_id in left_ids
        else line
        for line in base.lines
    )
    return EcogramDrawing(
        client_label,
        tuple(members),
        lines,
        LEGEND + COMPARE_LEGEND,
        compare_caption(comparison, client_label),
    )
