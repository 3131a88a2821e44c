"""Check 1c and 8: SIGKILL during ``backup``: the store verifies, every older backup stays
intact and restores, and a later backup leaves no temp files behind."""

from __future__ import annotations

import shutil
from pathlib import Path

from .context import Context
from .files import leftover_temp_files, sha256_file
from .timing import kill_delay, kill_window

TITLE = "SIGKILL during backup: verify ok, older backups unchanged and restorable"
LEFTOVER_TITLE = "after killed backups, the next backup leaves no temp files in its folder"
SUFFIX = ".genwerkt-backup"


def backups(folder: Path) -> dict[str, str]:
    return {p.name: sha256_file(p) for p in sorted(folder.glob(f"*{SUFFIX}")) if p.is_file()}


def restore_problem(ctx: Context, backup: Path) -> str | None:
    """None when ``genwerkt --data-dir EMPTY restore BACKUP`` exits 0 with every client."""
    into = ctx.scratch("restore") / "data"
    try:
        restored = ctx.cli.run(into, "restore", str(backup))
    finally:
        shutil.rmtree(into.parent, ignore_errors=True)
    if restored.code != 0:
        return f"a backup does not restore: {restored.describe()}"
    if restored.out.strip() != str(len(ctx.baseline.client_ids)):
        return "restore exit 0 but not every client came back"
    return None


def run(ctx: Context, attempts: int) -> None:
    check = ctx.report.check("kill_backup", TITLE)
    data = ctx.store_copy("kill-backup")
    target = ctx.scratch("kill-backup-target")
    durations: list[float] = []
    for i in range(2):
        done = ctx.cli.run(data, "backup", str(target / f"measure-{i}{SUFFIX}"))
        if done.code != 0:
            check.record([f"setup: backup without a kill: {done.describe()}"])
            return
        durations.append(done.seconds)
    problem = restore_problem(ctx, target / f"measure-0{SUFFIX}")
    if problem:
        check.record([f"setup: {problem}"])
        return
    window = kill_window(durations)
    check.info.update(kill_window_s=round(window, 3), landed=0, restores=1)

    for i in range(attempts):
        # Half the kills write a new file, half replace the same one: a replaced backup
        # must be the old one or the new one, never a torn mix.
        name = f"b{i:03d}{SUFFIX}" if i % 2 == 0 else f"latest{SUFFIX}"
        before = backups(target)
        result, landed = ctx.cli.run_killed(
            data, "backup", str(target / name), delay=kill_delay(ctx.rng, window)
        )
        check.info["landed"] += landed
        problems: list[str] = []
        if not landed and result.code != 0:
            problems.append(f"unkilled {result.describe()}")
        verified = ctx.cli.run(data, "verify")
        if verified.code != 0 or verified.out.strip() != "ok":
            problems.append(f"store after the kill: {verified.describe()}")
        after = backups(target)
        if any(after.get(old) != digest for old, digest in before.items() if old != name):
            problems.append("an older backup changed or vanished")
        if not landed and name not in after:
            problems.append("backup exit 0 but no backup file")
        # Each backup that is new or replaced is restored once; unchanged bytes after
        # that mean it stays restorable.  Every fifth round also restores an older one.
        to_restore = [name] if name in after and after[name] != before.get(name) else []
        older = sorted(set(before) - {name})
        if i % 5 == 4 and older:
            to_restore.append(ctx.rng.choice(older))
        for backup in to_restore:
            check.info["restores"] += 1
            problem = restore_problem(ctx, target / backup)
            if problem:
                problems.append(problem)
        check.record(problems)

    leftovers_check(ctx, data, target)


def leftovers_check(ctx: Context, data: Path, target: Path) -> None:
    check = ctx.report.check("backup_leftovers", LEFTOVER_TITLE)
    check.info["tmp_files_after_kills"] = len(leftover_temp_files(target))
    done = ctx.cli.run(data, "backup", str(target / f"final{SUFFIX}"))
    remaining = leftover_temp_files(target)
    check.info["tmp_files_after_next_backup"] = len(remaining)
    problems = []
    if done.code != 0:
        problems.append(f"the next backup: {done.describe()}")
    if remaining:
        problems.append(f"{len(remaining)} temp file(s) left in the backup folder")
    check.record(problems)
