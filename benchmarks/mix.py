"""The everyday query mix used for the SQLCipher overhead: the same SQL on any connection."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import partial

from sqlalchemy import Connection, text

from genwerkt_desktop.store import fts
from genwerkt_desktop.store.dossier_read import read_dossier

from .common import BenchmarkError

Query = Callable[[Connection], int]

LIKE_WORD = "deurwaarder"
SEARCH_WORD = "huurachterstand"

# The client list: names and status, then last and next contact per client (as the
# client list view asks for them).
_CLIENTS = text(
    "SELECT id, first_name, last_name, preferred_name, status FROM clients "
    "ORDER BY lower(last_name), lower(first_name)"
)
_LAST_CONTACT = text(
    "SELECT client_id, max(at_utc) FROM contacts WHERE at_utc <= :now GROUP BY client_id"
)
_NEXT_CONTACT = text(
    "SELECT client_id, min(at_utc) FROM contacts WHERE at_utc > :now GROUP BY client_id"
)
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


def _client_list(now_utc: str, conn: Connection) -> int:
    rows = conn.execute(_CLIENTS).all()
    last = conn.execute(_LAST_CONTACT, {"now": now_utc}).all()
    upcoming = conn.execute(_NEXT_CONTACT, {"now": now_utc}).all()
    return len(rows) + len(last) + len(upcoming)


def _dossiers(client_ids: Sequence[str], conn: Connection) -> int:
    loaded = [read_dossier(conn, cid) for cid in client_ids]
    if any(d is None for d in loaded):
        raise BenchmarkError("a sampled dossier did not load")
    return len(loaded)


def _like_scan(conn: Connection) -> int:
    return int(conn.execute(_LIKE, {"p": f"%{LIKE_WORD}%"}).scalar_one())


def _fts_search(conn: Connection) -> int:
    match = fts.match_query(SEARCH_WORD)
    return len(conn.execute(_SEARCH, {"q": "{body folded}: (" + str(match) + ")"}).all())


def query_mix(client_ids: Sequence[str], now_utc: str) -> dict[str, Query]:
    """Name -> query; each returns a row count so both sides can be checked to agree."""
    return {
        "client list": partial(_client_list, now_utc),
        f"{len(client_ids)} dossiers": partial(_dossiers, list(client_ids)),
        "LIKE scan": _like_scan,
        "FTS search": _fts_search,
    }
