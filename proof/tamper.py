"""Check 3: a damaged or tampered store is refused (exit 4 or 5, one error line), never
shown as if it were sound, never answered with a traceback, and never replaced by a new
empty database."""

from __future__ import annotations

import base64
import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cli import CliResult
from .context import Context, SetupError
from .dossiers import canonical, client_id, fresh_ids, read_json, write_json
from .files import DB_NAME, HEADER_NAME, copy_store, flip_byte
from .snapshot import ProbeFailed, Snapshot, take

TITLE = "tampered store: verify/clients/export exit 4 or 5 with one error line, no new db"

# SQLCipher 4's default page size; the store does not change it.  The file is encrypted,
# so the size cannot be read from its header.
PAGE = 4096
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


@dataclass(frozen=True)
class Variant:
    name: str
    damage: Callable[[Path], None]
    from_wal: bool = False  # damage the copy whose WAL holds committed frames
    # "deleted" or "empty": the command must not create a database in its place
    database_gone: str | None = None


def _db(folder: Path) -> Path:
    return folder / DB_NAME


def _flip_page(which: str) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        pages = _db(folder).stat().st_size // PAGE
        page = {"first": 0, "middle": pages // 2, "last": pages - 1}[which]
        flip_byte(_db(folder), page * PAGE + 200)

    return damage


def _truncate(keep: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        size = _db(folder).stat().st_size
        with _db(folder).open("r+b") as fh:
            fh.truncate(keep(size))

    return damage


def _edit_header(edit: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        path = folder / HEADER_NAME
        doc = json.loads(path.read_text("utf-8"))
        edit(doc)
        path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", "utf-8")

    return damage


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def _set(path: tuple[str, ...], change: Callable[[Any], Any]) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = change(node[path[-1]])

    return edit


def _flip_wal(where: str) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        wal = folder / f"{DB_NAME}-wal"
        frame = WAL_FRAME_HEADER + PAGE
        frames = (wal.stat().st_size - WAL_HEADER) // frame
        offset = {
            "header": 24,  # the WAL header's checksum
            "first frame": WAL_HEADER + WAL_FRAME_HEADER + 200,
            "last frame": WAL_HEADER + (frames - 1) * frame + WAL_FRAME_HEADER + 200,
        }[where]
        flip_byte(wal, offset)

    return damage


def _delete_database(folder: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        (folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)


def _empty_database(folder: Path) -> None:
    _delete_database(folder)
    _db(folder).write_bytes(b"")


def _cut_header(folder: Path) -> None:
    path = folder / HEADER_NAME
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _kdf(field: str, change: Callable[[Any], Any]) -> Callable[[Path], None]:
    return _edit_header(_set(("kdf", field), change))


VARIANTS = [
    Variant("db page flip: first page", _flip_page("first")),
    Variant("db page flip: middle page", _flip_page("middle")),
    Variant("db page flip: last page", _flip_page("last")),
    Variant("db truncated to half", _truncate(lambda size: (size // PAGE // 2) * PAGE)),
    Variant("db truncated mid-page", _truncate(lambda size: size - PAGE // 2)),
    Variant("vault.json kdf memory below floor", _kdf("memory_kib", lambda v: 1024)),
    Variant("vault.json kdf time_cost changed", _kdf("time_cost", lambda v: v + 1)),
    Variant("vault.json kdf salt changed", _kdf("salt", _flip_b64)),
    Variant(
        "vault.json vault_id changed",
        _edit_header(_set(("vault_id",), lambda v: str(uuid.uuid4()))),
    ),
    Variant(
        "vault.json wrapped key flipped",
        _edit_header(_set(("passphrase", "wrapped"), _flip_b64)),
    ),
    Variant("vault.json cut in half", _cut_header),
    Variant("wal flip: header checksum", _flip_wal("header"), from_wal=True),
    Variant("wal flip: first frame", _flip_wal("first frame"), from_wal=True),
    Variant("wal flip: last (commit) frame", _flip_wal("last frame"), from_wal=True),
    Variant("genwerkt.db deleted beside vault.json", _delete_database, database_gone="deleted"),
    Variant("genwerkt.db 0 bytes beside vault.json", _empty_database, database_gone="empty"),
]


def wal_store(ctx: Context) -> tuple[Path, Snapshot]:
    """A store copy whose WAL holds a committed import (see proof/wal_writer.py), and
    what it holds when read untampered."""
    base = ctx.baseline
    work = ctx.scratch("wal")
    doc = fresh_ids(base.docs[base.client_ids[-1]], ctx.rng)
    made = ctx.cli.run_module(
        "proof.wal_writer",
        str(copy_store(base.pristine, work / "source")),
        str(work / "with-wal"),
        str(write_json(work / "doc.json", doc)),
    )
    if made.code != 0 or not made.out.strip().isdigit() or int(made.out.strip()) <= WAL_HEADER:
        raise SetupError(f"no WAL with committed frames: {made.describe()}")
    ids = [base.client_ids[0], client_id(doc)]
    try:
        expected = take(ctx.cli, copy_store(work / "with-wal", work / "probe"), ids, work / "s")
    except ProbeFailed as exc:
        raise SetupError(f"the untampered WAL copy: {exc}") from None
    if client_id(doc) not in expected.client_ids:
        raise SetupError("the untampered WAL copy does not show the committed import")
    return work / "with-wal", expected


def run(ctx: Context) -> None:
    check = ctx.report.check("tamper", TITLE)
    base = ctx.baseline
    target = base.client_ids[0]
    try:
        wal_source: tuple[Path, Snapshot] | None = wal_store(ctx)
    except SetupError as exc:
        wal_source = None
        check.record([f"setup: {exc}"])
    for number, variant in enumerate(VARIANTS):
        if variant.from_wal:
            if wal_source is None:
                continue
            source, expected = wal_source
        else:
            source, expected = base.pristine, base.snapshot
        damaged = ctx.scratch("tampered") / "data"
        copy_store(source, damaged)
        variant.damage(damaged)
        commands: list[tuple[str, ...]] = [
            ("verify",),
            ("clients", "--json"),
            ("export", target, "--kind", "json", "-o", str(damaged.parent / "out.json")),
        ]
        if ctx.short:  # one command per variant, taking turns, keeps --short short
            commands = [commands[number % len(commands)]]
        for args in commands:
            # Each command gets its own copy: one that repairs or rewrites the store
            # must not decide what the next one sees.
            folder = copy_store(damaged, damaged.parent / "run")
            result = ctx.cli.run(folder, *args)
            problems = judge(variant, result, folder, expected, target)
            check.record([f"{variant.name}: {p}" for p in problems])
            shutil.rmtree(folder, ignore_errors=True)
            (damaged.parent / "out.json").unlink(missing_ok=True)


def judge(
    variant: Variant, result: CliResult, folder: Path, expected: Snapshot, target: str
) -> list[str]:
    problems: list[str] = []
    if "Traceback" in result.err:
        problems.append(f"{result.command} printed a traceback")
    if result.code == 0:
        verdict = _data_verdict(result, folder, expected, target)
        problems.append(f"{result.command} exit 0 on a damaged store ({verdict})")
    elif result.code not in (4, 5):
        problems.append(f"{result.describe()} (expected exit 4 or 5)")
    elif not result.one_error_line():
        problems.append(f"{result.command} exit {result.code} but {result.stderr_shape()}")
    if variant.database_gone:
        made = created_database_files(folder, was_empty=variant.database_gone == "empty")
        if made:
            problems.insert(0, f"{result.command} created {', '.join(made)}")
    return problems


def created_database_files(folder: Path, *, was_empty: bool) -> list[str]:
    """Database files that appeared where there was none (or a 0-byte one)."""
    db = folder / DB_NAME
    made = [p.name for p in (db.with_name(f"{DB_NAME}-wal"), db.with_name(f"{DB_NAME}-shm"))]
    made = [name for name in made if (folder / name).exists()]
    if db.exists() and (not was_empty or db.stat().st_size > 0):
        made.insert(0, DB_NAME)
    return made


def _data_verdict(result: CliResult, folder: Path, expected: Snapshot, target: str) -> str:
    """For an exit 0: is what it printed or wrote the store's true content?"""
    if result.command == "verify":
        return "verify says ok" if result.out.strip() == "ok" else "verify printed problems"
    try:
        if result.command == "clients":
            rows = sorted(json.loads(result.out), key=lambda r: str(r.get("id")))
            same = canonical(rows) == expected.clients
        else:
            same = canonical(read_json(folder.parent / "out.json")) == dict(expected.exports).get(
                target
            )
    except (OSError, ValueError, TypeError, AttributeError):
        same = False
    return "data intact" if same else "wrong or missing data"
