"""Text helpers that make names findable however they are typed."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA_FOLDS = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
    }
)


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops every combining mark and keeps every other
    character, filled in as characters are met: the loop over a name's letters then runs
    in C (a Python loop calling ``unicodedata.combining`` per letter cost 5 µs a name)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(value: str) -> str:
    """Lower-case, strip accents and fold letters without a decomposition: Yılmaz → yilmaz."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLDS))
    if decomposed.isascii():  # no combining marks to drop (the common case, and fast)
        return decomposed.casefold()
    return decomposed.translate(_WITHOUT_MARKS).casefold()


def needs_extra_fold(word: str) -> bool:
    return word.translate(_EXTRA_FOLDS) != word
