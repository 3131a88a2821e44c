"""The append-only audit log: what happened, when, to which dossier id. Never content.

Each row's hash covers the previous row's hash, so a removed or altered row breaks the
chain and ``verify_chain`` says where.

Plain SQL through ``exec_driver_sql``: a lean read (lean_read.py) logs its opening on a
bare keyed connection with the same :func:`append` the services use.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .connection import SqlConnection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    client_id: str | None
    detail: str | None


def _digest(prev: str, at: str, action: str, client_id: str | None, detail: str | None) -> str:
    payload = "\x1f".join((prev, at, action, client_id or "", detail or ""))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: SqlConnection,
    at: str,
    action: str,
    client_id: str | None = None,
    detail: str | None = None,
) -> None:
    last = conn.exec_driver_sql("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = (last[0] if last is not None else None) or GENESIS
    conn.exec_driver_sql(
        "INSERT INTO audit_log (at, action, client_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (at, action, client_id, detail, prev, _digest(prev, at, action, client_id, detail)),
    )


def entries(conn: SqlConnection, limit: int | None = None) -> Sequence[AuditEntry]:
    query = "SELECT seq, at, action, client_id, detail FROM audit_log ORDER BY seq DESC"
    rows = (
        conn.exec_driver_sql(query + " LIMIT ?", (limit,))
        if limit is not None
        else conn.exec_driver_sql(query)
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


def last_at(conn: SqlConnection, action: str) -> str | None:
    """When ``action`` was last logged (the ``at`` text of its latest line), or None."""
    row = conn.exec_driver_sql(
        "SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
    ).fetchone()
    return None if row is None else str(row[0])


CHAIN_COLUMNS = "seq, at, action, client_id, detail, prev_hash, hash"


def verify_rows(rows: Iterable[Sequence[Any]]) -> str | None:
    """None when the chain holds; otherwise which row breaks it. Rows in seq order."""
    prev = GENESIS
    for seq, at, action, client_id, detail, prev_hash, row_hash in rows:
        if prev_hash != prev:
            return f"auditlog: regel {seq} sluit niet aan op de vorige"
        if row_hash != _digest(prev, at, action, client_id, detail):
            return f"auditlog: regel {seq} is gewijzigd"
        prev = row_hash
    return None


def verify_chain(conn: SqlConnection) -> str | None:
    rows = conn.exec_driver_sql(f"SELECT {CHAIN_COLUMNS} FROM audit_log ORDER BY seq")
    return verify_rows(rows.fetchall())
