"""Where a vault's files live: one data folder holds everything of the store."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from genwerkt_desktop import APP_NAME


@dataclass(frozen=True)
class VaultPaths:
    data_dir: Path

    @property
    def header(self) -> Path:
        return self.data_dir / "vault.json"

    @property
    def database(self) -> Path:
        return self.data_dir / "genwerkt.db"

    @property
    def database_wal(self) -> Path:
        return self.data_dir / "genwerkt.db-wal"

    @property
    def page_check(self) -> Path:
        """When every page was last read clean, sealed (store/page_check_record.py)."""
        return self.data_dir / "page-check.json"

    @property
    def safety_backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "genwerkt.lock"

    def store_files(self) -> list[Path]:
        """The files that make up the store itself (not the automatic backups)."""
        names = ("vault.json", "genwerkt.db", "genwerkt.db-wal", "genwerkt.db-shm")
        return [self.data_dir / n for n in names if (self.data_dir / n).exists()]


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``GENWERKT_DATA_DIR``, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("GENWERKT_DATA_DIR")
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
