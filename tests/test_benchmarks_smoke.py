"""The benchmark runner end to end at tiny sizes: it runs, cleans up and writes its JSON."""

from __future__ import annotations

import json
from numbers import Real
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.run import main

PROMISES = {
    "unlock_ms": ("ms", "lower"),
    "import_dossier_ms": ("ms", "lower"),
    "search_median_ms": ("ms", "lower"),
    "sqlcipher_overhead_ratio": ("x", "lower"),
    "fts_vs_like_speedup": ("x", "higher"),
    "startup_to_unlock_ms": ("ms", "lower"),
    "unlock_to_list_ms": ("ms", "lower"),
    "unlock_early_to_list_ms": ("ms", "lower"),
    "client_list_ms": ("ms", "lower"),
    "open_dossier_ms": ("ms", "lower"),
    "search_keystroke_ms": ("ms", "lower"),
}
RECORDED = {
    "generate_clients_per_s",
    "notes_total",
    "search_fulltext_ms",
    "corpus_distinct_words",
    "sqlcipher_scan_ratio",
}
# Issue 18: figures shown beside a floor measured in the same run (no timing is asserted).
CLASSES = ("rare", "common", "prefix1", "prefix2", "prefix3", "two_words", "names")
# Typing: the first page for every class; the complete set only from three letters, when
# the full text is searched at all (recorded only: it comes later, in the background).
FULLTEXT_CLASSES = ("rare", "common", "prefix3", "two_words", "names")
STATS = ("median", "p95", "max")
COMPLETE = {f"typing_{c}_complete_{s}_ms" for c in FULLTEXT_CLASSES for s in STATS}
WITH_FLOOR = (
    {f"typing_{c}_first_page_{s}_ms" for c in CLASSES for s in STATS}
    | COMPLETE
    | {f"ranked_{c}_{s}_ms" for c in CLASSES for s in ("median", "p95")}
    | {f"{p}_mix_{s}_ms" for p in ("typing", "ranked") for s in ("median", "p95")}
    | {"sqlcipher_warm_mix_ms", "sqlcipher_cold_mix_ms", "client_list_query_cold_ms"}
    | {"first_screen_cold_ms"}
    | {"keystroke_repaint_ms", "keystroke_repaint_max_ms", "startup_to_unlock_ms"}
    | {"unlock_to_list_ms", "unlock_early_to_list_ms"}
    | {"cli_version_ms", "cli_clients_ms", "cli_version_min_ms", "cli_clients_max_ms"}
)
TABLE_HEADERS = ("metric", "measured", "floor", "goal", "ratio", "result")


def test_quick_run_writes_every_metric_and_leaves_nothing_behind(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``qapp`` first: the desktop metrics then use the test session's QApplication."""
    out = tmp_path / "results.json"
    work = tmp_path / "work"
    work.mkdir()

    assert main(["--quick", "--out", str(out), "--work-dir", str(work)]) == 0

    assert list(work.iterdir()) == [], "the temporary folder (and plaintext copy) must be gone"
    results = json.loads(out.read_text(encoding="utf-8"))
    assert set(PROMISES) | RECORDED <= set(results)
    for name, entry in results.items():
        assert {"value", "unit", "target"} <= set(entry), name
        assert isinstance(entry["value"], Real) and not isinstance(entry["value"], bool), name
        assert isinstance(entry["unit"], str) and entry["unit"], name
        assert entry["target"] is None or isinstance(entry["target"], Real), name
        assert entry.get("better") in ("higher", "lower", None), name
    for name, (unit, better) in PROMISES.items():
        assert results[name]["unit"] == unit, name
        assert isinstance(results[name]["target"], Real), name
        assert results[name]["better"] == better, name
    assert results["search_fulltext_ms"]["target"] is None
    assert results["notes_total"]["unit"] == "count"
    assert results["notes_total"]["value"] > 0
    for name in WITH_FLOOR:
        assert isinstance(results[name]["floor"], Real), name
        assert isinstance(results[name]["ratio"], Real), name
    assert results["sqlcipher_cold_mix_ms"]["ratio_target"] == 1.5
    for name in COMPLETE:
        assert results[name]["target"] is None and "interrupts" in results[name]["note"], name
    assert not any(f"typing_prefix{n}_complete" in name for name in results for n in (1, 2))
    assert results["cli_kdf_ms"]["unit"] == "ms"
    assert results["unlock_to_list_ms"]["floor"] == results["unlock_kdf_ms"]["value"]
    assert "600 ms" in results["unlock_kdf_ms"]["note"]
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == list(TABLE_HEADERS)
    shown = {line.split()[0] for line in lines[2:] if line.strip()}
    assert shown >= WITH_FLOOR


def test_a_crash_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "results.json"

    code = main(["--quick", "--out", str(out), "--work-dir", str(tmp_path / "missing")])

    assert code == 1
    assert not out.exists()
