"""The everyday query mix used for the SQLCipher overhead: the same SQL on any connection.

The mix is what a coach's day reads, through the product's own store functions: the client
list (names, last contact, phase today), the due marks beside it and the agenda's week
(``due_rows``, ``agenda_rows``: what runs right after unlocking), dossiers opened one by
one, and a full-text search.  The product never scans the contact notes with LIKE (its
search is FTS5), so that scan is not in the mix: :func:`like_scan` is measured on its own,
as the worst case of decrypting every page of the notes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial

from sqlalchemy import Connection, text

from genwerkt_desktop.store import agenda_rows, client_list, due_rows, fts
from genwerkt_desktop.store.dossier_read import read_dossier

from .common import BenchmarkError

Query = Callable[[Connection], int]

LIKE_WORD = "deurwaarder"
SEARCH_WORD = "huurachterstand"

_LIKE = text("SELECT count(*) FROM contacts WHERE summary LIKE :p")
_SEARCH = text(
    "SELECT k.client_id, c.first_name, c.last_name, r.source, r.ref_id, "
    "snippet(search_text, 0, '[', ']', '…', 12) "
    f"FROM {fts.HITS_FROM} JOIN clients AS c ON c.id = k.client_id "
    "WHERE search_text MATCH :q ORDER BY rank LIMIT 200"
)


def sample_client_ids(conn: Connection, count: int, seed: int = 2024) -> list[str]:
    ids = list(conn.execute(text("SELECT id FROM clients ORDER BY id")).scalars())
    if len(ids) < count:
        raise BenchmarkError(f"need {count} clients for the dossier loads, have {len(ids)}")
    return random.Random(seed).sample(ids, count)


def _client_list(now_utc: str, today: date, conn: Connection) -> int:
    return len(client_list.summary_rows(conn, now_utc, today))


def _due_marks(conn: Connection) -> int:
    """What the client list's marks and the agenda read: every client's due parts."""
    return len(due_rows.due_dossiers(conn))


def _agenda_week(today: date, conn: Connection) -> int:
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    return len(agenda_rows.referrals_to_revisit(conn, monday, sunday)) + len(
        agenda_rows.steps_to_revisit(conn, monday, sunday)
    )


def _dossiers(client_ids: Sequence[str], conn: Connection) -> int:
    loaded = [read_dossier(conn, cid) for cid in client_ids]
    if any(d is None for d in loaded):
        raise BenchmarkError("a sampled dossier did not load")
    return len(loaded)


def like_scan(conn: Connection) -> int:
    """Every contact note read and matched: a scan decrypts every page of the table."""
    return int(conn.execute(_LIKE, {"p": f"%{LIKE_WORD}%"}).scalar_one())


def _fts_search(conn: Connection) -> int:
    match = fts.match_query(SEARCH_WORD)
    return len(conn.execute(_SEARCH, {"q": "{body folded}: (" + str(match) + ")"}).all())


def query_mix(client_ids: Sequence[str], now_utc: str, today: date) -> dict[str, Query]:
    """Name -> query; each returns a row count so both sides can be checked to agree."""
    return {
        "client list": partial(_client_list, now_utc, today),
        "due marks": _due_marks,
        "agenda week": partial(_agenda_week, today),
        f"{len(client_ids)} dossiers": partial(_dossiers, list(client_ids)),
        "FTS search": _fts_search,
    }
