"""An opened, keyed store: the engine, its schema brought up to date, clean closing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from genwerkt_desktop.domain.errors import Interrupted, StoreClosed

from . import migrate
from .cipher_profile import CipherProfile
from .engine import (
    DEFAULT_CACHE_KIB,
    DRIVER_ERRORS,
    WRITE_OPTION,
    checkpoint,
    checkpoint_and_dispose,
    is_interrupted,
    open_engine,
)
from .failures import read_only_refusal

# ``Connection`` is named here for the layers above, which hold a unit of work and hand it
# to the store's functions but write no SQL themselves (they never import SQLAlchemy).
__all__ = ["Connection", "Database"]


class Database:
    """One encrypted database file.  Units of work come from ``write()`` and ``read()``."""

    def __init__(
        self,
        path: Path,
        key: bytes,
        cache_kib: int = DEFAULT_CACHE_KIB,
        *,
        create: bool = False,
        cipher: CipherProfile,
    ) -> None:
        self.path = path
        self.cipher = cipher  # the vault header's: every connection sets it first
        self.engine: Engine = open_engine(path, key, cache_kib, create=create, cipher=cipher)
        self._closed = False
        # Search has a connection of its own (opened when first searched): a write in
        # progress on the pool never delays it, and it can be interrupted by itself.
        self._key = key
        self._cache_kib = cache_kib
        self._search_engine: Engine | None = None
        self._search_busy = threading.Lock()  # held while a search reads
        self._search_guard = threading.Lock()  # guards the raw connection below
        self._search_raw: Any = None  # the DB-API connection a search is reading on
        self._search_stopped = False  # this search was interrupted: no further statement
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

    @contextmanager
    def search_read(self) -> Iterator[Connection]:
        """A read on the search's own connection, one search at a time.  While it runs,
        :meth:`interrupt_search` stops its SQL; the block then raises ``Interrupted``."""
        with self._search_busy:
            engine = self._search_lane()
            try:
                with engine.connect() as conn:
                    # The raw DB-API connection under SQLAlchemy's: interrupt() lives there.
                    with self._search_guard:
                        self._search_raw = conn.connection.dbapi_connection
                        self._search_stopped = False
                    try:
                        yield conn
                    finally:
                        with self._search_guard:
                            self._search_raw = None
            except DRIVER_ERRORS as exc:
                if is_interrupted(exc):
                    raise Interrupted() from exc
                raise

    def search_engine(self) -> Engine:
        """The search's own engine (made on first use): benchmarks record what it sends."""
        return self._search_lane()

    def _search_lane(self) -> Engine:
        if self._closed:
            raise StoreClosed()
        if self._search_engine is None:
            engine = open_engine(
                self.path, self._key, self._cache_kib, pool_size=1, cipher=self.cipher
            )

            # SQLite forgets an interrupt once no statement runs; one that came between
            # two statements (or during a short one) still stops the rest of the search.
            @event.listens_for(engine, "before_cursor_execute")
            def _stopped(*_args: Any) -> None:
                if self._search_stopped:
                    raise Interrupted()

            self._search_engine = engine
        return self._search_engine

    def interrupt_search(self) -> None:
        """Stop the SQL a search is running now (from any thread); nothing when idle."""
        with self._search_guard:
            if self._search_raw is not None:
                self._search_stopped = True
                self._search_raw.interrupt()

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
            cursor.execute("INSERT INTO search_dossiers(search_dossiers) VALUES('optimize')")
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.interrupt_search()
        with self._search_busy:  # the search that was interrupted has let go
            if self._search_engine is not None:
                self._search_engine.dispose()
                self._search_engine = None
        checkpoint_and_dispose(self.engine)
