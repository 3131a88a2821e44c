"""Desktop metric: from starting the process to the unlock page on screen.

Each run starts ``python -m benchmarks.startup_driver`` (the real ``genwerkt_desktop.app``
main, see there) on an existing vault, offscreen.  The clock starts just before
``subprocess.Popen``, so interpreter start-up and every import count; it stops at the
wall-clock moment the child reports once the unlock page has been painted.  The child
gets its own empty settings folder: the coach's settings are neither read nor written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .common import BenchmarkError, Metric, Say, median

TARGET_MS = 800.0  # issue 18: process start to a usable unlock page
TIMEOUT_S = 90.0
REPO = Path(__file__).resolve().parent.parent


def _child_env(config_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_home)  # QSettings (Linux) lives under it
    return env


def _answer(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                answer: dict[str, Any] = json.loads(line)
            except json.JSONDecodeError:
                continue
            return answer
    return {}


def _one_start(data_dir: Path, env: dict[str, str]) -> tuple[float, float]:
    """(ms from Popen to the unlock page painted, ms of that inside the child's Python)."""
    command = [sys.executable, "-m", "benchmarks.startup_driver", "--data-dir", str(data_dir)]
    started = time.time()
    child = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise BenchmarkError(
            f"the app did not show the unlock page within {TIMEOUT_S:.0f} s"
        ) from None
    answer = _answer(stdout)
    if child.returncode != 0 or "shown_at" not in answer:
        detail = answer.get("error") or stderr.strip()[-2000:] or "no output"
        raise BenchmarkError(f"app start failed (exit {child.returncode}): {detail}")
    return (float(answer["shown_at"]) - started) * 1000.0, float(answer["in_process_ms"])


def measure_startup(data_dir: Path, config_home: Path, runs: int, say: Say) -> list[Metric]:
    """Median of ``runs`` cold process starts on the vault in ``data_dir`` (which must exist)."""
    if not (data_dir / "vault.json").is_file():
        raise BenchmarkError(f"no vault in {data_dir}: the app would show the create page")
    config_home.mkdir(parents=True, exist_ok=True)
    env = _child_env(config_home)
    samples = []
    floors = []
    for run in range(1, runs + 1):
        total_ms, inside_ms = _one_start(data_dir, env)
        floors.append(_python_pass(env))
        samples.append(total_ms)
        say(
            f"startup: run {run}/{runs}: {total_ms:.0f} ms to the unlock page "
            f"({inside_ms:.0f} ms after the first line of Python; python -c pass "
            f"{floors[-1]:.0f} ms)"
        )
    return [
        Metric(
            "startup_to_unlock_ms", median(samples), "ms", TARGET_MS, "lower", floor=median(floors)
        )
    ]


def _python_pass(env: dict[str, str]) -> float:
    """The floor: the same interpreter started and stopped, measured between the starts."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True, timeout=TIMEOUT_S)
    return (time.perf_counter() - started) * 1000.0
