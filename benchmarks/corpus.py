"""The big vault: ``--clients`` generated dossiers, filled through the import path."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store.vault import KdfPolicy

from .common import FAST_POLICY, BenchmarkError, Metric, Say
from .sizes import Sizes
from .workspace import created_vault

SEED = 1
_WORD = re.compile(r"\w+")


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


def _vocabulary(vault: OpenVault, say: Say) -> int:
    """Distinct words of the contact notes, and the most and least frequent (issue 18)."""
    words: Counter[str] = Counter()
    with vault.db.read() as conn:
        for (summary,) in conn.execute(text("SELECT summary FROM contacts")):
            words.update(_WORD.findall(summary.lower()))
    ranked = words.most_common()
    top = ", ".join(f"{w} {n}" for w, n in ranked[:8])
    bottom = ", ".join(f"{w} {n}" for w, n in ranked[-5:])
    rare = sum(1 for _, n in ranked if n <= 10)
    say(
        f"corpus: {sum(words.values())} words in the notes, {len(ranked)} distinct "
        f"({rare} seen at most 10 times); top: {top}; bottom: {bottom}"
    )
    return len(ranked)


def build_corpus(
    folder: Path, sizes: Sizes, say: Say, policy: KdfPolicy = FAST_POLICY
) -> list[Metric]:
    """Create the vault in ``folder`` and fill it; check the note count is big enough.

    ``policy``: the production one when the CLI benchmark opens this vault (the CLI
    refuses KDF parameters below its floor).
    """
    with created_vault(folder, policy) as vault:
        started = time.perf_counter()
        clients, notes = fill(
            vault, sizes.clients, seed=SEED, progress=_FillProgress(say, sizes.clients)
        )
        seconds = time.perf_counter() - started
        with vault.db.read() as conn:
            stored = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        distinct = _vocabulary(vault, say)
    say(f"generate: {clients} clients, {notes} contact notes ({stored} stored) in {seconds:.1f} s")
    if stored != notes:
        raise BenchmarkError(f"fill reported {notes} notes but the store holds {stored}")
    if notes < sizes.min_notes:
        raise BenchmarkError(f"only {notes} contact notes; the full run needs {sizes.min_notes}")
    return [
        Metric("corpus_distinct_words", float(distinct), "count"),
        Metric("generate_clients_per_s", clients / seconds, "clients/s", None, "higher"),
        Metric("notes_total", float(notes), "count"),
    ]
