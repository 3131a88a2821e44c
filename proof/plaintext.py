"""Check 5: after a whole session no client text is on disk in the clear (data folder,
config, cache, temp, home, backups), and files carry private modes."""

from __future__ import annotations

import stat
from pathlib import Path

from .cli import Cli, CliResult
from .context import Context
from .dossiers import fresh_ids, write_json
from .files import DB_NAME, HEADER_NAME

SCAN = "plaintext scan after a session: no client text (utf-8, utf-16-le) in any scanned folder"
MODES = "file modes on POSIX: data folder 0700; database, backups and exports 0600"
ENCODINGS = ("utf-8", "utf-16-le")


def scan(folder: Path, needles: list[str]) -> tuple[int, list[str]]:
    """Files scanned and the hits (``file: client text #k (encoding)``, no text)."""
    patterns = [(k, enc, n.encode(enc)) for k, n in enumerate(needles) for enc in ENCODINGS]
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()]
    hits = []
    for path in files:
        data = path.read_bytes()
        for k, encoding, pattern in patterns:
            if pattern in data:
                hits.append(f"{path.relative_to(folder)}: client text #{k} ({encoding})")
    return len(files), hits


def run(ctx: Context) -> None:
    check = ctx.report.check("plaintext", SCAN)
    modes = ctx.report.check("file_modes", MODES)
    base = ctx.baseline
    work = ctx.scratch("plaintext")
    # Fresh HOME, XDG folders and TMPDIR, used by this session alone, so what is found
    # there was written by it.
    env_dirs = {
        "HOME": work / "home",
        "XDG_CONFIG_HOME": work / "config",
        "XDG_CACHE_HOME": work / "cache",
        "XDG_DATA_HOME": work / "share",
        "XDG_STATE_HOME": work / "state",
        "TMPDIR": work / "tmp",
    }
    for folder in env_dirs.values():
        folder.mkdir()
    cli = Cli(
        ctx.cli.python, ctx.cli.repo, {k: str(v) for k, v in env_dirs.items()}, ctx.cli.pycache
    )
    data = work / "data"
    backups = work / "backups"
    backups.mkdir()
    outside = ctx.scratch("plaintext-exports")  # not scanned: exports are plaintext by design
    doc = write_json(outside / "import.json", fresh_ids(base.docs[base.client_ids[0]], ctx.rng))
    target = base.client_ids[0]
    word = str(base.docs[target]["client"]["last_name"])
    backup_file = backups / "sessie.genwerkt-backup"
    exports = [outside / "dossier.json", outside / "dossier.pdf", outside / "pop.pdf"]
    steps: list[tuple[str, ...]] = [
        ("init",),
        ("demo",),
        ("import", str(doc)),
        ("export", target, "--kind", "json", "-o", str(exports[0])),
        ("export", target, "--kind", "dossier", "-o", str(exports[1])),
        ("export", target, "--kind", "pop", "-o", str(exports[2])),
        ("backup", str(backup_file)),
        ("search", word),
        ("clients",),
        ("verify",),
    ]
    failed: list[CliResult] = []
    for args in steps:
        result = cli.run(data, *args)
        if result.code != 0:
            failed.append(result)
    check.info["session_steps_failed"] = len(failed)
    if failed:
        check.record([f"session step {failed[0].describe()}"])

    # Control: the needles do occur in the plain JSON export, so a clean scan means
    # something.
    _, control = scan(outside, base.needles)
    check.record([] if control else ["control: the demo strings are not even in the export"])
    scanned = {"data folder": data, "backup folder": backups}
    scanned.update({name: path for name, path in env_dirs.items()})
    total_files = 0
    for label, folder in scanned.items():
        count, hits = scan(folder, base.needles)
        total_files += count
        check.record([f"{label}: {len(hits)} hit(s), first {hits[0]}"] if hits else [])
    check.info.update(files_scanned=total_files, needles=len(base.needles))

    expected: list[tuple[str, Path, int]] = [("data folder", data, 0o700)]
    expected += [
        (name, data / name, 0o600)
        for name in (HEADER_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm")
        if (data / name).exists()
    ]
    expected += [(f"backups/{p.name}", p, 0o600) for p in sorted((data / "backups").glob("*"))]
    expected += [("backup file", backup_file, 0o600)]
    expected += [(f"export {p.suffix}", p, 0o600) for p in exports]
    for label, path, mode in expected:
        if not path.exists():
            modes.record([f"{label}: missing after the session"])
            continue
        actual = stat.S_IMODE(path.stat().st_mode)
        modes.record([] if actual == mode else [f"{label}: mode {actual:o}, expected {mode:o}"])
