"""Easy-read sheets (makkelijk lezen): one page, large type, one idea a line.

For a client who reads Dutch with difficulty.  A sheet is a row of blocks, the most
important first (when we see each other, whom to call, what you do yourself); each block
is a clear heading and short items, each item one line of its own with, under it, a
line or two of detail in the same large type.

One page is the aim.
cut: what does not fit goes, block by block, to a second page, and the foot of the first
page says in a framed note which parts stand on the back ("Draai het blad om").  The
client keeps every agreement, and the first page alone is still the one to hang up: the
blocks that matter most are on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from genwerkt_desktop.render import fonts

from .sheet import EASY, INK, LINE_WIDTH, MUTED, TINT, Sheet, day_in_words, text

# The page the content may fill: the sheet's margins and the frame's own padding.
FRAME_PADDING = 6
FRAME_WIDTH = LINE_WIDTH - 2 * FRAME_PADDING
FRAME_HEIGHT = A4[1] - 18 * mm - 20 * mm - 2 * FRAME_PADDING
FUZZ = 4.0  # points kept free per block for rounding in reportlab's own measuring

BODY = EASY.body  # the body type; no text on an easy-read sheet is smaller than MIN_BODY
MIN_BODY = 14.0
HEADING = EASY.heading
LEADING = EASY.leading


def spoken_day(day: date, today: date) -> str:
    """ "dinsdag 5 januari": the weekday and the month in words; the year only when it is
    not this year's."""
    if day.year == today.year:
        return day_in_words(day, weekday=True).rsplit(" ", 1)[0]
    return day_in_words(day, weekday=True)


@dataclass(frozen=True)
class Item:
    """One idea: a line, an optional part in bold after it (a phone number), and short
    lines under it."""

    main: str
    strong: str = ""
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    heading: str
    items: tuple[Item, ...]
    lead: str = ""  # a short sentence under the heading
    boxed: bool = False  # framed and tinted: what the reader must see first
    bullets: bool = True


@dataclass
class Layout:
    """Which blocks stand on the front, which on the back, and what neither holds."""

    first: list[Block] = field(default_factory=list)
    second: list[Block] = field(default_factory=list)
    left_out: list[Block] = field(default_factory=list)

    @property
    def continued(self) -> list[str]:
        """The headings on the back (a block split over both sides counts once)."""
        return [block.heading for block in self.second]


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()

    def style(name: str, size: float, font: str, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            f"easy_{name}",
            fontName=font,
            fontSize=size,
            leading=size * LEADING,
            textColor=extra.pop("color", INK),
            spaceBefore=extra.pop("before", 0),
            spaceAfter=extra.pop("after", 2),
            bulletFontName=fonts.REGULAR,
            bulletFontSize=size,
            bulletIndent=0,
            **extra,
        )

    return {
        "heading": style("heading", HEADING, fonts.BOLD, before=BODY * 0.9, after=BODY * 0.3),
        "lead": style("lead", BODY, fonts.REGULAR, after=BODY * 0.25),
        "item": style("item", BODY, fonts.REGULAR, leftIndent=BODY * 1.2, after=1),
        "plain_item": style("plain_item", BODY, fonts.REGULAR, after=1),
        "detail": style(
            "detail", MIN_BODY, fonts.REGULAR, leftIndent=BODY * 1.2, color=MUTED, after=1
        ),
        "plain_detail": style("plain_detail", MIN_BODY, fonts.REGULAR, color=MUTED, after=1),
        "big": style("big", HEADING, fonts.BOLD, after=3),
        "note": style("note", BODY, fonts.BOLD),
    }


def _item_flowables(item: Item, block: Block, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if block.boxed:
        main, detail, bullet = st["big"], st["plain_detail"], None
    elif block.bullets:
        main, detail, bullet = st["item"], st["detail"], "•"
    else:
        main, detail, bullet = st["plain_item"], st["plain_detail"], None
    words = text(item.main)
    if item.strong:
        strong = f'<font name="{fonts.BOLD}">{text(item.strong)}</font>'
        words = f"{words} {strong}" if words else strong
    out: list[Flowable] = [Paragraph(words, main, bulletText=bullet)]
    out += [Paragraph(text(line), detail) for line in item.details]
    out.append(Spacer(1, BODY * 0.2))
    return out


def _framed(flowables: list[Flowable]) -> Table:
    framed = Table([[flowables]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    pad = BODY * 0.8
    framed.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, INK),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.5),
            ]
        )
    )
    return framed


def block_flowables(
    block: Block, st: dict[str, ParagraphStyle], *, heading_suffix: str = ""
) -> list[Flowable]:
    """The block as it is printed."""
    head = Paragraph(text(block.heading + heading_suffix), st["heading"])
    body: list[Flowable] = []
    if block.lead:
        body.append(Paragraph(text(block.lead), st["lead"]))
    for item in block.items:
        body += _item_flowables(item, block, st)
    if block.boxed:
        return [head, _framed(body)]
    return [head, *body]


def height(flowables: Sequence[Flowable]) -> float:
    """How much of the page ``flowables`` take, one under the other (a little more than
    reportlab will use: the space before the first one is counted too)."""
    total = 0.0
    for f in flowables:
        total += f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


SPLIT_KEEP = 2  # a list split over two sides keeps at least this many items on each


def fill(
    blocks: Sequence[Block], room: float, st: dict[str, ParagraphStyle]
) -> tuple[list[Block], list[Block]]:
    """Blocks in their order while they fit in ``room`` points, and the rest.  A block
    that does not fit whole is split between its items when both parts keep at least
    two (a framed block is never split); everything after it goes on."""
    placed: list[Block] = []
    left = room
    for number, block in enumerate(blocks):
        need = height(block_flowables(block, st)) + FUZZ
        if need <= left:
            placed.append(block)
            left -= need
            continue
        kept = 0 if block.boxed else _items_that_fit(block, left, st)
        if kept >= SPLIT_KEEP and len(block.items) - kept >= SPLIT_KEEP:
            placed.append(replace(block, items=block.items[:kept]))
            rest = replace(block, items=block.items[kept:], lead="")
            return placed, [rest, *blocks[number + 1 :]]
        return placed, list(blocks[number:])
    return placed, []


def _items_that_fit(block: Block, room: float, st: dict[str, ParagraphStyle]) -> int:
    kept = 0
    for count in range(1, len(block.items)):
        if height(block_flowables(replace(block, items=block.items[:count]), st)) + FUZZ > room:
            break
        kept = count
    return kept


def continued_note(headings: Sequence[str]) -> tuple[str, str]:
    return "Draai het blad om. Daar staat nog meer:", "  ·  ".join(headings)


def left_out_note(headings: Sequence[str], where: str) -> tuple[str, str]:
    return (
        f"Niet op dit blad, omdat het te lang is: {'  ·  '.join(headings)}.",
        f"Dat staat in {where}. Vraag het aan je coach.",
    )


def _note(lines: tuple[str, str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    first, second = lines
    return [
        Spacer(1, BODY * 0.5),
        _framed(
            [
                Paragraph(text("→ " + first), st["note"]),
                Paragraph(text(second), st["plain_item"]),
            ]
        ),
    ]


def _fitting_note(
    blocks: Sequence[Block],
    room: float,
    st: dict[str, ParagraphStyle],
    note: Callable[[Sequence[str]], tuple[str, str]],
) -> tuple[list[Block], list[Block]]:
    """Fill ``room`` leaving space for the note that names what does not fit: first with
    room for a note naming every block, then with room for the note it really needs."""
    placed, rest = fill(blocks, room, st)
    if not rest:
        return placed, rest
    reserve = height(_note(note([b.heading for b in blocks]), st)) + FUZZ
    placed, rest = fill(blocks, room - reserve, st)
    needed = height(_note(note([b.heading for b in rest]), st)) + FUZZ
    if needed < reserve:
        closer, closer_rest = fill(blocks, room - needed, st)
        if closer_rest and height(_note(note([b.heading for b in closer_rest]), st)) <= needed:
            return closer, closer_rest
    return placed, rest


def build(
    title: str,
    subtitle: str,
    footer: str,
    intro: Sequence[str],
    blocks: Sequence[Block],
    *,
    full_sheet: str,
    closing: str = "",
) -> tuple[Sheet, Layout]:
    """The easy-read sheet (one sheet of paper at most: the front, and the back when the
    front is full) and how its blocks were laid out.  ``full_sheet``: where the client
    finds what even the back cannot hold ("je volledige nazorgplan"); ``closing``: a
    last short line under everything."""
    sheet = Sheet(title, subtitle, footer=footer, voice=EASY)
    st = styles()
    for line in intro:
        sheet.story.append(Paragraph(text(line), st["plain_item"]))
    last = [Spacer(1, BODY * 0.6), Paragraph(text(closing), st["plain_detail"])] if closing else []
    shown = [b for b in blocks if b.items]
    layout = Layout()
    layout.first, rest = _fitting_note(
        shown, FRAME_HEIGHT - height(sheet.story) - height(last), st, continued_note
    )
    for block in layout.first:
        sheet.story += block_flowables(block, st)
    if not rest:
        sheet.story += last
        return sheet, layout
    back_title = Paragraph(text(f"Vervolg: {title[:1].lower()}{title[1:]}"), st["big"])
    layout.second, layout.left_out = _fitting_note(
        rest,
        FRAME_HEIGHT - height([back_title]) - height(last),
        st,
        lambda headings: left_out_note(headings, full_sheet),
    )
    # The front names what is on the back (never more than the note it kept room for).
    sheet.story += _note(continued_note(layout.continued or [b.heading for b in rest]), st)
    sheet.story.append(PageBreak())
    sheet.story.append(back_title)
    split = bool(layout.first) and layout.first[-1].heading == rest[0].heading
    for number, block in enumerate(layout.second):
        suffix = " (verder)" if number == 0 and split else ""
        sheet.story += block_flowables(block, st, heading_suffix=suffix)
    if layout.left_out:
        sheet.story += _note(left_out_note([b.heading for b in layout.left_out], full_sheet), st)
    sheet.story += last
    return sheet, layout
