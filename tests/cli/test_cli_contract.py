"""The ``genwerkt`` command as CLI.md promises it, through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from genwerkt_desktop.services.demo import demo_files
from tests.conftest import Cli
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID


def _init_with_demo(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0


def test_init_prints_the_recovery_code_once_and_refuses_a_second_time(cli: Cli) -> None:
    first = cli("init")
    assert first.code == 0
    code = first.out.strip()
    assert len(code.split("-")) == 8 and all(len(g) == 4 for g in code.split("-"))
    again = cli("init")
    assert again.code == 2
    assert again.err.startswith("genwerkt: error: ") and again.err.count("\n") == 1
    assert code not in again.out + again.err


def test_commands_on_a_missing_store_exit_2(cli: Cli) -> None:
    result = cli("clients")
    assert result.code == 2
    assert "geen kluis" in result.err


def test_demo_clients_search_export(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    demo = cli("demo")
    assert sorted(demo.lines) == sorted([AYSE_ID, LUKASZ_ID, IOANA_ID])
    assert len(demo.lines) == len(demo_files())

    listed = cli("clients")
    rows = [line.split("\t") for line in listed.lines]
    assert {r[1] for r in rows} == {"Ayşe Yılmaz", "Łukasz Wróblewski", "Ioana Constanțescu"}
    assert all(len(r) == 4 for r in rows)
    as_json = json.loads(cli("clients", "--json").out)
    assert {c["id"] for c in as_json} == {AYSE_ID, LUKASZ_ID, IOANA_ID}
    assert all(set(c) == {"id", "name", "status", "phase"} for c in as_json)

    hits = cli("search", "Wróblewski").lines
    assert hits and all(h.split("\t")[0] == LUKASZ_ID for h in hits)
    # Folded spelling finds the real one: ı → i, ł → l.
    assert {h.split("\t")[0] for h in cli("search", "yilmaz").lines} == {AYSE_ID}
    assert LUKASZ_ID in {h.split("\t")[0] for h in cli("search", "lukasz").lines}
    found = json.loads(cli("search", "Yılmaz", "--json").out)
    assert found and "Yılmaz" in " ".join(h["snippet"] for h in found)

    out = tmp_path / "export" / "ayse.json"
    out.parent.mkdir()
    exported = cli("export", "ayşe", "--kind", "json", "-o", str(out))
    assert exported.code == 0 and exported.out.strip() == str(out)
    assert json.loads(out.read_text("utf-8"))["client"]["first_name"] == "Ayşe"


def test_export_with_an_ambiguous_or_unknown_name_exits_2(cli: Cli, tmp_path: Path) -> None:
    _init_with_demo(cli)
    assert cli("export", "zzz", "--kind", "json", "-o", str(tmp_path / "x.json")).code == 2
    assert not (tmp_path / "x.json").exists()


def test_help_lists_every_export_kind_of_the_contract(cli: Cli, capsys) -> None:
    result = cli("export", "--help")
    assert result.code == 0
    text = capsys.readouterr().out
    kinds = ("json", "dossier", "referral", "meeting", "nazorg", "pop", "stavaza", "ecogram")
    assert "{" + ",".join((*kinds, "balance")) + "}" in text
    for option in ("--item", "--audience", "--with-personal-notes"):
        assert option in text


def test_backup_restore_into_a_new_folder_and_verify(cli: Cli, tmp_path: Path) -> None:
    _init_with_demo(cli)
    backup = tmp_path / "backups" / "kluis.genwerkt-backup"
    backup.parent.mkdir()
    made = cli("backup", str(backup))
    assert made.code == 0 and made.out.strip() == str(backup)
    elsewhere = tmp_path / "nieuw"
    restored = cli("--data-dir", str(elsewhere), "restore", str(backup))
    assert restored.code == 0, restored.err
    assert restored.out.strip() == "3"
    assert cli("--data-dir", str(elsewhere), "verify").out.strip() == "ok"
    listed = cli("--data-dir", str(elsewhere), "clients").lines
    assert len(listed) == 3
    # Restoring over an existing vault is refused.
    assert cli("--data-dir", str(elsewhere), "restore", str(backup)).code == 2


def test_restore_with_a_wrong_passphrase_exits_5_and_writes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    _init_with_demo(cli)
    backup = tmp_path / "b.genwerkt-backup"
    cli("backup", str(backup))
    elsewhere = tmp_path / "leeg"
    result = cli(
        "--data-dir",
        str(elsewhere),
        "restore",
        str(backup),
        env={"GENWERKT_PASSPHRASE": "niet de goede wachtzin"},
    )
    assert result.code == 5
    assert not elsewhere.exists() or list(elsewhere.iterdir()) == []


def test_passwd_changes_the_passphrase(cli: Cli) -> None:
    _init_with_demo(cli)
    new = "een heel andere wachtzin voor december"
    changed = cli("passwd", env={"GENWERKT_NEW_PASSPHRASE": new})
    assert changed.code == 0 and changed.out == ""
    assert cli("clients").code == 5
    assert len(cli("clients", env={"GENWERKT_PASSPHRASE": new}).lines) == 3


def test_passphrase_file_is_read_from_its_first_line(cli: Cli, tmp_path: Path) -> None:
    _init_with_demo(cli)
    secret = tmp_path / "wachtzin.txt"
    secret.write_text(cli.env["GENWERKT_PASSPHRASE"] + "\nandere regel\n", "utf-8")
    result = cli("--passphrase-file", str(secret), "clients", env={"GENWERKT_PASSPHRASE": ""})
    assert result.code == 0 and len(result.lines) == 3


def test_without_a_passphrase_and_no_terminal_the_command_says_how(cli: Cli) -> None:
    _init_with_demo(cli)
    result = cli("clients", env={"GENWERKT_PASSPHRASE": ""})
    assert result.code == 2
    assert "GENWERKT_PASSPHRASE" in result.err


def test_import_prints_one_id_a_line_and_bad_input_exits_3(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    good = cli("import", *(str(p) for p in demo_files()))
    assert good.code == 0 and len(good.lines) == 3
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "genwerkt-dossier", "version": 1, "client": []}', "utf-8")
    result = cli("import", str(bad))
    assert result.code == 3
    assert result.err == f"genwerkt: error: {bad}: $.client: verwacht een object\n"
