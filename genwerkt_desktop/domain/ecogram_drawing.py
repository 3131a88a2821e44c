"""One drawing description of an ecogram, for every renderer (Qt on screen, reportlab on
paper), so the printed map is the map on the screen.

Hartman's eco-map notation: a strong tie is a thick solid line, an ordinary one a solid
line, a weak one dashed; a stressful tie is a zigzag in a warning colour, a broken one
carries a cut mark; arrowheads show the direction of support; small badges name the kinds
of support.  Meaning never rests on colour alone: every line style differs in shape too.
Units: the map spans [-1, 1] in x and y, the client in the centre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import NodeCategory, SupportFlow, SupportKind, TieQuality, TieStrength
from .model import Ecogram, EcogramNode


class Stroke(StrEnum):
    THICK = "thick"
    SOLID = "solid"
    DASHED = "dashed"
    ZIGZAG = "zigzag"


class Mark(StrEnum):
    """How a member fared between two versions (only a comparison sets it)."""

    NONE = "none"
    JOINED = "joined"
    LEFT = "left"
    CHANGED = "changed"


class Sample(StrEnum):
    """What a legend row shows beside its words, when it is not a line style or a badge."""

    CUT = "cut"
    ARROW = "arrow"
    JOINED = "joined"
    LEFT = "left"
    CHANGED = "changed"
    TIE_LEFT = "tie_left"


class TagSide(StrEnum):
    """Where a member's tag sits, tried in this order."""

    ABOVE = "above"
    BELOW = "below"  # under the member's label
    RIGHT = "right"
    LEFT = "left"


class Tone(StrEnum):
    """Named colours; each renderer maps them to its palette (grey print stays readable)."""

    INK = "ink"
    SUPPORT = "support"
    WARNING = "warning"
    MUTED = "muted"


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: Stroke
    tone: Tone
    arrow_at_start: bool = False
    arrow_at_end: bool = False
    cut_mark: bool = False
    # The member this line ties to the client; "" for a tie between two members.
    member_id: str = ""


@dataclass(frozen=True)
class Member:
    node_id: str
    x: float
    y: float
    label: str
    category: NodeCategory
    is_organisation: bool
    badges: tuple[str, ...] = ()
    mark: Mark = Mark.NONE
    # A few words on what changed ("sterker", "nu stress"), shown in a tag by the member.
    change: str = ""


@dataclass(frozen=True)
class LegendEntry:
    sample: Stroke | Sample | str  # a plain string is a badge's letter
    text: str
    tone: Tone = Tone.INK


@dataclass(frozen=True)
class ComparedMember(Member):
    """A member of the comparison, with the side its tag (``change``) goes to."""

    tag_side: TagSide = TagSide.ABOVE


@dataclass(frozen=True)
class ComparedLine(Line):
    """A line of the comparison.  A tie between two members names them in ``between``
    and, when it changed, carries a tag like a member's (``mark`` and ``change``), whose
    centre lies ``tag_at`` of the way along the line (0 at its start, 1 at its end) and
    ``tag_aside`` map units beside it (to the right of the line's direction, on screen)."""

    between: tuple[str, ...] = ()
    mark: Mark = Mark.NONE
    change: str = ""
    tag_at: float = 0.5
    tag_aside: float = 0.0


@dataclass(frozen=True)
class EcogramDrawing:
    client_label: str
    members: tuple[Member, ...]
    lines: tuple[Line, ...]
    legend: tuple[LegendEntry, ...]
    caption: str


NODE_RADIUS = 0.07
CLIENT_RADIUS = 0.11

BADGES = {
    SupportKind.EMOTIONAL: "E",
    SupportKind.PRACTICAL: "P",
    SupportKind.COMPANY: "G",
    SupportKind.ADVICE: "A",
}

LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry(Stroke.THICK, "sterke band"),
    LegendEntry(Stroke.SOLID, "gewone band"),
    LegendEntry(Stroke.DASHED, "zwakke band"),
    LegendEntry(Stroke.ZIGZAG, "band die stress geeft", Tone.WARNING),
    LegendEntry(Sample.CUT, "verbroken band"),
    LegendEntry(Sample.ARROW, "pijl: in die richting gaat de steun"),
    LegendEntry("E", "emotionele steun"),
    LegendEntry("P", "praktische hulp"),
    LegendEntry("G", "gezelschap"),
    LegendEntry("A", "advies of informatie"),
)


def day(value: date) -> str:
    """Dates as Flemish readers write them: 12/10/2026."""
    return value.strftime("%d/%m/%Y")


def _stroke(strength: TieStrength | None, quality: TieQuality | None) -> tuple[Stroke, Tone]:
    if quality is TieQuality.STRESSFUL:
        return Stroke.ZIGZAG, Tone.WARNING
    tone = {TieQuality.SUPPORTIVE: Tone.SUPPORT, TieQuality.BROKEN: Tone.MUTED}.get(
        quality or TieQuality.NEUTRAL, Tone.INK
    )
    stroke = {TieStrength.STRONG: Stroke.THICK, TieStrength.WEAK: Stroke.DASHED}.get(
        strength or TieStrength.ORDINARY, Stroke.SOLID
    )
    return stroke, tone


def _trim(x1: float, y1: float, x2: float, y2: float, r1: float, r2: float) -> tuple[float, ...]:
    """The segment between two circles' edges, so arrowheads touch the circles."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    return x1 + ux * r1, y1 + uy * r1, x2 - ux * r2, y2 - uy * r2


def _position(node: EcogramNode, index: int, total: int) -> tuple[float, float]:
    if node.x is not None and node.y is not None:
        return node.x, node.y
    angle = 2 * math.pi * index / max(total, 1)  # unplaced members: an even circle
    return 0.7 * math.sin(angle), -0.7 * math.cos(angle)


def draw(ecogram: Ecogram, client_label: str) -> EcogramDrawing:
    """The drawing of one ecogram version; ``client_label`` is usually the first name."""
    total = len(ecogram.nodes)
    places = {n.id: _position(n, i, total) for i, n in enumerate(ecogram.nodes)}
    members = tuple(
        Member(
            node_id=n.id,
            x=places[n.id][0],
            y=places[n.id][1],
            label=n.label,
            category=n.category,
            is_organisation=n.organisation_id is not None or n.category is NodeCategory.SERVICES,
            badges=tuple(BADGES[s] for s in n.support),
        )
        for n in ecogram.nodes
    )
    lines: list[Line] = []
    for n in ecogram.nodes:
        x, y = places[n.id]
        stroke, tone = _stroke(n.strength, n.quality)
        # From the client (centre) to the member.
        x1, y1, x2, y2 = _trim(0.0, 0.0, x, y, CLIENT_RADIUS, NODE_RADIUS)
        lines.append(
            Line(
                x1,
                y1,
                x2,
                y2,
                stroke,
                tone,
                arrow_at_start=n.flow in (SupportFlow.TO_CLIENT, SupportFlow.MUTUAL),
                arrow_at_end=n.flow in (SupportFlow.FROM_CLIENT, SupportFlow.MUTUAL),
                cut_mark=n.quality is TieQuality.BROKEN,
                member_id=n.id,
            )
        )
    for tie in ecogram.ties:
        if tie.from_id not in places or tie.to_id not in places:
            continue
        stroke, tone = _stroke(tie.strength, tie.quality)
        ax, ay = places[tie.from_id]
        bx, by = places[tie.to_id]
        x1, y1, x2, y2 = _trim(ax, ay, bx, by, NODE_RADIUS, NODE_RADIUS)
        lines.append(Line(x1, y1, x2, y2, stroke, tone, cut_mark=tie.quality is TieQuality.BROKEN))
    caption = f"Ecogram van {client_label}, {day(ecogram.drawn_on)}"
    return EcogramDrawing(client_label, members, tuple(lines), LEGEND, caption)
