"""Metric 1: unlocking a vault made with the production KDF policy, end to end."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store.vault import PRODUCTION_POLICY, read_header

from .common import PASSPHRASE, Metric, Say, median, timed_ms
from .workspace import created_vault

TARGET_MS = 1000.0


def measure_unlock(folder: Path, runs: int, say: Say) -> list[Metric]:
    """Median of ``runs`` unlocks: header, Argon2id, key check, schema check, audit line."""
    say("unlock: creating a vault with the production policy (calibrating Argon2id)")
    with created_vault(folder, PRODUCTION_POLICY):
        pass
    kdf = read_header(folder / "vault.json").kdf
    say(
        f"unlock: Argon2id m={kdf.memory_kib} KiB, t={kdf.time_cost}, p={kdf.parallelism} "
        f"(policy target {PRODUCTION_POLICY.target_seconds} s)"
    )
    service = VaultService(folder, policy=PRODUCTION_POLICY)
    samples = []
    for run in range(1, runs + 1):
        ms, vault = timed_ms(lambda: service.unlock(PASSPHRASE))
        vault.close()
        samples.append(ms)
        say(f"unlock: run {run}/{runs}: {ms:.0f} ms")
    return [Metric("unlock_ms", median(samples), "ms", TARGET_MS, "lower")]
