"""Open an SQLAlchemy engine on a SQLCipher 4 file with a raw 32-byte key.

The key goes in as ``PRAGMA key = "x'<64 hex>'"``: any other form is silently stretched
into a different key.  A plain SQLite build is refused, and a wrong key or a damaged
first page shows on the first read, so both are checked before the engine is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from genwerkt_desktop.domain.errors import IntegrityFailure

# 128 MiB page cache: SQLCipher decrypts each page it reads, so a cache that holds the
# working set keeps a full-text search or a long list close to plain SQLite speed.
DEFAULT_CACHE_KIB = 131072

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def connect_raw(path: Path, key: bytes, cache_kib: int = DEFAULT_CACHE_KIB) -> Any:
    """A DB-API connection, keyed, checked and tuned. Raises IntegrityFailure."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise IntegrityFailure("deze SQLite-bouw versleutelt niet (SQLCipher ontbreekt)")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise IntegrityFailure(
                "de databank kan niet gelezen worden: ze is beschadigd of hoort niet bij deze kluis"
            ) from exc
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "secure_delete = ON",
            f"cache_size = -{int(cache_kib)}",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_engine(path: Path, key: bytes, cache_kib: int = DEFAULT_CACHE_KIB) -> Engine:
    """An engine whose every pooled connection is keyed; transactions begin explicitly."""

    def creator() -> Any:
        return connect_raw(path, key, cache_kib)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        echo=False,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    # The driver's implicit transactions would skip DDL and SAVEPOINTs; begin ourselves.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def checkpoint_and_dispose(engine: Engine) -> None:
    """Fold the WAL back into the database file and close every connection."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
