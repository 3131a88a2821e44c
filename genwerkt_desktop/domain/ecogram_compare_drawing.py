"""Two dated versions of an ecogram in one picture: the newer map, with who joined, who
left and which ties changed marked on it (a shape and a word each, never colour alone).

Members who left stay at their old place, drawn with a dashed outline and the tag "weg",
so the coach and the client see the gap they left.  A tie between two members is marked
the same way, with its word in a tag near the middle of the line; a tie between two
members that is gone (while both members stay) is drawn as a faded dashed line.

Where the tags and the members who left go is decided by ``ecogram_placement``, with
the painter's own text measure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any

from .ecogram import EcogramComparison, MemberTieChange, TieChange, compare
from .ecogram_drawing import (
    LEGEND,
    NODE_RADIUS,
    ComparedLine,
    ComparedMember,
    EcogramDrawing,
    LegendEntry,
    Line,
    Mark,
    Member,
    Sample,
    Stroke,
    Tone,
    day,
    draw,
)
from .ecogram_placement import clear_of, place_tags
from .ecogram_shapes import Measure
from .model import Ecogram

__all__ = ["COMPARE_LEGEND", "ComparedLine", "ComparedMember", "compare_caption", "compare_drawing"]

COMPARE_LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry(Sample.JOINED, "nieuw in het netwerk", Tone.SUPPORT),
    LegendEntry(Sample.LEFT, "niet meer in het netwerk", Tone.MUTED),
    LegendEntry(Sample.CHANGED, "de band veranderde (woord erbij)"),
    LegendEntry(Sample.TIE_LEFT, "band tussen twee leden viel weg", Tone.MUTED),
)

JOINED_TAG = "nieuw"
LEFT_TAG = "weg"


@dataclass(frozen=True)
class ChangeTags:
    """The words on the tags of a comparison; the Dutch of the sheets by default, the
    interface's words on screen."""

    joined: str = JOINED_TAG
    left: str = LEFT_TAG
    stronger: str = "sterker"
    weaker: str = "zwakker"
    stressful: str = "nu stress"
    broken: str = "verbroken"
    supportive: str = "steunt nu"


# --- the comparison -------------------------------------------------------------------


def _change_words(comparison: EcogramComparison, tags: ChangeTags) -> dict[str, str]:
    words: dict[str, list[str]] = {}
    groups: tuple[tuple[tuple[TieChange, ...], str], ...] = (
        (comparison.stronger, tags.stronger),
        (comparison.weaker, tags.weaker),
        (comparison.became_stressful, tags.stressful),
        (comparison.became_broken, tags.broken),
        (comparison.became_supportive, tags.supportive),
    )
    for changes, word in groups:
        for change in changes:
            words.setdefault(change.node_id, []).append(word)
    return {node_id: ", ".join(found) for node_id, found in words.items()}


def _tie_words(comparison: EcogramComparison, tags: ChangeTags) -> dict[frozenset[str], str]:
    """The words for each changed tie between two members, by its pair of members."""
    words: dict[frozenset[str], list[str]] = {}
    groups: tuple[tuple[tuple[MemberTieChange, ...], str], ...] = (
        (comparison.new_ties, tags.joined),
        (comparison.gone_ties, tags.left),
        (comparison.stronger_ties, tags.stronger),
        (comparison.weaker_ties, tags.weaker),
        (comparison.stressful_ties, tags.stressful),
        (comparison.broken_ties, tags.broken),
        (comparison.supportive_ties, tags.supportive),
    )
    for changes, word in groups:
        for change in changes:
            words.setdefault(frozenset(change.between), []).append(word)
    return {pair: ", ".join(found) for pair, found in words.items()}


def _tie_lines(
    comparison: EcogramComparison,
    base: EcogramDrawing,
    places: dict[str, tuple[float, float]],
    tags: ChangeTags,
) -> list[Line]:
    """The ties between two members, marked: changed ones carry their words, gone ones
    are faded and dashed; the marked ones come last, so no other line crosses a tag."""
    words = _tie_words(comparison, tags)
    new = {frozenset(t.between) for t in comparison.new_ties}
    drawn = [t for t in comparison.newer.ties if t.from_id in places and t.to_id in places]
    member_lines = base.lines[len(base.members) :]  # draw() adds them in this order
    plain: list[Line] = []
    marked: list[Line] = []
    for tie, line in zip(drawn, member_lines, strict=True):
        pair = frozenset((tie.from_id, tie.to_id))
        word = words.get(pair, "")
        mark = Mark.NONE if not word else Mark.JOINED if pair in new else Mark.CHANGED
        compared = ComparedLine(
            **_fields_of(line), between=(tie.from_id, tie.to_id), mark=mark, change=word
        )
        (marked if word else plain).append(compared)
    gone: list[Line] = []
    for change in comparison.gone_ties:
        (ax, ay), (bx, by) = places[change.between[0]], places[change.between[1]]
        length = math.hypot(bx - ax, by - ay) or 1.0
        ux, uy = (bx - ax) / length * NODE_RADIUS, (by - ay) / length * NODE_RADIUS
        gone.append(
            ComparedLine(
                ax + ux,
                ay + uy,
                bx - ux,
                by - uy,
                Stroke.DASHED,
                Tone.MUTED,
                between=change.between,
                mark=Mark.LEFT,
                change=tags.left,
            )
        )
    return plain + gone + marked


def _fields_of(item: Line | Member) -> dict[str, Any]:
    """The fields of a plain line or member, to make its comparison kind from."""
    return {f.name: getattr(item, f.name) for f in fields(type(item))}


def compare_caption(comparison: EcogramComparison, client_label: str) -> str:
    older, newer = day(comparison.older.drawn_on), day(comparison.newer.drawn_on)
    return f"Ecogram van {client_label}: wat veranderde van {older} tot {newer}"


def compare_drawing(
    older: Ecogram,
    newer: Ecogram,
    client_label: str,
    measure: Measure,
    tags: ChangeTags = ChangeTags(),
) -> EcogramDrawing:
    """The newer version with the changes since the older one marked (order does not
    matter); ``measure`` is the painter's text measure, for placing tags and ghosts, and
    ``tags`` the words on the tags."""
    comparison = compare(older, newer)
    left_ids = {n.id for n in comparison.left}
    joined_ids = {n.id for n in comparison.joined}
    # The members who left keep their old place in the merged picture, moved just clear
    # of whoever took that spot since.
    ghosts = clear_of(comparison.left, comparison.newer.nodes, measure)
    merged = replace(comparison.newer, nodes=comparison.newer.nodes + ghosts)
    base = draw(merged, client_label)
    changes = _change_words(comparison, tags)
    members: list[ComparedMember] = []
    for member in base.members:
        if member.node_id in left_ids:
            mark, change = Mark.LEFT, tags.left
        elif member.node_id in joined_ids:
            mark, change = Mark.JOINED, tags.joined
        elif member.node_id in changes:
            mark, change = Mark.CHANGED, changes[member.node_id]
        else:
            mark, change = Mark.NONE, ""
        members.append(ComparedMember(**{**_fields_of(member), "mark": mark, "change": change}))
    client_lines = [
        replace(line, tone=Tone.MUTED, arrow_at_start=False, arrow_at_end=False)
        if line.member_id in left_ids
        else line
        for line in base.lines[: len(base.members)]
    ]
    places = {m.node_id: (m.x, m.y) for m in members}
    lines = client_lines + _tie_lines(comparison, base, places, tags)
    members, lines = place_tags(members, lines, measure)
    return EcogramDrawing(
        client_label,
        tuple(members),
        tuple(lines),
        LEGEND + COMPARE_LEGEND,
        compare_caption(comparison, client_label),
    )
