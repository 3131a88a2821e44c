"""The "last full check" record: when every page of the store was last read clean, and
what the store's files looked like since.

Reading every page (``PRAGMA cipher_integrity_check``) costs about a second for a store of
280 MB.  It only finds something new when the files changed in a way genwerkt did not see:
the pages a command reads are HMAC-checked by SQLCipher on every read anyway.  So a small
record beside the key header keeps, for the database file and its WAL, the size, inode,
``mtime_ns`` and ``ctime_ns`` (the change time moves on any change to the file, also when
someone sets its modification time back), and the moment of the last full pass.

The record is sealed with an HMAC under a key derived from the vault key: without the
passphrase it cannot be written so that it vouches for a changed file.  A record that is
missing, unreadable, sealed wrongly, older than :data:`MAX_AGE` or from the future vouches
for nothing, and the whole file is read again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from genwerkt_desktop.domain.errors import StateError

from . import files

log = logging.getLogger(__name__)

MAX_AGE: Final = timedelta(hours=24)
VERSION: Final = 1
_LABEL: Final = b"genwerkt page-check record v1"
_MAX_BYTES: Final = 4096


@dataclass(frozen=True)
class FileStamp:
    """What ``stat`` says about one file; any change to the file changes it."""

    size: int
    inode: int
    mtime_ns: int
    ctime_ns: int


@dataclass(frozen=True)
class StoreStamp:
    """The database file and its WAL (None: not there)."""

    database: FileStamp | None
    wal: FileStamp | None


@dataclass(frozen=True)
class PageCheckRecord:
    stamp: StoreStamp
    checked_at: datetime  # when every page was last read and found sound


def record_key(vault_key: bytes) -> bytes:
    """The key that seals the record: derived from the vault key under a fixed label, so
    it opens nothing and is never the vault key itself."""
    return hmac.new(vault_key, _LABEL, hashlib.sha256).digest()


def _file_stamp(path: Path) -> FileStamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return FileStamp(st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)


def stamp_store(database: Path, wal: Path) -> StoreStamp:
    return StoreStamp(_file_stamp(database), _file_stamp(wal))


def vouches_for(record: PageCheckRecord | None, stamp: StoreStamp, now: datetime) -> bool:
    """True when ``record`` says the files are exactly as after a clean full pass that
    ran less than :data:`MAX_AGE` ago."""
    if record is None or record.stamp != stamp:
        return False
    age = now - record.checked_at
    return timedelta(0) <= age < MAX_AGE


def _stamp_fields(stamp: FileStamp | None) -> dict[str, int] | None:
    if stamp is None:
        return None
    return {
        "size": stamp.size,
        "inode": stamp.inode,
        "mtime_ns": stamp.mtime_ns,
        "ctime_ns": stamp.ctime_ns,
    }


def _body(record: PageCheckRecord) -> dict[str, Any]:
    return {
        "version": VERSION,
        "checked_at": record.checked_at.isoformat(),
        "database": _stamp_fields(record.stamp.database),
        "wal": _stamp_fields(record.stamp.wal),
    }


def _seal(key: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def write_record(path: Path, key: bytes, record: PageCheckRecord) -> None:
    """Put the sealed record in place atomically (temporary file, fsync, rename)."""
    body = _body(record)
    sealed = {**body, "mac": _seal(key, body)}
    files.write_text_atomic(path, json.dumps(sealed, indent=2) + "\n")


def forget_record(path: Path) -> None:
    """Remove the record, so the next open reads every page again."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.info("het controlebestand kon niet weg: %s", type(exc).__name__)


def _parse_stamp(value: object) -> FileStamp | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("stamp")
    fields = [value.get(k) for k in ("size", "inode", "mtime_ns", "ctime_ns")]
    numbers = [f for f in fields if isinstance(f, int) and not isinstance(f, bool)]
    if len(numbers) != 4:
        raise ValueError("stamp")
    return FileStamp(*numbers)


def read_record(path: Path, key: bytes) -> PageCheckRecord | None:
    """The record at ``path`` when it is there, whole and sealed with ``key``; else None.
    Never raises: a record can only spare work, so any doubt means the full pass."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_BYTES + 1)
        if len(data) > _MAX_BYTES:
            return None
        sealed = json.loads(data.decode("utf-8"))
        if not isinstance(sealed, dict):
            return None
        mac = sealed.pop("mac", None)
        if not isinstance(mac, str) or not hmac.compare_digest(mac, _seal(key, sealed)):
            return None
        if sealed.get("version") != VERSION or not isinstance(sealed.get("checked_at"), str):
            return None
        checked_at = datetime.fromisoformat(sealed["checked_at"])
        if checked_at.tzinfo is None:
            return None
        stamp = StoreStamp(_parse_stamp(sealed.get("database")), _parse_stamp(sealed.get("wal")))
    except (OSError, ValueError, UnicodeDecodeError, TypeError):
        return None
    return PageCheckRecord(stamp, checked_at)


def try_write_record(path: Path, key: bytes, record: PageCheckRecord) -> bool:
    """``write_record``, but a folder that cannot take it stops nothing: the record only
    spares work, and without it the next open reads every page.  True when written."""
    try:
        write_record(path, key, record)
    except (OSError, StateError) as exc:
        log.info("het controlebestand kon niet geschreven worden: %s", type(exc).__name__)
        forget_record(path)
        return False
    return True
