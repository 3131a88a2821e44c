"""The big vault: ``--clients`` generated dossiers, filled through the import path."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill

from .common import BenchmarkError, Metric, Say
from .sizes import Sizes
from .workspace import created_vault

SEED = 1


class _FillProgress:
    """A progress line about every tenth of the fill, with the rate so far."""

    def __init__(self, say: Say, total: int) -> None:
        self._say = say
        self._step = max(1, total // 10)
        self._next = self._step
        self._start = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        if done < self._next and done < total:
            return
        self._next = done + self._step
        rate = done / max(time.perf_counter() - self._start, 1e-9)
        self._say(f"generate: {done}/{total} clients ({rate:.0f}/s)")


def build_corpus(folder: Path, sizes: Sizes, say: Say) -> list[Metric]:
    """Create the vault in ``folder`` and fill it; check the note count is big enough."""
    with created_vault(folder) as vault:
        started = time.perf_counter()
        clients, notes = fill(
            vault, sizes.clients, seed=SEED, progress=_FillProgress(say, sizes.clients)
        )
        seconds = time.perf_counter() - started
        with vault.db.read() as conn:
            stored = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
    say(f"generate: {clients} clients, {notes} contact notes ({stored} stored) in {seconds:.1f} s")
    if stored != notes:
        raise BenchmarkError(f"fill reported {notes} notes but the store holds {stored}")
    if notes < sizes.min_notes:
        raise BenchmarkError(f"only {notes} contact notes; the full run needs {sizes.min_notes}")
    return [
        Metric("generate_clients_per_s", clients / seconds, "clients/s", None, "higher"),
        Metric("notes_total", float(notes), "count"),
    ]
