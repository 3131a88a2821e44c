"""Backup, restore and verify the whole store."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import IntegrityFailure, StateError
from genwerkt_desktop.store import files, page_check_record
from genwerkt_desktop.store.page_check_record import PageCheckRecord, StoreStamp
from genwerkt_desktop.store.vault import (
    header_from_bytes,
    header_to_bytes,
    read_header,
    unlock_with_passphrase,
    write_header_atomic,
)

from .dossiers import DossierService
from .paths import VaultPaths
from .vault import OpenVault, VaultService

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


@dataclass(frozen=True)
class PageCheck:
    """What the page check on opening found.

    ``full_pass`` says whether every page was read now; False when the sealed record
    showed the files exactly as after a clean full pass less than a day ago.
    ``checked_at`` is when every page was last read clean.  ``seal`` is the record's key
    (derived from the vault key, never the key itself), kept to refresh the record once
    the vault is closed and its key gone.
    """

    damaged: int
    full_pass: bool
    checked_at: datetime
    seal: bytes = field(repr=False, compare=False)

    @property
    def clean(self) -> bool:
        return self.damaged == 0


def store_stamp(paths: VaultPaths) -> StoreStamp:
    """The store's files as they are now; taken before opening, so the command's own
    writes (the audit line of the open) do not count as a change."""
    return page_check_record.stamp_store(paths.database, paths.database_wal)


def check_pages(vault: OpenVault) -> PageCheck:
    """Every page's HMAC, in one pass over the whole file, unless the sealed record
    vouches for the files as this open found them (``vault.stamp_at_open``, taken before
    the open wrote anything).  A clean pass is recorded; damage forgets the record."""
    seen = vault.stamp_at_open
    paths = vault.paths
    seal = page_check_record.record_key(vault.key)
    now = vault.clock.now()
    if seen is not None:
        record = page_check_record.read_record(paths.page_check, seal)
        if record is not None and page_check_record.vouches_for(record, seen, now):
            return PageCheck(0, full_pass=False, checked_at=record.checked_at, seal=seal)
    damaged = vault.db.damaged_pages()
    if damaged:
        page_check_record.forget_record(paths.page_check)
    else:
        page_check_record.try_write_record(
            paths.page_check, seal, PageCheckRecord(store_stamp(paths), now)
        )
    return PageCheck(damaged, full_pass=True, checked_at=now, seal=seal)


def note_store_closed(paths: VaultPaths, check: PageCheck) -> None:
    """After the vault that ``check`` was made on is closed (its writes checkpointed):
    the record follows the files as genwerkt itself left them, when the check found the
    store clean.  The moment of the last full pass stays, so a pass still runs daily."""
    if not check.clean:
        return
    record = PageCheckRecord(store_stamp(paths), check.checked_at)
    page_check_record.try_write_record(paths.page_check, check.seal, record)


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
