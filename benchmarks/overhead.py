"""Metric 4: the same query mix on the encrypted store and on a plaintext copy."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, text

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store.engine import DEFAULT_CACHE_KIB
from genwerkt_desktop.store.row_values import utc_key

from .common import BenchmarkError, Metric, Say, median, timed_ms
from .mix import Query, query_mix, sample_client_ids
from .plain import plaintext_copy

TARGET_RATIO = 1.5
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


def measure_overhead(
    vault: OpenVault, folder: Path, rounds: int, dossiers: int, say: Say
) -> list[Metric]:
    """Ratio of the median encrypted round to the median plaintext round (warm caches)."""
    with vault.db.read() as enc:
        mix = query_mix(sample_client_ids(enc, dossiers), utc_key(vault.clock.now()))
        say("overhead: exporting a plaintext copy (deleted right after)")
        copy = plaintext_copy(vault.db.engine, folder / "plain.db", DEFAULT_CACHE_KIB)
        with copy as engine, engine.connect() as plain:
            _describe(say, enc, plain)
            enc_runs, plain_runs = _rounds(enc, plain, mix, rounds, say)
    say("overhead: plaintext copy deleted")
    _report_parts(say, enc_runs, plain_runs)
    enc_total = median([sum(run.values()) for run in enc_runs])
    plain_total = median([sum(run.values()) for run in plain_runs])
    return [
        Metric("sqlcipher_overhead_ratio", enc_total / plain_total, "x", TARGET_RATIO, "lower"),
    ]
