"""Small tmpfs mounts for a full disk or a read-only folder (root on Linux only)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class MountUnavailable(Exception):
    """tmpfs cannot be mounted here; the message says why (the check is skipped)."""


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=30)


@contextmanager
def tmpfs(where: Path, size_bytes: int, *, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of ``size_bytes`` at ``where``, unmounted on the way out whatever happens."""
    if not sys.platform.startswith("linux"):
        raise MountUnavailable("tmpfs mounts need Linux")
    if os.geteuid() != 0:
        raise MountUnavailable("tmpfs mounts need root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={max(size_bytes, 4096)},mode=0700" + (",ro" if read_only else "")
    try:
        mounted = _run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where))
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MountUnavailable(f"mount failed: {exc}") from None
    if mounted.returncode != 0:
        raise MountUnavailable(f"mount failed: {mounted.stderr.strip()[:120]}")
    try:
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            # Something still has a file open there (a killed child's zombie, a lagging
            # close): detach it now, the kernel frees it when the last user goes.
            _run("umount", "-l", str(where))


def fill(folder: Path, name: str = "filler.bin") -> Path:
    """Write zeros into ``folder`` until the file system is full."""
    path = folder / name
    chunk = b"\0" * 4096
    with path.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(chunk)
        except OSError:
            pass
    # Smaller writes fill the last partial block too.
    with path.open("ab", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0")
        except OSError:
            pass
    return path
