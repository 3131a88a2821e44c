"""The benchmark runner end to end at tiny sizes: it runs, cleans up and writes its JSON."""

from __future__ import annotations

import json
from numbers import Real
from pathlib import Path

from PySide6.QtWidgets import QApplication

from benchmarks.run import main

PROMISES = {
    "unlock_ms": ("ms", "lower"),
    "import_dossier_ms": ("ms", "lower"),
    "search_median_ms": ("ms", "lower"),
    "sqlcipher_overhead_ratio": ("x", "lower"),
    "fts_vs_like_speedup": ("x", "higher"),
    "startup_to_unlock_ms": ("ms", "lower"),
    "client_list_ms": ("ms", "lower"),
    "open_dossier_ms": ("ms", "lower"),
    "search_keystroke_ms": ("ms", "lower"),
}
RECORDED = {"generate_clients_per_s", "notes_total", "search_fulltext_ms"}


def test_quick_run_writes_every_metric_and_leaves_nothing_behind(
    qapp: QApplication, tmp_path: Path
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


def test_a_crash_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "results.json"

    code = main(["--quick", "--out", str(out), "--work-dir", str(tmp_path / "missing")])

    assert code == 1
    assert not out.exists()
