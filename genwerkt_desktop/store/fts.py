"""The full-text index: one FTS5 table inside the encrypted database.

Each row holds the searchable text of one thing in a dossier (a contact note, a goal, a
step…).  ``body`` is the text as written, for snippets; ``folded`` holds only the words
that change when letters without a decomposition are folded (ı→i, ł→l, ø→o…), so
"yilmaz" finds "Yılmaz" while snippets keep the real spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

from genwerkt_desktop.domain.text import fold, needs_extra_fold

CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, folded, client_id UNINDEXED, source UNINDEXED, ref_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)

_WORD = re.compile(r"\w+", re.UNICODE)


def folded_extras(body: str) -> str:
    """Only the folded forms of words that the tokenizer alone would not match."""
    extras = {fold(w) for w in _WORD.findall(body) if needs_extra_fold(w)}
    return " ".join(sorted(extras))


def match_query(user_text: str) -> str | None:
    """Turn what a coach typed into a safe FTS5 query: every word, as a prefix."""
    words = [fold(w) for w in _WORD.findall(user_text)]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


IndexEntry = tuple[str, str, str]  # (source, ref_id, body)


def replace_entries(conn: Connection, client_id: str, entries: Iterable[IndexEntry]) -> None:
    """Make the index for one client exactly these entries."""
    conn.execute(text("DELETE FROM search_index WHERE client_id = :c"), {"c": client_id})
    rows: Sequence[dict[str, str]] = [
        {"b": body, "f": folded_extras(body), "c": client_id, "s": source, "r": ref_id}
        for source, ref_id, body in entries
        if body.strip()
    ]
    if rows:
        conn.execute(
            text(
                "INSERT INTO search_index (body, folded, client_id, source, ref_id) "
                "VALUES (:b, :f, :c, :s, :r)"
            ),
            rows,
        )


def remove_client(conn: Connection, client_id: str) -> None:
    conn.execute(text("DELETE FROM search_index WHERE client_id = :c"), {"c": client_id})


def replace_entry(conn: Connection, client_id: str, entry: IndexEntry) -> None:
    """Make the index hold exactly this text for one thing of a dossier."""
    source, ref_id, body = entry
    remove_entry(conn, client_id, source, ref_id)
    if body.strip():
        conn.execute(
            text(
                "INSERT INTO search_index (body, folded, client_id, source, ref_id) "
                "VALUES (:b, :f, :c, :s, :r)"
            ),
            {"b": body, "f": folded_extras(body), "c": client_id, "s": source, "r": ref_id},
        )


def remove_entry(conn: Connection, client_id: str, source: str, ref_id: str) -> None:
    conn.execute(
        text("DELETE FROM search_index WHERE client_id = :c AND source = :s AND ref_id = :r"),
        {"c": client_id, "s": source, "r": ref_id},
    )
