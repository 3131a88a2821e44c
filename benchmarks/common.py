"""Shared pieces: the result record, timing, progress lines and the fast test KDF."""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from genwerkt_desktop.store.vault import KdfPolicy

T = TypeVar("T")
Better = Literal["higher", "lower"]
Say = Callable[[str], None]

# Every vault except the one for the unlock metric: a cheap Argon2id, no calibration.
FAST_POLICY = KdfPolicy(
    floor_memory_kib=8192, floor_time_cost=1, floor_parallelism=1, target_seconds=0.0
)
PASSPHRASE = "paarse olifant fietst naar Gent voor de benchmark"


class BenchmarkError(RuntimeError):
    """A benchmark could not measure what it promises to measure."""


@dataclass(frozen=True)
class Metric:
    """One measured number; ``target`` is None for numbers that are recorded only.

    ``floor`` is the same work done by the least the product could do, measured in the
    same run (raw sqlcipher3 on the same file, plain SQLite, ``python -c pass``); ``ratio``
    is the value over it.  ``ratio_target`` is a goal on that ratio (the SQLCipher
    overhead); a metric meets its goals when it meets both.
    """

    name: str
    value: float
    unit: str
    target: float | None = None
    better: Better | None = None
    floor: float | None = None
    ratio_target: float | None = None
    note: str | None = None  # shown in the table's result column for a recorded-only one

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        verdicts: list[bool] = []
        if self.target is not None and self.better is not None:
            if self.better == "higher":
                verdicts.append(self.value >= self.target)
            else:
                verdicts.append(self.value <= self.target)
        ratio = self.ratio
        if self.ratio_target is not None and ratio is not None:
            verdicts.append(ratio <= self.ratio_target)
        return all(verdicts) if verdicts else None


def timed_ms(fn: Callable[[], T]) -> tuple[float, T]:
    """Milliseconds one call of ``fn`` takes (``time.perf_counter``), and its result.

    Python's cyclic garbage collector is paused during the call, as ``timeit`` does: a full
    collection (about 0.1 s here) would otherwise land on whichever call happens to trigger
    it.  :class:`GcPauses` reports how often that happens outside the timed calls.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        result = fn()
        return (time.perf_counter() - start) * 1000.0, result
    finally:
        if enabled:
            gc.enable()


def median(values: Sequence[float]) -> float:
    if not values:
        raise BenchmarkError("no samples to take a median of")
    return float(statistics.median(values))


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 20 samples is the 19th)."""
    if not values:
        raise BenchmarkError("no samples to take a percentile of")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


class Progress:
    """Progress lines on stderr, stamped with the seconds since the run started."""

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def __call__(self, message: str) -> None:
        elapsed = time.perf_counter() - self._start
        print(f"[{elapsed:7.1f} s] {message}", file=sys.stderr, flush=True)

    @property
    def elapsed_s(self) -> float:
        return time.perf_counter() - self._start


class GcPauses:
    """Counts the full (generation 2) garbage collections of the run and how long they took."""

    def __init__(self) -> None:
        self.count = 0
        self.total_ms = 0.0
        self.max_ms = 0.0
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
            return
        ms = (time.perf_counter() - self._started) * 1000.0
        self.count += 1
        self.total_ms += ms
        self.max_ms = max(self.max_ms, ms)

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> str:
        return (
            f"{self.count} full garbage collections outside the timed calls, "
            f"{self.total_ms:.0f} ms in all, longest {self.max_ms:.0f} ms"
        )
