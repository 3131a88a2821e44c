"""The installed ``genwerkt`` command in a real process, production key settings and all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(data_dir: Path, *args: str, lang: str = "C") -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIO", "LC_", "LANG"))}
    env.update(
        {
            "GENWERKT_PASSPHRASE": "een zin die lang genoeg is",
            "LC_ALL": lang,
            "LANG": lang,
            "GENWERKT_DATA_DIR": str(data_dir),
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "genwerkt_desktop.cli", *args],
        env=env,
        capture_output=True,
        timeout=120,
    )


def test_names_outside_latin1_reach_a_c_locale_terminal_as_utf8(tmp_path: Path) -> None:
    data_dir = tmp_path / "kluis"
    assert _run(data_dir, "init").returncode == 0
    assert _run(data_dir, "demo").returncode == 0
    listed = _run(data_dir, "clients")
    assert listed.returncode == 0, listed.stderr
    text = listed.stdout.decode("utf-8")
    for name in ("Ayşe Yılmaz", "Łukasz Wróblewski", "Ioana Constanțescu"):
        assert name in text
    found = _run(data_dir, "search", "شكراً").stdout.decode("utf-8")
    assert "شكراً" in found
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "genwerkt_desktop.cli",
            "--data-dir",
            str(tmp_path / "leeg"),
            "clients",
        ],
        capture_output=True,
        env={**os.environ, "GENWERKT_PASSPHRASE": "x" * 12},
        timeout=60,
    )
    assert missing.returncode == 2
    assert missing.stderr.decode("utf-8").startswith("genwerkt: error: ")
    assert b"Traceback" not in missing.stderr
