"""An opened, keyed store: the engine, its schema brought up to date, clean closing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from . import migrate
from .engine import DEFAULT_CACHE_KIB, WRITE_OPTION, checkpoint, checkpoint_and_dispose, open_engine


class Database:
    """One encrypted database file.  Units of work come from ``write()`` and ``read()``."""

    def __init__(
        self, path: Path, key: bytes, cache_kib: int = DEFAULT_CACHE_KIB, *, create: bool = False
    ) -> None:
        self.path = path
        self.engine: Engine = open_engine(path, key, cache_kib, create=create)
        # Open one connection now: a wrong key or a damaged first page shows here.
        with self.engine.connect():
            pass

    def migrate(self, safety_backup: Callable[[], Any] | None = None) -> bool:
        return migrate.upgrade(self.engine, safety_backup)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def checkpoint(self) -> None:
        """Fold committed work from the WAL into the database file."""
        checkpoint(self.engine)

    def close(self) -> None:
        checkpoint_and_dispose(self.engine)
