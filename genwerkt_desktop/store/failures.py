"""What a database error means for the user: damage, a busy store, a full disk.

Only damage is an integrity failure (exit 4).  A store locked by another process or a
disk without room is a state the user can change (exit 2), and saying "damaged" there
would send a coach to restore a backup for nothing.
"""

from __future__ import annotations

from typing import Final

from genwerkt_desktop.domain.errors import (
    DiskFull,
    GenwerktError,
    IntegrityFailure,
    StateError,
    StoreBusy,
)

# SQLite's primary result codes (the low byte of the extended code).
SQLITE_PERM: Final = 3
SQLITE_BUSY: Final = 5
SQLITE_LOCKED: Final = 6
SQLITE_READONLY: Final = 8
SQLITE_IOERR: Final = 10
SQLITE_CORRUPT: Final = 11
SQLITE_FULL: Final = 13
SQLITE_CANTOPEN: Final = 14
SQLITE_NOTADB: Final = 26

MSG_DAMAGED: Final = "de databank is beschadigd; voer 'genwerkt verify' uit"


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # Older drivers give only the message.
    text = str(exc).lower()
    for needle, value in (
        ("database is locked", SQLITE_BUSY),
        ("database table is locked", SQLITE_LOCKED),
        ("disk is full", SQLITE_FULL),
        ("readonly database", SQLITE_READONLY),
        ("unable to open", SQLITE_CANTOPEN),
    ):
        if needle in text:
            return value
    return None


def translate_database_error(exc: BaseException, *, damaged: str = MSG_DAMAGED) -> GenwerktError:
    """The user's error for a driver error (SQLAlchemy's wrapper or the driver's own)."""
    inner = getattr(exc, "orig", None) or exc
    code = _code(inner)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusy()
    if code == SQLITE_FULL:
        return DiskFull()
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return StateError("de kluis kan niet beschreven worden (alleen-lezen of geen rechten)")
    if code == SQLITE_CANTOPEN:
        return StateError("de databank kan niet geopend worden (map of rechten?)")
    if code == SQLITE_IOERR and "full" in str(inner).lower():
        return DiskFull()
    return IntegrityFailure(damaged)
