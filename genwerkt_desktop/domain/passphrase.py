"""How strong a passphrase is: a level, which the interface puts in words (in the coach's
language, through Qt Linguist in the app; in Dutch on the command line)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 10


class Level(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class Strength:
    level: Level

    @property
    def score(self) -> int:  # 0 (unusable) .. 4 (strong), for the meter
        return int(self.level)

    @property
    def acceptable(self) -> bool:
        return self.level >= Level.FAIR


def _alphabet_size(text: str) -> int:
    size = 0
    if any(c.islower() for c in text):
        size += 26
    if any(c.isupper() for c in text):
        size += 26
    if any(c.isdigit() for c in text):
        size += 10
    if any(not c.isalnum() for c in text):
        size += 20
    if any(ord(c) > 127 for c in text):
        size += 40
    return max(size, 1)


def assess(text: str) -> Strength:
    """A rough estimate: length matters most; several words beat one odd word."""
    if len(text) < MIN_LENGTH:
        return Strength(Level.TOO_SHORT)
    distinct = len(set(text))
    bits = len(text) * math.log2(_alphabet_size(text)) * min(1.0, distinct / 8)
    words = len(text.split())
    if bits >= 90 or (words >= 4 and len(text) >= 20):
        return Strength(Level.STRONG)
    if bits >= 65:
        return Strength(Level.GOOD)
    if bits >= 45:
        return Strength(Level.FAIR)
    return Strength(Level.WEAK)
