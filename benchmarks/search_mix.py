"""The realistic search mix (issue 18): median and p95 per class of query, each beside a floor.

Classes, as a coach meets them: rare words, common words, 1-, 2- and 3-letter prefixes
(the first keys of a word as it is typed), two words, and names.  Every query goes
through the two entry points the product has:

* ``typing``: what the client list does on a key typed, with the panel's own model and
  filter (``ui/clients``) loaded with every client:

  - ``typing_<class>_first_page_*``: what the coach sees for that key.  Below
    ``MIN_FULLTEXT_CHARS`` letters that is the name match alone (the list filters its
    loaded names; no SQL).  From three letters it is the name match, the first page of
    full-text hits (``SearchService.first_clients``: unranked, the index stops at the
    page) and the list filtered with it.  The goal: 50 ms at 8,000 clients.
  - ``typing_<class>_complete_*`` (from three letters): every matching client
    (``SearchService.client_ids``) and the list filtered again.  It is recorded only: it
    runs later, on the search's own worker, and the next key interrupts it.

* ``ranked``: ``SearchService.search``, the top-200 with snippets that ``genwerkt search``
  and the search page show.

The floor is the same SQL on the same file without the product around it: while the
product answers, every statement it sends is recorded (SQLAlchemy's
``before_cursor_execute``), then replayed on a raw ``sqlcipher3`` connection of the same
store (same pragmas and page cache), and on the decrypted copy (plain SQLite) for the
``*_mix_median_ms`` rows.  Floor and product take turns per query, both warm.  The name
match's floor is the same substring test over the same folded names in a bare list
comprehension, without the model and its filter.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event, text

from genwerkt_desktop.devtools import lexicon
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.ui.clients.controller import MIN_FULLTEXT_CHARS
from genwerkt_desktop.ui.clients.model import ClientFilterProxy, ClientTableModel, search_words

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
# The typing path's two answers: what a key shows, and the complete set after it.
FIRST_PAGE = "first_page"
COMPLETE = "complete"
COMPLETE_NOTE = "later, off the GUI thread; the next key interrupts it"

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


class _Panel:
    """The client list's model and filter, loaded as the panel loads them (names first),
    asked what the panel asks on a key (see ``ui/clients/presenter.py``)."""

    def __init__(self, vault: OpenVault, service: SearchService) -> None:
        self._service = service
        self.model = ClientTableModel(vault.clock)
        self.proxy = ClientFilterProxy()
        self.proxy.setSourceModel(self.model)
        clients = DossierService(vault).list_clients(with_due=False)
        self.model.set_clients(clients)
        self._names = [self.model.name_key(row) for row in range(self.model.rowCount())]

    @staticmethod
    def fulltext(query: str) -> bool:
        return len(query.strip()) >= MIN_FULLTEXT_CHARS

    def first_page(self, query: str) -> int:
        """The names at once; from three letters the first page of hits beside them."""
        self.proxy.set_search(query)
        if self.fulltext(query):
            page = self._service.first_clients(query.strip())
            self.proxy.set_search(query, page.client_ids)
        return self.proxy.rowCount()

    def complete(self, query: str) -> int:
        self.proxy.set_search(query, self._service.client_ids(query.strip()))
        return self.proxy.rowCount()

    def name_floor(self, query: str) -> int:
        words = search_words(query)
        return len([key for key in self._names if all(word in key for word in words)])

    def clear(self) -> None:
        self.proxy.set_search("")


def _measure_typing(
    vault: OpenVault,
    plain_engine: Engine | None,
    mix: dict[str, tuple[str, ...]],
    rounds: int,
) -> dict[str, dict[str, _Samples]]:
    """Per answer (first page, complete) and class: each query ``rounds`` + 1 times (the
    first to warm up), with its floors.  The list is cleared between queries."""
    service = SearchService(vault)
    panel = _Panel(vault, service)
    out = {answer: {name: _Samples() for name in mix} for answer in (FIRST_PAGE, COMPLETE)}
    with (
        _recording(vault.db.engine) as recorder,
        _recording(vault.db.search_engine(), recorder),
        _driver_connection(vault.db.engine) as raw,
        _plain_connection(plain_engine) as plain,
    ):
        for number in range(rounds + 1):  # round 0 warms up and is not kept
            for name, texts in mix.items():
                for query in texts:
                    panel.clear()
                    ms, statements = recorder.capture(lambda q=query: panel.first_page(q))
                    name_ms, _ = timed_ms(lambda q=query: panel.name_floor(q))
                    floor_ms = name_ms + timed_ms(lambda s=statements: _replay(raw, s))[0]
                    plain_ms = (
                        name_ms + timed_ms(lambda s=statements: _replay(plain, s))[0]
                        if plain
                        else 0
                    )
                    if number:
                        _keep(out[FIRST_PAGE][name], ms, floor_ms, plain_ms)
                    if not panel.fulltext(query):
                        continue  # the names are all there is: complete at once
                    ms, statements = recorder.capture(lambda q=query: panel.complete(q))
                    floor_ms, _ = timed_ms(lambda s=statements: _replay(raw, s))
                    plain_ms = timed_ms(lambda s=statements: _replay(plain, s))[0] if plain else 0
                    if number:
                        _keep(out[COMPLETE][name], ms, floor_ms, plain_ms)
    panel.clear()
    out[COMPLETE] = {name: got for name, got in out[COMPLETE].items() if got.product}
    return out


def _keep(samples: _Samples, ms: float, floor_ms: float, plain_ms: float) -> None:
    samples.product.append(ms)
    samples.floor.append(floor_ms)
    samples.plain.append(plain_ms)


def _measure_ranked(
    vault: OpenVault,
    plain_engine: Engine | None,
    mix: dict[str, tuple[str, ...]],
    rounds: int,
) -> dict[str, _Samples]:
    """Each query asked ``rounds`` + 1 times (the first to warm up), with its floors."""
    service = SearchService(vault)
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
                    ms, statements = recorder.capture(lambda q=query: service.search(q))
                    floor_ms, _ = timed_ms(lambda s=statements: _replay(raw, s))
                    plain_ms = timed_ms(lambda s=statements: _replay(plain, s))[0] if plain else 0
                    if number:
                        _keep(out[name], ms, floor_ms, plain_ms)
    return out


@contextmanager
def _plain_connection(engine: Engine | None) -> Iterator[Any]:
    if engine is None:
        yield None
        return
    with _driver_connection(engine) as raw:
        yield raw


def _class_metrics(
    prefix: str, got: _Samples, *, with_max: bool, note: str | None = None
) -> list[Metric]:
    """Median, p95 (and max) of one class; with goals, or recorded only with a ``note``."""
    goal = note is None
    stats = [("median", median, MEDIAN_GOAL_MS), ("p95", _p95, P95_GOAL_MS)]
    if with_max:
        stats.append(("max", max, TYPING_GOAL_MS))
    return [
        Metric(
            f"{prefix}_{stat}_ms",
            of(got.product),
            "ms",
            target if goal else None,
            "lower" if goal else None,
            floor=of(got.floor),
            note=note,
        )
        for stat, of, target in stats
    ]


def _p95(values: Sequence[float]) -> float:
    return percentile(values, 0.95)


def _mix_metrics(path: str, samples: dict[str, _Samples], has_plain: bool) -> list[Metric]:
    every = [ms for got in samples.values() for ms in got.product]
    floor = [ms for got in samples.values() for ms in got.floor]
    plain = [ms for got in samples.values() for ms in got.plain]
    metrics = [
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
            f"(floor {median(got.floor):.1f}{plain_part}), "
            f"p95 {percentile(got.product, 0.95):.1f}, max {max(got.product):.1f} ms"
        )


def measure_search_mix(
    vault: OpenVault, plain_engine: Engine | None, rounds: int, say: Say
) -> list[Metric]:
    mix = queries(vault)
    say(f"search mix: {sum(len(q) for q in mix.values())} queries in {len(mix)} classes: {mix}")
    has_plain = plain_engine is not None
    say(f"search mix: typing, {rounds} rounds after a warm-up round")
    typing = _measure_typing(vault, plain_engine, mix, rounds)
    first, complete = typing[FIRST_PAGE], typing[COMPLETE]
    _say_classes(say, "typing first page", first, has_plain)
    _say_classes(say, f"typing complete ({COMPLETE_NOTE})", complete, has_plain)
    metrics: list[Metric] = []
    for name, got in first.items():
        metrics += _class_metrics(f"typing_{name}_{FIRST_PAGE}", got, with_max=True)
    for name, got in complete.items():
        metrics += _class_metrics(
            f"typing_{name}_{COMPLETE}", got, with_max=True, note=COMPLETE_NOTE
        )
    metrics += _mix_metrics("typing", first, has_plain)
    # The ranked answer to a common word or a prefix takes up to seconds at 2,000
    # clients, three times over (product, raw, plain): fewer rounds keep the run short.
    ranked_rounds = max(1, rounds // 2)
    say(f"search mix: ranked, {ranked_rounds} rounds after a warm-up round")
    ranked = _measure_ranked(vault, plain_engine, mix, ranked_rounds)
    _say_classes(say, "ranked", ranked, has_plain)
    for name, got in ranked.items():
        metrics += _class_metrics(f"ranked_{name}", got, with_max=False)
    metrics += _mix_metrics("ranked", ranked, has_plain)
    return metrics
