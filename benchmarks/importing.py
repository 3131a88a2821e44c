"""Metric 2: importing one rich demo dossier through the ordinary import path."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault

from .common import BenchmarkError, Metric, Say, median, timed_ms
from .workspace import created_vault

TARGET_MS = 200.0


def richest_demo_file() -> Path:
    files = demo_files()
    if not files:
        raise BenchmarkError("no demo dossiers found")
    return max(files, key=lambda p: p.stat().st_size)


def _import_runs(vault: OpenVault, source: Path, runs: int) -> list[float]:
    """Milliseconds of each import; the first adds the dossier, later ones update it."""
    exchange = ExchangeService(vault)
    samples = []
    for _ in range(runs):
        ms, imported = timed_ms(partial(exchange.import_files, [source]))
        if len(imported) != 1:
            raise BenchmarkError(f"expected one imported dossier, got {len(imported)}")
        samples.append(ms)
    return samples


def _describe(samples: list[float]) -> str:
    first = f"first (new) {samples[0]:.0f} ms"
    updates = samples[1:]
    if not updates:
        return first
    return f"{first}; updates {min(updates):.0f}-{max(updates):.0f} ms"


def measure_import(folder: Path, runs: int, say: Say) -> list[Metric]:
    """Validation, write and search index of one file, into a fresh vault."""
    source = richest_demo_file()
    say(f"import: {source.name} ({source.stat().st_size // 1024} KiB), {runs} runs")
    with created_vault(folder) as vault:
        samples = _import_runs(vault, source, runs)
    say(f"import: {_describe(samples)}")
    return [Metric("import_dossier_ms", median(samples), "ms", TARGET_MS, "lower")]


def measure_import_into_big(vault: OpenVault, runs: int, say: Say) -> list[Metric]:
    """The same import into the big vault (recorded only: how import scales with size)."""
    samples = _import_runs(vault, richest_demo_file(), runs)
    say(f"import into the big vault: {_describe(samples)}")
    return [Metric("import_dossier_big_vault_ms", median(samples), "ms", None, "lower")]
