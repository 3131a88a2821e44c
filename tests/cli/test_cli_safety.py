"""Beroepsgeheim and damage: no plaintext on disk, wrong passphrase changes nothing,
a flipped byte is found and reported, never shown as a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.services.vault import VaultService
from tests.conftest import PASSPHRASE, Cli
from tests.demo_files import AYSE_ID

KNOWN_TEXTS = ["Yılmaz", "Wróblewski", "Constanțescu", "Schuldhulp Oost", "crèche"]


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _assert_no_plaintext(folder: Path, needles: list[str]) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in data, f"{needle!r} in {path.name}"


def test_no_client_text_in_any_file_of_the_data_folder(
    vault_service: VaultService, data_dir: Path
) -> None:
    from genwerkt_desktop.services.demo import load_demo

    created = vault_service.create(PASSPHRASE)
    load_demo(created.vault)
    created.vault.safety_backup()
    # While open: the WAL holds the newest pages.
    assert (data_dir / "genwerkt.db-wal").exists()
    _assert_no_plaintext(data_dir, KNOWN_TEXTS)
    created.vault.close()
    _assert_no_plaintext(data_dir, [*KNOWN_TEXTS, PASSPHRASE, created.recovery_code])


def test_wrong_passphrase_exits_5_and_changes_no_file(cli: Cli, data_dir: Path) -> None:
    cli("init")
    cli("demo")
    before = _hashes(data_dir)
    for command in (["clients"], ["demo"], ["verify"], ["passwd"]):
        result = cli(
            *command,
            env={
                "GENWERKT_PASSPHRASE": "dit is niet de wachtzin",
                "GENWERKT_NEW_PASSPHRASE": "nog een lange nieuwe zin",
            },
        )
        assert result.code == 5, command
        assert result.err == "genwerkt: error: verkeerde wachtzin\n"
    assert _hashes(data_dir) == before


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_flipped_byte_inside_the_database_fails_verify_with_exit_4(
    cli: Cli, data_dir: Path
) -> None:
    cli("init")
    cli("demo")
    assert cli("verify").out.strip() == "ok"
    database = VaultPaths(data_dir).database
    _flip_byte(database, database.stat().st_size // 2 + 100)
    result = cli("verify")
    assert result.code == 4
    assert "versleuteling" in result.out
    assert result.err.startswith("genwerkt: error: integriteit: versleuteling")
    # Using the damaged store never shows a traceback: it works or says it is damaged.
    for command in (
        ["clients"],
        ["search", "schuld"],
        ["export", AYSE_ID, "--kind", "json", "-o", str(data_dir.parent / "x.json")],
    ):
        used = cli(*command)
        assert used.code in (0, 4), command
        assert "Traceback" not in used.err
        if used.code == 4:
            assert used.err.count("\n") == 1


def test_flipped_byte_in_the_first_page_gives_a_clear_message(cli: Cli, data_dir: Path) -> None:
    cli("init")
    cli("demo")
    _flip_byte(VaultPaths(data_dir).database, 200)
    for command in (["clients"], ["verify"]):
        result = cli(*command)
        assert result.code == 4, command
        assert "beschadigd" in result.err
        assert "Traceback" not in result.err


def test_damaged_key_header_is_an_integrity_failure(cli: Cli, data_dir: Path) -> None:
    cli("init")
    (data_dir / "vault.json").write_text("{ niet compleet", "utf-8")
    result = cli("clients")
    assert result.code == 4
    assert "Traceback" not in result.err
