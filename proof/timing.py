"""When to kill: uniformly within a command's measured run time."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence


def kill_window(durations: Sequence[float]) -> float:
    """The run time to spread kills over: the median of a few measured runs, so one slow
    start (a cold disk cache) does not push most kills past the end."""
    return statistics.median(durations)


def kill_delay(rng: random.Random, window: float) -> float:
    return rng.uniform(0.0, window)
