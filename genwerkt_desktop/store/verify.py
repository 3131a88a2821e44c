"""Check a store without changing a byte of its folder.

Opening a WAL database, even to read, may replay and delete its ``-wal`` and rewrite its
``-shm``; a damaged store must not be made worse (or "repaired" into an older state) by
looking at it.  So the WAL is read as plain bytes first, then the database and its WAL
are copied into a private temporary folder and checked there.  The copies are
ciphertext, exactly as on disk.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from genwerkt_desktop.domain.errors import IntegrityFailure, StoreBusy

from . import wal
from .backup import check_database_file
from .cipher_profile import CipherProfile
from .engine import require_database

_COPY_ATTEMPTS = 5


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def check_store(database: Path, key: bytes, cipher: CipherProfile) -> list[str]:
    """Every problem found in the store at ``database`` (read with the vault header's
    ``cipher``); empty when it is sound."""
    try:
        require_database(database)
    except IntegrityFailure as exc:
        return [str(exc)]
    problems: list[str] = []
    lost = wal.lost_commits(wal_path(database))
    if lost:
        problems.append(
            f"wal-bestand: {lost} opgeslagen wijziging(en) achter een beschadigd stuk; "
            "bij openen zouden ze stil verloren gaan"
        )
    with tempfile.TemporaryDirectory(prefix="genwerkt-check-") as folder:
        copy = Path(folder) / database.name
        _copy_consistent(database, copy)
        problems += check_database_file(copy, key, cipher=cipher)
    return problems


def _stamps(paths: list[Path]) -> list[tuple[int, int] | None]:
    stamps: list[tuple[int, int] | None] = []
    for p in paths:
        try:
            st = p.stat()
        except FileNotFoundError:
            stamps.append(None)
        else:
            stamps.append((st.st_size, st.st_mtime_ns))
    return stamps


def _copy_consistent(database: Path, copy: Path) -> None:
    """Copy the database and its WAL as one moment: retry while another process writes."""
    sources = [database, wal_path(database)]
    targets = [copy, wal_path(copy)]
    for _attempt in range(_COPY_ATTEMPTS):
        before = _stamps(sources)
        for source, target in zip(sources, targets, strict=True):
            target.unlink(missing_ok=True)
            try:
                shutil.copyfile(source, target)
            except FileNotFoundError:
                continue
        if _stamps(sources) == before:
            return
    raise StoreBusy()
