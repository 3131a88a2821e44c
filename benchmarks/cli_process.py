"""CLI whole-process times, farm-bench style: several runs each, min / median / max.

Each run is a new process (the ``genwerkt`` script of this environment), timed from just
before ``subprocess.run`` until it has exited; the floor is ``python -c pass`` with the
same interpreter, measured in the same run, interleaved with the commands so a busier
moment of the machine falls on both.

* ``genwerkt --version``: goal 150 ms.
* ``genwerkt clients`` on a vault with the production KDF: goal 300 ms plus the KDF,
  which is measured alone too (Argon2id with the vault's own parameters, in this
  process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from genwerkt_desktop.store.vault import PRODUCTION_POLICY, read_header, unlock_with_passphrase

from .common import PASSPHRASE, BenchmarkError, Metric, Say, median, timed_ms

VERSION_GOAL_MS = 150.0
CLIENTS_GOAL_MS = 300.0  # plus the KDF
TIMEOUT_S = 120.0
REPO = Path(__file__).resolve().parent.parent


def _genwerkt() -> list[str]:
    script = Path(sys.executable).with_name("genwerkt")
    if script.is_file():
        return [str(script)]
    return [
        sys.executable,
        "-c",
        "import sys; from genwerkt_desktop.cli import main; sys.exit(main())",
    ]


def _env(config_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["GENWERKT_PASSPHRASE"] = PASSPHRASE
    env["XDG_CONFIG_HOME"] = str(config_home)
    env.pop("GENWERKT_DATA_DIR", None)
    return env


def _run_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    ms = (time.perf_counter() - started) * 1000.0
    if done.returncode != 0:
        raise BenchmarkError(
            f"{' '.join(command[-3:])} exited {done.returncode}: {done.stderr.strip()[-1000:]}"
        )
    return ms


def kdf_ms(vault_dir: Path, runs: int) -> float:
    """Median ms of ``runs`` Argon2id derivations with the vault's own parameters."""
    header = read_header(vault_dir / "vault.json")
    return median(
        [
            timed_ms(lambda: unlock_with_passphrase(header, PASSPHRASE, PRODUCTION_POLICY))[0]
            for _ in range(runs)
        ]
    )


def _spread(name: str, samples: list[float]) -> str:
    return (
        f"{name} min {min(samples):.0f} / median {median(samples):.0f} / max {max(samples):.0f} ms"
    )


def measure_cli(vault_dir: Path, config_home: Path, runs: int, say: Say) -> list[Metric]:
    """``vault_dir`` holds a vault made with the production KDF policy."""
    config_home.mkdir(parents=True, exist_ok=True)
    env = _env(config_home)
    genwerkt = _genwerkt()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "genwerkt --version": [*genwerkt, "--version"],
        "genwerkt clients": [*genwerkt, "--data-dir", str(vault_dir), "clients"],
    }
    if runs > 1:  # one unmeasured run each (the file cache); not in the quick run
        for command in commands.values():
            _run_once(command, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(_run_once(command, env))
    kdf = kdf_ms(vault_dir, max(1, min(runs, 3)))
    for name, values in samples.items():
        say(f"cli: {_spread(name, values)} ({runs} runs)")
    say(f"cli: the KDF alone (Argon2id, the vault's parameters) {kdf:.0f} ms")
    floor = median(samples["python -c pass"])
    metrics = [Metric("python_pass_ms", floor, "ms")]
    for key, name, goal in (
        ("cli_version", "genwerkt --version", VERSION_GOAL_MS),
        ("cli_clients", "genwerkt clients", CLIENTS_GOAL_MS + kdf),
    ):
        values = samples[name]
        metrics += [
            Metric(f"{key}_ms", median(values), "ms", goal, "lower", floor=floor),
            Metric(f"{key}_min_ms", min(values), "ms", floor=min(samples["python -c pass"])),
            Metric(f"{key}_max_ms", max(values), "ms", floor=max(samples["python -c pass"])),
        ]
    metrics.append(Metric("cli_kdf_ms", kdf, "ms"))
    return metrics
