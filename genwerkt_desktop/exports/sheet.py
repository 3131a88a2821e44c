"""The printed sheet every PDF is made of: A4, the shipped Unicode font, calm headings,
checkboxes, fact tables, room to write, and "blad 1 van 3" at the foot.

Two voices: ``plain`` (for the client: large type, short lines, lots of air) and
``standard`` (for the coach or a partner).  Every text handed in is escaped, so a ``<`` or
``&`` typed in a note prints as itself.  ``write`` goes to a temporary file beside the
target and renames it, so a failure never leaves half a sheet (and nothing goes to the
system's temp folder).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from . import fonts
from .rtl import visual, visual_drawing

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
    made printable first)."""
    return escape(visual(value or "")).replace("\n", "<br/>")


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
        self, title: str, subtitle: str = "", *, plain: bool = False, footer: str = ""
    ) -> None:
        fonts.register()
        self.voice = PLAIN if plain else STANDARD
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
        for item in items:
            self.story.append(Paragraph(text(item), self.styles["body"], bulletText="•"))

    def checklist(self, items: Sequence[tuple[str, str]], *, ticked: Sequence[bool] = ()) -> None:
        """Boxes to tick by hand: (main text, smaller second line) per item."""
        rows = []
        for i, (main, detail) in enumerate(items):
            box = "☒" if i < len(ticked) and ticked[i] else "☐"
            cell: list[Flowable] = [Paragraph(text(main), self.styles["cell_bold"])]
            if detail:
                cell.append(Paragraph(text(detail), self.styles["muted"]))
            rows.append([Paragraph(box, self.styles["body"]), cell])
        if not rows:
            return
        width = A4[0] - 40 * mm
        box_width = self.voice.body * 2
        table = Table(rows, colWidths=[box_width, width - box_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.voice.space),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ]
            )
        )
        self.story.append(table)

    def facts(self, rows: Sequence[tuple[str, str | None]], *, label_share: float = 0.32) -> None:
        """A two-column table of label → value; rows without a value are left out."""
        kept = [(label, value) for label, value in rows if value]
        if not kept:
            return
        width = A4[0] - 40 * mm
        data = [
            [
                Paragraph(text(label), self.styles["cell_bold"]),
                Paragraph(text(value), self.styles["cell"]),
            ]
            for label, value in kept
        ]
        table = Table(
            data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT"
        )
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
        """A plain grid with a tinted header row; ``widths`` are shares of the line width."""
        if not rows:
            return
        width = A4[0] - 40 * mm
        data = [[Paragraph(text(h), self.styles["cell_bold"]) for h in header]]
        data += [[Paragraph(text(c), self.styles["cell"]) for c in row] for row in rows]
        grid = Table(data, colWidths=[width * w for w in widths], repeatRows=1, hAlign="LEFT")
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

    def writing_lines(self, count: int, label: str = "") -> None:
        """Empty ruled lines for the client's own notes."""
        if label:
            self.para(label, muted=True)
        width = A4[0] - 40 * mm
        gap = self.voice.body * 2.1
        lines = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=[gap] * count)
        lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        self.story.append(KeepTogether([lines]))

    def drawing(self, picture: Drawing, max_width: float | None = None) -> None:
        """A reportlab drawing, scaled down to fit the line width (never up)."""
        width = max_width or (A4[0] - 40 * mm)
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
        self.story.append(KeepTogether(build))

    # -- output

    def write(self, path: Path) -> Path:
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        footer = self.footer

        class _Canvas(_NumberedCanvas):
            footer_left = footer

        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
            title=self.title,
            author="genwerkt",
            creator="genwerkt",
        )
        try:
            doc.build(list(self.story), canvasmaker=_Canvas)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return path
