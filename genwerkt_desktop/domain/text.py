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


def fold(value: str) -> str:
    """Lower-case, strip accents and fold letters without a decomposition: Yılmaz → yilmaz."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLDS))
    if decomposed.isascii():  # no combining marks to drop (the common case, and fast)
        return decomposed.casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def needs_extra_fold(word: str) -> bool:
    return word.translate(_EXTRA_FOLDS) != word
