"""A plaintext copy of the encrypted store, for the SQLCipher overhead comparison only.

The copy is made with ``sqlcipher_export`` into a database attached with an empty key
and opened with the same driver (``sqlcipher3``, so the same SQLite build), the same
pragmas and the same page cache as the product's engine: the only difference left is
the page encryption.  ``plaintext_copy`` deletes the copy when its block ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from .common import BenchmarkError

SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def is_plaintext(path: Path) -> bool:
    """An unencrypted SQLite file starts with the magic string; a SQLCipher one does not."""
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def export_plaintext(engine: Engine, target: Path) -> None:
    """Decrypt the open store into ``target`` (which must not exist yet)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        cursor.execute("SELECT sqlcipher_export('plain')")
        cursor.execute("DETACH DATABASE plain")
    finally:
        raw.close()
    if not is_plaintext(target):
        raise BenchmarkError("the exported copy is not a plaintext SQLite file")


def _connect_plain(path: Path, cache_kib: int) -> Any:
    """Like ``store.engine.connect_raw`` without the key: same driver, same pragmas."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "secure_delete = ON",
        f"cache_size = -{int(cache_kib)}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def open_plain_engine(path: Path, cache_kib: int) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect_plain(path, cache_kib),
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def remove_database(path: Path) -> None:
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@contextmanager
def plaintext_copy(source: Engine, target: Path, cache_kib: int) -> Iterator[Engine]:
    """An engine on a decrypted copy of ``source``; the copy is deleted afterwards."""
    remove_database(target)
    try:
        export_plaintext(source, target)
        engine = open_plain_engine(target, cache_kib)
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        remove_database(target)
