"""An optional date left empty stays empty, even when its calendar opens on a sensible day."""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.ui.widgets.fields import DateField


def test_empty_optional_date_stays_empty_while_the_calendar_opens_on_the_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField("Gedaan op", optional=True)
    qtbot.addWidget(field)
    field.set_value(None, fallback=date(2026, 12, 1))
    assert field.value() is None
    assert field.calendarWidget().selectedDate().toPython() == date(2026, 12, 1)
    field.set_value(date(2026, 11, 3))
    assert field.value() == date(2026, 11, 3)
