"""The client's balance sheet: the picture with its legend, both lists of factors, the
note, the trend, and in plain words that it is a picture to talk about, not a test."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from genwerkt_desktop.domain.balance import trend_direction
from genwerkt_desktop.domain.balance_drawing import (
    DOMAIN_NAMES,
    DOMAIN_STYLES,
    SCENE_W,
    SIDE_TITLES,
    BalanceDrawing,
    draw,
)
from genwerkt_desktop.domain.balance_shapes import breakdown, legend, scene, trend_chart
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance
from genwerkt_desktop.render.balance_pdf import layout_drawing, paper_measure, sheet_width

from .sheet import Sheet, day_in_words
from .wording import BALANCE_DIRECTIONS

CLIENT_CAPTION = (
    "Dit is geen test en geen cijfer. Het is een tekening om samen over te praten: "
    "wat je helpt en wat zwaar weegt."
)


def _factor_rows(balance: Balance, side: BalanceSide) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for factor in balance.factors:
        if factor.side is side:
            style = DOMAIN_STYLES[factor.domain]
            domain = f"{style.code} {DOMAIN_NAMES[factor.domain]}"
            weight = f"{factor.weight} {'■' * factor.weight}{'□' * (5 - factor.weight)}"
            rows.append([factor.text, domain, weight])
    return rows


def write_pdf(
    balance: Balance,
    history: Sequence[Balance],
    path: Path,
    *,
    client_label: str = "",
    made_on: date | None = None,
    coach: str = "",
) -> Path:
    """The client's sheet: the balance with its legend and breakdown, both lists of
    factors, the note, the trend and, in plain words, that it is a picture to talk about
    and not a test.  Dates are written out, as in all running text for a client."""
    drawing: BalanceDrawing = draw(balance, history, client_label)
    title = "Draagkracht en draaglast" + (f" van {client_label}" if client_label else "")
    looked = f"Samen bekeken op {day_in_words(balance.assessed_on)}"
    subtitle = [f"{looked} met {coach}" if coach else looked]
    if made_on is not None:
        subtitle.append(f"afgedrukt op {day_in_words(made_on)}")
    footer = f"{title}, {day_in_words(balance.assessed_on)}"
    sheet = Sheet(title, ", ".join(subtitle), plain=True, footer=footer)
    width = sheet_width()
    sheet.para(CLIENT_CAPTION, muted=True)
    sheet.drawing(layout_drawing(scene(drawing, measure=paper_measure), width))
    sheet.space(0.5)
    sheet.drawing(layout_drawing(legend(drawing, SCENE_W), width))
    if balance.note:  # what was said about the picture, before the details
        sheet.heading("Notitie")
        sheet.para(balance.note)
    for side in (BalanceSide.CAPACITY, BalanceSide.BURDEN):
        sheet.heading(SIDE_TITLES[side])
        rows = _factor_rows(balance, side)
        if rows:
            sheet.table(["Wat", "Levensdomein", "Gewicht"], rows, [0.52, 0.28, 0.20])
        else:
            sheet.para("Hier staat nog niets.", muted=True)
    if drawing.breakdown:
        sheet.heading("Per levensdomein")
        sheet.drawing(layout_drawing(breakdown(drawing, 760, titled=False), width * 0.8))
    if len(drawing.trend.marks) >= 2:
        sheet.heading("Zo veranderde het")
        chart = trend_chart(drawing.trend, SCENE_W, 360, size=20, titled=False)
        sheet.drawing(layout_drawing(chart, width))
        everything = {b.id: b for b in (*history, balance)}.values()
        direction = trend_direction(b for b in everything if b.assessed_on <= balance.assessed_on)
        if direction is not None:
            sheet.para(f"{BALANCE_DIRECTIONS[direction]}.")
    return sheet.write(path)
