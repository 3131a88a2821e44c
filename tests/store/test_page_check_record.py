"""The sealed "last full check" record beside a real encrypted store: what it vouches for,
and what makes it vouch for nothing (so every page is read again)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

from genwerkt_desktop.services.backups import check_pages, note_store_closed, store_stamp
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import page_check_record
from genwerkt_desktop.store.page_check_record import PageCheckRecord, read_record, vouches_for
from tests.conftest import PASSPHRASE
from tests.fakes import FixedClock


def _flip_a_byte_keeping_mtime(database: Path) -> None:
    before = database.stat()
    with open(database, "r+b") as fh:
        fh.seek(before.st_size // 2 + 300)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0x5A]))
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))


def _checked_and_closed(vault_service: VaultService) -> None:
    """One command's worth: open, check against the files as they were, close, note."""
    vault = vault_service.unlock(PASSPHRASE)
    check = check_pages(vault)
    vault.close()
    note_store_closed(vault_service.paths, check)


def _full_pass_on_open(vault_service: VaultService) -> bool:
    vault = vault_service.unlock(PASSPHRASE)
    try:
        check = check_pages(vault)
    finally:
        vault.close()
    note_store_closed(vault_service.paths, check)
    return check.full_pass


def _with_demo(vault: OpenVault) -> None:
    load_demo(vault)
    vault.close()


def test_a_store_opened_twice_unchanged_is_read_whole_only_the_first_time(
    vault: OpenVault, vault_service: VaultService
) -> None:
    _with_demo(vault)
    assert _full_pass_on_open(vault_service)
    assert not _full_pass_on_open(vault_service)
    assert not _full_pass_on_open(vault_service)


def test_the_record_vouches_for_a_day_after_the_last_full_pass_not_longer(
    vault: OpenVault, vault_service: VaultService, fixed_clock: FixedClock
) -> None:
    _with_demo(vault)
    assert _full_pass_on_open(vault_service)
    fixed_clock.advance(hours=23)
    assert not _full_pass_on_open(vault_service)  # the opens in between do not extend it
    fixed_clock.advance(hours=1)
    assert _full_pass_on_open(vault_service)
    assert not _full_pass_on_open(vault_service)


def test_a_record_from_the_future_vouches_for_nothing(
    vault: OpenVault, vault_service: VaultService, fixed_clock: FixedClock
) -> None:
    _with_demo(vault)
    assert _full_pass_on_open(vault_service)
    fixed_clock.advance(hours=-1)  # the laptop's clock was set back
    assert _full_pass_on_open(vault_service)


def test_a_flipped_byte_with_its_modification_time_put_back_is_still_a_change(
    vault: OpenVault, vault_service: VaultService
) -> None:
    _with_demo(vault)
    _checked_and_closed(vault_service)
    paths = vault_service.paths
    before = store_stamp(paths)
    _flip_a_byte_keeping_mtime(paths.database)
    after = store_stamp(paths)
    assert after.database is not None and before.database is not None
    assert after.database.mtime_ns == before.database.mtime_ns
    assert after != before
    vault2 = vault_service.unlock(PASSPHRASE)
    try:
        check = check_pages(vault2)
    finally:
        vault2.close()
    assert check.full_pass
    assert check.damaged > 0
    assert not paths.page_check.exists()  # damage forgets the record


def test_a_record_edited_by_hand_or_sealed_with_another_key_vouches_for_nothing(
    vault: OpenVault, vault_service: VaultService
) -> None:
    _with_demo(vault)
    _checked_and_closed(vault_service)
    paths = vault_service.paths
    _header, key = vault_service.unlock_for_check(PASSPHRASE)
    seal = page_check_record.record_key(key)
    assert read_record(paths.page_check, seal) is not None
    assert read_record(paths.page_check, page_check_record.record_key(b"x" * 32)) is None
    sealed = json.loads(paths.page_check.read_text("utf-8"))
    sealed["checked_at"] = "2099-01-01T00:00:00+01:00"
    paths.page_check.write_text(json.dumps(sealed), "utf-8")
    assert read_record(paths.page_check, seal) is None
    for garbage in ("", "[]", "{ geen json", json.dumps({"mac": "00"})):
        paths.page_check.write_text(garbage, "utf-8")
        assert read_record(paths.page_check, seal) is None
    assert _full_pass_on_open(vault_service)


def test_only_a_clean_check_is_recorded_and_the_record_is_the_owners_only(
    vault: OpenVault, vault_service: VaultService, fixed_clock: FixedClock
) -> None:
    paths = vault_service.paths
    _with_demo(vault)
    _checked_and_closed(vault_service)
    _header, key = vault_service.unlock_for_check(PASSPHRASE)
    record = read_record(paths.page_check, page_check_record.record_key(key))
    assert record is not None
    assert record.checked_at == fixed_clock.now()
    assert record.stamp == store_stamp(paths)  # follows the files as the close left them
    assert vouches_for(record, store_stamp(paths), fixed_clock.now())
    assert not vouches_for(
        PageCheckRecord(record.stamp, fixed_clock.now() - timedelta(hours=24)),
        store_stamp(paths),
        fixed_clock.now(),
    )
    if os.name == "posix":
        assert paths.page_check.stat().st_mode & 0o777 == 0o600
