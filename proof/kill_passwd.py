"""Check 1b: SIGKILL during ``passwd``: exactly one of old and new passphrase opens, the
store verifies, and the recovery code from ``init`` still opens."""

from __future__ import annotations

import shutil
from pathlib import Path

from .cli import PASSPHRASE, CliResult
from .context import Context
from .files import HEADER_NAME, copy_store, sha256_file
from .timing import kill_delay, kill_window

TITLE = "SIGKILL during passwd: one of old/new opens (never both/neither), recovery code opens"


def new_passphrase(i: int) -> str:
    return f"wachtzin nummer {i} voor de proef, lang genoeg"


def run(ctx: Context, attempts: int) -> None:
    check = ctx.report.check("kill_passwd", TITLE)
    durations: list[float] = []
    measure = ctx.store_copy("kill-passwd-measure")
    for phrases in ((PASSPHRASE, new_passphrase(-1)), (new_passphrase(-1), PASSPHRASE)):
        done = ctx.cli.run(measure, "passwd", passphrase=phrases[0], new_passphrase=phrases[1])
        if done.code != 0:
            check.record([f"setup: passwd without a kill: {done.describe()}"])
            return
        durations.append(done.seconds)
    window = kill_window(durations)
    check.info.update(kill_window_s=round(window, 3), landed=0, left_old=0, left_new=0)
    check.info["recovery_probes"] = 0

    data = ctx.store_copy("kill-passwd")
    current = PASSPHRASE
    probed_header = ""  # the vault.json whose recovery wrapping was last shown to open
    for i in range(attempts):
        new = new_passphrase(i)
        result, landed = ctx.cli.run_killed(
            data,
            "passwd",
            delay=kill_delay(ctx.rng, window),
            passphrase=current,
            new_passphrase=new,
        )
        check.info["landed"] += landed
        problems: list[str] = []
        if not landed and result.code != 0:
            problems.append(f"unkilled {result.describe()}")
        with_old = ctx.cli.run(data, "verify", passphrase=current)
        with_new = ctx.cli.run(data, "verify", passphrase=new)
        opened = _which_opened(with_old, with_new, problems)
        if opened == "old":
            check.info["left_old"] += 1
            if not landed:
                problems.append("passwd exit 0 but the new passphrase does not open")
        elif opened == "new":
            check.info["left_new"] += 1
            current = new
        if (data / HEADER_NAME).is_file():
            header = sha256_file(data / HEADER_NAME)
            if header != probed_header:
                check.info["recovery_probes"] += 1
                problem = recovery_problem(ctx, data)
                if problem:
                    problems.append(problem)
                else:
                    probed_header = header
        check.record(problems)
        if opened is None:
            # A store no passphrase opens would fail every later attempt for the same
            # reason; start again from a good one so the remaining kills still count.
            shutil.rmtree(data.parent, ignore_errors=True)
            data = ctx.store_copy("kill-passwd")
            current = PASSPHRASE
            probed_header = ""


def _which_opened(with_old: CliResult, with_new: CliResult, problems: list[str]) -> str | None:
    old_ok = with_old.code == 0
    new_ok = with_new.code == 0
    if old_ok and new_ok:
        problems.append("both the old and the new passphrase open")
        return "old"
    if not old_ok and not new_ok:
        problems.append(f"neither passphrase opens: old {with_old.describe()}")
        return None
    opener, other = (with_old, with_new) if old_ok else (with_new, with_old)
    if opener.out.strip() != "ok":
        problems.append("verify exit 0 without printing ok")
    if other.code != 5:
        problems.append(f"the other passphrase: {other.describe()} (expected exit 5)")
    return "old" if old_ok else "new"


def recovery_problem(ctx: Context, data: Path) -> str | None:
    """None when the recovery code from ``init`` opens a copy of ``data``."""
    copy = copy_store(data, ctx.scratch("recovery") / "data")
    try:
        probe = ctx.cli.run_module(
            "proof.recovery_probe",
            str(copy),
            extra_env={"PROOF_RECOVERY_CODE": ctx.baseline.recovery_code},
        )
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    if probe.code == 0 and probe.out.strip() == "ok":
        return None
    return f"recovery code no longer opens: {probe.describe()}"
