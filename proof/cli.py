"""Run the real ``genwerkt`` command in a subprocess: to completion, or killed mid-run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "een zin die lang genoeg is voor de proef"
WRONG_PASSPHRASE = "dit is helemaal niet de juiste wachtzin"

# Every call has a timeout: production key derivation is ~0.5 s, a backup of the demo
# store a second or two; a minute means the command hangs.
DEFAULT_TIMEOUT = 60.0

ERROR_PREFIX = "genwerkt: error:"
# SQLCipher's own log lines start with a time stamp; it says nothing about the failure.
_LOG_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+:\s*")


@dataclass(frozen=True)
class CliResult:
    args: tuple[str, ...]
    code: int | None  # None: it timed out (and was killed) or was killed on purpose
    out: str
    err: str
    seconds: float
    timed_out: bool = False

    @property
    def command(self) -> str:
        """The subcommand's name (``import``, ``verify``...), for reasons in the report."""
        return self.args[0] if self.args else "?"

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    @property
    def first_err_line(self) -> str:
        lines = self.err_lines
        return lines[0] if lines else ""

    def one_error_line(self) -> bool:
        """Exactly one line on stderr and it has the contract's prefix."""
        return len(self.err_lines) == 1 and self.err.startswith(ERROR_PREFIX)

    @property
    def stray_lines(self) -> list[str]:
        """stderr lines that are not the contract's error line (library logs and such)."""
        return [line for line in self.err_lines if not line.startswith(ERROR_PREFIX)]

    def stderr_shape(self) -> str:
        """What is wrong with stderr for a refusal: '' when it is one contract line."""
        if self.one_error_line():
            return ""
        if not self.err_lines:
            return "nothing on stderr"
        stray = self.stray_lines
        if stray:
            first = _LOG_TIMESTAMP.sub("", stray[0])
            return f"{len(stray)} extra stderr line(s), first: {first}"
        return f"{len(self.err_lines)} error lines"

    def describe(self) -> str:
        """``verify exit 4: genwerkt: error: ...`` (the report redacts it afterwards)."""
        code = "timeout" if self.timed_out else f"exit {self.code}"
        errors = [line for line in self.err_lines if line.startswith(ERROR_PREFIX)]
        line = errors[0] if errors else self.first_err_line or "(no stderr)"
        if "Traceback" in self.err:
            line = "traceback: " + (self.err_lines[-1] if self.err_lines else "")
        elif errors and self.stray_lines:
            line += f" (+{len(self.stray_lines)} other stderr lines)"
        return f"{self.command} {code}: {line}"


class Cli:
    """Starts ``python -m genwerkt_desktop.cli`` from the checkout under test."""

    def __init__(
        self, python: str, repo: Path, sandbox_env: Mapping[str, str], pycache: Path
    ) -> None:
        self.python = python
        self.repo = repo
        self.sandbox_env = dict(sandbox_env)
        self.pycache = pycache

    def env(
        self,
        passphrase: str | None = PASSPHRASE,
        new_passphrase: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        # Start from a clean slate: no GENWERKT_* or locale of the caller leaks in.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("GENWERKT_", "LC_", "LANG", "PYTHON", "XDG_"))
        }
        env.update(
            {
                "LC_ALL": "C",
                "LANG": "C",
                # Bytecode of the checkout goes to the run's temp folder: compiled once per
                # run (not once per call, ~1,000 calls) and never written into the repo.
                "PYTHONPYCACHEPREFIX": str(self.pycache),
                "PYTHONPATH": str(self.repo),
            }
        )
        env.update(self.sandbox_env)
        if passphrase is not None:
            env["GENWERKT_PASSPHRASE"] = passphrase
        if new_passphrase is not None:
            env["GENWERKT_NEW_PASSPHRASE"] = new_passphrase
        if extra:
            env.update(extra)
        return env

    def argv(self, data_dir: Path, args: Sequence[str]) -> list[str]:
        return [self.python, "-m", "genwerkt_desktop.cli", "--data-dir", str(data_dir), *args]

    def start(
        self,
        data_dir: Path,
        *args: str,
        passphrase: str | None = PASSPHRASE,
        new_passphrase: str | None = None,
    ) -> subprocess.Popen[bytes]:
        return self._spawn(self.argv(data_dir, args), self.env(passphrase, new_passphrase))

    def _spawn(self, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            argv,
            cwd=self.repo,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def run_module(
        self,
        module: str,
        *args: str,
        extra_env: Mapping[str, str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> CliResult:
        """One of the harness's own helpers (``proof.*``) that uses the library directly,
        in its own process so a hang or crash there is bounded like any other call."""
        began = time.monotonic()
        proc = self._spawn([self.python, "-m", module, *args], self.env(extra=extra_env))
        return collect(proc, (module.rsplit(".", 1)[-1], *args), began, timeout)

    def run(
        self,
        data_dir: Path,
        *args: str,
        passphrase: str | None = PASSPHRASE,
        new_passphrase: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> CliResult:
        began = time.monotonic()
        proc = self.start(data_dir, *args, passphrase=passphrase, new_passphrase=new_passphrase)
        return collect(proc, tuple(args), began, timeout)

    def run_killed(
        self,
        data_dir: Path,
        *args: str,
        delay: float,
        passphrase: str | None = PASSPHRASE,
        new_passphrase: str | None = None,
    ) -> tuple[CliResult, bool]:
        """Start the command and SIGKILL it after ``delay`` seconds.

        Returns the result and whether the kill landed (the process was still running).
        """
        began = time.monotonic()
        proc = self.start(data_dir, *args, passphrase=passphrase, new_passphrase=new_passphrase)
        # Sleep, not wait(timeout): Popen.wait polls in steps of up to 50 ms, which would
        # bunch the kills instead of spreading them uniformly.
        time.sleep(max(0.0, delay))
        landed = proc.poll() is None
        if landed:
            proc.send_signal(signal.SIGKILL)
        return collect(proc, tuple(args), began, DEFAULT_TIMEOUT), landed


def collect(
    proc: subprocess.Popen[bytes], args: tuple[str, ...], began: float, timeout: float
) -> CliResult:
    """Wait for ``proc`` (killing it at the timeout) and decode what it printed."""
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate(timeout=30)
        timed_out = True
    seconds = time.monotonic() - began
    code = None if timed_out or proc.returncode < 0 else proc.returncode
    return CliResult(
        args=args,
        code=code,
        out=out.decode("utf-8", "replace"),
        err=err.decode("utf-8", "replace"),
        seconds=seconds,
        timed_out=timed_out,
    )
