#!/usr/bin/env python3
"""Smoke test of an installed or frozen genwerkt, as a coach's laptop would run it.

    python packaging/smoke.py PATH/TO/genwerkt [--desktop PATH/TO/genwerkt-desktop]

Standard library only, so it runs with any Python 3.11+ next to any build: a wheel in a
fresh venv, the PyInstaller folder, the Windows or macOS CI runner.

Everything happens in a fresh temporary folder whose path contains a space, with that
folder as the working directory (never the repository): init, demo, clients, an export
of every kind (json, dossier, pop, stavaza, nazorg, ecogram as PNG/SVG/PDF, balance as
PNG/PDF, referral and meeting for the client and for a partner), an import of the
exported JSON, backup, verify, restore into another empty folder and verify there.
Each exit code is checked, and each file written must exist, be non-empty and start
like what it claims to be (%PDF, the PNG signature, <svg, JSON).  The ids for the
nazorg, referral and meeting exports come from the exported JSON of a demo client that
has them (for a partner sheet: one whose organisations hold a valid consent today).

With --desktop, the desktop program is started offscreen (QT_QPA_PLATFORM=offscreen,
GENWERKT_DATA_DIR set to a fresh folder) and must still be running after --wait
seconds; then it is terminated.  Pass --desktop-platform xcb to start it on a real X
display instead (DISPLAY must be set, e.g. under Xvfb).

Prints a table and exits 1 when anything failed (2 for wrong arguments).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# A passphrase that passes the production strength check; the CLI reads it from the
# environment (contracts/CLI.md), never from an argument.
PASSPHRASE = "Zeven blauwe vlinders dansen 's nachts op het zinken dak van Gent!"
TIMEOUT = 300  # seconds per command; an export takes about a second
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


class Smoke:
    def __init__(self, genwerkt: Path, root: Path) -> None:
        self.genwerkt = genwerkt
        self.root = root
        self.steps: list[Step] = []
        self.env = dict(os.environ)
        for name in ("GENWERKT_DATA_DIR", "GENWERKT_NEW_PASSPHRASE", "QT_QPA_PLATFORM"):
            self.env.pop(name, None)
        self.env["GENWERKT_PASSPHRASE"] = PASSPHRASE
        # The CLI must paint its PNGs without a display and without being told to.
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)

    # --- running and recording ---------------------------------------------------------

    def record(self, name: str, ok: bool, seconds: float, detail: str = "") -> bool:
        self.steps.append(Step(name, ok, seconds, detail))
        mark = "ok  " if ok else "FAIL"
        print(f"  {mark} {name}" + (f"  ({detail})" if detail and not ok else ""), flush=True)
        return ok

    def run(
        self, name: str, data_dir: Path, *args: str, expect: int = 0
    ) -> subprocess.CompletedProcess[str] | None:
        cmd = [str(self.genwerkt), "--data-dir", str(data_dir), *args]
        start = time.monotonic()
        try:
            proc = subprocess.run(
                cmd,
                cwd=self.root,
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.record(name, False, time.monotonic() - start, f"{type(exc).__name__}: {exc}")
            return None
        seconds = time.monotonic() - start
        if proc.returncode != expect:
            last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
            self.record(name, False, seconds, f"exit {proc.returncode}, wanted {expect}: {last}")
            return None
        self.record(name, True, seconds)
        return proc

    def export(
        self, name: str, data_dir: Path, client: str, kind: str, out: Path, *extra: str
    ) -> bool:
        start = time.monotonic()
        proc = self.run(name, data_dir, "export", client, "--kind", kind, *extra, "-o", str(out))
        if proc is None:
            return False
        problem = check_file(out)
        if problem:
            self.steps[-1] = Step(name, False, time.monotonic() - start, problem)
            print(f"  FAIL {name}  ({problem})", flush=True)
            return False
        return True

    # --- the scenario ------------------------------------------------------------------

    def cli(self) -> None:
        data = self.root / "data store"
        out = self.root / "export out"
        out.mkdir()

        proc = self.run("--version", data, "--version")
        if proc is not None and "genwerkt" not in proc.stdout:
            self.fail_last("no version printed")
        proc = self.run("init", data, "init")
        if proc is not None and not proc.stdout.strip():
            self.fail_last("no recovery code printed")
        proc = self.run("demo", data, "demo")
        demo_ids = proc.stdout.split() if proc else []
        if proc is not None and not demo_ids:
            self.fail_last("demo printed no client ids")
        proc = self.run("clients --json", data, "clients", "--json")
        clients = json.loads(proc.stdout) if proc else []
        ids = [c["id"] for c in clients]
        if proc is not None and sorted(ids) != sorted(demo_ids):
            self.fail_last(f"{len(ids)} clients listed, demo added {len(demo_ids)}")
        self.run("clients", data, "clients")

        dossiers: dict[str, dict] = {}
        for i, client in enumerate(ids, 1):
            path = out / f"dossier {i}.json"
            if self.export(f"export json (client {i})", data, client, "json", path):
                dossiers[client] = json.loads(path.read_text(encoding="utf-8"))
        if not dossiers:
            return

        # The richest demo client for the kinds every dossier has.
        main = max(
            dossiers,
            key=lambda c: sum(len(dossiers[c].get(k) or []) for k in ("ecograms", "balances")),
        )
        for kind in ("dossier", "pop", "stavaza"):
            self.export(f"export {kind}", data, main, kind, out / f"{kind} sheet.pdf")
        for ext in ("png", "svg", "pdf"):
            self.export(f"export ecogram .{ext}", data, main, "ecogram", out / f"eco gram.{ext}")
        for ext in ("png", "pdf"):
            self.export(f"export balance .{ext}", data, main, "balance", out / f"bal ance.{ext}")

        with_aftercare = [c for c, d in dossiers.items() if d.get("aftercare")]
        if with_aftercare:
            self.export("export nazorg", data, with_aftercare[0], "nazorg", out / "nazorg.pdf")
        else:
            self.record("export nazorg", False, 0, "no demo client has an aftercare plan")

        today = date.today()
        for kind, key in (("referral", "referrals"), ("meeting", "meetings")):
            found = shareable_item(dossiers, key, today)
            if found is None:
                self.record(f"export {kind}", False, 0, f"no demo client has a shareable {kind}")
                continue
            client, item = found
            for audience in ("client", "partner"):
                self.export(
                    f"export {kind} --audience {audience}",
                    data,
                    client,
                    kind,
                    out / f"{kind} {audience}.pdf",
                    "--item",
                    item,
                    "--audience",
                    audience,
                )

        # A folder that is not there is the user's mistake: exit 2, nothing written.
        self.run(
            "export to a missing folder (exit 2)",
            data,
            "export",
            main,
            "--kind",
            "json",
            "-o",
            str(out / "no such folder" / "x.json"),
            expect=2,
        )

        first_json = out / f"dossier {ids.index(main) + 1}.json"
        proc = self.run("import exported json", data, "import", str(first_json))
        if proc is not None and main not in proc.stdout:
            self.fail_last("import did not print the client id")

        backup = out / "back up.gwb"
        proc = self.run("backup", data, "backup", str(backup))
        if proc is not None and (problem := check_file(backup)):
            self.fail_last(problem)
        proc = self.run("verify", data, "verify")
        if proc is not None and "ok" not in proc.stdout.lower():
            self.fail_last(f"verify printed {proc.stdout.strip()!r}")

        restored = self.root / "restored store"
        restored.mkdir()
        proc = self.run("restore into an empty folder", restored, "restore", str(backup))
        if proc is not None and proc.stdout.strip() != str(len(ids)):
            self.fail_last(f"restore printed {proc.stdout.strip()!r}, wanted {len(ids)}")
        self.run("verify restored", restored, "verify")
        proc = self.run("clients (restored)", restored, "clients", "--json")
        if proc is not None and sorted(c["id"] for c in json.loads(proc.stdout)) != sorted(ids):
            self.fail_last("the restored store lists other clients")

    def desktop(self, program: Path, wait: float, platform: str) -> None:
        data = self.root / "desktop data"
        env = dict(self.env)
        env.pop("GENWERKT_PASSPHRASE", None)
        env["GENWERKT_DATA_DIR"] = str(data)
        env["QT_QPA_PLATFORM"] = platform
        if platform != "offscreen":
            env["DISPLAY"] = os.environ.get("DISPLAY", "")
            if os.environ.get("WAYLAND_DISPLAY"):
                env["WAYLAND_DISPLAY"] = os.environ["WAYLAND_DISPLAY"]
        name = f"desktop starts ({platform}) and stays up {wait:g} s"
        log = self.root / "desktop output.txt"
        start = time.monotonic()
        with open(log, "wb") as sink:
            try:
                proc = subprocess.Popen(
                    [str(program)],
                    cwd=self.root,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                )
            except OSError as exc:
                self.record(name, False, 0, f"{type(exc).__name__}: {exc}")
                return
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=wait)
            code = proc.poll()
            if code is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        seconds = time.monotonic() - start
        output = log.read_text(encoding="utf-8", errors="replace").strip()
        if code is not None:
            last = (output.splitlines() or ["(no output)"])[-1]
            self.record(name, False, seconds, f"exited with {code} after {seconds:.1f} s: {last}")
            if output:
                print(indent(output), flush=True)
            return
        self.record(name, True, seconds)
        created = data.is_dir()
        self.record("desktop created its data folder", created, 0, "" if created else str(data))

    def fail_last(self, problem: str) -> None:
        last = self.steps[-1]
        self.steps[-1] = Step(last.name, False, last.seconds, problem)
        print(f"  FAIL {last.name}  ({problem})", flush=True)

    def table(self) -> str:
        width = max(len(s.name) for s in self.steps)
        lines = [f"{'step':<{width}}  result  seconds", f"{'-' * width}  ------  -------"]
        for s in self.steps:
            line = f"{s.name:<{width}}  {'ok' if s.ok else 'FAIL':<6}  {s.seconds:7.2f}"
            lines.append(line + (f"  {s.detail}" if not s.ok and s.detail else ""))
        return "\n".join(lines)

    def summary(self) -> str:
        # Alone on the last line, in the form CI reads as a test count.
        failed = sum(not s.ok for s in self.steps)
        return f"{len(self.steps) - failed} passed, {failed} failed"


def valid_consent_orgs(dossier: dict, today: date) -> set[str]:
    """Organisations holding a consent that is granted and not revoked on ``today``."""
    orgs = set()
    for consent in dossier.get("consents") or []:
        granted = consent.get("granted_on")
        revoked = consent.get("revoked_on")
        if not granted or date.fromisoformat(granted) > today:
            continue
        if revoked and date.fromisoformat(revoked) <= today:
            continue
        orgs.add(consent["organisation_id"])
    return orgs


def shareable_item(dossiers: dict[str, dict], key: str, today: date) -> tuple[str, str] | None:
    """A (client id, item id) whose every receiving organisation holds a valid consent."""
    for client, dossier in dossiers.items():
        allowed = valid_consent_orgs(dossier, today)
        for item in dossier.get(key) or []:
            if key == "referrals":
                orgs = {item.get("organisation_id")}
            else:
                orgs = {
                    p["organisation_id"]
                    for p in item.get("participants") or []
                    if p.get("organisation_id")
                }
            if orgs and None not in orgs and orgs <= allowed:
                return client, item["id"]
    return None


def check_file(path: Path) -> str:
    """Why ``path`` is not a good export, or '' when it is."""
    if not path.is_file():
        return f"{path.name} was not written"
    data = path.read_bytes()
    if not data:
        return f"{path.name} is empty"
    suffix = path.suffix.lower()
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        return f"{path.name} does not start with %PDF"
    if suffix == ".png" and not data.startswith(PNG_MAGIC):
        return f"{path.name} is not a PNG"
    if suffix == ".svg" and b"<svg" not in data[:2000]:
        return f"{path.name} is not an SVG"
    if suffix == ".json":
        try:
            json.loads(data.decode("utf-8"))
        except ValueError as exc:
            return f"{path.name} is not JSON: {exc}"
    return ""


def indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines()[-20:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("genwerkt", type=Path, help="the genwerkt console program")
    parser.add_argument("--desktop", type=Path, help="the genwerkt-desktop program")
    parser.add_argument("--wait", type=float, default=8.0, help="seconds the desktop must last")
    parser.add_argument(
        "--desktop-platform",
        default="offscreen",
        help="QT_QPA_PLATFORM for the desktop (default offscreen; xcb needs DISPLAY)",
    )
    parser.add_argument(
        "--desktop-only", action="store_true", help="only start the desktop (no CLI steps)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    programs = [args.genwerkt] + ([args.desktop] if args.desktop else [])
    for program in programs:
        if not (program.is_file() or shutil.which(str(program))):
            parser.error(f"{program}: no such program")
    genwerkt = args.genwerkt.resolve() if args.genwerkt.is_file() else args.genwerkt

    root = Path(tempfile.mkdtemp(prefix="genwerkt smoke "))
    print(f"smoke test of {genwerkt}\nin {root}", flush=True)
    smoke = Smoke(genwerkt, root)
    total = time.monotonic()
    try:
        if not args.desktop_only:
            smoke.cli()
        if args.desktop:
            desktop = args.desktop.resolve() if args.desktop.is_file() else args.desktop
            smoke.desktop(desktop, args.wait, args.desktop_platform)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print()
    print(smoke.table())
    print(f"total {time.monotonic() - total:.1f} s")
    print(smoke.summary())
    return 0 if smoke.steps and all(s.ok for s in smoke.steps) else 1


if __name__ == "__main__":
    sys.exit(main())
