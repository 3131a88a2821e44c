"""Plain words for the client's own sheets: one idea a line, and the je-form.

A client sheet speaks to the client ("je").  A coach typing fast writes about the client
instead ("Ayşe opent zelf haar post"), which then stands on a sheet that says "je".
:func:`about_the_client` notices that, so the form can suggest the je-form; it never
rewrites anything.  :func:`ideas` cuts a typed text into short lines for an easy-read
sheet, without dropping a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Where one idea ends: a line break, a semicolon, or the end of a sentence before a
# capital letter or a figure ("… Hof ter Linde. Aangesloten bij …").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SEMICOLON = re.compile(r"\s*;\s*")

_CLIENT_WORDS = re.compile(r"\b(de|het|onze)\s+cliënte?\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+", re.UNICODE)

# Third person → second person, for the example in the suggestion only.
_SWAP = {
    "hij": "je",
    "zij": "je",
    "ze": "je",
    "haar": "je",
    "zijn": "je",
    "hem": "jou",
    "is": "bent",
    "heeft": "hebt",
    "zichzelf": "jezelf",
    "zich": "je",
}
# "zijn" and "haar" at the end of a clause: the verb, and "her".
_POSSESSIVE = {"zijn": "zijn", "haar": "jou"}
# After these words "zijn" is the verb ("kan blij zijn"), not "his": keep it.
_VERB_BEFORE = frozenset({"te", "kan", "kunnen", "moet", "wil", "zal", "mag", "zou", "gaan"})


def ideas(value: str | None) -> list[str]:
    """The text as short lines: one a line, a sentence or a part after a semicolon each.
    Every word of the text is kept, in its order."""
    out: list[str] = []
    for line in (value or "").splitlines():
        for part in _SEMICOLON.split(line.strip()):
            out += [_capital(s) for s in _sentences(part)]
    return out


def _sentences(part: str) -> list[str]:
    """``part`` cut after each full stop, ! or ? that a capital letter or a figure follows
    (not after "bv." before a small letter)."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(part):
        piece = piece.strip()
        if not piece:
            continue
        starts = piece.lstrip('"“‘(')[:1]
        if out and not (starts.isupper() or starts.isdigit()):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _capital(value: str) -> str:
    return value[:1].upper() + value[1:] if value[:1].islower() else value


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


@dataclass(frozen=True)
class AboutTheClient:
    """A line that speaks about the client instead of to them."""

    line: str  # the first such line, as typed
    suggestion: str  # that line in the je-form (an example, never applied by itself)


def _names(names: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for name in names:
        for part in (name or "").split():
            if len(part) > 1 and part not in out:
                out.append(part)
    return out


def _is_name(word: str, names: list[str]) -> bool:
    bare = re.sub(r"(['’]s|s)$", "", word)
    return any(_same(word, n) or _same(bare, n) for n in names)


def _line_about(line: str, names: list[str]) -> bool:
    words = _WORD.findall(line)
    if not words:
        return False
    if _CLIENT_WORDS.search(line):
        return True
    # The client's own name on the client's own sheet: written about them, not to them.
    return any(_is_name(w, names) for w in words)


def about_the_client(value: str | None, names: Iterable[str | None]) -> AboutTheClient | None:
    """The first line of ``value`` that is about the client in the third person: it names
    the client (``names``: first and preferred name; "Ayşe opent zelf haar post", "mee
    als Ayşe dat vraagt") or says "de cliënt".  None when the text says "je"."""
    known = _names(names)
    for line in (value or "").splitlines():
        line = line.strip()
        if line and _line_about(line, known):
            return AboutTheClient(line=line, suggestion=je_form(line, known))
    return None


def je_form(line: str, names: Iterable[str | None]) -> str:
    """``line`` said to the client: the name and hij/zij/haar/… become je/jou.  "zijn"
    and "haar" become "je" only before a word ("zijn post"), not at the end ("blij zijn")."""
    known = _names(names)
    pieces = re.split(r"([\w’'-]+)", _CLIENT_WORDS.sub("je", line))
    words = [i for i, piece in enumerate(pieces) if piece and _WORD.fullmatch(piece)]
    previous = ""
    for number, i in enumerate(words):
        lower = pieces[i].casefold()
        followed = number + 1 < len(words) and not pieces[i + 1].strip()
        if _is_name(pieces[i], known):
            pieces[i] = "je"
        elif lower in _POSSESSIVE and not followed:
            pieces[i] = _POSSESSIVE[lower]
        elif lower in _SWAP and not (lower == "zijn" and previous in _VERB_BEFORE):
            pieces[i] = _SWAP[lower]
        previous = lower
    return _capital(re.sub(r"\bje je\b", "je", "".join(pieces)))
