"""One keyed SQLCipher connection, checked and tuned, without SQLAlchemy.

The key goes in as ``PRAGMA key = "x'<64 hex>'"``: any other form is silently stretched
into a different key.  A plain SQLite build is refused, and a wrong key or a damaged
first page shows on the first read, so both are checked before the connection is used.

A file is only ever created when asked for (``create=True``): a store whose database has
vanished must be reported, never silently replaced by an empty one.

Every connection genwerkt opens on a store comes from :func:`connect_raw`: the engine's
pooled ones (engine.py), the backup's, and the lean read path's (lean_read.py), which
reads without loading SQLAlchemy at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

import sqlcipher3

from genwerkt_desktop.domain.errors import IntegrityFailure

from .cipher_profile import CipherProfile
from .failures import translate_database_error

# 128 MiB page cache: SQLCipher decrypts each page it reads, so a cache that holds the
# working set keeps a full-text search or a long list close to plain SQLite speed.
DEFAULT_CACHE_KIB = 131072
# Another process (a second import, a backup, the desktop app) may hold the write lock for
# a moment: wait this long before telling the user the store is in use.
BUSY_TIMEOUT_SECONDS = 8.0
# Folds committed pages from the WAL into the database file and empties the WAL.
CHECKPOINT: Final = "PRAGMA wal_checkpoint(TRUNCATE)"

DatabaseError = sqlcipher3.dbapi2.DatabaseError


class SqlResult(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...


class SqlConnection(Protocol):
    """What the store's plain-SQL functions need of a connection: SQLAlchemy's
    ``Connection`` has it, and so has lean_read's ``RawConnection`` around a DB-API one,
    so the same SQL runs on both."""

    def exec_driver_sql(
        self, statement: str, parameters: Sequence[Any] | Mapping[str, Any] = ..., /
    ) -> SqlResult: ...


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
