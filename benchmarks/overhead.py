"""Metric 4: the same query mix on the encrypted store and on a plaintext copy, warm and cold.

The mix (``mix.py``) is the product's own reads: a coach's working set.  Warm: one
connection each, after a warm-up round.  Cold: every round on a fresh connection each (a
new pool with the same creator: keyed and tuned as the product's, its page cache empty),
as a CLI command or the first minute after unlocking meets the store.  The operating
system's file cache stays warm on both sides.

A LIKE scan over every contact note is measured apart, each on a fresh connection of its
own so it does not evict the mix's pages (``sqlcipher_scan_ratio``, recorded only): a scan
decrypts and authenticates every page it reads, so no cipher profile brings it near 1.2x.
The product never runs such a scan (its search is FTS5).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, text

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store.row_values import utc_key

from .common import BenchmarkError, Metric, Say, median, timed_ms
from .mix import Query, like_scan, query_mix, sample_client_ids

TARGET_RATIO = 1.2  # issue 18: warm
COLD_TARGET_RATIO = 1.5  # issue 18: a fresh connection
Timings = dict[str, float]


def _run_mix(conn: Connection, mix: Mapping[str, Query]) -> tuple[Timings, dict[str, int]]:
    timings: Timings = {}
    counts: dict[str, int] = {}
    for name, query in mix.items():
        timings[name], counts[name] = timed_ms(partial(query, conn))
    return timings, counts


def _page_count(conn: Connection) -> int:
    return int(conn.execute(text("PRAGMA page_count")).scalar_one())


def _describe(say: Say, enc: Connection, plain: Connection) -> None:
    cache = int(enc.execute(text("PRAGMA cache_size")).scalar_one())
    plain_cache = int(plain.execute(text("PRAGMA cache_size")).scalar_one())
    if cache != plain_cache:
        raise BenchmarkError(f"page caches differ: {cache} vs {plain_cache}")
    say(
        f"overhead: page cache {-cache // 1024} MiB on both; pages: encrypted "
        f"{_page_count(enc)}, plaintext {_page_count(plain)}; plaintext opened with "
        "sqlcipher3 without a key (same SQLite build and pragmas)"
    )


def _rounds(
    enc: Connection, plain: Connection, mix: Mapping[str, Query], rounds: int, say: Say
) -> tuple[list[Timings], list[Timings]]:
    """One warm-up round each, then ``rounds`` rounds, alternating which side goes first."""
    _, enc_counts = _run_mix(enc, mix)
    _, plain_counts = _run_mix(plain, mix)
    if enc_counts != plain_counts:
        raise BenchmarkError(f"the copies disagree: {enc_counts} vs {plain_counts}")
    enc_runs: list[Timings] = []
    plain_runs: list[Timings] = []
    for number in range(rounds):
        sides = [(enc, enc_runs), (plain, plain_runs)]
        for conn, runs in sides if number % 2 == 0 else reversed(sides):
            runs.append(_run_mix(conn, mix)[0])
        say(
            f"overhead: round {number + 1}/{rounds}: encrypted "
            f"{sum(enc_runs[-1].values()):.0f} ms, plaintext {sum(plain_runs[-1].values()):.0f} ms"
        )
    return enc_runs, plain_runs


def _report_parts(say: Say, enc_runs: list[Timings], plain_runs: list[Timings]) -> None:
    for name in enc_runs[0]:
        enc_ms = median([run[name] for run in enc_runs])
        plain_ms = median([run[name] for run in plain_runs])
        say(
            f"overhead:   {name}: encrypted {enc_ms:.1f} ms, plaintext {plain_ms:.1f} ms "
            f"(x{enc_ms / plain_ms:.2f})"
        )


def _fresh(engine: Engine) -> Engine:
    """An engine on a new pool with ``engine``'s creator: its first connection is new."""
    return create_engine("sqlite://", pool=engine.pool.recreate(), module=sqlcipher3.dbapi2)


def _cold_once(engine: Engine, mix: Mapping[str, Query]) -> Timings:
    fresh = _fresh(engine)
    try:
        with fresh.connect() as conn:
            return _run_mix(conn, mix)[0]
    finally:
        fresh.dispose()


def _cold_rounds(
    enc: Engine, plain: Engine, mix: Mapping[str, Query], rounds: int, say: Say
) -> tuple[list[Timings], list[Timings]]:
    enc_runs: list[Timings] = []
    plain_runs: list[Timings] = []
    for number in range(rounds):
        sides = [(enc, enc_runs), (plain, plain_runs)]
        for engine, runs in sides if number % 2 == 0 else reversed(sides):
            runs.append(_cold_once(engine, mix))
        say(
            f"overhead: cold round {number + 1}/{rounds}: encrypted "
            f"{sum(enc_runs[-1].values()):.0f} ms, plaintext {sum(plain_runs[-1].values()):.0f} ms"
        )
    return enc_runs, plain_runs


def _totals(runs: list[Timings]) -> float:
    return median([sum(run.values()) for run in runs])


FIRST_SCREEN = ("client list", "due marks", "agenda week")


def _first_screen(runs: list[Timings]) -> float:
    """What the work area reads right after unlocking, before the coach does anything."""
    return median([sum(run[name] for name in FIRST_SCREEN) for run in runs])


def _scan_once(engine: Engine) -> tuple[float, int]:
    """One LIKE scan on a fresh connection of its own: every page of the notes is read
    (and, encrypted, decrypted and authenticated) once."""
    fresh = _fresh(engine)
    try:
        with fresh.connect() as conn:
            return timed_ms(partial(like_scan, conn))
    finally:
        fresh.dispose()


def _scan_rounds(enc: Engine, plain: Engine, rounds: int, say: Say) -> Metric:
    """Alternating which side goes first, as the mix's rounds do."""
    times: dict[str, list[float]] = {"enc": [], "plain": []}
    counts: dict[str, int] = {}
    for number in range(rounds):
        sides = [("enc", enc), ("plain", plain)]
        for side, engine in sides if number % 2 == 0 else reversed(sides):
            ms, counts[side] = _scan_once(engine)
            times[side].append(ms)
    if counts["enc"] != counts["plain"]:
        raise BenchmarkError(f"the copies disagree on the scan: {counts}")
    enc_ms, plain_ms = median(times["enc"]), median(times["plain"])
    say(
        f"overhead: LIKE scan of every note (not in the mix; the product never runs it): "
        f"encrypted {enc_ms:.0f} ms, plaintext {plain_ms:.0f} ms (x{enc_ms / plain_ms:.2f}); "
        "a scan decrypts every page, so it cannot meet 1.2x"
    )
    return Metric("sqlcipher_scan_ratio", enc_ms / plain_ms, "x")


def measure_overhead(
    vault: OpenVault, plain_engine: Engine, rounds: int, dossiers: int, say: Say
) -> list[Metric]:
    """Encrypted against plaintext (``plain_engine``, a decrypted copy), warm and cold."""
    now = vault.clock.now()
    with vault.db.read() as enc:
        mix = query_mix(sample_client_ids(enc, dossiers), utc_key(now), vault.clock.today())
        with plain_engine.connect() as plain:
            _describe(say, enc, plain)
            enc_runs, plain_runs = _rounds(enc, plain, mix, rounds, say)
    _report_parts(say, enc_runs, plain_runs)
    cold_enc, cold_plain = _cold_rounds(vault.db.engine, plain_engine, mix, rounds, say)
    say("overhead: cold, per query:")
    _report_parts(say, cold_enc, cold_plain)
    enc_total, plain_total = _totals(enc_runs), _totals(plain_runs)
    cold_total, cold_plain_total = _totals(cold_enc), _totals(cold_plain)
    scan = _scan_rounds(vault.db.engine, plain_engine, max(3, rounds // 2), say)
    return [
        Metric("sqlcipher_overhead_ratio", enc_total / plain_total, "x", TARGET_RATIO, "lower"),
        Metric(
            "sqlcipher_warm_mix_ms", enc_total, "ms", floor=plain_total, ratio_target=TARGET_RATIO
        ),
        Metric(
            "sqlcipher_cold_mix_ms",
            cold_total,
            "ms",
            floor=cold_plain_total,
            ratio_target=COLD_TARGET_RATIO,
        ),
        # Issue 18, point 6: what the first screen pays on a fresh connection, against warm.
        Metric(
            "client_list_query_cold_ms",
            median([run["client list"] for run in cold_enc]),
            "ms",
            floor=median([run["client list"] for run in enc_runs]),
        ),
        Metric(
            "first_screen_cold_ms", _first_screen(cold_enc), "ms", floor=_first_screen(enc_runs)
        ),
        scan,
    ]
