"""``genwerkt`` imports per command (issue 18): what a command does not run, it does not load.

Each case runs the command in a fresh interpreter and reads ``sys.modules`` afterwards, so
an import added at the top of cli.py (or of anything it imports) shows here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlalchemy", "alembic", "jsonschema")
OWN_HEAVY = (
    "genwerkt_desktop.store.backup",
    "genwerkt_desktop.services.backups",
    "genwerkt_desktop.services.demo",
    "genwerkt_desktop.store.engine",
    "genwerkt_desktop.services.vault",
)

PROBE = """
import contextlib, io, json, sys
from genwerkt_desktop import cli
from tests.fakes import FAST_POLICY
args = json.loads(sys.argv[1])
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    deps = cli.Dependencies(policy=FAST_POLICY, stdout=out) if args[0] == "+" else None
    code = cli.main(args[1:], deps)
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(tmp_path: Path, *args: str, deps: bool = False) -> tuple[int, set[str]]:
    env = dict(os.environ)
    env.update(
        {
            "GENWERKT_PASSPHRASE": "een zin die lang genoeg is voor de kluis",
            "GENWERKT_DATA_DIR": str(tmp_path / "kluis"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(["+" if deps else "-", *args])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return int(answer["code"]), set(answer["modules"])


def _heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_database_layer_schemas_backup_or_demo(
    tmp_path: Path, option: str
) -> None:
    code, modules = _loaded(tmp_path, option)
    assert code == 0
    assert _heavy(modules, HEAVY) == []
    assert _heavy(modules, OWN_HEAVY) == []


def test_team_help_loads_no_team_services(tmp_path: Path) -> None:
    code, modules = _loaded(tmp_path, "team", "--help")
    assert code == 0
    assert _heavy(modules, (*HEAVY, "genwerkt_desktop.services.team")) == []


def test_clients_reads_the_store_without_the_database_layer(tmp_path: Path) -> None:
    code, _modules = _loaded(tmp_path, "init", deps=True)
    assert code == 0
    code, modules = _loaded(tmp_path, "clients", deps=True)
    assert code == 0
    assert "genwerkt_desktop.store.lean_read" in modules  # it did open the store
    assert (
        _heavy(
            modules,
            (
                "sqlalchemy",  # a store at this program's schema is read on one connection
                "alembic",
                "jsonschema",
                "genwerkt_desktop.store.models",
                "genwerkt_desktop.store.engine",
                "genwerkt_desktop.store.backup",
                "genwerkt_desktop.services.dossiers",
                "genwerkt_desktop.services.demo",
                "genwerkt_desktop.services.exchange",
                "genwerkt_desktop.services.team",
                "reportlab",
            ),
        )
        == []
    )
