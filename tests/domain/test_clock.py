from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from genwerkt_desktop.domain.clock import Clock, SystemClock


def test_system_clock_is_timezone_aware_and_today_matches_now() -> None:
    clock: Clock = SystemClock()
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() is not None
    assert clock.today() in {now.date(), datetime.now().astimezone().date()}
    assert isinstance(clock.today(), date)


def test_fixed_clock_satisfies_the_protocol(clock: Clock) -> None:
    assert clock.today() == date(2024, 6, 15)
    assert clock.now().tzinfo is not None


def test_the_system_clock_keeps_belgian_time_whatever_the_computers_zone(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        now = SystemClock().now()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert now.utcoffset() in {timedelta(hours=1), timedelta(hours=2)}  # winter or summer


def test_a_summer_moment_typed_in_winter_gets_the_summer_offset() -> None:
    zone = SystemClock().now().tzinfo
    assert datetime(2026, 7, 1, 10, 0, tzinfo=zone).isoformat().endswith("+02:00")
    assert datetime(2026, 12, 1, 10, 0, tzinfo=zone).isoformat().endswith("+01:00")
