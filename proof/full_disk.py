"""Check 7: a full disk, under the data folder or the output folder: a clear one-line
message (exit 2, says the disk is full), and once there is room again the store verifies
and nothing is lost."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .cli import PASSPHRASE, CliResult
from .context import Context
from .dossiers import fresh_ids, write_json
from .files import leftover_temp_files
from .mounts import MountUnavailable, fill, tmpfs
from .snapshot import ProbeFailed

TITLE = "full disk (tmpfs): exit 2 saying the disk is full; after freeing space verify ok"
DISK_FULL = re.compile(r"\bvol\b|\bfull\b|geen (vrije )?(schijf)?ruimte|no space", re.IGNORECASE)
# Room beyond the store itself, filled up before each command.
SLACK = 256 * 1024


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def full_disk_problems(result: CliResult) -> list[str]:
    if result.code != 2:
        return [f"{result.describe()} (expected exit 2)"]
    if not result.one_error_line():
        return [f"{result.command} exit 2 but {result.stderr_shape()}"]
    if not DISK_FULL.search(result.first_err_line):
        return [f"{result.command} exit 2 without saying the disk is full: {result.first_err_line}"]
    return []


def run(ctx: Context) -> None:
    check = ctx.report.check("full_disk", TITLE)
    try:
        data_disk_full(ctx)
        output_disk_full(ctx)
    except MountUnavailable as exc:
        check.skip(str(exc))


def data_disk_full(ctx: Context) -> None:
    check = ctx.report.check("full_disk", TITLE)
    base = ctx.baseline
    work = ctx.scratch("full-data")
    outside = work / "outside"
    outside.mkdir()
    doc = write_json(outside / "import.json", fresh_ids(base.docs[base.client_ids[0]], ctx.rng))
    target = base.client_ids[0]
    new_passphrase = "een nieuwe wachtzin voor een volle schijf"
    commands: list[tuple[str, tuple[str, ...]]] = [
        ("import, data disk full", ("import", str(doc))),
        ("backup, data disk full", ("backup", str(outside / "b.genwerkt-backup"))),
        (
            "export, data disk full",
            ("export", target, "--kind", "json", "-o", str(outside / "e.json")),
        ),
        ("passwd, data disk full", ("passwd",)),
    ]
    mount = work / "data"
    with tmpfs(mount, folder_size(base.pristine) + SLACK):
        shutil.copytree(base.pristine, mount, dirs_exist_ok=True)
        for i, (label, args) in enumerate(commands):
            fill(mount, f"filler-{i}.bin")  # whatever the last command freed is taken again
            result = ctx.cli.run(mount, *args, new_passphrase=new_passphrase)
            check.record([f"{label}: {p}" for p in full_disk_problems(result)])
        for filler in mount.glob("filler-*.bin"):
            filler.unlink()
        problems: list[str] = []
        verified = ctx.cli.run(mount, "verify", passphrase=PASSPHRASE)
        if verified.code != 0 or verified.out.strip() != "ok":
            problems.append(f"after freeing space: {verified.describe()}")
        else:
            try:
                if ctx.snapshot(mount) != base.snapshot:
                    problems.append("after freeing space: the store's content changed")
            except ProbeFailed as exc:
                problems.append(f"after freeing space: {exc}")
        check.record(problems)


def output_disk_full(ctx: Context) -> None:
    check = ctx.report.check("full_disk", TITLE)
    base = ctx.baseline
    work = ctx.scratch("full-output")
    data = ctx.store_copy("full-output-store")
    mount = work / "out"
    target = base.client_ids[0]
    with tmpfs(mount, folder_size(base.pristine) + SLACK):
        for i, (label, args) in enumerate(
            [
                ("backup to a full disk", ("backup", str(mount / "b.genwerkt-backup"))),
                (
                    "export to a full disk",
                    ("export", target, "--kind", "dossier", "-o", str(mount / "e.pdf")),
                ),
            ]
        ):
            fill(mount, f"filler-{i}.bin")
            result = ctx.cli.run(data, *args)
            problems = [f"{label}: {p}" for p in full_disk_problems(result)]
            partial = [p.name for p in mount.iterdir() if not p.name.startswith("filler-")]
            if partial:
                problems.append(f"{label}: left {len(partial)} partial file(s) behind")
            check.record(problems)
        leftovers = leftover_temp_files(mount)
        check.info["tmp_files_on_full_output_disk"] = len(leftovers)
    verified = ctx.cli.run(data, "verify")
    ok = verified.code == 0 and verified.out.strip() == "ok"
    check.record([] if ok else [f"store after a full output disk: {verified.describe()}"])
