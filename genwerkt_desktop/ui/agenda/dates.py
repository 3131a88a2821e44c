"""Dates written out in the interface language, independent of the system locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("AgendaDates", "maandag"),
        QCoreApplication.translate("AgendaDates", "dinsdag"),
        QCoreApplication.translate("AgendaDates", "woensdag"),
        QCoreApplication.translate("AgendaDates", "donderdag"),
        QCoreApplication.translate("AgendaDates", "vrijdag"),
        QCoreApplication.translate("AgendaDates", "zaterdag"),
        QCoreApplication.translate("AgendaDates", "zondag"),
    )
    return names[day.weekday()]


def weekday_short(day: date) -> str:
    names = (
        QCoreApplication.translate("AgendaDates", "ma"),
        QCoreApplication.translate("AgendaDates", "di"),
        QCoreApplication.translate("AgendaDates", "wo"),
        QCoreApplication.translate("AgendaDates", "do"),
        QCoreApplication.translate("AgendaDates", "vr"),
        QCoreApplication.translate("AgendaDates", "za"),
        QCoreApplication.translate("AgendaDates", "zo"),
    )
    return names[day.weekday()]


def month_name(day: date) -> str:
    names = (
        QCoreApplication.translate("AgendaDates", "januari"),
        QCoreApplication.translate("AgendaDates", "februari"),
        QCoreApplication.translate("AgendaDates", "maart"),
        QCoreApplication.translate("AgendaDates", "april"),
        QCoreApplication.translate("AgendaDates", "mei"),
        QCoreApplication.translate("AgendaDates", "juni"),
        QCoreApplication.translate("AgendaDates", "juli"),
        QCoreApplication.translate("AgendaDates", "augustus"),
        QCoreApplication.translate("AgendaDates", "september"),
        QCoreApplication.translate("AgendaDates", "oktober"),
        QCoreApplication.translate("AgendaDates", "november"),
        QCoreApplication.translate("AgendaDates", "december"),
    )
    return names[day.month - 1]


def month_short(day: date) -> str:
    names = (
        QCoreApplication.translate("AgendaDates", "jan"),
        QCoreApplication.translate("AgendaDates", "feb"),
        QCoreApplication.translate("AgendaDates", "mrt"),
        QCoreApplication.translate("AgendaDates", "apr"),
        QCoreApplication.translate("AgendaDates", "mei"),
        QCoreApplication.translate("AgendaDates", "jun"),
        QCoreApplication.translate("AgendaDates", "jul"),
        QCoreApplication.translate("AgendaDates", "aug"),
        QCoreApplication.translate("AgendaDates", "sep"),
        QCoreApplication.translate("AgendaDates", "okt"),
        QCoreApplication.translate("AgendaDates", "nov"),
        QCoreApplication.translate("AgendaDates", "dec"),
    )
    return names[day.month - 1]


def short_day(day: date) -> str:
    """``wo 9 dec``"""
    return QCoreApplication.translate("AgendaDates", "{weekday} {day} {month}").format(
        weekday=weekday_short(day), day=day.day, month=month_short(day)
    )


def long_day(day: date) -> str:
    """``woensdag 9 december 2026``"""
    return QCoreApplication.translate("AgendaDates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day), year=day.year
    )


def day_range(first: date, last: date) -> str:
    """``7 – 13 december 2026``, ``30 november – 6 december 2026``, across years in full."""
    if first.year != last.year:
        return QCoreApplication.translate("AgendaDates", "{d1} {m1} {y1} – {d2} {m2} {y2}").format(
            d1=first.day,
            m1=month_name(first),
            y1=first.year,
            d2=last.day,
            m2=month_name(last),
            y2=last.year,
        )
    if first.month != last.month:
        return QCoreApplication.translate("AgendaDates", "{d1} {m1} – {d2} {m2} {year}").format(
            d1=first.day, m1=month_name(first), d2=last.day, m2=month_name(last), year=last.year
        )
    return QCoreApplication.translate("AgendaDates", "{d1} – {d2} {month} {year}").format(
        d1=first.day, d2=last.day, month=month_name(last), year=last.year
    )
