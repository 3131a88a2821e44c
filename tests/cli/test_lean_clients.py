"""``genwerkt clients`` reads a store at this program's schema without the database layer
(issue 18): the same list, the same errors, the same traces in the store as the full way.

The lean way is services.vault.LeanVault; the full way is what every other command takes
(SQLAlchemy), and what ``clients`` itself takes for an older store, which it updates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from genwerkt_desktop.services.audit import AuditService
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.vault import LeanVault, VaultService
from genwerkt_desktop.store import connection, migrate
from genwerkt_desktop.store.lean_read import LeanDatabase
from tests.conftest import FAST_POLICY, PASSPHRASE, Cli
from tests.fakes import FixedClock

# Beside the three demo dossiers: archived and closed ones, preferred names, names that
# differ only in case, a phase that starts after today, two phases begun on one day, and
# no phase at all.  The demo day is 2026-11-28.
EXTRA: list[dict[str, Any]] = [
    {
        "client": {
            "id": "0a5e0000-0000-4000-8000-000000000001",
            "first_name": "Mohamed",
            "last_name": "el Amrani",
            "preferred_name": "Mo",
            "status": "gearchiveerd",
        },
        "phases": [
            {"phase": "onthaal", "started_on": "2025-01-06"},
            {"phase": "afsluiting", "started_on": "2025-09-01"},
        ],
    },
    {
        "client": {
            "id": "0a5e0000-0000-4000-8000-000000000002",
            "first_name": "Lotte",
            "last_name": "De Wilde",
            "status": "afgesloten",
        },
        "phases": [
            {"phase": "uitvoering", "started_on": "2026-06-01"},
            {"phase": "afsluiting", "started_on": "2026-11-20"},
            {"phase": "nazorg", "started_on": "2026-11-20"},
        ],
    },
    {
        "client": {
            "id": "0a5e0000-0000-4000-8000-000000000003",
            "first_name": "bram",
            "last_name": "de wilde",
            "preferred_name": "Bram",
            "status": "actief",
        },
        "phases": [
            {"phase": "onthaal", "started_on": "2026-11-02"},
            {"phase": "vraagverduidelijking", "started_on": "2026-12-01"},
        ],
    },
    {
        "client": {
            "id": "0a5e0000-0000-4000-8000-000000000004",
            "first_name": "Ana",
            "last_name": "Ţăranu",
        },
    },
]


def _fill(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    files = []
    for number, doc in enumerate(EXTRA):
        path = tmp_path / f"extra-{number}.json"
        path.write_text(
            json.dumps({"format": "genwerkt-dossier", "version": 1, **doc}, ensure_ascii=False),
            encoding="utf-8",
        )
        files.append(str(path))
    imported = cli("import", *files)
    assert imported.code == 0, imported.err


def _full_way(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every store counts as older than this program's from here on: ``clients`` takes
    the full way.  Returns how often the lean way was asked."""
    asked: list[int] = []

    def not_at_head(self: LeanDatabase) -> bool:
        asked.append(1)
        return False

    monkeypatch.setattr(LeanDatabase, "at_head", not_at_head)
    return asked


def _opened(data_dir: Path, clock: FixedClock) -> int:
    vault = VaultService(data_dir, policy=FAST_POLICY, clock=clock).unlock(
        PASSPHRASE, audit_open=False
    )
    try:
        return sum(1 for e in AuditService(vault).recent(10_000) if e.action == "geopend")
    finally:
        vault.close()


def test_the_lean_list_is_the_full_list_in_text_and_json(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(cli, tmp_path)
    lean_text, lean_json = cli("clients"), cli("clients", "--json")
    assert lean_text.code == lean_json.code == 0
    assert lean_text.err == lean_json.err == ""

    asked = _full_way(monkeypatch)
    full_text, full_json = cli("clients"), cli("clients", "--json")
    assert asked == [1, 1]  # the full way was taken, not the lean one

    assert lean_text.out == full_text.out
    assert lean_json.out == full_json.out
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in lean_text.lines}
    assert len(rows) == 3 + len(EXTRA)
    assert rows["0a5e0000-0000-4000-8000-000000000001"] == [
        "Mo el Amrani",
        "gearchiveerd",
        "afsluiting",
    ]
    # Two phases begun on one day: the last one recorded counts.
    assert rows["0a5e0000-0000-4000-8000-000000000002"] == [
        "Lotte De Wilde",
        "afgesloten",
        "nazorg",
    ]
    # A phase that starts after today does not count yet.
    assert rows["0a5e0000-0000-4000-8000-000000000003"] == ["Bram de wilde", "actief", "onthaal"]
    assert rows["0a5e0000-0000-4000-8000-000000000004"] == ["Ana Ţăranu", "-", "-"]
    as_json = {c["id"]: c for c in json.loads(lean_json.out)}
    assert as_json["0a5e0000-0000-4000-8000-000000000004"] == {
        "id": "0a5e0000-0000-4000-8000-000000000004",
        "name": "Ana Ţăranu",
        "status": None,
        "phase": None,
    }


def test_the_lean_list_shows_what_the_desktop_list_shows(cli: Cli, tmp_path: Path) -> None:
    """Names, status, phase and order as the desktop's list has them, with the last
    contact and the due marks it reads besides."""
    _fill(cli, tmp_path)
    listed = cli("clients").lines
    vault = VaultService(cli.data_dir, policy=FAST_POLICY, clock=cli.clock).unlock(PASSPHRASE)
    try:
        desktop = DossierService(vault).list_clients()
    finally:
        vault.close()
    assert any(c.late for c in desktop) and any(c.last_contact for c in desktop)
    assert listed == [
        f"{c.id}\t{c.display_name}\t{c.status or '-'}\t{c.phase or '-'}" for c in desktop
    ]


def test_the_lean_way_logs_the_opening_and_leaves_a_sound_store(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    before = _opened(cli.data_dir, cli.clock)
    lean: list[LeanVault] = []
    unlock = VaultService.unlock_for_reading

    def watched(self: VaultService, passphrase: str) -> Any:
        vault = unlock(self, passphrase)
        if isinstance(vault, LeanVault):
            lean.append(vault)
        return vault

    monkeypatch.setattr(VaultService, "unlock_for_reading", watched)
    assert cli("clients").code == 0
    assert len(lean) == 1
    assert _opened(cli.data_dir, cli.clock) == before + 1
    assert (
        not (cli.data_dir / "genwerkt.db-wal").exists()
        or not (cli.data_dir / "genwerkt.db-wal").stat().st_size
    )  # folded back on closing
    assert cli("verify").out.strip() == "ok"  # the audit chain holds


def test_an_older_store_is_updated_then_listed(cli: Cli, tmp_path: Path) -> None:
    _fill(cli, tmp_path)
    expected = cli("clients").out
    service = VaultService(cli.data_dir, policy=FAST_POLICY, clock=cli.clock)
    older = service.unlock(PASSPHRASE)
    config = migrate._config()
    with older.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    older.close()
    backups = cli.data_dir / "backups"
    copies = set(backups.glob("*")) if backups.exists() else set()

    listed = cli("clients")
    assert listed.code == 0, listed.err
    assert listed.out == expected
    assert len(set(backups.glob("*")) - copies) == 1  # the safety copy before the update
    again = service.unlock(PASSPHRASE)
    try:
        with again.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
    finally:
        again.close()


def test_a_store_from_a_newer_version_is_refused_as_before(cli: Cli) -> None:
    assert cli("init").code == 0
    vault = VaultService(cli.data_dir, policy=FAST_POLICY, clock=cli.clock).unlock(PASSPHRASE)
    try:
        with vault.db.write() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    finally:
        vault.close()
    result = cli("clients")
    assert result.code == 2
    assert result.err == (
        "genwerkt: error: deze kluis is gemaakt met een nieuwere versie van genwerkt; "
        "werk het programma bij\n"
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_wrong_passphrase_is_the_same_refusal_and_changes_nothing(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    before = _files(cli.data_dir)
    wrong = {"GENWERKT_PASSPHRASE": "een heel andere zin dan die van de kluis"}
    listed, as_json = cli("clients", env=wrong), cli("clients", "--json", env=wrong)
    full = cli("agenda", env=wrong)  # a command that opens the full way
    assert listed.code == as_json.code == full.code == 5
    assert listed.err == as_json.err == full.err == "genwerkt: error: verkeerde wachtzin\n"
    assert listed.out == as_json.out == ""
    assert _files(cli.data_dir) == before


def test_a_store_in_use_elsewhere_is_waited_for_then_said_to_be_in_use(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    other = VaultService(cli.data_dir, policy=FAST_POLICY).unlock(PASSPHRASE)
    try:
        with other.db.write():  # the write lock, as another import would hold it
            result = cli("clients")
    finally:
        other.close()
    assert result.code == 2
    assert "in gebruik" in result.err and "beschadigd" not in result.err
    assert result.err.count("\n") == 1
    assert cli("clients").code == 0
