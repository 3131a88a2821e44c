#!/usr/bin/env python3
"""Build the wheel, install it in a fresh venv outside the repository, smoke-test it.

    python3.11 packaging/wheel_check.py [--keep]

`make wheel-check` runs this.  Standard library only; works on Linux, macOS and Windows.

1. ``pip wheel . --no-deps`` into dist/wheel/ (a clean build: setuptools' build/lib is
   removed first, so a module deleted from the source cannot linger in the wheel).
2. A new venv in a temporary folder whose path contains a space (as a user name with a
   space would give), with the wheel installed by plain pip: the dependencies come from
   the package index, exactly as a user's ``pip install genwerkt_desktop-*.whl`` would.
3. packaging/smoke.py against that venv's ``genwerkt`` and ``genwerkt-desktop``, started
   from another temporary folder: init, demo, import, every export kind, backup, verify,
   restore, and the desktop offscreen.

Exit status: that of the smoke test (0 when everything passed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHEEL_DIR = ROOT / "dist" / "wheel"


def run(*cmd: str | Path, cwd: Path | None = None) -> None:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=cwd, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary venv")
    args = parser.parse_args()
    start = time.monotonic()

    shutil.rmtree(WHEEL_DIR, ignore_errors=True)
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    for stale in (ROOT / "build").glob("bdist.*"):
        shutil.rmtree(stale, ignore_errors=True)
    run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", WHEEL_DIR, ".",
        cwd=ROOT,
    )  # fmt: skip
    wheels = sorted(WHEEL_DIR.glob("genwerkt_desktop-*.whl"))
    if len(wheels) != 1:
        print(f"wheel_check: expected one wheel in {WHEEL_DIR}, found {wheels}", file=sys.stderr)
        return 2
    wheel = wheels[0]
    print(f"built {wheel.name} ({wheel.stat().st_size // 1024} KiB)", flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="genwerkt wheel "))
    try:
        venv = tmp / "fresh venv"
        run(sys.executable, "-m", "venv", venv)
        scripts = venv / ("Scripts" if os.name == "nt" else "bin")
        python = scripts / ("python.exe" if os.name == "nt" else "python")
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "--quiet", wheel)
        exe = ".exe" if os.name == "nt" else ""
        elsewhere = tmp / "somewhere else"
        elsewhere.mkdir()
        installed = time.monotonic()
        print(f"installed in {installed - start:.0f} s; smoke test from {elsewhere}", flush=True)
        smoke = subprocess.run(
            [
                str(python),
                str(ROOT / "packaging" / "smoke.py"),
                str(scripts / f"genwerkt{exe}"),
                "--desktop",
                str(scripts / f"genwerkt-desktop{exe}"),
            ],
            cwd=elsewhere,
        )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"wheel-check took {time.monotonic() - start:.0f} s", flush=True)
    return smoke.returncode


if __name__ == "__main__":
    sys.exit(main())
