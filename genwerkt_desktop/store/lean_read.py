"""The store without the database layer: one keyed connection and plain SQL.

Importing SQLAlchemy and the ORM models costs about a third of a second, more than a
short command spends on its work.  A command that only reads (``genwerkt clients``)
opens the database here instead: the same keyed, checked and tuned connection the engine
pools (connection.connect_raw), transactions begun the way the engine begins them, and
the same plain-SQL functions the services run through SQLAlchemy (client_list, audit,
migrate.at_head), handed a :class:`RawConnection`.

Only a store at this program's schema is read this way; an older one goes the full way,
which updates it (services/vault.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from genwerkt_desktop.domain.errors import StoreClosed

from . import migrate
from .cipher_profile import CipherProfile
from .connection import CHECKPOINT, DEFAULT_CACHE_KIB, DatabaseError, connect_raw
from .failures import read_only_refusal


class RawConnection:
    """A DB-API connection seen through SQLAlchemy's ``exec_driver_sql``, so the store's
    plain-SQL functions (connection.SqlConnection) run on it unchanged."""

    def __init__(self, dbapi: Any) -> None:
        self._dbapi = dbapi

    def exec_driver_sql(
        self, statement: str, parameters: Sequence[Any] | Mapping[str, Any] = (), /
    ) -> Any:
        return self._dbapi.execute(statement, parameters)


class LeanDatabase:
    """One encrypted database file on one connection: ``read()``, ``write()``, the page
    check and a clean close, as ``database.Database`` offers them."""

    def __init__(
        self, path: Path, key: bytes, cache_kib: int = DEFAULT_CACHE_KIB, *, cipher: CipherProfile
    ) -> None:
        self.path = path
        self._dbapi: Any = connect_raw(path, key, cache_kib, cipher=cipher)
        self._conn = RawConnection(self._dbapi)
        self._closed = False

    def _open(self) -> RawConnection:
        if self._closed:
            raise StoreClosed()
        return self._conn

    def at_head(self) -> bool:
        """Whether the schema is this program's (nothing to migrate)."""
        return migrate.at_head(self._open())

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[RawConnection]:
        conn = self._open()
        conn.exec_driver_sql(begin)
        try:
            yield conn
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            if self._dbapi.in_transaction:  # SQLite may have rolled back already
                conn.exec_driver_sql("ROLLBACK")
            raise

    @contextmanager
    def read(self) -> Iterator[RawConnection]:
        """One read transaction: every statement in it sees the same state."""
        with self._transaction("BEGIN") as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[RawConnection]:
        """A write transaction, the write lock taken at once (a busy store is waited for);
        committed when the block ends, rolled back on any error.  A guard trigger's
        refusal comes out as ``ReadOnlyDossier``, as from ``Database.write``."""
        try:
            with self._transaction("BEGIN IMMEDIATE") as conn:
                yield conn
        except DatabaseError as exc:
            refusal = read_only_refusal(exc)
            if refusal is None:
                raise
            raise refusal from exc

    def damaged_pages(self) -> int:
        """How many pages of the file fail their HMAC (SQLCipher reads every page once)."""
        return len(self._open().exec_driver_sql("PRAGMA cipher_integrity_check").fetchall())

    def close(self, *, checkpoint: bool = True) -> None:
        """Fold the WAL back into the file (best effort, as the engine does) and close;
        without ``checkpoint`` only close (the store is opened again at once)."""
        if self._closed:
            return
        self._closed = True
        try:
            if checkpoint:
                self._dbapi.execute(CHECKPOINT)
        except DatabaseError:
            pass  # busy or full: the WAL keeps the work; a later checkpoint folds it in
        finally:
            self._dbapi.close()
