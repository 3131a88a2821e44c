"""Check 4b: outputs that cannot be written, a partner version of a kind that has none,
and an item that does not exist: exit 2 with one line, and nothing written."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .cli import CliResult
from .context import Context
from .files import HEADER_NAME
from .mounts import MountUnavailable, tmpfs

UNWRITABLE = "unwritable output or key header: exit 2 with one line naming it, nothing created"
PARTNER = "--audience partner for a kind without a partner version: exit 2, no output file"
MISSING_ITEM = "--item that does not exist: exit 2 with one line, no output file"

PARTNERLESS_KINDS = {
    "json": "json",
    "dossier": "pdf",
    "balance": "png",
    "nazorg": "pdf",
    "pop": "pdf",
    "stavaza": "pdf",
}
ITEM_KINDS = {"referral": "pdf", "meeting": "pdf", "ecogram": "png", "balance": "png"}


def exit_2_problems(result: CliResult, names: str | None = None) -> list[str]:
    problems: list[str] = []
    if result.code != 2:
        problems.append(f"{result.describe()} (expected exit 2)")
    elif not result.one_error_line():
        problems.append(f"{result.command} exit 2 but {result.stderr_shape()}")
    elif names is not None and names not in result.first_err_line:
        problems.append(f"{result.command} exit 2 but the message does not name the target")
    return problems


@contextmanager
def read_only_folder(where: Path) -> Iterator[Path]:
    """A folder nobody can write to.  Root ignores file modes, so as root it is a
    read-only tmpfs; otherwise mode 0555."""
    if os.geteuid() == 0:
        with tmpfs(where, 64 * 1024, read_only=True):
            yield where
        return
    where.mkdir(parents=True)
    where.chmod(0o555)
    try:
        yield where
    finally:
        where.chmod(0o700)


def run(ctx: Context) -> None:
    unwritable(ctx)
    partner(ctx)
    missing_item(ctx)


def unwritable(ctx: Context) -> None:
    check = ctx.report.check("unwritable_output", UNWRITABLE)
    data = ctx.store_copy("unwritable")
    work = ctx.scratch("unwritable-out")
    target = ctx.baseline.client_ids[0]
    through = work / "somefile"
    through.write_text("geen map\n", "utf-8")

    def export(out: Path) -> CliResult:
        return ctx.cli.run(data, "export", target, "--kind", "dossier", "-o", str(out))

    def backup(out: Path) -> CliResult:
        return ctx.cli.run(data, "backup", str(out))

    missing = work / "missing"
    for label, command, out in (
        ("export to a missing folder", export, missing / "sub" / "x.pdf"),
        ("backup to a missing folder", backup, missing / "sub" / "x.genwerkt-backup"),
        ("export through a file", export, through / "x.pdf"),
        ("backup through a file", backup, through / "x.genwerkt-backup"),
    ):
        result = command(out)
        problems = exit_2_problems(result, names=str(out.parent))
        if missing.exists():
            problems.append("the missing folder was created")
            shutil.rmtree(missing)
        check.record([f"{label}: {p}" for p in problems])

    try:
        with read_only_folder(work / "read-only") as folder:
            for label, command, out in (
                ("export to a read-only folder", export, folder / "x.pdf"),
                ("backup to a read-only folder", backup, folder / "x.genwerkt-backup"),
            ):
                result = command(out)
                problems = exit_2_problems(result, names=str(out.parent))
                check.record([f"{label}: {p}" for p in problems])
    except MountUnavailable as exc:
        check.info["read_only_skipped"] = str(exc)

    # vault.json that is a folder: the store cannot be read, but nothing is damaged.
    broken = ctx.store_copy("header-folder")
    (broken / HEADER_NAME).unlink()
    (broken / HEADER_NAME).mkdir()
    for args in (("clients",), ("verify",)):
        result = ctx.cli.run(broken, *args)
        check.record([f"vault.json is a folder: {p}" for p in exit_2_problems(result)])


def partner(ctx: Context) -> None:
    check = ctx.report.check("partner_audience", PARTNER)
    data = ctx.store_copy("partner")
    work = ctx.scratch("partner-out")
    target = ctx.baseline.client_ids[0]
    for kind, ext in PARTNERLESS_KINDS.items():
        out = work / f"partner-{kind}.{ext}"
        result = ctx.cli.run(
            data, "export", target, "--kind", kind, "--audience", "partner", "-o", str(out)
        )
        problems = exit_2_problems(result)
        if out.exists():
            problems.insert(0, "a partner export was written anyway")
        check.record([f"--kind {kind}: {p}" for p in problems])


def missing_item(ctx: Context) -> None:
    check = ctx.report.check("missing_item", MISSING_ITEM)
    data = ctx.store_copy("missing-item")
    work = ctx.scratch("missing-item-out")
    target = ctx.baseline.client_ids[0]
    for kind, ext in ITEM_KINDS.items():
        out = work / f"item-{kind}.{ext}"
        result = ctx.cli.run(
            data, "export", target, "--kind", kind, "--item", str(uuid.uuid4()), "-o", str(out)
        )
        problems = exit_2_problems(result)
        if out.exists():
            problems.insert(0, "an export was written for an item that does not exist")
        check.record([f"--kind {kind}: {p}" for p in problems])
