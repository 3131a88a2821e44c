"""How strong a passphrase is, in words a coach understands."""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_LENGTH = 10


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) .. 4 (strong)
    label: str
    hint: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


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
        return Strength(0, "te kort", f"Gebruik minstens {MIN_LENGTH} tekens.")
    distinct = len(set(text))
    bits = len(text) * math.log2(_alphabet_size(text)) * min(1.0, distinct / 8)
    words = len(text.split())
    if bits >= 90 or (words >= 4 and len(text) >= 20):
        return Strength(4, "sterk", "Goed. Bewaar ze nergens op de laptop zelf.")
    if bits >= 65:
        return Strength(3, "goed", "Een extra woord maakt ze nog sterker.")
    if bits >= 45:
        return Strength(2, "redelijk", "Bruikbaar; drie of vier losse woorden zijn sterker.")
    return Strength(1, "zwak", "Te voorspelbaar: neem een zin van enkele woorden.")
