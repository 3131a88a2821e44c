"""The full-text index: an FTS5 table inside the encrypted database.

Each row of ``search_text`` holds the text of one thing in a dossier (a contact note, a
goal, a step…) and ``search_refs`` says which client and which thing, indexed by client so
one dossier's entries are replaced without a scan.  ``body`` is the text as written, for
snippets; ``folded`` holds only the words that change when letters without a
decomposition are folded (ı→i, ł→l, ø→o…), so "yilmaz" finds "Yılmaz" while snippets
keep the real spelling.  ``search_dossiers`` holds the same words once more, one row per
client and without text or positions, for the one question the client list asks: which
dossiers hold every word typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

from genwerkt_desktop.domain.text import fold, needs_extra_fold

from .row_values import Rows

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


def first_page_query(user_text: str, whole_below: int) -> tuple[str, bool] | None:
    """As :func:`match_query`, for a first page: a word shorter than ``whole_below``
    letters matches as a whole word, not as a prefix.  "de" as a prefix is every word
    from "de" to "dezelfde", and FTS5 merges them all before the first row; as a word it
    is one list it can skip through.  Every client found this way matches the prefix
    query too.  The flag: whether a word was narrowed (then fewer hits than a page do
    not mean that was all)."""
    words = [fold(w) for w in _WORD.findall(user_text)]
    if not words:
        return None
    narrowed = any(len(w) < whole_below for w in words)
    match = " AND ".join(f'"{w}"' if len(w) < whole_below else f'"{w}"*' for w in words)
    return match, narrowed


def whole_words_query(user_text: str) -> str | None:
    """Every word typed as a whole word.  A prefix FTS5 has no prefix index for (five
    letters or more) is the merge of every word it starts, read whole before the first
    row: "afspraak" as a prefix is "afspraak", "afspraken", "afspraakkaart"… (46 ms at
    8,000 clients); as a word it is one list read as far as needed (0.2 ms)."""
    words = [fold(w) for w in _WORD.findall(user_text)]
    if not words:
        return None
    return " AND ".join(f'"{w}"' for w in words)


IndexEntry = tuple[str, str, str]  # (source, ref_id, body)

# Each client gets a small integer key; the rowids of its entries are key * SPAN + n.
# "Which clients mention this word" is then answered from the index alone, and one
# client's entries are a rowid range: replaced without scanning the whole index.
SPAN_BITS = 20
SPAN = 1 << SPAN_BITS

# What a hit joins to: where the text lives (search_refs) and whose dossier it is.
HITS_FROM = (
    "search_text AS t JOIN search_refs AS r ON r.rowid = t.rowid "
    f"JOIN search_clients AS k ON k.key = (t.rowid >> {SPAN_BITS})"
)
# "Which clients match" asks ``search_dossiers``: one row per client key holding every
# word of that client's entries (no text, no positions).  A word's list there has one
# posting per dossier, not one per note, and every word typed may be anywhere in the
# dossier (migration 0010).
_CLIENTS_MATCHING = (
    "SELECT k.client_id FROM search_dossiers AS d JOIN search_clients AS k "
    "ON k.key = d.rowid WHERE search_dossiers MATCH :q"
)
_FIRST_CLIENTS = (
    "SELECT k.client_id FROM (SELECT rowid AS key FROM search_dossiers "
    "WHERE search_dossiers MATCH :q LIMIT :n) AS f JOIN search_clients AS k ON k.key = f.key"
)
# A dossier's words: its entries' text and folded words, made again after every change.
_DOSSIER_WORDS = (
    "INSERT INTO search_dossiers (rowid, words) "
    "SELECT :k, group_concat(body || ' ' || folded, ' ') FROM search_text "
    "WHERE rowid BETWEEN :lo AND :hi HAVING count(*) > 0"
)


def _in_text(match: str) -> str:
    """``match`` (from :func:`match_query`) over the text and its folded words."""
    return "{body folded}: (" + match + ")"


def search_hits(conn: Connection, match: str, limit: int, hit_start: str, hit_end: str) -> Rows:
    """The ``limit`` newest hits of ``match``, newest first: ``client_id, first_name,
    last_name, preferred_name, source, ref_id`` and a snippet with the matched words
    between ``hit_start`` and ``hit_end``.

    Newest by rowid: the dossiers opened last come first, and within a dossier the text
    written last.  FTS5 walks its index in rowid order, so this stops after ``limit``
    hits; ranking by bm25 (``ORDER BY rank``) would score every match first, which for a
    common word or a short prefix is most of the index (0.4-0.7 s at 2,000 clients)."""
    sql = text(
        "SELECT k.client_id, c.first_name, c.last_name, c.preferred_name, r.source, "
        f"r.ref_id, snippet(search_text, 0, '{hit_start}', '{hit_end}', '…', 12) "
        f"FROM {HITS_FROM} JOIN clients AS c ON c.id = k.client_id "
        "WHERE search_text MATCH :q ORDER BY t.rowid DESC LIMIT :n"
    )
    return conn.execute(sql, {"q": _in_text(match), "n": limit}).all()


def first_clients(conn: Connection, match: str, limit: int) -> list[str]:
    """Some ``limit`` clients whose dossier matches ``match``, unranked, straight from
    the index: it stops at the ``limit``-th client, however many more match."""
    return list(conn.execute(text(_FIRST_CLIENTS), {"q": match, "n": limit}).scalars())


def clients_matching(conn: Connection, match: str) -> set[str]:
    """The clients whose dossier holds every word of ``match``, wherever in it."""
    # The rows read straight from the driver's cursor: some 2,000 ids come back for a
    # common word, and SQLAlchemy's result rows cost more than the query itself (1.5
    # against 0.9 ms at 2,000 clients).
    result = conn.exec_driver_sql(_CLIENTS_MATCHING, {"q": match})
    try:
        return {row[0] for row in result.cursor.fetchall()}
    finally:
        result.close()


def _refresh_dossier_words(conn: Connection, key: int) -> None:
    conn.execute(text("DELETE FROM search_dossiers WHERE rowid = :k"), {"k": key})
    conn.execute(text(_DOSSIER_WORDS), {"k": key, **_range(key)})


def _client_key(conn: Connection, client_id: str, *, create: bool) -> int | None:
    key = conn.execute(
        text("SELECT key FROM search_clients WHERE client_id = :c"), {"c": client_id}
    ).scalar()
    if key is None and create:
        key = conn.execute(
            text("INSERT INTO search_clients (client_id) VALUES (:c) RETURNING key"),
            {"c": client_id},
        ).scalar_one()
    return None if key is None else int(key)


def _range(key: int) -> dict[str, int]:
    return {"lo": key * SPAN, "hi": key * SPAN + SPAN - 1}


def _insert(conn: Connection, client_id: str, entries: Sequence[IndexEntry]) -> None:
    """Add entries to a client's text; its dossier words are the caller's to refresh."""
    if not entries:
        return
    key = _client_key(conn, client_id, create=True)
    assert key is not None
    bounds = _range(key)
    last = conn.execute(
        text("SELECT max(rowid) FROM search_refs WHERE rowid BETWEEN :lo AND :hi"), bounds
    ).scalar()
    first = bounds["lo"] if last is None else int(last) + 1
    if first + len(entries) - 1 > bounds["hi"]:
        raise ValueError("te veel zoekregels voor één dossier")
    refs = []
    texts = []
    for offset, (source, ref_id, body) in enumerate(entries):
        rowid = first + offset
        refs.append({"i": rowid, "s": source, "r": ref_id})
        texts.append({"i": rowid, "b": body, "f": folded_extras(body)})
    conn.execute(text("INSERT INTO search_refs (rowid, source, ref_id) VALUES (:i, :s, :r)"), refs)
    conn.execute(text("INSERT INTO search_text (rowid, body, folded) VALUES (:i, :b, :f)"), texts)


def replace_entries(
    conn: Connection, client_id: str, entries: Iterable[IndexEntry], *, is_new: bool = False
) -> None:
    """Make the index for one client exactly these entries (nothing to remove when new)."""
    if not is_new:
        _remove_text(conn, client_id)
    _insert(conn, client_id, [e for e in entries if e[2].strip()])
    _refresh(conn, client_id)


def remove_client(conn: Connection, client_id: str) -> None:
    """Drop a client's entries, words and key: the dossier is gone."""
    key = _remove_text(conn, client_id)
    if key is not None:
        conn.execute(text("DELETE FROM search_dossiers WHERE rowid = :k"), {"k": key})
        conn.execute(text("DELETE FROM search_clients WHERE key = :k"), {"k": key})


def _remove_text(conn: Connection, client_id: str) -> int | None:
    """Drop a client's entries (not its dossier words); its key, if it has one."""
    key = _client_key(conn, client_id, create=False)
    if key is None:
        return None
    bounds = _range(key)
    conn.execute(text("DELETE FROM search_text WHERE rowid BETWEEN :lo AND :hi"), bounds)
    conn.execute(text("DELETE FROM search_refs WHERE rowid BETWEEN :lo AND :hi"), bounds)
    return key


def _refresh(conn: Connection, client_id: str) -> None:
    key = _client_key(conn, client_id, create=False)
    if key is not None:
        _refresh_dossier_words(conn, key)


def replace_entry(conn: Connection, client_id: str, entry: IndexEntry) -> None:
    """Make the index hold exactly this text for one thing of a dossier."""
    source, ref_id, body = entry
    _remove_entry_text(conn, client_id, source, ref_id)
    if body.strip():
        _insert(conn, client_id, [entry])
    _refresh(conn, client_id)


def remove_entry(conn: Connection, client_id: str, source: str, ref_id: str) -> None:
    _remove_entry_text(conn, client_id, source, ref_id)
    _refresh(conn, client_id)


def _remove_entry_text(conn: Connection, client_id: str, source: str, ref_id: str) -> None:
    key = _client_key(conn, client_id, create=False)
    if key is None:
        return
    params: dict[str, object] = {**_range(key), "s": source, "r": ref_id}
    rowids = (
        "SELECT rowid FROM search_refs "
        "WHERE rowid BETWEEN :lo AND :hi AND source = :s AND ref_id = :r"
    )
    conn.execute(text(f"DELETE FROM search_text WHERE rowid IN ({rowids})"), params)
    conn.execute(text(f"DELETE FROM search_refs WHERE rowid IN ({rowids})"), params)
