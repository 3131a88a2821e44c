"""How the printed sheets lay out text: columns as wide as their longest word, numbers
that never break, lists and prompts kept with what they belong to, whom to call, and
balance blocks that show their whole text on paper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from genwerkt_desktop.domain.balance_drawing import draw
from genwerkt_desktop.domain.balance_shapes import TextShape, scene, wrap
from genwerkt_desktop.domain.exchange import from_document
from genwerkt_desktop.exports.sheet import (
    NBSP,
    Sheet,
    fit_widths,
    is_phone_number,
    keep_numbers,
)
from genwerkt_desktop.render import fonts
from genwerkt_desktop.render.balance_pdf import paper_measure

DEMO = Path(__file__).parents[1] / "resources" / "demo" / "01-ayse-yilmaz.json"


def _lines(path: Path) -> list[str]:
    return [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def test_a_column_too_narrow_for_its_longest_word_takes_room_from_the_others() -> None:
    widths = fit_widths([0.5, 0.1, 0.4], [40.0, 80.0, 40.0], 400.0)
    assert widths[1] == pytest.approx(80.0)
    assert sum(widths) == pytest.approx(400.0)
    assert widths[0] / widths[2] == pytest.approx(0.5 / 0.4)  # the rest keep proportion
    assert fit_widths([0.5, 0.5], [10.0, 10.0], 100.0) == pytest.approx([50.0, 50.0])


def test_phone_numbers_hold_together_and_dates_stay_as_typed() -> None:
    assert keep_numbers("Bel 0477 12 34 56.") == f"Bel 0477{NBSP}12{NBSP}34{NBSP}56."
    assert keep_numbers("+32 9 000 00 20") == NBSP.join(["+32", "9", "000", "00", "20"])
    for unchanged in ("dinsdag 6 oktober 2026 om 9.30 uur", "gewicht 3 van 5", "09 123"):
        assert keep_numbers(unchanged) == unchanged
    assert is_phone_number("015 00 00 40") and is_phone_number("09 123")
    assert not is_phone_number("Werkpunt Vaart") and not is_phone_number("Kerkstraat 12")


def test_table_words_and_phone_numbers_never_break(tmp_path: Path) -> None:
    sheet = Sheet("Proef")
    sheet.table(
        ["Wat", "Domein", "Datum"],
        [["Een lange zin " * 8, "gezin en kinderopvang", "15/08/2026"]],
        [0.8, 0.1, 0.1],
    )
    for n in range(40, 60):  # somewhere in here the number reaches the end of a line
        sheet.para("woord " * n + "bel 0477 12 34 56 nu")
    lines = _lines(sheet.write(tmp_path / "blad.pdf"))
    text = "\n".join(lines)
    assert "kinderopvang" in lines and "15/08/2026" in lines
    assert text.count("0477 12 34 56") + text.count(f"0477{NBSP}12{NBSP}34{NBSP}56") == 20


@pytest.mark.parametrize(
    ("name", "lines", "expected", "absent"),
    [
        ("Sam Peeters", ("Sam Peeters", "09 000 00 00"), "Bel je coach", "Vraag het"),
        ("Sam Peeters", (), "Vraag het aan je coach, Sam Peeters.", "Bel"),
        ("Sam Peeters", ("Sam Peeters", "sam@x.example"), "coach, Sam Peeters.", "Bel"),
        ("", (), "Vraag het aan je coach.", "Bel"),
    ],
)
def test_whom_to_ask_names_the_coach_and_calls_only_with_a_number(
    tmp_path: Path, name: str, lines: tuple[str, ...], expected: str, absent: str
) -> None:
    sheet = Sheet("Proef", plain=True)
    sheet.coach_contact(name, lines)
    text = " ".join(_lines(sheet.write(tmp_path / "blad.pdf")))
    assert expected in text and absent not in text


def _pages_of(sheet: Sheet, path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(sheet.write(path)).pages]


def test_a_prompt_stays_with_its_writing_lines(tmp_path: Path) -> None:
    for filler in range(24, 36):  # somewhere in here the prompt reaches the foot of page 1
        sheet = Sheet("Proef", plain=True)
        for n in range(filler):
            sheet.para(f"Regel {n}")
        sheet.writing_lines(4, "Schrijf hier.")
        sheet.para("Na de lijnen.")
        pages = _pages_of(sheet, tmp_path / "b.pdf")
        prompt = next(i for i, page in enumerate(pages) if "Schrijf hier." in page)
        assert "Na de lijnen." in pages[prompt], filler


def test_a_heading_goes_with_a_short_list_to_the_next_page(tmp_path: Path) -> None:
    for filler in range(22, 34):  # somewhere in here the list reaches the foot of page 1
        sheet = Sheet("Proef", plain=True)
        for n in range(filler):
            sheet.para(f"Regel {n}")
        sheet.heading("De lijst")
        sheet.bullets([f"punt {n}" for n in range(4)])
        sheet.para("Daarna.")
        pages = _pages_of(sheet, tmp_path / "b.pdf")
        on = next(i for i, page in enumerate(pages) if "De lijst" in page)
        assert all(f"punt {n}" in pages[on] for n in range(4)), filler


def test_balance_blocks_show_their_whole_text_on_paper_and_the_screen_is_unchanged() -> None:
    fonts.register()
    dossier = from_document(json.loads(DEMO.read_text(encoding="utf-8")))
    texts = {f.text for b in dossier.balances for f in b.factors}
    for balance in dossier.balances:
        drawing = draw(balance, dossier.balances, "Ayşe")
        paper = [
            s for s in scene(drawing, measure=paper_measure).shapes if isinstance(s, TextShape)
        ]
        shown = [s for s in paper if s.text in texts and s.max_width is not None]
        assert len(shown) == len(balance.factors)
        for shape in shown:
            assert shape.lines <= 3
            lines = wrap(
                shape.text,
                lambda t, size=shape.size: paper_measure(t, size, False),
                shape.max_width or 0.0,
                shape.lines,
            )
            assert " ".join(lines) == " ".join(shape.text.split()), shape.text
            assert not any("…" in line for line in lines)
        # The screen keeps its own layout (the tooltip holds the whole text there).
        screen = [s for s in scene(drawing).shapes if isinstance(s, TextShape) and s.text in texts]
        assert screen and all(s.lines <= 2 and s.size <= 19 for s in screen)
