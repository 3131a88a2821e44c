"""Private, atomic files: every file genwerkt writes is readable by its owner only, and
appears whole or not at all.

A file is first written under a hidden temporary name beside its target, created with
mode 0600 before any byte goes in (writers that open the path themselves, reportlab or
Qt, truncate it and keep the mode), flushed to disk, then renamed over the target.  The
writing process holds a lock on its temporary file, so a later run can tell the leftovers
of a killed run from the work of a live one and clean them up.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

from genwerkt_desktop.domain.errors import DiskFull, OutputNotWritable, StateError

TEMP_PREFIX: Final = ".genwerkt-"
TEMP_SUFFIX: Final = ".tmp"
# A temporary database copy has SQLite's own files beside it while it is written.
_SQLITE_SIDE_FILES: Final = ("-wal", "-shm", "-journal")
PRIVATE_FILE: Final = 0o600
# ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: the file is open elsewhere.
_WINDOWS_IN_USE: Final = (32, 33)
PRIVATE_DIR: Final = 0o700

if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

else:  # Windows: an open file cannot be deleted, which protects a live temp file anyway.

    def _try_lock(fd: int) -> bool:
        return True


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and parents) if needed, and make it the owner's only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR)
    return folder


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (POSIX; Windows inherits the profile's ACL)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_FILE)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def writable_target(path: Path) -> Path:
    """``path`` when a file can be written there; else a ``StateError`` that names it."""
    path = Path(path)
    parent = path.parent
    if path.is_dir():
        raise OutputNotWritable(f"{path} is een map; geef een bestandsnaam")
    if not parent.exists():
        if any(p.is_file() for p in parent.parents) or parent.is_file():
            raise OutputNotWritable(f"{path}: {_through_file(parent)} is een bestand, geen map")
        raise OutputNotWritable(f"{path}: de map {parent} bestaat niet")
    if not parent.is_dir():
        raise OutputNotWritable(f"{path}: {parent} is een bestand, geen map")
    return path


def _through_file(parent: Path) -> Path:
    for p in [parent, *parent.parents]:
        if p.is_file():
            return p
    return parent


def as_state_error(exc: OSError, path: Path) -> StateError:
    """A one-line message for a file that could not be written."""
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return DiskFull(str(path))
    reasons = {
        errno.EACCES: "geen schrijfrechten",
        errno.EPERM: "geen schrijfrechten",
        errno.EROFS: "alleen-lezen schijf",
        errno.ENOENT: "de map bestaat niet",
        errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
        errno.EISDIR: "dit is een map",
        errno.ENAMETOOLONG: "de naam is te lang",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or "schrijven mislukt")
    # Windows: another program (a PDF viewer) holds the file open.
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        reason = "het bestand is nog open in een ander programma; sluit het en probeer opnieuw"
    return OutputNotWritable(f"{path}: kan niet geschreven worden ({reason})")


@contextlib.contextmanager
def temp_beside(target: Path, *, suffix: str = "") -> Iterator[Path]:
    """A fresh, empty, private temporary file beside ``target``, removed afterwards
    unless it was renamed.  Locked for as long as the block runs.  ``suffix`` gives it the
    extension its writer expects (``.tmp.png``)."""
    folder = Path(target).parent
    for _attempt in range(100):
        tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}{suffix}"
        try:
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            continue
        except OSError as exc:
            raise as_state_error(exc, target) from exc
        break
    else:
        raise StateError(f"{target}: geen tijdelijke bestandsnaam vrij")
    try:
        _try_lock(fd)
        yield tmp
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in _SQLITE_SIDE_FILES)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.close(fd)


def replace_atomic(tmp: Path, target: Path) -> None:
    """Flush ``tmp`` to disk and rename it over ``target``."""
    try:
        make_private(tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise as_state_error(exc, target) from exc


def write_atomic(target: Path, write: Callable[[Path], object], *, suffix: str = "") -> Path:
    """Have ``write(tmp)`` fill a private temporary file, then put it in place of
    ``target``.  ``suffix`` gives the temporary file the extension its writer expects."""
    target = writable_target(Path(target))
    with temp_beside(target, suffix=suffix) as tmp:
        try:
            write(tmp)
        except OSError as exc:
            raise as_state_error(exc, target) from exc
        replace_atomic(tmp, target)
    return target


def write_bytes_atomic(target: Path, data: bytes) -> Path:
    return write_atomic(target, lambda tmp: tmp.write_bytes(data))


def write_text_atomic(target: Path, text: str) -> Path:
    return write_bytes_atomic(target, text.encode("utf-8"))


def clean_stale_temps(folder: Path) -> int:
    """Remove temporary files that killed runs left in ``folder``; return how many.

    A live run holds a lock on its temporary file, so only orphans are removed.  SQLite's
    side files go with the temporary database they belong to.
    """
    try:
        candidates = sorted(Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}*"))
    except OSError:
        return 0
    removed = 0
    for path in candidates:
        owner = path
        for side in _SQLITE_SIDE_FILES:
            if path.name.endswith(side):
                owner = path.with_name(path.name[: -len(side)])
        if owner is not path and owner.exists():
            continue  # goes with its owner, below or in a live run
        if owner is path and _in_use(path):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed += 1
        for side in _SQLITE_SIDE_FILES:
            with contextlib.suppress(OSError):
                path.with_name(path.name + side).unlink()
    return removed


def _in_use(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)
