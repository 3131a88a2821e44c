"""What every check gets: the command runner, a pristine demo store and a temp root."""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cli import Cli
from .dossiers import read_json
from .files import copy_store
from .report import Report
from .snapshot import ProbeFailed, Snapshot, list_clients, take


class SetupError(Exception):
    """The harness could not prepare what a check needs; the check records it as failed."""


@dataclass
class Baseline:
    """A store made by ``init`` + ``demo`` that no check touches; checks work on copies."""

    pristine: Path
    recovery_code: str
    client_ids: list[str]
    docs: dict[str, dict[str, Any]]  # client id -> its JSON export
    snapshot: Snapshot
    needles: list[str]  # client strings that must never be on disk in the clear


@dataclass
class Context:
    cli: Cli
    root: Path  # the run's temp folder; removed at the end
    report: Report
    rng: random.Random
    short: bool
    baseline: Baseline
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def scratch(self, name: str) -> Path:
        """A new, empty folder of the run."""
        path = self.root / "work" / f"{next(self._counter):04d}-{name}"
        path.mkdir(parents=True)
        return path

    def store_copy(self, name: str) -> Path:
        """A fresh copy of the pristine demo store (the copy's own data folder)."""
        return copy_store(self.baseline.pristine, self.scratch(name) / "data")

    def snapshot(self, data_dir: Path, ids: list[str] | None = None) -> Snapshot:
        return take(self.cli, data_dir, ids or self.baseline.client_ids, self.scratch("snap"))


def build_baseline(cli: Cli, root: Path) -> Baseline:
    data = root / "pristine" / "data"
    created = cli.run(data, "init")
    if created.code != 0:
        raise SetupError(created.describe())
    code = created.out.strip().splitlines()[-1] if created.out.strip() else ""
    demo = cli.run(data, "demo")
    if demo.code != 0:
        raise SetupError(demo.describe())
    try:
        ids = [str(r["id"]) for r in list_clients(cli, data)]
        exports = root / "pristine" / "exports"
        exports.mkdir()
        docs = {}
        for cid in ids:
            out = exports / f"{cid}.json"
            result = cli.run(data, "export", cid, "--kind", "json", "-o", str(out))
            if result.code != 0:
                raise SetupError(result.describe())
            docs[cid] = read_json(out)
        snapshot = take(cli, data, ids, root / "pristine" / "snap")
    except ProbeFailed as exc:
        raise SetupError(str(exc)) from None
    if not ids:
        raise SetupError("demo made no clients")
    needles = client_needles(list(docs.values()), program_text(cli.repo))
    return Baseline(data, code, ids, docs, snapshot, needles)


# Words of the dossiers' free text that are specific to them: capitalised in mid-sentence
# (names of people and places) or with letters outside ASCII.  Common Dutch words would
# also be in the program's own strings and prove nothing.
_PROPER_NOUN = re.compile(r"(?<=[^\W\d_,;:] )[^\W\d_a-z][^\W\d_]{4,}")
_NON_ASCII_WORD = re.compile(r"[^\W\d_]{7,}")


def program_text(repo: Path) -> str:
    """The program's own source and translations: a word found there is no sign of a
    leak (a language setting may well write "Nederlands" to a config file)."""
    parts = []
    for pattern in ("genwerkt_desktop/**/*.py", "resources/**/*.ts", "genwerkt_desktop/**/*.json"):
        parts += [p.read_text("utf-8", "replace") for p in sorted(repo.glob(pattern))]
    return "\n".join(parts)


def client_needles(docs: list[dict[str, Any]], program: str = "") -> list[str]:
    """Names, addresses, e-mail addresses and a few telling words of each dossier's free
    text that the program itself does not contain: enough to notice plaintext, specific
    enough never to match by chance."""
    needles: set[str] = set()
    for doc in docs:
        client = doc.get("client", {})
        for key in ("first_name", "last_name", "address", "email"):
            value = client.get(key)
            if isinstance(value, str) and len(value) >= 4:
                needles.add(value)
        texts = [client.get("support_question", "")]
        texts += [o.get("text", "") for o in doc.get("observations", [])]
        texts += [c.get("note", "") or "" for c in doc.get("consents", [])]
        names: set[str] = set()
        words: set[str] = set()
        for text in texts:
            if isinstance(text, str):
                names.update(w for w in _PROPER_NOUN.findall(text) if w[0].isupper())
                words.update(w for w in _NON_ASCII_WORD.findall(text) if not w.isascii())
        names = {w for w in names if w not in program}
        words = {w for w in words if w not in program}
        needles.update(sorted(names, key=lambda w: (-len(w), w))[:4])
        needles.update(sorted(words, key=lambda w: (-len(w), w))[:2])
    return sorted(needles)
