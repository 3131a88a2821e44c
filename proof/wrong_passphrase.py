"""Check 2: a wrong passphrase exits 5 and changes no byte of the data folder."""

from __future__ import annotations

from .cli import WRONG_PASSPHRASE
from .context import Context
from .dossiers import fresh_ids, write_json
from .files import fingerprint, fingerprint_difference

TITLE = "wrong passphrase: exit 5, one error line, every file of the data folder unchanged"


def run(ctx: Context, attempts: int) -> None:
    check = ctx.report.check("wrong_passphrase", TITLE)
    base = ctx.baseline
    data = ctx.store_copy("wrong-passphrase")
    outputs = ctx.scratch("wrong-passphrase-out")
    doc = write_json(outputs / "import.json", fresh_ids(base.docs[base.client_ids[0]], ctx.rng))
    export_out = outputs / "export.json"
    backup_out = outputs / "backup.genwerkt-backup"
    commands: list[tuple[str, ...]] = [
        ("clients",),
        ("verify",),
        ("passwd",),
        ("export", base.client_ids[0], "--kind", "json", "-o", str(export_out)),
        ("import", str(doc)),
        ("backup", str(backup_out)),
    ]
    before = fingerprint(data)
    for i in range(attempts):
        args = commands[i % len(commands)]
        result = ctx.cli.run(
            data, *args, passphrase=WRONG_PASSPHRASE, new_passphrase="een nieuwe lange wachtzin"
        )
        problems: list[str] = []
        if result.code != 5:
            problems.append(f"{result.describe()} (expected exit 5)")
        elif not result.one_error_line():
            problems.append(f"{args[0]} exit 5 but {result.stderr_shape()}")
        changed = fingerprint_difference(before, fingerprint(data))
        if changed:
            problems.append(f"{args[0]} with a wrong passphrase changed the data folder: {changed}")
            before = fingerprint(data)  # judge the next attempt on its own
        for out in (export_out, backup_out):
            if out.exists():
                problems.append(f"{args[0]} with a wrong passphrase wrote {out.name}")
                out.unlink()
        check.record(problems)
