"""Backup, restore and verify the whole store."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import IntegrityFailure, StateError
from genwerkt_desktop.store import files
from genwerkt_desktop.store.vault import (
    header_from_bytes,
    header_to_bytes,
    read_header,
    unlock_with_passphrase,
    write_header_atomic,
)

from .dossiers import DossierService
from .page_check import PageCheck, check_pages, note_store_closed, store_stamp
from .vault import OpenVault, VaultService

# The page check on opening lives in page_check.py; named here too, where it always was.
__all__ = [
    "PageCheck",
    "VerifyReport",
    "check_pages",
    "damaged_pages",
    "make_backup",
    "note_store_closed",
    "restore_backup",
    "store_stamp",
    "verify_store",
]

if TYPE_CHECKING:
    # The backup writer (and the migrations behind it) loads when a backup is made or
    # restored: checking the pages after an unlock does not need it.
    from genwerkt_desktop.store.backup import ProgressCallback


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def make_backup(vault: OpenVault, out: Path, on_progress: ProgressCallback | None = None) -> Path:
    """Export, check and pack the whole store into ``out``; a copy that does not open is
    never kept.

    ``on_progress(done, total)``, when given, is called on the calling thread as the work
    goes: ``done`` starts at 0, only goes up and reaches ``total`` once ``out`` is in place.
    """
    from genwerkt_desktop.store import backup

    if out.exists() and out.is_dir():
        raise StateError(f"{out} is een map; geef een bestandsnaam")
    backup.make_backup_file(
        vault.db.engine,
        vault.key,
        header_to_bytes(vault.header),
        vault.now_text(),
        out,
        on_progress,
        cipher=vault.header.cipher,
    )
    vault.record("back-up")
    return out


def damaged_pages(vault: OpenVault) -> int:
    """How many pages of the open store fail their HMAC: one pass over the whole file,
    so damage anywhere shows at once, not only when that page is read."""
    return vault.db.damaged_pages()


def verify_store(service: VaultService, passphrase: str) -> VerifyReport:
    """Check the header, the cipher pages, the structure, the schema and the audit chain.

    Changes no byte of the data folder: a damaged store is not made worse, nor quietly
    rolled back, by looking at it.
    """
    from genwerkt_desktop.store.verify import check_store

    header, key = service.unlock_for_check(passphrase)
    paths = service.paths
    problems = check_store(paths.database, key, header.cipher)
    if read_header(paths.header).vault_id != header.vault_id:
        problems.append("sleutelbestand: gewijzigd tijdens de controle")
    return VerifyReport(tuple(problems))


def restore_backup(service: VaultService, source: Path, passphrase: str) -> int:
    """Restore ``source`` into an empty data folder; return the number of clients.

    Everything is unpacked and checked in a temporary folder first, so a wrong
    passphrase or a damaged backup leaves the data folder as it was.
    """
    from genwerkt_desktop.store import backup

    if service.exists():
        raise StateError(f"{service.paths.data_dir} bevat al een kluis; kies een lege map")
    if not source.is_file():
        raise StateError(f"{source}: back-up niet gevonden")
    data_dir = files.private_dir(service.paths.data_dir)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        staged_db = staging / service.paths.database.name
        header = header_from_bytes(backup.read_backup_file(source, staged_db))
        key = unlock_with_passphrase(header, passphrase, service.policy)
        problems = backup.check_database_file(staged_db, key, cipher=header.cipher)
        if problems:
            raise IntegrityFailure(f"{source.name}: " + "; ".join(problems))
        os.replace(staged_db, service.paths.database)
        write_header_atomic(service.paths.header, header)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    vault = service.unlock(passphrase, audit_open=False)
    try:
        vault.record("teruggezet")
        return DossierService(vault).count()
    finally:
        vault.close()
