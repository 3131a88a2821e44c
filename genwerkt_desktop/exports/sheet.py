"""The printed sheet every PDF is made of: A4, the shipped Unicode font, calm headings,
checkboxes, fact tables, room to write, and "blad 1 van 3" at the foot.

Two voices: ``plain`` (for the client: large type, short lines, lots of air) and
``standard`` (for the coach or a partner); ``EASY`` is for easy-read sheets (easy_read).
Every text handed in is escaped, so a ``<`` or ``&`` typed in a note prints as itself.
``write`` goes to a temporary file beside the target and renames it, so a failure never
leaves half a sheet (and nothing goes to the system's temp folder).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from genwerkt_desktop.render import fonts
from genwerkt_desktop.render.rtl import visual, visual_drawing
from genwerkt_desktop.store.files import write_atomic

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
TINT = colors.HexColor("#eef2f5")


@dataclass(frozen=True)
class Voice:
    body: float
    title: float
    heading: float
    leading: float
    space: float


PLAIN = Voice(body=13, title=22, heading=16, leading=1.45, space=7)
STANDARD = Voice(body=10, title=17, heading=12.5, leading=1.35, space=5)
# Easy-read (makkelijk lezen): for a client who reads Dutch with difficulty.
EASY = Voice(body=14, title=22, heading=17, leading=1.35, space=6)

LINE_WIDTH = A4[0] - 40 * mm
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell
SHORT_LIST = 6  # a list this long or shorter is never split over two pages
NBSP = "\u00a0"

SHEET_LOCALE = "nl_BE"  # sheets are Dutch whatever the interface language

# Two or more groups of digits ("015 00 00 40", "+32 477 12 34 56"): a phone number or
# another long number that must not break over two lines.
_NUMBER = re.compile(r"(?<![\w/.,:+()-])\+?\d[\d()./-]*(?: \(?\d[\d()./-]*)+")
_BREAKS = re.compile(r"[ \t\n]+")  # where a line may break (not at a no-break space)


def day_in_words(day: date, *, weekday: bool = False) -> str:
    """ "5 december 2026" (or "zaterdag 5 december 2026"): how a date reads in running
    text, the way people say it rather than how forms write it."""
    pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
    return str(format_date(day, pattern, locale=SHEET_LOCALE))


def day_in_figures(day: date | None) -> str:
    """ "05/12/2026": a date in a table column."""
    return "" if day is None else f"{day:%d/%m/%Y}"


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def keep_numbers(value: str) -> str:
    """Phone numbers and other long numbers with no-break spaces between their groups,
    so a line never breaks inside one."""

    def joined(match: re.Match[str]) -> str:
        found = match.group(0)
        return found.replace(" ", NBSP) if _digits(found) >= 6 else found

    return _NUMBER.sub(joined, value)


def is_phone_number(value: str) -> bool:
    """True for a line that holds a number to call ("09 123 45 67", "+32 477 12 34 56")."""
    return any(_digits(m.group(0)) >= 6 for m in _NUMBER.finditer(value)) or (
        _digits(value) >= 3 and not any(ch.isalpha() for ch in value)
    )


def longest_word(value: str | None, font: str, size: float) -> float:
    """The width of the widest word of ``value``: a column narrower than that breaks it."""
    words = _BREAKS.split(keep_numbers(value or ""))
    return max((stringWidth(w, font, size) for w in words if w), default=0.0)


def fit_widths(shares: Sequence[float], minimum: Sequence[float], total: float) -> list[float]:
    """Column widths from ``shares`` of ``total``, each at least its ``minimum`` (the
    longest word it holds) where the line is wide enough: a column that would be too
    narrow gets its minimum and the others share what is left, in their proportions."""
    count = len(shares)
    if sum(minimum) >= total:  # no room for every word: share out by need
        need = sum(minimum) or 1.0
        return [total * m / need for m in minimum]
    pinned: set[int] = set()
    while True:
        free = [i for i in range(count) if i not in pinned]
        room = total - sum(minimum[i] for i in pinned)
        weight = sum(shares[i] for i in free)
        if not free or weight <= 0:
            spare = room / count
            return [minimum[i] + spare for i in range(count)]
        widths = [minimum[i] if i in pinned else room * shares[i] / weight for i in range(count)]
        short = [i for i in free if widths[i] < minimum[i]]
        if not short:
            return widths
        pinned.update(short)


def _style(name: str, size: float, voice: Voice, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=extra.pop("font", fonts.REGULAR),
        fontSize=size,
        leading=size * voice.leading,
        textColor=extra.pop("color", INK),
        alignment=TA_LEFT,
        spaceAfter=extra.pop("after", voice.space),
        **extra,
    )


def text(value: str | None) -> str:
    """Escape a typed text for a Paragraph and keep its line breaks (right-to-left script
    made printable first, long numbers kept on one line)."""
    return escape(visual(keep_numbers(value or ""))).replace("\n", "<br/>")


class Together(KeepTogether):  # type: ignore[misc]  # reportlab ships no types
    """Flowables that stay on one page (or start a new one together).

    reportlab measures a KeepTogether inside another as endless and always breaks the
    page before it, and a heading's keepWithNext does not reach into one: so blocks are
    kept flat here (a block inside a block gives its flowables to the outer one, page
    breaks that only guard a heading are dropped) and :func:`_joined` pulls the headings
    before a block into it."""

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__(_flat(flowables))


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _flat(f._content)
        elif not isinstance(f, CondPageBreak):
            out.append(f)
    return out


def _keeps_with_next(f: Flowable) -> bool:
    """A heading: its style keeps it with what follows.  Read from the style, not the
    flowable, because a build switches the flowable's own flag off."""
    if isinstance(f, KeepTogether):
        return False
    style = getattr(f, "style", None)
    return bool(getattr(style, "keepWithNext", 0))


class _WithFirst(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """Headings with the block they head (a paragraph, a table, a drawing).

    They stay on this page only when at least the start of the block fits under them
    (its first lines of text, its first rows); otherwise they go to the next page with
    it.  Unlike a KeepTogether, a long block does not have to fit whole: it just must
    not leave its headings alone at the foot of a page."""

    FUZZ = 2.0  # points kept free for rounding in the frame's own measuring

    def __init__(self, heads: Sequence[Flowable], block: Flowable) -> None:
        super().__init__()
        self._heads = list(heads)
        self._block = block

    def getSpaceBefore(self) -> float:
        return float(self._heads[0].getSpaceBefore())

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return aW, 0xFFFFFF  # never drawn whole: the frame always asks for a split

    def split(self, aW: float, aH: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        for head in self._heads:
            head.__dict__["keepWithNext"] = 0  # placed here, by this flowable
        used = 0.0
        for number, head in enumerate(self._heads):
            used += head.wrap(aW, aH)[1] + head.getSpaceAfter()
            if number:
                used += head.getSpaceBefore()
        block = self._block
        room = aH - used - block.getSpaceBefore() - self.FUZZ
        if room > 0:
            if block.wrap(aW, room)[1] <= room:
                return [*self._heads, block]
            parts = block.split(aW, room)
            if len(parts) > 1:
                return [*self._heads, *parts]
        if at_top:
            return [*self._heads, block]
        from reportlab.platypus.doctemplate import FrameBreak

        return [FrameBreak(), *self._heads, block]


def _joined(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with every heading (and the page-break guard before it) joined to what
    it heads: moved into a kept block, or held with the start of any other block.  A
    heading never ends a page."""
    out: list[Flowable] = []
    for f in story:
        lead: list[Flowable] = []
        while out and (
            _keeps_with_next(out[-1])
            or (isinstance(out[-1], CondPageBreak) and len(out) > 1 and _keeps_with_next(out[-2]))
        ):
            lead.insert(0, out.pop())
        if lead and isinstance(f, KeepTogether):
            f = Together([*lead, f])
        elif lead and (_keeps_with_next(f) or isinstance(f, CondPageBreak)):
            out += lead  # a heading under a heading (or its guard): the chain goes on
        elif lead:
            f = _WithFirst([h for h in lead if not isinstance(h, CondPageBreak)], f)
        out.append(f)
    return out


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Writes "blad n van m" once the number of pages is known."""

    footer_left = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab calls it by this name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(fonts.REGULAR, 8.5)
        self.setFillColor(MUTED)
        self.drawString(20 * mm, 12 * mm, visual(self.footer_left))
        self.drawRightString(A4[0] - 20 * mm, 12 * mm, f"blad {number} van {total}")
        self.restoreState()


class Sheet:
    """Collects flowables; ``write(path)`` lays them out on A4 pages."""

    def __init__(
        self,
        title: str,
        subtitle: str = "",
        *,
        plain: bool = False,
        footer: str = "",
        voice: Voice | None = None,
    ) -> None:
        fonts.register()
        self.voice = voice or (PLAIN if plain else STANDARD)
        v = self.voice
        self.footer = footer
        self.title = title
        self.styles = {
            "title": _style("title", v.title, v, font=fonts.BOLD, after=v.space / 2),
            "subtitle": _style("subtitle", v.body, v, color=MUTED, after=v.space * 2),
            "heading": _style(
                "heading",
                v.heading,
                v,
                font=fonts.BOLD,
                after=v.space * 0.6,
                spaceBefore=v.space * 1.6,
                keepWithNext=1,  # a heading goes to the next page with what it heads
            ),
            "subheading": _style(
                "subheading",
                v.body * 1.05,
                v,
                font=fonts.BOLD,
                after=v.space * 0.4,
                spaceBefore=v.space,
                keepWithNext=1,
            ),
            "body": _style("body", v.body, v),
            "box_title": _style("box_title", v.body * 1.1, v, font=fonts.BOLD),
            "muted": _style("muted", v.body * 0.88, v, color=MUTED),
            "cell": _style("cell", v.body * 0.95, v, after=0),
            "cell_bold": _style("cell_bold", v.body * 0.95, v, font=fonts.BOLD, after=0),
        }
        self.story: list[Flowable] = [Paragraph(text(title), self.styles["title"])]
        if subtitle:
            self.story.append(Paragraph(text(subtitle), self.styles["subtitle"]))

    # -- building blocks

    def heading(self, value: str) -> None:
        """A section heading that never ends up alone at the foot of a page."""
        self.story.append(CondPageBreak(self.voice.body * 6))
        self.story.append(Paragraph(text(value), self.styles["heading"]))

    def subheading(self, value: str) -> None:
        self.story.append(CondPageBreak(self.voice.body * 4))
        self.story.append(Paragraph(text(value), self.styles["subheading"]))

    def para(self, value: str | None, *, muted: bool = False) -> None:
        if value:
            self.story.append(Paragraph(text(value), self.styles["muted" if muted else "body"]))

    def markup(self, value: str) -> None:
        """A paragraph with the caller's own markup (<b>, <i>); texts inside must be escaped
        with :func:`text`."""
        self.story.append(Paragraph(value, self.styles["body"]))

    def bullets(self, items: Iterable[str]) -> None:
        self._list([Paragraph(text(item), self.styles["body"], bulletText="•") for item in items])

    def numbered(self, items: Iterable[str]) -> None:
        """A list with its numbers as the marks (no bullet before the number)."""
        self._list(
            [
                Paragraph(text(item), self.styles["body"], bulletText=f"{number}.")
                for number, item in enumerate(items, start=1)
            ]
        )

    def _list(self, items: list[Flowable]) -> None:
        """A short list stays on one page; a long one never leaves its first or its last
        item alone on a page."""
        if not items:
            return
        if len(items) <= SHORT_LIST:
            self.story.append(Together(items))
        else:
            self.story += [Together(items[:2]), *items[2:-2], Together(items[-2:])]

    def checklist(
        self,
        items: Sequence[tuple[str, str]],
        *,
        ticked: Sequence[bool] = (),
        continued: bool = False,
    ) -> None:
        """Boxes to tick by hand: (main text, smaller second line) per item.
        ``continued``: more rows follow in a next checklist (a rule under the last row)."""
        rows = []
        for i, (main, detail) in enumerate(items):
            box = "☒" if i < len(ticked) and ticked[i] else "☐"
            cell: list[Flowable] = [Paragraph(text(main), self.styles["cell_bold"])]
            if detail:
                cell.append(Paragraph(text(detail), self.styles["muted"]))
            rows.append([Paragraph(box, self.styles["body"]), cell])
        if not rows:
            return
        box_width = self.voice.body * 2
        table = Table(rows, colWidths=[box_width, LINE_WIDTH - box_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.voice.space),
                    ("LINEBELOW", (0, 0), (-1, -1 if continued else -2), 0.3, RULE),
                ]
            )
        )
        # A short list of boxes stays on one page; a long one may run on by rows.
        self.story.append(Together([table]) if len(rows) <= SHORT_LIST else table)

    def _widths(
        self, rows: Sequence[Sequence[tuple[str | None, bool]]], shares: Sequence[float]
    ) -> list[float]:
        """Column widths from shares, each column at least as wide as its longest word."""
        size = self.styles["cell"].fontSize
        minimum = [
            max(
                (
                    longest_word(value, fonts.BOLD if bold else fonts.REGULAR, size)
                    for value, bold in column
                ),
                default=0.0,
            )
            + 2 * CELL_PADDING
            + 1
            for column in zip(*rows, strict=True)
        ]
        return fit_widths(shares, minimum, LINE_WIDTH)

    def facts(self, rows: Sequence[tuple[str, str | None]], *, label_share: float = 0.32) -> None:
        """A two-column table of label → value; rows without a value are left out."""
        kept = [(label, value) for label, value in rows if value]
        if not kept:
            return
        data = [
            [
                Paragraph(text(label), self.styles["cell_bold"]),
                Paragraph(text(value), self.styles["cell"]),
            ]
            for label, value in kept
        ]
        widths = self._widths(
            [[(label, True), (value, False)] for label, value in kept],
            [label_share, 1 - label_share],
        )
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.voice.space * 0.8),
                    ("TOPPADDING", (0, 0), (-1, -1), self.voice.space * 0.5),
                ]
            )
        )
        self.story.append(table)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str | None]], widths: Sequence[float]
    ) -> None:
        """A plain grid with a tinted header row; ``widths`` are shares of the line width,
        widened where a column would have to break a word."""
        if not rows:
            return
        data = [[Paragraph(text(h), self.styles["cell_bold"]) for h in header]]
        data += [[Paragraph(text(c), self.styles["cell"]) for c in row] for row in rows]
        measured: list[list[tuple[str | None, bool]]] = [[(h, True) for h in header]]
        measured += [[(c, False) for c in row] for row in rows]
        grid = Table(data, colWidths=self._widths(measured, widths), repeatRows=1, hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        self.story.append(grid)

    def box(self, title: str, items: Sequence[str], note: str = "") -> None:
        """A framed, tinted box for what the reader must see first: a bold title, the
        items as bullets and an optional small note, kept on one page."""
        if not items:
            return
        cell: list[Flowable] = [Paragraph(text(title), self.styles["box_title"])]
        cell += [Paragraph(text(item), self.styles["body"], bulletText="•") for item in items]
        if note:
            cell.append(Paragraph(text(note), self.styles["muted"]))
        framed = Table([[cell]], colWidths=[LINE_WIDTH], hAlign="LEFT")
        pad = self.voice.space * 1.6
        framed.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6),
                ]
            )
        )
        self.story.append(Together([framed, Spacer(1, self.voice.space * 2)]))

    def writing_lines(self, count: int, label: str = "") -> None:
        """Empty ruled lines for the client's own notes; the prompt stays with its lines."""
        gap = self.voice.body * 2.1
        lines = Table(
            [[""] for _ in range(count)], colWidths=[LINE_WIDTH], rowHeights=[gap] * count
        )
        lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        block: list[Flowable] = [lines, Spacer(1, self.voice.space)]
        if label:
            block.insert(0, Paragraph(text(label), self.styles["muted"]))
        self.story.append(Together(block))

    def coach_contact(self, name: str | None, lines: Sequence[str] = ()) -> None:
        """Whom to turn to, on a client's sheet.  The coach is always named; "bel" only
        when there is a number to call."""
        shown = [line for line in lines if line]
        if name and not any(name in line for line in shown):
            shown.insert(0, name)
        if any(is_phone_number(line) for line in shown):
            self.heading("Is er iets? Bel je coach")
            self.para("\n".join(shown))
            return
        self.heading("Is er iets?")
        if not shown:
            self.para("Vraag het aan je coach.")
            return
        self.para(f"Vraag het aan je coach, {shown[0]}.")
        self.para("\n".join(shown[1:]) or None)

    def drawing(self, picture: Drawing, max_width: float | None = None) -> None:
        """A reportlab drawing, scaled down to fit the line width (never up)."""
        width = max_width or LINE_WIDTH
        scale = min(1.0, width / picture.width) if picture.width else 1.0
        if scale < 1.0:
            picture.scale(scale, scale)
            picture.width *= scale
            picture.height *= scale
        self.story.append(visual_drawing(picture))

    def space(self, lines: float = 1.0) -> None:
        self.story.append(Spacer(1, self.voice.body * lines))

    def page_break(self) -> None:
        self.story.append(PageBreak())

    def keep(self, build: list[Flowable]) -> None:
        self.story.append(Together(build))

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """What is added inside the ``with`` stays on one page (moves to the next one as a
        whole when it does not fit)."""
        start = len(self.story)
        yield
        block = self.story[start:]
        del self.story[start:]
        if block:
            self.story.append(Together(block))

    # -- output

    def write(self, path: Path) -> Path:
        return write_atomic(Path(path), self._build, suffix=".pdf")

    def _build(self, tmp: Path) -> None:
        """Lays the sheet out; when a page would hold only a few lines (the last one, or
        the one before a forced page break), tries again with less air between lines and
        blocks and keeps that when it saves a page."""
        laid = self._layout()
        # An easy-read sheet keeps its air: it places its own pages (exports.easy_read).
        if laid.pages > 1 and laid.least_filled < SPARSE_PAGE and self.voice is not EASY:
            for spacing, leading in TIGHTER:
                self._tighten(spacing, leading)
                try:
                    tighter = self._layout()
                finally:
                    self._tighten(1.0, 1.0)
                if tighter.pages < laid.pages:
                    laid = tighter
                    break
        tmp.write_bytes(laid.pdf)

    def _tighten(self, spacing: float, leading: float) -> None:
        """Every style with ``spacing`` times its space before and after and ``leading``
        times its line height (1.0, 1.0: as made).  The paragraphs hold their style, so
        the next layout reads the new values."""
        if not hasattr(self, "_made"):
            self._made = {
                name: (st.leading, st.spaceBefore, st.spaceAfter)
                for name, st in self.styles.items()
            }
        for name, (line, before, after) in self._made.items():
            style = self.styles[name]
            style.leading = line * leading
            style.spaceBefore = before * spacing
            style.spaceAfter = after * spacing

    def _layout(self) -> _Laid:
        footer = self.footer

        class _Canvas(_NumberedCanvas):
            footer_left = footer

        out = io.BytesIO()
        doc = _MeasuredDoc(
            out,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
            title=self.title,
            author="genwerkt",
            creator="genwerkt",
        )
        doc.build(_joined(self.story), canvasmaker=_Canvas)
        top = doc.bottomMargin + doc.height
        filled = [(top - lowest) / doc.height for lowest in doc.lowest.values()]
        return _Laid(out.getvalue(), doc.page, min(filled, default=1.0))


# A page filled less than this share is worth a second try with less air.
SPARSE_PAGE = 0.3
TIGHTER = ((0.7, 0.94), (0.45, 0.88))  # (spacing, leading) factors, mildest first


@dataclass(frozen=True)
class _Laid:
    pdf: bytes
    pages: int
    least_filled: float  # the share of its height the emptiest page fills


class _MeasuredDoc(SimpleDocTemplate):  # type: ignore[misc]  # reportlab ships no types
    """Remembers how low the content reaches on each page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lowest: dict[int, float] = {}

    def afterFlowable(self, flowable: Flowable) -> None:
        frame = getattr(self, "frame", None)
        if frame is not None:  # between pages there is none
            top = self.bottomMargin + self.height
            self.lowest[self.page] = min(self.lowest.get(self.page, top), frame._y)
