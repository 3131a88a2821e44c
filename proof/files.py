"""File-level helpers: fingerprints of a folder, store copies, byte flips."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

DB_NAME = "genwerkt.db"
HEADER_NAME = "vault.json"
STORE_FILES = (HEADER_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(folder: Path) -> dict[str, str]:
    """sha256 of every file below ``folder`` (the -wal and -shm included), by relative
    path; folders are listed too so a new empty folder also counts as a change."""
    result: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            result[rel] = "symlink"
        elif path.is_dir():
            result[rel] = "dir"
        elif path.is_file():
            result[rel] = sha256_file(path)
    return result


def fingerprint_difference(before: dict[str, str], after: dict[str, str]) -> str | None:
    """A short description of what changed (file names only), or None."""
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    parts = []
    if changed:
        parts.append("changed " + ", ".join(changed))
    if added:
        parts.append("new " + ", ".join(added))
    if removed:
        parts.append("gone " + ", ".join(removed))
    return "; ".join(parts) or None


def copy_store(source: Path, target: Path) -> Path:
    """A full copy of a data folder (fresh target); modes are kept."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, symlinks=True)
    return target


def flip_byte(path: Path, offset: int, mask: int = 0x5A) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        old = fh.read(1)
        if not old:
            raise ValueError(f"offset {offset} beyond the end of {path.name}")
        fh.seek(offset)
        fh.write(bytes([old[0] ^ mask]))


def leftover_temp_files(folder: Path) -> list[str]:
    """Temp files a writer leaves when it dies: ``.genwerkt-*.tmp``, ``*.tmp``."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.name.endswith(".tmp"))
