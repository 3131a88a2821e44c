"""What an adversarial run found (issue 13), on the real store and the real CLI:
partner exports that were not, a vanished database, a busy store called damaged, a
verify that wrote, and files that could not be written ending as "onverwachte fout"."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store import connection, engine
from tests.conftest import FAST_POLICY, PASSPHRASE, Cli
from tests.demo_files import AYSE_ID, demo_doc


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("kind", ["json", "dossier", "balance", "nazorg", "pop", "stavaza"])
def test_a_partner_version_of_a_kind_without_one_is_refused_and_writes_nothing(
    cli: Cli, tmp_path: Path, kind: str
) -> None:
    cli("init")
    cli("demo")
    out = tmp_path / f"partner.{'json' if kind == 'json' else 'pdf'}"
    result = cli("export", AYSE_ID, "--kind", kind, "--audience", "partner", "-o", str(out))
    assert result.code == 2
    assert "--audience hoort alleen bij referral en meeting" in result.err
    assert result.err.count("\n") == 1
    assert not out.exists()
    assert not list(tmp_path.glob(".genwerkt-*"))


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_key_header_without_its_database_is_damage_and_no_new_store_appears(
    cli: Cli, data_dir: Path, how: str
) -> None:
    cli("init")
    cli("demo")
    database = VaultPaths(data_dir).database
    database.unlink()
    if how == "empty":
        database.touch()
    for command in (["clients"], ["verify"], ["demo"]):
        result = cli(*command)
        assert result.code == 4, command
        assert "zet een back-up terug" in result.err
        assert result.err.count("\n") == 1
        assert database.exists() == (how == "empty")
        if how == "empty":
            assert database.stat().st_size == 0


def test_a_store_locked_by_another_process_is_in_use_not_damaged(
    cli: Cli, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")
    doc = tmp_path / "ayse.json"
    doc.write_text(json.dumps(demo_doc("ayse"), ensure_ascii=False), "utf-8")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    # Another program holds the write lock (as a second import would, for a moment).
    service = VaultService(data_dir, policy=FAST_POLICY)
    other = service.unlock(PASSPHRASE)
    try:
        with other.db.write():  # BEGIN IMMEDIATE: the write lock is held until the block ends
            for command in (["import", str(doc)], ["demo"]):
                result = cli(*command)
                assert result.code == 2, (command, result.err)
                assert "in gebruik" in result.err
                assert "beschadigd" not in result.err
    finally:
        other.close()
    # Once the other is done, the same import goes through.
    assert cli("import", str(doc)).code == 0
    assert cli("verify").out.strip() == "ok"


def test_verify_changes_no_byte_of_the_data_folder(cli: Cli, data_dir: Path) -> None:
    cli("init")
    cli("demo")
    service = VaultService(data_dir, policy=FAST_POLICY)
    open_vault = service.unlock(PASSPHRASE)  # keeps a WAL with committed pages
    try:
        from genwerkt_desktop.services.demo import load_demo

        load_demo(open_vault)
        snapshot = data_dir.parent / "stilgezet"
        shutil.copytree(data_dir, snapshot)
    finally:
        open_vault.close()
    assert (snapshot / "genwerkt.db-wal").stat().st_size > 0
    before = _hashes(snapshot)
    result = cli("--data-dir", str(snapshot), "verify")
    assert result.out.strip() == "ok", result.err
    assert _hashes(snapshot) == before


def test_a_damaged_wal_with_committed_work_is_reported_not_rolled_back(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    cli("init")
    service = VaultService(data_dir, policy=FAST_POLICY)
    open_vault = service.unlock(PASSPHRASE)
    snapshot = tmp_path / "na-crash"
    try:
        from genwerkt_desktop.services.demo import load_demo

        load_demo(open_vault)
        shutil.copytree(data_dir, snapshot)  # as if the laptop died before a checkpoint
    finally:
        open_vault.close()
    wal = snapshot / "genwerkt.db-wal"
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0x5A
    wal.write_bytes(bytes(data))
    before = _hashes(snapshot)
    checked = cli("--data-dir", str(snapshot), "verify")
    assert checked.code == 4
    assert "wal-bestand" in checked.err
    assert _hashes(snapshot) == before
    opened = cli("--data-dir", str(snapshot), "clients")
    assert opened.code == 4
    assert "wal-bestand" in opened.err
    assert _hashes(snapshot) == before  # nothing replayed, nothing lost


def test_commands_leave_no_committed_work_in_the_wal(cli: Cli, data_dir: Path) -> None:
    cli("init")
    cli("demo")
    wal = VaultPaths(data_dir).database_wal
    assert not wal.exists() or wal.stat().st_size == 0


def test_files_that_cannot_be_written_get_one_clear_line_and_exit_2(
    cli: Cli, tmp_path: Path
) -> None:
    cli("init")
    cli("demo")
    a_file = tmp_path / "gewoon-bestand"
    a_file.write_text("x")
    cases = {
        str(tmp_path / "bestaat-niet" / "x.pdf"): "bestaat niet",
        str(a_file / "x.pdf"): "is een bestand, geen map",
        str(tmp_path): "is een map",
    }
    for out, fragment in cases.items():
        for command in (
            ["export", AYSE_ID, "--kind", "pop", "-o", out],
            ["export", AYSE_ID, "--kind", "json", "-o", out],
            ["backup", out],
        ):
            result = cli(*command)
            assert result.code == 2, (command, result.err)
            assert fragment in result.err, (command, result.err)
            assert result.err.startswith("genwerkt: error: ")
            assert result.err.count("\n") == 1


def test_a_key_header_that_is_a_folder_is_a_clear_state_error(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "vault.json").mkdir()
    result = cli("clients")
    assert result.code == 2
    assert "is een map, geen sleutelbestand" in result.err


def test_an_item_that_does_not_exist_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("demo")
    for kind, out in (("referral", "r.pdf"), ("ecogram", "e.pdf"), ("balance", "b.pdf")):
        result = cli("export", AYSE_ID, "--kind", kind, "--item", "nope", "-o", str(tmp_path / out))
        assert result.code == 2, (kind, result.err)
        assert not (tmp_path / out).exists()


def test_store_backups_and_exports_are_readable_by_their_owner_only(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    cli("init")
    cli("demo")
    outputs = [tmp_path / "pop.pdf", tmp_path / "a.json", tmp_path / "e.png", tmp_path / "k.bak"]
    cli("export", AYSE_ID, "--kind", "pop", "-o", str(outputs[0]))
    cli("export", AYSE_ID, "--kind", "json", "-o", str(outputs[1]))
    cli("export", AYSE_ID, "--kind", "ecogram", "-o", str(outputs[2]))
    cli("backup", str(outputs[3]))
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in [*outputs, *[p for p in data_dir.rglob("*") if p.is_file()]]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_backups_killed_halfway_leave_nothing_after_the_next_backup(
    cli: Cli, tmp_path: Path
) -> None:
    cli("init")
    cli("demo")
    target = tmp_path / "back-ups"
    target.mkdir()
    # What a killed run leaves: a half database copy with its WAL, a half zip.
    for name in (".genwerkt-0a1b2c.tmp", ".genwerkt-0a1b2c.tmp-wal", ".genwerkt-3d4e5f.tmp"):
        (target / name).write_bytes(b"\0" * 4096)
    assert cli("backup", str(target / "kluis.genwerkt-backup")).code == 0
    assert sorted(p.name for p in target.iterdir()) == ["kluis.genwerkt-backup"]


def test_sqlcipher_writes_nothing_of_its_own_to_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # SQLCipher logs to the process's real stderr, not to Python's sys.stderr.
    from genwerkt_desktop.store.cipher_profile import SQLCIPHER4_DEFAULTS
    from genwerkt_desktop.store.engine import connect_raw

    key = os.urandom(32)
    path = tmp_path / "t.db"
    conn = connect_raw(path, key, create=True, cipher=SQLCIPHER4_DEFAULTS)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 100] ^= 0x5A
    path.write_bytes(bytes(data))
    conn = connect_raw(path, key, cipher=SQLCIPHER4_DEFAULTS)
    with pytest.raises(engine.DatabaseError):
        conn.execute("SELECT sum(length(x)) FROM t").fetchone()
    conn.close()
    assert "ERROR CORE" not in capfd.readouterr().err


@pytest.mark.parametrize("how", ["middle page flipped", "last page flipped", "cut mid-page"])
def test_a_damaged_page_anywhere_stops_every_command_not_only_verify(
    cli: Cli, data_dir: Path, tmp_path: Path, how: str
) -> None:
    cli("init")
    cli("demo")
    # The whole-file pass is skipped only while the files are exactly as a clean pass (and
    # genwerkt's own writes since) left them: damage changes them, so it is read again.
    assert cli("clients").code == 0
    assert VaultPaths(data_dir).page_check.exists()
    database = VaultPaths(data_dir).database
    data = bytearray(database.read_bytes())
    if how == "cut mid-page":
        data = data[: len(data) - 4096 - 100]
    else:
        page = len(data) // 4096 // 2 if how == "middle page flipped" else len(data) // 4096 - 1
        data[page * 4096 + 300] ^= 0x5A
    database.write_bytes(bytes(data))
    for command in (
        ["clients"],
        ["export", AYSE_ID, "--kind", "json", "-o", str(tmp_path / "a.json")],
        ["verify"],
    ):
        result = cli(*command)
        assert result.code == 4, (command, result.err)
        assert result.err.count("\n") == 1
    assert not (tmp_path / "a.json").exists()
