"""Easy-read sheets (makkelijk lezen): ONE page, large type, one idea a line.

For a client who reads Dutch with difficulty.  A sheet is a row of blocks; each block is
a clear heading and short items, each item one line of its own with, under it, a line or
two of detail in the same large type (never below ``MIN_BODY``).

One page, always.  The type stays large; when the coach's text is longer than the page
holds, parts are left out, the least important first, and the foot of the page names
every one of them plainly ("Niet op dit blad: wie je helpt en …  Dat staat in je
volledige nazorgplan.  Vraag het aan je coach.").  Nothing goes in silence.

Each sheet ranks its blocks (``Block.rank``, 1 = most important; the order and the
reasons are in :mod:`nazorg_easy` and :mod:`pop_easy`).  What is left out, in order,
always from the end of a list and the least important block first:

1. the tail of a long list: the items past a block's ``core`` (say the 7th warning sign
   onwards);
2. then each block down to its ``few`` first items; a block without ``few`` (the less
   important ones) goes whole, so those are gone before an essential list is shortened;
3. then the ``few`` too, down to what a block ``keep``s (the coach's number);
4. only as a last resort the kept items, but never the first item of the most important
   block (the next moment).

Long lists thus shrink before a short block disappears, and every essential block keeps
a few lines before any of them loses its last.  An item is printed whole or not at all: a
text is never cut in the middle of a sentence (the coach's text reaches the sheet cut into
sentences, one idea a line, by :func:`~genwerkt_desktop.domain.plain_words.ideas`).

The fit is measured first and then checked with the real layout: if reportlab would
still need a second page, one more item goes.  Then what still fits in the room left is
given back, the most important block first, each block's items in their order: an item
too long for the page keeps nothing smaller of another block off it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from genwerkt_desktop.render import fonts

from .sheet import EASY, INK, LINE_WIDTH, MUTED, TINT, Sheet, day_in_words, text

# The page the content may fill: the sheet's margins and the frame's own padding.
FRAME_PADDING = 6
FRAME_WIDTH = LINE_WIDTH - 2 * FRAME_PADDING
FRAME_HEIGHT = A4[1] - 18 * mm - 20 * mm - 2 * FRAME_PADDING

BODY = EASY.body  # the body type; no text on an easy-read sheet is smaller than MIN_BODY
MIN_BODY = 14.0
HEADING = EASY.heading
LEADING = EASY.leading

ALL = 10**6  # a block's ``core`` when no item of it is a "tail"


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
    """A heading and its items.  ``rank``: 1 is what matters most, a higher rank is
    left out sooner.  ``name``: how the foot names the block when none of it is printed
    ("wie je helpt"); ``more``: how it names the items left out of a block that is partly
    printed, singular and plural ("nog 1 telefoonnummer", "nog {n} telefoonnummers").
    ``core``: the first items that stay until every long list is shortened; ``few``:
    the first items that stay until the blocks without them are gone (0: the block goes
    whole); ``keep``: the first items that go only as a last resort."""

    heading: str
    items: tuple[Item, ...]
    rank: int
    name: str
    more: tuple[str, str]
    keep: int = 0
    few: int = 0
    core: int = ALL
    lead: str = ""  # a short sentence under the heading
    boxed: bool = False  # framed and tinted: what the reader must see first
    bullets: bool = True


@dataclass(frozen=True)
class LeftOut:
    """A block not (wholly) on the sheet: ``count`` of its items are not printed."""

    block: Block
    count: int

    @property
    def whole(self) -> bool:
        return self.count == len(self.block.items)

    def words(self) -> str:
        """How the foot of the page says it: "wie je helpt", "nog 3 telefoonnummers"."""
        if self.whole:
            return self.block.name
        one, many = self.block.more
        return one if self.count == 1 else many.format(n=self.count)


@dataclass
class Layout:
    """What stands on the sheet, and what does not."""

    shown: list[Block] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def left_out_words(self) -> list[str]:
        return [part.words() for part in self.left_out]


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
        "heading": style("heading", HEADING, fonts.BOLD, before=BODY * 0.65, after=BODY * 0.2),
        "lead": style("lead", BODY, fonts.REGULAR, after=BODY * 0.25),
        "item": style("item", BODY, fonts.REGULAR, leftIndent=BODY * 1.2, after=1),
        "plain_item": style("plain_item", BODY, fonts.REGULAR, after=1),
        "detail": style(
            "detail", MIN_BODY, fonts.REGULAR, leftIndent=BODY * 1.2, color=MUTED, after=1
        ),
        "plain_detail": style("plain_detail", MIN_BODY, fonts.REGULAR, color=MUTED, after=1),
        "big": style("big", HEADING, fonts.BOLD, after=3),
        "note": style("note", BODY, fonts.BOLD, after=1),
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
    if item.details:
        out.append(Spacer(1, BODY * 0.2))
    return out


def _framed(flowables: list[Flowable], *, first: bool = True) -> Table:
    """A frame: dark and tinted for what the reader must see ``first``, a thin grey line
    for the note at the foot (so only the next moment stands out)."""
    framed = Table([[flowables]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    pad = BODY * 0.8
    framed.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4 if first else 0.8, INK if first else MUTED),
                ("BACKGROUND", (0, 0), (-1, -1), TINT if first else colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.5),
            ]
        )
    )
    return framed


def block_flowables(block: Block, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The block as it is printed."""
    head = Paragraph(text(block.heading), st["heading"])
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


def leaving_order(blocks: Sequence[Block]) -> list[int]:
    """The blocks' numbers, once per item, in the order their items are left out (each
    time the last printed item of that block goes).  Four rounds: the tails of long
    lists (past ``core``), then each block down to its ``few`` (a block with none goes
    whole), then down to what it ``keep``s, then, as a last resort, the kept items but
    the very first; in each round the least important block first."""
    least_first = sorted(range(len(blocks)), key=lambda b: (-blocks[b].rank, -b))
    order: list[int] = []
    for top, bottom in ((_all, _core), (_core, _few), (_few, _keep), (_keep, _none)):
        for number in least_first:
            block = blocks[number]
            floor = bottom(block)
            if number == least_first[-1] and top is _keep:
                floor = max(floor, 1)  # the very first item of all stays
            order += [number] * max(0, top(block) - floor)
    return order


def _all(block: Block) -> int:
    return len(block.items)


def _core(block: Block) -> int:
    return min(len(block.items), max(block.core, block.few, block.keep))


def _few(block: Block) -> int:
    return min(len(block.items), max(block.few, block.keep))


def _keep(block: Block) -> int:
    return min(len(block.items), block.keep)


def _none(block: Block) -> int:
    return 0


def gone_after(blocks: Sequence[Block], order: Sequence[int], steps: int) -> list[int]:
    """How many items of each block are left out after the first ``steps`` of
    ``order``."""
    gone = [0] * len(blocks)
    for number in order[:steps]:
        gone[number] += 1
    return gone


def cut(blocks: Sequence[Block], gone: Sequence[int]) -> Layout:
    """The layout with the last ``gone[n]`` items of block ``n`` left out."""
    layout = Layout()
    for block, count in zip(blocks, gone, strict=True):
        if count < len(block.items):
            layout.shown.append(replace(block, items=block.items[: len(block.items) - count]))
    # The foot names what is left out in the sheet's own order.
    layout.left_out = [
        LeftOut(block, count) for block, count in zip(blocks, gone, strict=True) if count
    ]
    return layout


def _listed(words: Sequence[str]) -> str:
    """ "a, b en c"."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} en {words[-1]}"


def left_out_lines(layout: Layout, full_sheet: str) -> tuple[str, ...]:
    """The note at the foot: what is not on the sheet, where it is, whom to ask."""
    words = _listed(layout.left_out_words)
    return (
        f"Niet op dit blad: {words}.",
        f"Dat staat in {full_sheet}. Vraag het aan je coach.",
    )


def _note(lines: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    first, *rest = lines
    return [
        Spacer(1, BODY * 0.6),
        _framed(
            [Paragraph(text(first), st["note"])]
            + [Paragraph(text(line), st["plain_item"]) for line in rest],
            first=False,
        ),
    ]


def _compose(
    title: str,
    subtitle: str,
    footer: str,
    intro: Sequence[str],
    layout: Layout,
    full_sheet: str,
    closing: str,
) -> Sheet:
    sheet = Sheet(title, subtitle, footer=footer, voice=EASY)
    st = styles()
    for line in intro:
        sheet.story.append(Paragraph(text(line), st["plain_item"]))
    for block in layout.shown:
        sheet.story += block_flowables(block, st)
    if layout.left_out:  # the note says where the rest is: no closing line under it
        sheet.story += _note(left_out_lines(layout, full_sheet), st)
    elif closing:
        sheet.story += [Spacer(1, BODY * 0.6), Paragraph(text(closing), st["plain_detail"])]
    return sheet


def pages(sheet: Sheet) -> int:
    """How many pages reportlab really lays ``sheet`` out on."""
    return int(sheet._layout().pages)


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
    """The easy-read sheet, one page, and what stands on it.  ``full_sheet``: where the
    client finds what is left out ("je volledige nazorgplan"); ``closing``: a last short
    line under everything, when nothing is left out."""
    shown = [b for b in blocks if b.items]
    order = leaving_order(shown)

    def compose(gone: Sequence[int]) -> tuple[Sheet, Layout]:
        layout = cut(shown, gone)
        return _compose(title, subtitle, footer, intro, layout, full_sheet, closing), layout

    def one_page(gone: Sequence[int]) -> bool:
        return pages(compose(gone)[0]) == 1

    # Measured first (a little more than reportlab will use; the fewer items left out,
    # the taller): the fewest steps of the order with which the story fits the page.
    low, high = 0, len(order)
    while low < high:
        middle = (low + high) // 2
        if height(compose(gone_after(shown, order, middle))[0].story) <= FRAME_HEIGHT:
            high = middle
        else:
            low = middle + 1
    steps = low
    gone = gone_after(shown, order, steps)
    while steps < len(order) and not one_page(gone):  # the real layout decides
        steps += 1
        gone = gone_after(shown, order, steps)
    # Given back, the most important block first: whatever still fits in the room left
    # (a long item that does not fit keeps no smaller one of another block off the page).
    for number in sorted(range(len(shown)), key=lambda b: (shown[b].rank, b)):
        while gone[number] and one_page([*gone[:number], gone[number] - 1, *gone[number + 1 :]]):
            gone[number] -= 1
    return compose(gone)
