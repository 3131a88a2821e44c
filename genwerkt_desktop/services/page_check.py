"""The page check on opening: every page's HMAC, unless the sealed record of the last
clean pass vouches for the files as this open found them (store/page_check_record.py).

Apart from the backups (backups.py) so that a command that only reads (``genwerkt
clients``, on a lean vault) checks the pages exactly as every other command does,
without loading the backup and dossier code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from genwerkt_desktop.store import page_check_record
from genwerkt_desktop.store.page_check_record import PageCheckRecord, StoreStamp

from .paths import VaultPaths
from .vault import UnlockedVault


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


def check_pages(vault: UnlockedVault) -> PageCheck:
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
