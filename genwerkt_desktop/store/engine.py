"""Open an SQLAlchemy engine on a SQLCipher 4 file with a raw 32-byte key.

Each pooled connection is made by ``connection.connect_raw`` (keyed, checked, tuned); this
module adds the pool, explicit transactions and the checkpoint on closing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from .cipher_profile import CipherProfile
from .connection import (
    CHECKPOINT,
    DEFAULT_CACHE_KIB,
    DatabaseError,
    connect_raw,
    require_database,
)

# Named here too for the modules and tests that open a connection beside an engine.
__all__ = [
    "DEFAULT_CACHE_KIB",
    "DRIVER_ERRORS",
    "WRITE_OPTION",
    "DatabaseError",
    "checkpoint",
    "checkpoint_and_dispose",
    "connect_raw",
    "is_interrupted",
    "open_engine",
    "require_database",
]

# What a database call can raise: the driver's own error, or SQLAlchemy's wrapper of it.
DRIVER_ERRORS: tuple[type[Exception], ...] = (DatabaseError, DBAPIError)


def open_engine(
    path: Path,
    key: bytes,
    cache_kib: int = DEFAULT_CACHE_KIB,
    *,
    create: bool = False,
    pool_size: int = 4,
    cipher: CipherProfile,
) -> Engine:
    """An engine whose every pooled connection is keyed; transactions begin explicitly.

    Only the first connection may create the file; every later one requires it.  With
    ``pool_size=1`` the engine has exactly one connection (the search's own).
    """
    first = [create]

    def creator() -> Any:
        may_create, first[0] = first[0], False
        return connect_raw(path, key, cache_kib, create=may_create, cipher=cipher)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        hide_parameters=True,
        echo=False,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4 if pool_size > 1 else 0,
    )

    # The driver's implicit transactions would skip DDL and SAVEPOINTs; begin ourselves.
    # A write takes the write lock at once (IMMEDIATE), so a busy store is waited for up
    # to the busy timeout instead of failing halfway through the unit of work.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


WRITE_OPTION = "genwerkt_write"


def is_interrupted(exc: BaseException) -> bool:
    """Whether a driver error is SQLite's answer to ``interrupt()``."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlite_errorcode", None) == SQLITE_INTERRUPT or (
        str(orig) == "interrupted"
    )


SQLITE_INTERRUPT = 9


def checkpoint_and_dispose(engine: Engine) -> None:
    """Fold the WAL back into the database file and close every connection."""
    try:
        checkpoint(engine)
    finally:
        engine.dispose()


def checkpoint(engine: Engine) -> None:
    """Fold committed pages from the WAL into the database file, so none linger there.

    Best effort: when another process is reading, the rest waits for a later checkpoint.
    """
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(CHECKPOINT)
    except DRIVER_ERRORS:
        return  # busy or full: the WAL keeps the work; a later checkpoint folds it in
