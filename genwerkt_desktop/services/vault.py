"""Create, unlock and re-key the vault; hand out an open store.

The vault is the data folder: the key header (``vault.json``) and the encrypted
database.  A wrong passphrase is found out from the header alone, before the database
is touched, so a failed unlock changes no file.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from genwerkt_desktop.domain.clock import Clock, SystemClock
from genwerkt_desktop.domain.errors import IntegrityFailure, StateError
from genwerkt_desktop.store.keystore import KeyStore, NoKeyStore
from genwerkt_desktop.store.vault import (
    PRODUCTION_POLICY,
    KdfPolicy,
    VaultHeader,
    create_vault,
    read_header,
    rewrap_passphrase,
    unlock_with_passphrase,
    unlock_with_recovery,
    write_header_atomic,
)

from .paths import VaultPaths

if TYPE_CHECKING:
    from genwerkt_desktop.services.client_list import ClientSummary
    from genwerkt_desktop.store.connection import SqlConnection
    from genwerkt_desktop.store.database import Connection, Database
    from genwerkt_desktop.store.lean_read import LeanDatabase
    from genwerkt_desktop.store.page_check_record import StoreStamp

__all__ = [
    "PRODUCTION_POLICY",
    "CreatedVault",
    "KdfPolicy",
    "LeanVault",
    "OpenVault",
    "UnlockedVault",
    "VaultService",
    "preload",
]

SAFETY_BACKUPS_KEPT = 5


# The database layer (SQLAlchemy, Alembic) takes most of a second to import.  It is only
# needed once a vault opens, so it is imported there, not at start-up: the unlock page
# comes first.  ``preload`` imports it ahead of time, on a thread of its own from the start
# of the process (ui/preload.py), while the coach types.
def preload() -> None:
    """Import what opening a vault and its services needs, so the first unlock does not
    wait for it.  Safe on a worker thread; importing twice costs nothing."""
    from genwerkt_desktop.services import workspace  # noqa: F401
    from genwerkt_desktop.store import audit, backup, database, engine  # noqa: F401


class Store(Protocol):
    """What every unlocked store offers, full (``store.database.Database``) or lean
    (``store.lean_read.LeanDatabase``)."""

    def read(self) -> AbstractContextManager[SqlConnection]: ...

    def write(self) -> AbstractContextManager[SqlConnection]: ...

    def damaged_pages(self) -> int: ...

    def close(self) -> None: ...


class UnlockedVault:
    """An unlocked store: its files, its key and clock, the audit log.  Closing it drops
    the key and the connections."""

    db: Store

    def __init__(self, paths: VaultPaths, header: VaultHeader, key: bytes, clock: Clock) -> None:
        self.paths = paths
        # The store's files just before this open (set by VaultService); None when made.
        self.stamp_at_open: StoreStamp | None = None
        self.vault_id = header.vault_id
        self.clock = clock
        self._header = header
        self._key: bytes | None = key

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise StateError("de kluis is vergrendeld")
        return self._key

    @property
    def header(self) -> VaultHeader:
        return self._header

    def now_text(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def record(
        self,
        action: str,
        client_id: str | None = None,
        detail: str | None = None,
        conn: SqlConnection | None = None,
    ) -> None:
        """Add one line to the audit log (never content: an action, an id, a kind).

        Given the connection of a write, the line commits with that write or not at all.
        """
        from genwerkt_desktop.store import audit

        if conn is not None:
            audit.append(conn, self.now_text(), action, client_id, detail)
            return
        with self.db.write() as own:
            audit.append(own, self.now_text(), action, client_id, detail)

    def close(self) -> None:
        if self._key is None:
            return
        self.db.close()
        self._key = None
        # The desktop sets what its imports loaded aside from the collector (gc.freeze in
        # ui/preload.py), and a vault opened meanwhile is set aside with it.  The database
        # layer's objects hold each other in cycles: back in the collector's sight, they
        # go at its next pass instead of living as long as the process.
        gc.unfreeze()


class OpenVault(UnlockedVault):
    """An unlocked store on the database layer.  Services take it."""

    db: Database

    def __init__(
        self,
        paths: VaultPaths,
        header: VaultHeader,
        key: bytes,
        clock: Clock,
        *,
        create: bool = False,
    ) -> None:
        from genwerkt_desktop.store.database import Database
        from genwerkt_desktop.store.engine import DRIVER_ERRORS
        from genwerkt_desktop.store.failures import translate_database_error

        super().__init__(paths, header, key, clock)
        try:
            self.db = Database(paths.database, key, create=create, cipher=header.cipher)
        except DRIVER_ERRORS as exc:
            raise translate_database_error(exc) from exc

    @contextmanager
    def write_dossier(self, client_id: str) -> Iterator[Connection]:
        """A write to one dossier: refused before anything is written, naming the
        colleague who holds it, when it is a read-only team copy on this laptop (the
        store's triggers refuse it too, but cannot say who holds it)."""
        from genwerkt_desktop.store import team_local

        with self.db.write() as conn:
            team_local.require_writable(conn, client_id)
            yield conn

    def safety_backup(self) -> Path:
        """A verified copy in the data folder's backups/, keeping the last five."""
        from genwerkt_desktop.store import backup, files

        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        folder = files.private_dir(self.paths.safety_backups)
        out = folder / f"{stamp}.genwerkt-backup"
        write_backup(self, out)
        backup.rotate(folder, SAFETY_BACKUPS_KEPT)
        return out


class LeanVault(UnlockedVault):
    """An unlocked store for reading, on one keyed connection without the database layer
    (store/lean_read.py): ``genwerkt clients`` does not wait ~0.3 s for SQLAlchemy and the
    models to load.  Only a store at this program's schema is opened so
    (``VaultService.unlock_for_reading``)."""

    db: LeanDatabase

    def __init__(self, paths: VaultPaths, header: VaultHeader, key: bytes, clock: Clock) -> None:
        from genwerkt_desktop.store.lean_read import LeanDatabase

        super().__init__(paths, header, key, clock)
        self.db = LeanDatabase(paths.database, key, cipher=header.cipher)


def write_backup(vault: OpenVault, out: Path) -> None:
    """Export, verify, then pack: a backup that does not open is never kept."""
    from genwerkt_desktop.store import backup
    from genwerkt_desktop.store.vault import header_to_bytes

    backup.make_backup_file(
        vault.db.engine,
        vault.key,
        header_to_bytes(vault.header),
        vault.now_text(),
        out,
        cipher=vault.header.cipher,
    )


@dataclass(frozen=True)
class CreatedVault:
    vault: OpenVault
    recovery_code: str


class VaultService:
    """Everything that happens before a vault is open, plus re-keying."""

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: KdfPolicy = PRODUCTION_POLICY,
        clock: Clock | None = None,
        keystore: KeyStore | None = None,
    ) -> None:
        self.paths = VaultPaths(data_dir)
        self.policy = policy
        self.clock: Clock = clock or SystemClock()
        self.keystore: KeyStore = keystore or NoKeyStore()

    def exists(self) -> bool:
        return self.paths.header.exists() or self.paths.database.exists()

    def _header(self) -> VaultHeader:
        if not self.paths.header.exists():
            if self.paths.database.exists():
                raise IntegrityFailure("het sleutelbestand vault.json ontbreekt naast de databank")
            raise StateError(f"hier staat geen kluis: {self.paths.data_dir}")
        return read_header(self.paths.header)

    def create(self, passphrase: str) -> CreatedVault:
        if self.exists():
            raise StateError(f"er staat al een kluis in {self.paths.data_dir}")
        from genwerkt_desktop.store import files

        files.private_dir(self.paths.data_dir)
        now = self.clock.now().isoformat(timespec="seconds")
        header, key, code = create_vault(passphrase, self.policy, now)
        try:
            vault = OpenVault(self.paths, header, key, self.clock, create=True)
            files.make_private(self.paths.database)
            vault.db.migrate()
            write_header_atomic(self.paths.header, header)
            vault.record("aangemaakt")
        except BaseException:
            # Half a vault is worse than none: leave the folder as it was.
            for p in (self.paths.header, *self.paths.store_files()):
                p.unlink(missing_ok=True)
            raise
        return CreatedVault(vault, code)

    def _before_open(self) -> StoreStamp:
        """Refuse a WAL that would lose work; the files as they are before the open."""
        from genwerkt_desktop.store import page_check_record, wal

        # SQLite would replay a damaged WAL up to the damage and forget the rest: refuse to
        # open rather than quietly lose finished work.
        lost = wal.lost_commits(self.paths.database_wal)
        if lost:
            raise IntegrityFailure(
                f"het wal-bestand van de databank is beschadigd ({lost} opgeslagen "
                "wijziging(en) zouden verloren gaan); zet een back-up terug of vraag hulp"
            )
        # The files as they were before this open wrote anything: what the sealed record
        # of the last full page check can vouch for (services/page_check.py check_pages).
        return page_check_record.stamp_store(self.paths.database, self.paths.database_wal)

    def _make_private(self) -> None:
        """Stores made by earlier versions may be readable by others: make them private."""
        from genwerkt_desktop.store import files

        files.private_dir(self.paths.data_dir)
        for path in self.paths.store_files():
            files.make_private(path)

    def _open(
        self,
        header: VaultHeader,
        key: bytes,
        *,
        audit_open: bool = True,
        updating: Callable[[], object] | None = None,
        seen: StoreStamp | None = None,
    ) -> OpenVault:
        from genwerkt_desktop.store.engine import DRIVER_ERRORS
        from genwerkt_desktop.store.failures import translate_database_error

        if seen is None:
            seen = self._before_open()
        vault = OpenVault(self.paths, header, key, self.clock)
        vault.stamp_at_open = seen
        self._make_private()

        def before_update() -> None:
            # Only when the schema is older: the safety copy and the migration may take a
            # while on a large vault (0009 builds the search index again).
            if updating is not None:
                updating()
            vault.safety_backup()

        try:
            vault.db.migrate(before_update)
            if audit_open:
                vault.record("geopend")
        except DRIVER_ERRORS as exc:
            vault.db.engine.dispose()
            raise translate_database_error(exc) from exc
        except BaseException:
            vault.db.engine.dispose()
            raise
        return vault

    def unlock(
        self,
        passphrase: str,
        *,
        audit_open: bool = True,
        updating: Callable[[], object] | None = None,
    ) -> OpenVault:
        """Open with the passphrase; ``updating`` is called (on this thread) when the
        store's schema is older than this program's, before its update starts."""
        header = self._header()
        key = unlock_with_passphrase(header, passphrase, self.policy)
        return self._open(header, key, audit_open=audit_open, updating=updating)

    def unlock_with_names(
        self,
        passphrase: str,
        *,
        updating: Callable[[], object] | None = None,
        names_read: Callable[[list[ClientSummary] | None], object] | None = None,
    ) -> tuple[OpenVault, list[ClientSummary] | None]:
        """As :meth:`unlock`, and the client list's names as ``DossierService.list_names``
        gives them, read before the store is opened the full way: on a bare keyed
        connection, which needs no database layer.  The desktop imports that layer on a
        thread of its own (ui/preload.py) while the key is derived, and shows the names
        before the store is opened (``names_read`` is called with them, or with None,
        right before that open; it may wait).  None when the store is older than this
        program (it is updated first)."""
        header = self._header()
        key = unlock_with_passphrase(header, passphrase, self.policy)
        seen = self._before_open()
        names = self._names_before_open(header, key)
        if names_read is not None:
            names_read(names)
        return self._open(header, key, updating=updating, seen=seen), names

    def _names_before_open(self, header: VaultHeader, key: bytes) -> list[ClientSummary] | None:
        from genwerkt_desktop.services.client_list import names_and_phases
        from genwerkt_desktop.store.connection import DatabaseError

        try:
            lean = LeanVault(self.paths, header, key, self.clock)
        except DatabaseError:
            return None  # the open that follows says what is wrong
        try:
            return names_and_phases(lean) if lean.db.at_head() else None
        except DatabaseError:
            return None
        finally:
            lean.db.close(checkpoint=False)  # a look only: the open after it writes

    def unlock_for_reading(self, passphrase: str) -> UnlockedVault:
        """Open with the passphrase for a command that only reads: without the database
        layer (a ``LeanVault``) when the store's schema is this program's; otherwise as
        ``unlock`` opens it, updating the schema first.  Either way the open is logged."""
        from genwerkt_desktop.store.connection import DatabaseError
        from genwerkt_desktop.store.failures import translate_database_error

        header = self._header()
        key = unlock_with_passphrase(header, passphrase, self.policy)
        seen = self._before_open()
        try:
            vault = LeanVault(self.paths, header, key, self.clock)
        except DatabaseError as exc:
            raise translate_database_error(exc) from exc
        try:
            at_head = vault.db.at_head()
            if at_head:
                vault.stamp_at_open = seen
                self._make_private()
                vault.record("geopend")
        except DatabaseError as exc:
            vault.close()
            raise translate_database_error(exc) from exc
        except BaseException:
            vault.close()
            raise
        if at_head:
            return vault
        vault.close()
        return self._open(header, key, seen=seen)

    def unlock_for_check(self, passphrase: str) -> tuple[VaultHeader, bytes]:
        """The key without opening the database (for ``verify``, which must not write)."""
        header = self._header()
        return header, unlock_with_passphrase(header, passphrase, self.policy)

    def unlock_with_recovery(self, recovery_code: str, new_passphrase: str) -> OpenVault:
        """Open with the recovery code and set a new passphrase at once."""
        header = self._header()
        key = unlock_with_recovery(header, recovery_code)
        new_header = rewrap_passphrase(header, key, new_passphrase, self.policy)
        write_header_atomic(self.paths.header, new_header)
        vault = self._open(new_header, key)
        vault.record("wachtzin_hersteld")
        return vault

    def unlock_remembered(self, updating: Callable[[], object] | None = None) -> OpenVault | None:
        """Open with the key this device remembers, if any.  Never creates a store."""
        if not self.paths.header.exists():
            return None
        header = self._header()
        key = self.keystore.load(header.vault_id)
        if key is None:
            return None
        return self._open(header, key, updating=updating)

    def change_passphrase(self, old: str, new: str) -> None:
        header = self._header()
        key = unlock_with_passphrase(header, old, self.policy)
        write_header_atomic(self.paths.header, rewrap_passphrase(header, key, new, self.policy))
        vault = self._open(read_header(self.paths.header), key, audit_open=False)
        try:
            vault.record("wachtzin_gewijzigd")
        finally:
            vault.close()

    def remember_availability(self) -> str | None:
        """None when "remember on this device" can be offered, else why not (Dutch)."""
        return self.keystore.availability()

    def is_remembered(self) -> bool:
        if not self.paths.header.exists() or self.keystore.availability() is not None:
            return False
        return self.keystore.load(self._header().vault_id) is not None

    def remember_on_device(self, vault: OpenVault) -> None:
        self.keystore.save(vault.vault_id, vault.key)

    def forget_on_device(self) -> None:
        if self.paths.header.exists():
            self.keystore.forget(self._header().vault_id)
