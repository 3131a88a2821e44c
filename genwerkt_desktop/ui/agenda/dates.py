"""Dates written out in the interface language: the names of days and months come from
the default ``QLocale``, which the application sets to its language at start (nl_BE, or
English), so they never follow the system's own locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def month_name(day: date) -> str:
    return QLocale().monthName(day.month, QLocale.FormatType.LongFormat)


def short_day(day: date) -> str:
    """``wo 9 dec``, ``Wed 9 Dec``"""
    return QLocale().toString(_qdate(day), "ddd d MMM")


def long_day(day: date) -> str:
    """``woensdag 9 december 2026``, ``Wednesday 9 December 2026``"""
    return QLocale().toString(_qdate(day), "dddd d MMMM yyyy")


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
