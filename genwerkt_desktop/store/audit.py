"""The append-only audit log: what happened, when, to which dossier id. Never content.

Each row's hash covers the previous row's hash, so a removed or altered row breaks the
chain and ``verify_chain`` says where.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from .models import AuditRow, table_of

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
    conn: Connection, at: str, action: str, client_id: str | None = None, detail: str | None = None
) -> None:
    table = table_of(AuditRow)
    last = conn.execute(select(table.c.hash).order_by(table.c.seq.desc()).limit(1)).scalar()
    prev = last or GENESIS
    conn.execute(
        insert(table).values(
            at=at,
            action=action,
            client_id=client_id,
            detail=detail,
            prev_hash=prev,
            hash=_digest(prev, at, action, client_id, detail),
        )
    )


def entries(conn: Connection, limit: int | None = None) -> Sequence[AuditEntry]:
    table = table_of(AuditRow)
    query = select(table).order_by(table.c.seq.desc())
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditEntry(r["seq"], r["at"], r["action"], r["client_id"], r["detail"])
        for r in conn.execute(query).mappings()
    ]


def last_at(conn: Connection, action: str) -> str | None:
    """When ``action`` was last logged (the ``at`` text of its latest line), or None."""
    table = table_of(AuditRow)
    seq = conn.execute(select(func.max(table.c.seq)).where(table.c.action == action)).scalar()
    if seq is None:
        return None
    at: str = conn.execute(select(table.c.at).where(table.c.seq == seq)).scalar_one()
    return at


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


def verify_chain(conn: Connection) -> str | None:
    rows = conn.execute(text(f"SELECT {CHAIN_COLUMNS} FROM audit_log ORDER BY seq"))
    return verify_rows(rows)
