"""Open an SQLAlchemy engine on a SQLCipher 4 file with a raw 32-byte key.

The key goes in as ``PRAGMA key = "x'<64 hex>'"``: any other form is silently stretched
into a different key.  A plain SQLite build is refused, and a wrong key or a damaged
first page shows on the first read, so both are checked before the engine is used.

A file is only ever created when asked for (``create=True``): a store whose database has
vanished must be reported, never silently replaced by an empty one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from genwerkt_desktop.domain.errors import IntegrityFailure

from .cipher_profile import CipherProfile
from .failures import translate_database_error

# 128 MiB page cache: SQLCipher decrypts each page it reads, so a cache that holds the
# working set keeps a full-text search or a long list close to plain SQLite speed.
DEFAULT_CACHE_KIB = 131072
# Another process (a second import, a backup, the desktop app) may hold the write lock for
# a moment: wait this long before telling the user the store is in use.
BUSY_TIMEOUT_SECONDS = 8.0

DatabaseError = sqlcipher3.dbapi2.DatabaseError
# What a database call can raise: the driver's own error, or SQLAlchemy's wrapper of it.
DRIVER_ERRORS: tuple[type[Exception], ...] = (DatabaseError, DBAPIError)

_quiet = False


def _silence_sqlcipher_log() -> None:
    """SQLCipher writes its own ERROR lines to stderr (process-wide); we report once, in
    our own words, so its log stays off."""
    global _quiet
    if _quiet:
        return
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    _quiet = True


def _uri(path: Path, mode: str) -> str:
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def connect_raw(
    path: Path,
    key: bytes,
    cache_kib: int = DEFAULT_CACHE_KIB,
    *,
    create: bool = False,
    cipher: CipherProfile,
) -> Any:
    """A DB-API connection, keyed with ``cipher`` (the vault header's), checked and tuned.

    Raises IntegrityFailure when the file is damaged or keyed otherwise, a translated
    ``GenwerktError`` when it is busy or cannot be opened, and never creates a file unless
    ``create`` is set.
    """
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    _silence_sqlcipher_log()
    if not create:
        require_database(path)
    try:
        conn = sqlcipher3.connect(
            _uri(path, "rwc" if create else "rw"),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    except DatabaseError as exc:
        raise translate_database_error(exc, where=Path(path)) from exc
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise IntegrityFailure("deze SQLite-bouw versleutelt niet (SQLCipher ontbreekt)")
        # After the key, before the first read: a new file is written this way, an
        # existing one only reads this way.
        for pragma in cipher.pragmas():
            conn.execute(f"PRAGMA {pragma}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise translate_database_error(
                exc,
                damaged="de databank kan niet gelezen worden: "
                "ze is beschadigd of hoort niet bij deze kluis",
                where=Path(path),
            ) from exc
        try:
            for pragma in (
                "journal_mode = WAL",
                "synchronous = FULL",
                "foreign_keys = ON",
                "temp_store = MEMORY",
                "secure_delete = ON",
                f"cache_size = -{int(cache_kib)}",
            ):
                conn.execute(f"PRAGMA {pragma}")
        except DatabaseError as exc:
            raise translate_database_error(exc, where=Path(path)) from exc
        _check_whole_pages(conn, Path(path))
    except BaseException:
        conn.close()
        raise
    return conn


def _check_whole_pages(conn: Any, path: Path) -> None:
    """A cut-off file shows without reading every page: the main file is always a whole
    number of pages, and, with no WAL content beside it, as long as the page count says."""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if size % page_size or (wal_empty and size < page_count * page_size):
        raise IntegrityFailure("de databank is afgekapt of beschadigd; zet een back-up terug")


def require_database(path: Path) -> None:
    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        raise IntegrityFailure(
            "de databank ontbreekt naast het sleutelbestand; zet een back-up terug"
        ) from None
    if size == 0:
        raise IntegrityFailure("de databank is leeg (0 bytes); zet een back-up terug")


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
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except DRIVER_ERRORS:
        return  # busy or full: the WAL keeps the work; a later checkpoint folds it in
