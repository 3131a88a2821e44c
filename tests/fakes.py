"""Test doubles for the outside world: the clock and a fast KDF policy.

Only the OS keyring (tests/fakes_keystore.py) and the clock are faked; everything else
in the tests is the real thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from genwerkt_desktop.store.vault import KdfPolicy

BRUSSELS_WINTER = timezone(timedelta(hours=1))

# Tiny Argon2id costs so a test unlocks in milliseconds; production code never picks it.
FAST_POLICY = KdfPolicy(
    floor_memory_kib=1024, floor_time_cost=1, floor_parallelism=1, target_seconds=0.0
)


@dataclass
class FixedClock:
    """A clock pinned to one moment; tests may move it with ``advance``."""

    moment: datetime

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def advance(self, **delta: float) -> None:
        self.moment = self.moment + timedelta(**delta)


def demo_day() -> FixedClock:
    """The day the demo dossiers were written for."""
    return FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=BRUSSELS_WINTER))
