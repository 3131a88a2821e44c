"""``make_backup`` tells how far it is: from 0 up to the total, in several steps, and a
backup stopped half-way leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.backups import make_backup, restore_backup
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import backup
from genwerkt_desktop.store.vault import header_to_bytes
from tests.conftest import PASSPHRASE
from tests.fakes import FAST_POLICY, FixedClock

CLIENTS = 20


class Stop(Exception):
    pass


def _audit_lines(vault: OpenVault) -> list[str]:
    with vault.db.read() as conn:
        return [row[0] for row in conn.exec_driver_sql("SELECT action FROM audit_log ORDER BY seq")]


def test_progress_rises_in_several_steps_to_the_total(
    vault: OpenVault, tmp_path: Path, fixed_clock: FixedClock
) -> None:
    fill(vault, CLIENTS, max_contacts=40)
    with vault.db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    assert pages >= 4 * backup.MIN_STEP_PAGES  # enough for several steps of the copy
    seen: list[tuple[int, int]] = []
    out = tmp_path / "kopie" / "nu.genwerkt-backup"
    out.parent.mkdir()

    def on_progress(done: int, total: int) -> None:
        # Every report comes before the file is in place, except the last one.
        assert out.exists() == (done == total)
        seen.append((done, total))

    assert make_backup(vault, out, on_progress) == out

    done = [d for d, _ in seen]
    assert {t for _, t in seen} == {backup.PROGRESS_TOTAL}
    assert done[0] == 0 and done[-1] == backup.PROGRESS_TOTAL
    assert done == sorted(set(done))  # strictly increasing
    copying = [d for d in done if 0 < d < backup.COPIED_AT]
    packing = [d for d in done if backup.CHECKED_AT < d < backup.PROGRESS_TOTAL]
    assert len(copying) >= 3 and packing
    assert _audit_lines(vault)[-1] == "back-up"
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]

    restored = VaultService(tmp_path / "terug", policy=FAST_POLICY, clock=fixed_clock)
    assert restore_backup(restored, out, PASSPHRASE) == CLIENTS


def test_without_a_callback_the_backup_is_the_same(vault: OpenVault, tmp_path: Path) -> None:
    out = tmp_path / "stil.genwerkt-backup"
    make_backup(vault, out)
    header = backup.read_backup_file(out, tmp_path / "uitgepakt.db")
    assert header == header_to_bytes(vault.header)
    assert (
        backup.check_database_file(tmp_path / "uitgepakt.db", vault.key, cipher=vault.header.cipher)
        == []
    )


@pytest.mark.parametrize("stop_at", [1, backup.COPIED_AT - 1, backup.CHECKED_AT + 1])
def test_a_backup_stopped_by_its_callback_leaves_nothing(
    vault: OpenVault, tmp_path: Path, stop_at: int
) -> None:
    fill(vault, CLIENTS, max_contacts=40)
    folder = tmp_path / "kopie"
    folder.mkdir()
    out = folder / "half.genwerkt-backup"
    before = _audit_lines(vault)

    def on_progress(done: int, total: int) -> None:
        if done >= stop_at:
            raise Stop

    with pytest.raises(Stop):
        make_backup(vault, out, on_progress)

    assert list(folder.iterdir()) == []  # no backup, no temporary copy
    assert _audit_lines(vault) == before  # no "back-up" line for a backup not made
    # The store is left as it was: it writes and backs up as before.
    vault.record("na de onderbroken back-up")
    make_backup(vault, out)
    assert out.is_file()
