"""``python -m proof.run [--short] [--out proof/results.json]``: run every check, write the
counts, print a table, exit 1 when any check failed.

Everything happens in one temp folder (stores, outputs, and the HOME, XDG and TMPDIR
the command sees), removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import (
    bad_import,
    bad_output,
    concurrency,
    full_disk,
    kill_backup,
    kill_import,
    kill_passwd,
    plaintext,
    tamper,
    wrong_passphrase,
)
from .cli import PASSPHRASE, WRONG_PASSPHRASE, Cli
from .context import Context, SetupError, build_baseline
from .redact import Redactor
from .report import Report

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "proof" / "results.json"

# (name, full count, short count): how often each repeated check is tried.
COUNTS = {
    "kill_import": (100, 10),
    "kill_passwd": (50, 5),
    "kill_backup": (50, 5),
    "wrong_passphrase": (50, 5),
    "concurrency": (20, 4),
}


def plan(short: bool) -> list[tuple[str, Callable[[Context], None]]]:
    def n(name: str) -> int:
        full, brief = COUNTS[name]
        return brief if short else full

    return [
        ("kill_import", lambda ctx: kill_import.run(ctx, n("kill_import"))),
        ("kill_passwd", lambda ctx: kill_passwd.run(ctx, n("kill_passwd"))),
        ("kill_backup", lambda ctx: kill_backup.run(ctx, n("kill_backup"))),
        ("wrong_passphrase", lambda ctx: wrong_passphrase.run(ctx, n("wrong_passphrase"))),
        ("tamper", tamper.run),
        ("bad_import", bad_import.run),
        ("bad_output", bad_output.run),
        ("plaintext", plaintext.run),
        ("concurrency", lambda ctx: concurrency.run(ctx, n("concurrency"))),
        ("full_disk", full_disk.run),
    ]


def sandbox_env(root: Path) -> dict[str, str]:
    """Fresh HOME, XDG folders and TMPDIR: whatever the command writes outside the data
    folder lands here, where the plaintext scan can see all of it."""
    env = root / "env"
    folders = {
        "HOME": env / "home",
        "XDG_CONFIG_HOME": env / "config",
        "XDG_CACHE_HOME": env / "cache",
        "XDG_DATA_HOME": env / "share",
        "XDG_STATE_HOME": env / "state",
        "TMPDIR": env / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    return {k: str(v) for k, v in folders.items()}


def client_texts(docs: list[dict[str, Any]]) -> Iterator[str]:
    """Free text and names of the demo dossiers (not ids, dates or enum values): what the
    redactor blanks out should a message ever quote it."""

    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)
        elif isinstance(value, str) and (
            " " in value or "@" in value or not value.isascii() or value != value.lower()
        ):
            yield value

    for doc in docs:
        yield from walk(doc)


def git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m proof.run", description=__doc__)
    parser.add_argument("--short", action="store_true", help="fewer repetitions (~3 min)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON file")
    parser.add_argument("--seed", type=int, default=None, help="random seed (kill delays)")
    parser.add_argument("--only", default="", help="comma-separated check groups to run")
    parser.add_argument("--python", default=sys.executable, help="interpreter for genwerkt")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    root = Path(tempfile.mkdtemp(prefix="genwerkt-proof-"))
    redactor = Redactor()
    redactor.add_path(root, "<tmp>")
    redactor.add_path(REPO, "<repo>")
    redactor.add_texts([PASSPHRASE, WRONG_PASSPHRASE])
    report = Report(redactor)
    started = time.monotonic()
    report.meta = {
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": "short" if args.short else "full",
        "seed": seed,
        "commit": git("rev-parse", "HEAD"),
        # The newest change to the product code under test (main merged into proof).
        "product_commit": git("log", "-1", "--format=%h %s", "--", "genwerkt_desktop"),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "root": os.geteuid() == 0 if hasattr(os, "geteuid") else False,
    }
    durations: dict[str, float] = {}
    try:
        cli = Cli(args.python, REPO, sandbox_env(root), root / "pycache")
        try:
            baseline = build_baseline(cli, root)
        except SetupError as exc:
            report.check("baseline", "init + demo + export of the demo store").record(
                [f"setup: {exc}"]
            )
        else:
            redactor.add_texts([*baseline.needles, *client_texts(list(baseline.docs.values()))])
            ctx = Context(cli, root, report, random.Random(seed), args.short, baseline)
            for name, step in plan(args.short):
                if only and name not in only:
                    continue
                began = time.monotonic()
                print(f"[proof] {name} ...", file=sys.stderr, flush=True)
                try:
                    step(ctx)
                except Exception as exc:  # a harness bug must not hide the other checks
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    report.check(name, "the check itself").record(
                        [
                            f"harness error {type(exc).__name__} at "
                            f"{Path(where.filename).name}:{where.lineno}: {exc}"
                        ]
                    )
                durations[name] = round(time.monotonic() - began, 1)
    finally:
        if args.keep:
            print(f"[proof] kept {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    report.meta["seconds"] = round(time.monotonic() - started, 1)
    report.meta["seconds_per_group"] = durations
    report.write(args.out)
    print(report.table())
    print(f"\n{args.out} written; {report.meta['seconds']} s")
    return 1 if report.any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
