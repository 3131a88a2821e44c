"""Encrypted backups and integrity checks.

A backup is one file: a zip (stored, not compressed: the content is ciphertext) with a
small manifest, the vault header and an encrypted copy of the database made with
SQLite's backup API under the same key.  It opens with the same passphrase or recovery
code as the vault.  Every copy is opened and checked before it is kept.

Making one takes seconds on a big store, so :func:`make_backup_file` says how far it is
through an optional plain callback ``on_progress(done, total)``.
"""

from __future__ import annotations

import json
import math
import os
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from genwerkt_desktop.domain.errors import IntegrityFailure

from . import audit, files, migrate
from .cipher_profile import CipherProfile
from .engine import DRIVER_ERRORS, DatabaseError, connect_raw
from .failures import translate_database_error

MANIFEST = "genwerkt-backup.json"
HEADER_MEMBER = "vault.json"
DB_MEMBER = "genwerkt.db"
BACKUP_FORMAT = "genwerkt-backup"

ProgressCallback = Callable[[int, int], None]
"""``on_progress(done, total)``: called on the thread doing the work, so keep it quick."""

# make_backup_file reports in thousandths.  The stages' shares follow where the time goes
# on the 2,000-client benchmark vault (272 MB): the page copy about 2.5 s, the check
# 0.7 s, packing 0.6 s.
PROGRESS_TOTAL = 1000
COPIED_AT = 650
CHECKED_AT = 850
# The page copy runs in about this many steps (each step is one call to on_progress),
# never fewer than MIN_STEP_PAGES pages at a time.
COPY_STEPS = 100
MIN_STEP_PAGES = 16
PACK_CHUNK = 4 << 20


class _Stages:
    """Maps each stage's own ``(done, total)`` onto one scale; reports only increases."""

    def __init__(self, on_progress: ProgressCallback | None, total: int = PROGRESS_TOTAL) -> None:
        self._on_progress = on_progress
        self.total = total
        self._last = -1

    def report(self, done: int) -> None:
        done = min(max(done, 0), self.total)
        if self._on_progress is not None and done > self._last:
            self._last = done
            self._on_progress(done, self.total)

    def stage(self, start: int, end: int) -> ProgressCallback:
        def report(done: int, total: int) -> None:
            share = 1.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
            self.report(start + math.floor((end - start) * share))

        return report


def _pages_per_step(page_count: int) -> int:
    return max(MIN_STEP_PAGES, math.ceil(page_count / COPY_STEPS))


def export_database(
    engine: Engine,
    key: bytes,
    target: Path,
    on_progress: ProgressCallback | None = None,
    *,
    cipher: CipherProfile,
) -> None:
    """An encrypted, consistent copy of the open database at ``target`` (replaced atomically),
    with the same ``cipher`` profile as the database (the page copy needs it).

    ``on_progress(pages_copied, pages_total)`` follows the copy step by step; an exception
    it raises stops the copy and leaves no file at ``target``.
    """
    files.private_dir(target.parent)
    with files.temp_beside(target) as tmp:
        _copy_pages(engine, key, tmp, on_progress, cipher)
        files.replace_atomic(tmp, target)


def _copy_pages(
    engine: Engine,
    key: bytes,
    tmp: Path,
    on_progress: ProgressCallback | None,
    cipher: CipherProfile,
) -> None:
    # SQLite's backup API copies page by page under the same key: no row-by-row rebuild
    # (sqlcipher_export took twice as long on a large store).  It copies in steps so
    # progress can be told; the read transaction held across the steps keeps one
    # snapshot, so a write elsewhere meanwhile neither tears nor restarts the copy.
    def step(_status: int, remaining: int, total: int) -> None:
        if on_progress is not None:
            on_progress(total - remaining, total)

    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None  # a pooled connection always has its driver's
        # The copy has the source's profile: the backup API copies pages as they are.
        copy = connect_raw(tmp, key, cache_kib=8192, create=True, cipher=cipher)
        try:
            source.execute("BEGIN")
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
                (page_count,) = source.execute("PRAGMA page_count").fetchone()
                step(0, page_count, page_count)
                source.backup(copy, pages=_pages_per_step(page_count), progress=step)
            finally:
                if source.in_transaction:
                    source.execute("ROLLBACK")  # it only read: end the snapshot
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        raw.close()


def check_database_file(
    path: Path, key: bytes, *, thorough: bool = True, cipher: CipherProfile
) -> list[str]:
    """Every problem found in a database file (read with ``cipher``); empty when it is sound.

    ``thorough`` also walks every b-tree and foreign key; every page's HMAC is verified
    either way, so a damaged or altered page always shows.
    """
    try:
        conn = connect_raw(path, key, cache_kib=8192, cipher=cipher)
    except IntegrityFailure as exc:
        return [str(exc)]
    problems: list[str] = []
    try:
        try:
            bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except DatabaseError:
            bad_pages = [("onleesbaar",)]
        if bad_pages:
            problems.append(f"versleuteling: {len(bad_pages)} pagina('s) beschadigd of gewijzigd")
        # A fresh page copy is checked page by page (above) and read (below); the walk
        # through every b-tree and foreign key is for a store itself (verify, restore).
        if thorough:
            problems += _structure_problems(conn)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            # An older known version is sound: it is brought up to date at the next unlock.
            if row is None or row[0] not in migrate.known_revisions():
                problems.append("schemaversie: onbekend (gemaakt door een andere versie?)")
        except DatabaseError:
            problems.append("schemaversie: niet te lezen")
        if not problems:
            try:
                rows = conn.execute(
                    f"SELECT {audit.CHAIN_COLUMNS} FROM audit_log ORDER BY seq"
                ).fetchall()
                broken = audit.verify_rows(rows)
            except DatabaseError:
                broken = "auditlog: niet te lezen"
            if broken:
                problems.append(broken)
    finally:
        conn.close()
    return problems


def _structure_problems(conn: Any) -> list[str]:
    problems: list[str] = []
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append("structuur: de databank is inwendig beschadigd")
    except DatabaseError:
        problems.append("structuur: de databank is inwendig beschadigd")
    try:
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("verwijzingen: er wijzen rijen naar iets dat niet bestaat")
    except DatabaseError:
        problems.append("verwijzingen: niet na te gaan")
    return problems


def write_backup_file(
    out: Path,
    header_bytes: bytes,
    db_copy: Path,
    created_at: str,
    on_progress: ProgressCallback | None = None,
) -> None:
    """Pack header and database copy into ``out``, atomically.

    ``on_progress(bytes_packed, bytes_total)`` follows the database copy going in.
    """
    manifest = {
        "format": BACKUP_FORMAT,
        "version": 1,
        "created_at": created_at,
        "schema": migrate.head_revision(),
    }
    with files.temp_beside(out) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.writestr(HEADER_MEMBER, header_bytes)
            # What ZipFile.write does, in bigger chunks and with progress.
            member = zipfile.ZipInfo.from_file(db_copy, DB_MEMBER)
            member.compress_type = zipfile.ZIP_STORED
            size = member.file_size
            packed = 0
            if on_progress is not None:
                on_progress(0, size)
            with open(db_copy, "rb") as src, zf.open(member, "w") as dst:
                while chunk := src.read(PACK_CHUNK):
                    dst.write(chunk)
                    packed += len(chunk)
                    if on_progress is not None:
                        on_progress(min(packed, size), size)
        files.replace_atomic(tmp, out)


def make_backup_file(
    engine: Engine,
    key: bytes,
    header_bytes: bytes,
    created_at: str,
    out: Path,
    on_progress: ProgressCallback | None = None,
    *,
    cipher: CipherProfile,
) -> None:
    """Export, check, then pack: a backup that does not open is never kept.  ``cipher``
    is the profile in ``header_bytes`` (the copy keeps the database's pages as they are).

    ``on_progress(done, PROGRESS_TOTAL)`` starts at 0, only goes up and ends at the total
    once ``out`` is in place.  Should it raise, the backup stops and nothing is kept.
    """
    stages = _Stages(on_progress)
    stages.report(0)
    out = files.writable_target(out)
    files.clean_stale_temps(out.parent)  # what killed runs left behind
    try:
        with files.temp_beside(out) as tmp_db:
            _copy_pages(engine, key, tmp_db, stages.stage(0, COPIED_AT), cipher)
            problems = check_database_file(tmp_db, key, thorough=False, cipher=cipher)
            if problems:
                raise IntegrityFailure("de back-up kon niet gecontroleerd worden: " + problems[0])
            stages.report(CHECKED_AT)
            write_backup_file(
                out,
                header_bytes,
                tmp_db,
                created_at,
                stages.stage(CHECKED_AT, PROGRESS_TOTAL - 1),
            )
    except OSError as exc:
        raise files.as_state_error(exc, out) from exc
    except DRIVER_ERRORS as exc:
        raise translate_database_error(exc) from exc
    stages.report(PROGRESS_TOTAL)


def read_backup_file(path: Path, into: Path) -> bytes:
    """Unpack a backup: write its database to ``into``; return the vault header bytes."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {MANIFEST, HEADER_MEMBER, DB_MEMBER} <= names:
                raise IntegrityFailure(f"{path.name}: dit is geen volledige genwerkt-back-up")
            manifest = json.loads(zf.read(MANIFEST))
            if manifest.get("format") != BACKUP_FORMAT:
                raise IntegrityFailure(f"{path.name}: dit is geen genwerkt-back-up")
            if zf.testzip() is not None:
                raise IntegrityFailure(f"{path.name}: de back-up is beschadigd")
            header = zf.read(HEADER_MEMBER)
            with zf.open(DB_MEMBER) as src, open(into, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
    except (zipfile.BadZipFile, json.JSONDecodeError, KeyError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise IntegrityFailure(f"{path.name}: de back-up is beschadigd of onvolledig") from exc
    return header


def rotate(folder: Path, keep: int = 5, pattern: str = "*.genwerkt-backup") -> Sequence[Path]:
    """Delete all but the newest ``keep`` automatic backups; return what was removed."""
    backups = sorted(folder.glob(pattern), key=lambda p: p.name)
    doomed = backups[:-keep] if keep > 0 else backups
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed
