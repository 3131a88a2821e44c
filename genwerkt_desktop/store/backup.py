"""Encrypted backups and integrity checks.

A backup is one file: a zip (stored, not compressed: the content is ciphertext) with a
small manifest, the vault header and an encrypted copy of the database made with
SQLite's backup API under the same key.  It opens with the same passphrase or recovery
code as the vault.  Every copy is opened and checked before it is kept.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from genwerkt_desktop.domain.errors import IntegrityFailure

from . import audit, migrate
from .engine import DatabaseError, connect_raw

MANIFEST = "genwerkt-backup.json"
HEADER_MEMBER = "vault.json"
DB_MEMBER = "genwerkt.db"
BACKUP_FORMAT = "genwerkt-backup"


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def export_database(engine: Engine, key: bytes, target: Path) -> None:
    """An encrypted, consistent copy of the open database at ``target`` (replaced atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".genwerkt-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # the copy starts from an empty file
    try:
        # SQLite's backup API copies page by page under the same key: one read snapshot,
        # no row-by-row rebuild (sqlcipher_export took twice as long on a large store).
        raw = engine.raw_connection()
        try:
            copy = connect_raw(tmp, key, cache_kib=8192)
            try:
                source = raw.driver_connection
                assert source is not None  # a pooled connection always has its driver's
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            raw.close()
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def check_database_file(path: Path, key: bytes, *, thorough: bool = True) -> list[str]:
    """Every problem found in a database file; empty when it is sound.

    ``thorough`` also walks every b-tree and foreign key; every page's HMAC is verified
    either way, so a damaged or altered page always shows.
    """
    try:
        conn = connect_raw(path, key, cache_kib=8192)
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


def write_backup_file(out: Path, header_bytes: bytes, db_copy: Path, created_at: str) -> None:
    """Pack header and database copy into ``out``, atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    manifest = {
        "format": BACKUP_FORMAT,
        "version": 1,
        "created_at": created_at,
        "schema": migrate.head_revision(),
    }
    fd, tmp_name = tempfile.mkstemp(prefix=".genwerkt-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.writestr(HEADER_MEMBER, header_bytes)
            zf.write(db_copy, DB_MEMBER)
        _fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)


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
