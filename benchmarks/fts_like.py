"""Metric 5: the full-text index against a LIKE scan of every contact note, both
answering which clients' notes mention a word.

Each side is measured in its own block after its own warm-up, so neither pays for the
other evicting its pages from the page cache.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from sqlalchemy import Connection, text

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store import fts

from .common import Metric, Say, median, timed_ms

TARGET_SPEEDUP = 50.0  # issue 18

# Words a coach looks for in the notes (fixed before the first measurement).
WORDS: tuple[str, ...] = (
    "deurwaarder",
    "schimmel",
    "rijbewijs",
    "kinderopvang",
    "huisarts",
    "psycholoog",
    "tandarts",
    "voetbal",
    "wachtlijst",
    "attest",
)

# The question both sides answer is the one the client list asks as the coach types:
# which clients' contact notes mention this word?
_LIKE = text("SELECT DISTINCT client_id FROM contacts WHERE summary LIKE :p")
# Diagnostics only: the match counted inside SQLite (index only), and every matching
# note fetched into Python (what a full list of hits costs).
_FTS_COUNT = text("SELECT count(*) FROM search_text WHERE search_text MATCH :q")
_FTS_ROWID = text(f"SELECT k.client_id, r.ref_id FROM {fts.HITS_FROM} WHERE search_text MATCH :q")

Lookup = Callable[[Connection, str], int]


def _match(word: str) -> str:
    return "{body folded}: (" + str(fts.match_query(word)) + ")"


def _like(conn: Connection, word: str) -> int:
    return len(conn.execute(_LIKE, {"p": f"%{word}%"}).all())


def _fts(conn: Connection, word: str) -> int:
    """The product's own query (SearchService.client_ids); it searches every text of the
    dossiers, not only the notes, so the index side does the larger job."""
    match = fts.match_query(word)
    assert match is not None
    return len(fts.clients_matching(conn, match))


def _fts_count(conn: Connection, word: str) -> int:
    return int(conn.execute(_FTS_COUNT, {"q": _match(word)}).scalar_one())


def _fts_rowid(conn: Connection, word: str) -> int:
    return len(conn.execute(_FTS_ROWID, {"q": _match(word)}).all())


def _block(
    conn: Connection, lookup: Lookup, rounds: int
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """One warm-up pass over every word, then ``rounds`` timed passes."""
    rows = {word: lookup(conn, word) for word in WORDS}
    samples: dict[str, list[float]] = {word: [] for word in WORDS}
    for _ in range(rounds):
        for word in WORDS:
            samples[word].append(timed_ms(partial(lookup, conn, word))[0])
    return samples, rows


def _flat(samples: dict[str, list[float]]) -> list[float]:
    return [ms for values in samples.values() for ms in values]


def measure_fts_vs_like(vault: OpenVault, rounds: int, say: Say) -> list[Metric]:
    """Median LIKE time over median FTS time, over every word and round."""
    with vault.db.read() as conn:
        fts_samples, fts_rows = _block(conn, _fts, rounds)
        count_samples, _ = _block(conn, _fts_count, rounds)
        rowid_samples, _ = _block(conn, _fts_rowid, rounds)
        say(f"fts/like: FTS block done ({rounds} rounds)")
        like_samples, like_rows = _block(conn, _like, rounds)
        say(f"fts/like: LIKE block done ({rounds} rounds)")
    for word in WORDS:
        say(
            f"fts/like:   {word!r}: LIKE {median(like_samples[word]):.0f} ms "
            f"({like_rows[word]} notes), FTS {median(fts_samples[word]):.1f} ms "
            f"({fts_rows[word]} rows; index only: count {median(count_samples[word]):.1f} ms, "
            f"all hits {median(rowid_samples[word]):.1f} ms)"
        )
    like_median, fts_median = median(_flat(like_samples)), median(_flat(fts_samples))
    say(f"fts/like: LIKE median {like_median:.1f} ms, FTS median {fts_median:.1f} ms")
    return [
        Metric("fts_vs_like_speedup", like_median / fts_median, "x", TARGET_SPEEDUP, "higher"),
    ]
