"""An opened, keyed store: the engine, its schema brought up to date, clean closing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from genwerkt_desktop.domain.errors import StoreClosed

from . import migrate
from .engine import (
    DEFAULT_CACHE_KIB,
    DRIVER_ERRORS,
    WRITE_OPTION,
    checkpoint,
    checkpoint_and_dispose,
    open_engine,
)
from .failures import read_only_refusal

# ``Connection`` is named here for the layers above, which hold a unit of work and hand it
# to the store's functions but write no SQL themselves (they never import SQLAlchemy).
__all__ = ["Connection", "Database"]


class Database:
    """One encrypted database file.  Units of work come from ``write()`` and ``read()``."""

    def __init__(
        self, path: Path, key: bytes, cache_kib: int = DEFAULT_CACHE_KIB, *, create: bool = False
    ) -> None:
        self.path = path
        self.engine: Engine = open_engine(path, key, cache_kib, create=create)
        self._closed = False
        # Open one connection now: a wrong key or a damaged first page shows here.
        with self.engine.connect():
            pass

    def migrate(self, safety_backup: Callable[[], Any] | None = None) -> bool:
        return migrate.upgrade(self.engine, safety_backup)

    def _open(self) -> Engine:
        # A disposed engine would quietly connect again with the key it still holds.
        if self._closed:
            raise StoreClosed()
        return self.engine

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back on any error.

        A write that a guard trigger refused (a colleague's read-only team copy) comes
        out as ``ReadOnlyDossier`` after the rollback, never as damage."""
        try:
            with self._open().connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    yield conn
        except DRIVER_ERRORS as exc:
            refusal = read_only_refusal(exc)
            if refusal is None:
                raise
            raise refusal from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._open().connect() as conn:
            yield conn

    def damaged_pages(self) -> int:
        """How many pages of the file fail their HMAC (SQLCipher reads every page once)."""
        with self._open().connect() as conn:
            return len(conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall())

    def checkpoint(self) -> None:
        """Fold committed work from the WAL into the database file."""
        checkpoint(self.engine)

    def compact(self) -> None:
        """Rewrite the full-text index and the file, so deleted text is gone from every
        page: FTS5 ``optimize`` merges away the deleted words older segments still carry,
        VACUUM rebuilds the file, and the WAL is folded back and truncated."""
        raw = self._open().raw_connection()
        try:
            cursor = raw.cursor()
            # Deleted rows stay in older FTS5 segments until they are merged.
            cursor.execute("INSERT INTO search_text(search_text) VALUES('optimize')")
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        checkpoint_and_dispose(self.engine)
