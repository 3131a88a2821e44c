"""The realistic search mix (issue 18): median and p95 per class of query, each beside a floor.

Classes, as a coach meets them: rare words, common words, 1-, 2- and 3-letter prefixes
(the first keys of a word as it is typed), two words, and names.  Every query goes
through the two entry points the product has:

* ``typing``: ``SearchService.client_ids``, the question the client list asks on every
  key typed (which clients' dossiers match);
* ``ranked``: ``SearchService.search``, the ranked top-200 with snippets that
  ``genwerkt search`` and the search page show.

The floor is the same SQL on the same file without the product around it: while the
product answers, every statement it sends is recorded (SQLAlchemy's
``before_cursor_execute``), then replayed on a raw ``sqlcipher3`` connection of the same
store (same pragmas and page cache), and on the decrypted copy (plain SQLite) for the
``*_mix_median_ms`` rows.  Floor and product take turns per query, both warm.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, text

from genwerkt_desktop.devtools import lexicon
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault

from .common import BenchmarkError, Metric, Say, median, percentile, timed_ms

MEDIAN_GOAL_MS = 10.0
P95_GOAL_MS = 50.0
TYPING_GOAL_MS = 50.0  # at 8,000 clients nothing a coach touches while typing may pass it

# The words typed to get the prefixes: the first one, two, three keys of each.
TYPED = ("huurachterstand", "sollicitatie", "deurwaarder", "aanvraag", "kinderopvang", "budget")
COMMON = ("de", "afspraak", "samen", "brief", "naar", "huur", "attest", "werk")
# Rare: nouns from the tail of the lexicon's Zipf order, one the corpus never has.
RARE_RANKS = (-1, -7, -40, -150, -400, -900, -1600)
RARE_FIXED = ("dziękuję", "zwembadabonnement")
TWO_WORDS = (
    "sociale huurwoning",
    "verhoogde tegemoetkoming",
    "afspraak brief",
    "de huur",
    "schuldbemiddeling documenten",
    "huisarts rugklachten",
)
NAMES_FIXED = ("yılmaz", "yilmaz", "wróbel", "öztürk", "el amrani")
NAMES_SAMPLED = 5
CLASSES = ("rare", "common", "prefix1", "prefix2", "prefix3", "two_words", "names")
PATHS = ("typing", "ranked")

Statement = tuple[str, Any]


def _rare() -> tuple[str, ...]:
    nouns = lexicon.RANKED_NOUNS
    return tuple(nouns[rank] for rank in RARE_RANKS if -rank <= len(nouns)) + RARE_FIXED


def _names(vault: OpenVault) -> tuple[str, ...]:
    """Names from the vault itself (evenly spread over the list), and some fixed ones."""
    with vault.db.read() as conn:
        rows = conn.execute(
            text("SELECT first_name, last_name FROM clients ORDER BY last_name, first_name")
        ).all()
    if not rows:
        raise BenchmarkError("no clients to take names from")
    step = max(1, len(rows) // NAMES_SAMPLED)
    picked = rows[::step][:NAMES_SAMPLED]
    sampled = [str(last) for _, last in picked[:2]]
    sampled += [f"{first} {last}" for first, last in picked[2:]]
    return tuple(sampled) + NAMES_FIXED


def queries(vault: OpenVault) -> dict[str, tuple[str, ...]]:
    return {
        "rare": _rare(),
        "common": COMMON,
        "prefix1": tuple(word[:1] for word in TYPED),
        "prefix2": tuple(word[:2] for word in TYPED),
        "prefix3": tuple(word[:3] for word in TYPED),
        "two_words": TWO_WORDS,
        "names": _names(vault),
    }


class _Recorder:
    """The statements an engine sends while recording is on (transaction control left out)."""

    def __init__(self) -> None:
        self.on = False
        self.statements: list[Statement] = []

    def __call__(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if not self.on or many:
            return
        head = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if head in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
            return
        self.statements.append((statement, parameters))

    def capture(self, fn: Callable[[], object]) -> tuple[float, list[Statement]]:
        self.statements = []
        self.on = True
        try:
            ms, _ = timed_ms(fn)
        finally:
            self.on = False
        return ms, self.statements


@contextmanager
def _recording(engine: Engine, recorder: _Recorder | None = None) -> Iterator[_Recorder]:
    recorder = recorder or _Recorder()
    event.listen(engine, "before_cursor_execute", recorder)
    try:
        yield recorder
    finally:
        event.remove(engine, "before_cursor_execute", recorder)


def _replay(raw: Any, statements: Sequence[Statement]) -> int:
    rows = 0
    for statement, parameters in statements:
        rows += len(raw.execute(statement, parameters or ()).fetchall())
    return rows


@dataclass
class _Samples:
    product: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)


@contextmanager
def _driver_connection(engine: Engine) -> Iterator[Any]:
    """A pooled connection of ``engine``, as the bare sqlcipher3 connection under it."""
    fairy = engine.raw_connection()
    try:
        yield fairy.driver_connection
    finally:
        fairy.close()


def _entry(service: SearchService, path: str) -> Callable[[str], object]:
    return service.client_ids if path == "typing" else service.search


def _measure_path(
    vault: OpenVault,
    plain_engine: Engine | None,
    path: str,
    mix: dict[str, tuple[str, ...]],
    rounds: int,
) -> dict[str, _Samples]:
    """Each query asked ``rounds`` + 1 times (the first to warm up), with its floors."""
    service = SearchService(vault)
    ask = _entry(service, path)
    out = {name: _Samples() for name in mix}
    # The search runs on its own connection (its own engine); both are recorded, so the
    # floor replays every statement the product sent, wherever it sent it.
    with (
        _recording(vault.db.engine) as recorder,
        _recording(vault.db.search_engine(), recorder),
        _driver_connection(vault.db.engine) as raw,
        _plain_connection(plain_engine) as plain,
    ):
        for number in range(rounds + 1):  # round 0 warms up and is not kept
            for name, texts in mix.items():
                for query in texts:
                    ms, statements = recorder.capture(lambda q=query: ask(q))
                    floor_ms, _ = timed_ms(lambda s=statements: _replay(raw, s))
                    plain_ms = timed_ms(lambda s=statements: _replay(plain, s))[0] if plain else 0
                    if number:
                        out[name].product.append(ms)
                        out[name].floor.append(floor_ms)
                        out[name].plain.append(plain_ms)
    return out


@contextmanager
def _plain_connection(engine: Engine | None) -> Iterator[Any]:
    if engine is None:
        yield None
        return
    with _driver_connection(engine) as raw:
        yield raw


def _metrics(path: str, samples: dict[str, _Samples], has_plain: bool) -> list[Metric]:
    metrics: list[Metric] = []
    for name, got in samples.items():
        prefix = f"{path}_{name}"
        metrics += [
            Metric(
                f"{prefix}_median_ms",
                median(got.product),
                "ms",
                MEDIAN_GOAL_MS,
                "lower",
                floor=median(got.floor),
            ),
            Metric(
                f"{prefix}_p95_ms",
                percentile(got.product, 0.95),
                "ms",
                P95_GOAL_MS,
                "lower",
                floor=percentile(got.floor, 0.95),
            ),
        ]
        if path == "typing":
            metrics.append(
                Metric(
                    f"{prefix}_max_ms",
                    max(got.product),
                    "ms",
                    TYPING_GOAL_MS,
                    "lower",
                    floor=max(got.floor),
                )
            )
    every = [ms for got in samples.values() for ms in got.product]
    floor = [ms for got in samples.values() for ms in got.floor]
    plain = [ms for got in samples.values() for ms in got.plain]
    metrics += [
        Metric(
            f"{path}_mix_median_ms",
            median(every),
            "ms",
            MEDIAN_GOAL_MS,
            "lower",
            floor=median(floor),
        ),
        Metric(
            f"{path}_mix_p95_ms",
            percentile(every, 0.95),
            "ms",
            P95_GOAL_MS,
            "lower",
            floor=percentile(floor, 0.95),
        ),
    ]
    if has_plain:
        metrics.append(
            Metric(
                f"{path}_mix_raw_sqlcipher_median_ms",
                median(floor),
                "ms",
                None,
                None,
                floor=median(plain),
            )
        )
    return metrics


def _say_classes(say: Say, path: str, samples: dict[str, _Samples], plain: bool) -> None:
    for name, got in samples.items():
        plain_part = f", plain SQLite {statistics.median(got.plain):.1f}" if plain else ""
        say(
            f"search mix: {path} {name}: median {median(got.product):.1f} ms "
            f"(raw sqlcipher3 {median(got.floor):.1f}{plain_part}), "
            f"p95 {percentile(got.product, 0.95):.1f}, max {max(got.product):.1f} ms"
        )


def measure_search_mix(
    vault: OpenVault, plain_engine: Engine | None, rounds: int, say: Say
) -> list[Metric]:
    mix = queries(vault)
    say(f"search mix: {sum(len(q) for q in mix.values())} queries in {len(mix)} classes: {mix}")
    metrics: list[Metric] = []
    for path in PATHS:
        # The ranked answer to a common word or a prefix takes up to seconds at 2,000
        # clients, three times over (product, raw, plain): fewer rounds keep the run short.
        path_rounds = rounds if path == "typing" else max(1, rounds // 2)
        say(f"search mix: {path}, {path_rounds} rounds after a warm-up round")
        samples = _measure_path(vault, plain_engine, path, mix, path_rounds)
        _say_classes(say, path, samples, plain_engine is not None)
        metrics += _metrics(path, samples, plain_engine is not None)
    return metrics
