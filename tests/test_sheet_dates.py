"""Sheets write dates in Dutch words through Babel (nl_BE), whatever the interface or the
machine's locale: the same words the hand-made tables gave."""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.exports.sheet import day_in_words

MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni"),
    *("juli", "augustus", "september", "oktober", "november", "december"),
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def test_every_month_reads_in_dutch() -> None:
    for number, name in enumerate(MONTHS, start=1):
        assert day_in_words(date(2026, number, 5)) == f"5 {name} 2026"


def test_every_weekday_reads_in_dutch() -> None:
    for offset, name in enumerate(WEEKDAYS):
        day = date(2026, 12, 14 + offset)  # 14 December 2026 is a Monday
        assert day.weekday() == offset
        assert day_in_words(day, weekday=True) == f"{name} {day.day} december 2026"
