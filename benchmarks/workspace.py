"""The temporary folder all work happens in, and vaults opened and always closed."""

from __future__ import annotations

import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store.vault import KdfPolicy

from .common import FAST_POLICY, PASSPHRASE


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """Turn SIGTERM into SystemExit so the temporary folder is still removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def workspace(parent: Path | None = None) -> Iterator[Path]:
    """A fresh folder, deleted with everything in it when the block ends, however it ends."""
    with (
        _sigterm_unwinds(),
        tempfile.TemporaryDirectory(prefix="genwerkt-bench-", dir=parent) as name,
    ):
        yield Path(name)


@contextmanager
def created_vault(folder: Path, policy: KdfPolicy = FAST_POLICY) -> Iterator[OpenVault]:
    vault = VaultService(folder, policy=policy).create(PASSPHRASE).vault
    try:
        yield vault
    finally:
        vault.close()


@contextmanager
def unlocked_vault(folder: Path, policy: KdfPolicy = FAST_POLICY) -> Iterator[OpenVault]:
    vault = VaultService(folder, policy=policy).unlock(PASSPHRASE)
    try:
        yield vault
    finally:
        vault.close()
