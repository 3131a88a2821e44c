"""The full-text index: an FTS5 table inside the encrypted database.

Each row of ``search_text`` holds the text of one thing in a dossier (a contact note, a
goal, a step…) and ``search_refs`` says which client and which thing, indexed by client so
one dossier's entries are replaced without a scan.  ``body`` is the text as written, for
snippets; ``folded`` holds only the words that change when letters without a
decomposition are folded (ı→i, ł→l, ø→o…), so "yilmaz" finds "Yılmaz" while snippets
keep the real spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

from genwerkt_desktop.domain.text import fold, needs_extra_fold

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

# What a hit joins to: the text's rowid maps to the client and the thing it belongs to.
HITS_FROM = "search_text AS t JOIN search_refs AS r ON r.rowid = t.rowid"


def _next_rowid(conn: Connection) -> int:
    return (
        int(conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_refs")).scalar_one()) + 1
    )


def _insert(conn: Connection, client_id: str, entries: Sequence[IndexEntry]) -> None:
    first = _next_rowid(conn)
    refs = []
    texts = []
    for offset, (source, ref_id, body) in enumerate(entries):
        rowid = first + offset
        refs.append({"i": rowid, "c": client_id, "s": source, "r": ref_id})
        texts.append({"i": rowid, "b": body, "f": folded_extras(body)})
    if refs:
        conn.execute(
            text(
                "INSERT INTO search_refs (rowid, client_id, source, ref_id) VALUES (:i, :c, :s, :r)"
            ),
            refs,
        )
        conn.execute(
            text("INSERT INTO search_text (rowid, body, folded) VALUES (:i, :b, :f)"), texts
        )


def _delete_where(conn: Connection, condition: str, params: dict[str, str]) -> None:
    conn.execute(
        text(
            "DELETE FROM search_text WHERE rowid IN "
            f"(SELECT rowid FROM search_refs WHERE {condition})"
        ),
        params,
    )
    conn.execute(text(f"DELETE FROM search_refs WHERE {condition}"), params)


def replace_entries(
    conn: Connection, client_id: str, entries: Iterable[IndexEntry], *, is_new: bool = False
) -> None:
    """Make the index for one client exactly these entries (nothing to remove when new)."""
    if not is_new:
        remove_client(conn, client_id)
    _insert(conn, client_id, [e for e in entries if e[2].strip()])


def remove_client(conn: Connection, client_id: str) -> None:
    _delete_where(conn, "client_id = :c", {"c": client_id})


def replace_entry(conn: Connection, client_id: str, entry: IndexEntry) -> None:
    """Make the index hold exactly this text for one thing of a dossier."""
    source, ref_id, body = entry
    remove_entry(conn, client_id, source, ref_id)
    if body.strip():
        _insert(conn, client_id, [entry])


def remove_entry(conn: Connection, client_id: str, source: str, ref_id: str) -> None:
    _delete_where(
        conn,
        "client_id = :c AND source = :s AND ref_id = :r",
        {"c": client_id, "s": source, "r": ref_id},
    )
