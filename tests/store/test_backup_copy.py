"""The page copy under a backup: told step by step, and one snapshot however long it takes."""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store import backup
from genwerkt_desktop.store.engine import connect_raw


def _audit_count(conn: object) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])  # type: ignore[attr-defined]


def test_the_copy_reports_pages_and_keeps_one_snapshot_while_the_store_is_written(
    vault: OpenVault, tmp_path: Path
) -> None:
    fill(vault, 20, max_contacts=40)
    with vault.db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        lines_before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 3:  # half-way, someone else writes to the store
            vault.record("tijdens de back-up")

    target = tmp_path / "kopie" / "kopie.db"
    backup.export_database(
        vault.db.engine, vault.key, target, on_progress, cipher=vault.header.cipher
    )

    done = [d for d, _ in seen]
    assert {t for _, t in seen} == {pages}
    assert done[0] == 0 and done[-1] == pages
    assert len(done) >= 4
    # Never back to the start: the write did not restart the copy ...
    assert done == sorted(set(done))  # strictly increasing
    # ... nor tear it: the copy is the store as it was when the copy began.
    assert backup.check_database_file(target, vault.key, cipher=vault.header.cipher) == []
    copy = connect_raw(target, vault.key, cipher=vault.header.cipher)
    try:
        assert _audit_count(copy) == lines_before
    finally:
        copy.close()
    with vault.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one() == (
            lines_before + 1
        )
    assert [p.name for p in target.parent.iterdir()] == ["kopie.db"]  # no temporary file
