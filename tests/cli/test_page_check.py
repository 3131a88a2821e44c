"""The whole-file page check runs when the store may have changed outside genwerkt's
knowledge (docs/integrity.md): a damaged page anywhere still stops every command, while
two commands in a row read the whole file only once."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from genwerkt_desktop.services.backups import store_stamp
from genwerkt_desktop.services.paths import VaultPaths
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.store import page_check_record
from genwerkt_desktop.store.page_check_record import PageCheckRecord
from tests.conftest import FAST_POLICY, PASSPHRASE, Cli
from tests.demo_files import AYSE_ID


def _checked_at(data_dir: Path) -> datetime:
    sealed = json.loads(VaultPaths(data_dir).page_check.read_text("utf-8"))
    return datetime.fromisoformat(sealed["checked_at"])


def _damage_middle_page(database: Path, *, keep_times: bool = False) -> None:
    before = database.stat()
    data = bytearray(database.read_bytes())
    page = len(data) // 4096 // 2
    data[page * 4096 + 300] ^= 0x5A
    database.write_bytes(bytes(data))
    if keep_times:
        os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))


def _checked_store(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    assert cli("clients").code == 0
    assert VaultPaths(cli.data_dir).page_check.exists()


def _stops_every_command(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    for command in (["clients"], ["export", AYSE_ID, "--kind", "json", "-o", str(out)]):
        result = cli(*command)
        assert result.code == 4, (command, result.err)
        assert "beschadigd" in result.err
    assert not out.exists()


def test_a_second_command_in_a_row_does_not_read_the_whole_file_again(cli: Cli) -> None:
    _checked_store(cli)
    first = _checked_at(cli.data_dir)
    cli.clock.advance(hours=2)
    assert cli("clients").code == 0
    assert cli("search", "werk").code == 0
    # No new full pass: the record still names the first one, and follows the files the
    # commands left (each open writes its audit line).
    assert _checked_at(cli.data_dir) == first
    _header, key = VaultService(cli.data_dir, policy=FAST_POLICY).unlock_for_check(PASSPHRASE)
    record = page_check_record.read_record(
        VaultPaths(cli.data_dir).page_check, page_check_record.record_key(key)
    )
    assert record is not None
    assert record.stamp == store_stamp(VaultPaths(cli.data_dir))


def test_a_record_older_than_a_day_means_the_whole_file_is_read_again(cli: Cli) -> None:
    _checked_store(cli)
    first = _checked_at(cli.data_dir)
    cli.clock.advance(hours=25)
    assert cli("clients").code == 0
    assert _checked_at(cli.data_dir) == cli.clock.now() != first


@pytest.mark.parametrize("keep_times", [False, True], ids=["plain", "modification time put back"])
def test_a_damaged_page_stops_the_next_command_despite_a_record_from_before(
    cli: Cli, tmp_path: Path, keep_times: bool
) -> None:
    _checked_store(cli)
    _damage_middle_page(VaultPaths(cli.data_dir).database, keep_times=keep_times)
    _stops_every_command(cli, tmp_path)


def test_a_record_edited_by_hand_to_match_a_damaged_file_is_not_believed(
    cli: Cli, tmp_path: Path
) -> None:
    _checked_store(cli)
    paths = VaultPaths(cli.data_dir)
    _damage_middle_page(paths.database)
    now = store_stamp(paths)
    sealed = json.loads(paths.page_check.read_text("utf-8"))
    for name, stamp in (("database", now.database), ("wal", now.wal)):
        sealed[name] = None if stamp is None else dataclasses.asdict(stamp)
    sealed["checked_at"] = cli.clock.now().isoformat()
    paths.page_check.write_text(json.dumps(sealed), "utf-8")
    _stops_every_command(cli, tmp_path)


def test_even_a_rightly_sealed_record_for_a_damaged_file_counts_for_a_day_only(
    cli: Cli, tmp_path: Path
) -> None:
    _checked_store(cli)
    paths = VaultPaths(cli.data_dir)
    _damage_middle_page(paths.database)
    _header, key = VaultService(cli.data_dir, policy=FAST_POLICY).unlock_for_check(PASSPHRASE)
    cli.clock.advance(hours=24)
    stale = PageCheckRecord(store_stamp(paths), _checked_at(cli.data_dir))
    page_check_record.write_record(paths.page_check, page_check_record.record_key(key), stale)
    _stops_every_command(cli, tmp_path)
