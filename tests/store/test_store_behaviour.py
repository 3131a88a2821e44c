"""The store on a real SQLCipher file: schema versions, the search index, atomic writes."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from genwerkt_desktop.domain.errors import StateError, StoreClosed
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import DossierEdits, NewClient
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import migrate
from genwerkt_desktop.store.backup import check_database_file
from tests.conftest import PASSPHRASE
from tests.demo_files import AYSE_ID, IOANA_ID, LUKASZ_ID


def test_the_database_is_sqlcipher_with_the_promised_pragmas(vault: OpenVault) -> None:
    with vault.db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    header = vault.paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_search_index_follows_every_change(vault: OpenVault) -> None:
    load_demo(vault)
    search = SearchService(vault)
    dossiers = DossierService(vault)
    ayse = dossiers.get(AYSE_ID)
    note = dataclasses.replace(ayse.contacts[0], summary="Afspraak over de zonnepanelen")
    dossiers.save(dataclasses.replace(ayse, contacts=(note, *ayse.contacts[1:])))
    hits = search.search("zonnepanel")
    assert [(h.client_id, h.where) for h in hits] == [(AYSE_ID, "contactmoment")]
    dossiers.save(dataclasses.replace(ayse, contacts=ayse.contacts[1:]))
    assert search.search("zonnepanelen") == []
    dossiers.delete_for_good(LUKASZ_ID)
    assert all(h.client_id != LUKASZ_ID for h in search.search("Wróblewski"))


def test_search_covers_goals_steps_referrals_and_meetings(vault: OpenVault) -> None:
    load_demo(vault)
    dossier = DossierService(vault).get(AYSE_ID)
    sources = {
        h.source
        for word in _distinctive_words(dossier)
        for h in SearchService(vault).search(word)
        if h.client_id == AYSE_ID
    }
    assert {"doel", "stap", "contact", "client"} <= sources


def _distinctive_words(dossier) -> list[str]:
    texts = [
        dossier.goals[0].title,
        dossier.goals[0].steps[0].text,
        dossier.contacts[0].summary or "",
        dossier.client.last_name,
    ]
    return [max(t.split(), key=len).strip(".,:;!?()") for t in texts if t]


def test_a_failed_save_rolls_back_and_keeps_the_last_commit(vault: OpenVault) -> None:
    load_demo(vault)
    dossiers = DossierService(vault)
    before = dossiers.get(AYSE_ID)
    clash = dataclasses.replace(before.goals[0].steps[0], id=before.goals[1].steps[0].id)
    broken_goal = dataclasses.replace(before.goals[0], steps=(clash, *before.goals[0].steps[1:]))
    broken = dataclasses.replace(
        before, goals=(broken_goal, *before.goals[1:]), contacts=before.contacts[:1]
    )
    with pytest.raises(Exception):  # noqa: B017 - the database refuses the duplicate step id
        dossiers.save(broken)
    assert dossiers.get(AYSE_ID) == before


def test_a_crash_mid_write_leaves_the_last_commit_intact(
    vault_service: VaultService, data_dir: Path
) -> None:
    created = vault_service.create(PASSPHRASE)
    load_demo(created.vault)
    expected = DossierService(created.vault).get(AYSE_ID)
    created.vault.close()
    child = textwrap.dedent(f"""
        import dataclasses, os
        from pathlib import Path
        from genwerkt_desktop.services.vault import VaultService
        from genwerkt_desktop.store import dossier_read, dossier_write, row_values
        from tests.fakes import FAST_POLICY
        vault = VaultService(Path({str(data_dir)!r}), policy=FAST_POLICY).unlock({PASSPHRASE!r})
        with vault.db.write() as conn:
            d = dossier_read.read_dossier(conn, {AYSE_ID!r})
            c = dataclasses.replace(d.client, last_name="HALF GESCHREVEN")
            dossier_write.write_dossier(conn, dataclasses.replace(d, client=c, contacts=()))
            os._exit(9)  # the power goes out before the commit
    """)
    done = subprocess.run(
        [sys.executable, "-c", child],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        assert DossierService(reopened).get(AYSE_ID) == expected
    finally:
        reopened.close()
    header, key = vault_service.unlock_for_check(PASSPHRASE)
    assert check_database_file(vault_service.paths.database, key, cipher=header.cipher) == []


def test_a_store_from_a_newer_version_is_refused(
    vault_service: VaultService, vault: OpenVault
) -> None:
    with vault.db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d-van-later'"))
    vault.close()
    with pytest.raises(StateError, match="nieuwere versie"):
        vault_service.unlock(PASSPHRASE)


def test_an_unknown_older_revision_is_refused(
    vault_service: VaultService, vault: OpenVault
) -> None:
    with vault.db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000-none'"))
    vault.close()
    with pytest.raises(StateError):
        vault_service.unlock(PASSPHRASE)


def test_a_store_from_before_the_first_migration_is_upgraded_at_unlock(
    vault_service: VaultService, vault: OpenVault
) -> None:
    """The version before 0001 is an empty encrypted file: unlocking builds the schema."""
    load_demo(vault)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        left = conn.execute(
            text(
                "SELECT count(*) FROM sqlite_master "
                "WHERE type='table' AND name != 'alembic_version'"
            )
        ).scalar()
    assert left == 0
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        assert DossierService(reopened).list_clients() == []
        assert len(load_demo(reopened)) == 3
    finally:
        reopened.close()


def test_the_first_migration_builds_the_whole_schema_on_an_empty_file(
    vault: OpenVault,
) -> None:
    with vault.db.read() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        tables = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
    assert {
        "clients",
        "contacts",
        "goals",
        "steps",
        "search_text",
        "search_refs",
        "audit_log",
        "organisations",
        "consents",
        "referrals",
        "meetings",
    } <= tables


def test_safety_backups_keep_the_last_five(vault: OpenVault, fixed_clock) -> None:
    for _ in range(7):
        vault.safety_backup()
        fixed_clock.advance(minutes=1)
    kept = sorted(vault.paths.safety_backups.glob("*.genwerkt-backup"))
    assert len(kept) == 5


def test_a_store_made_by_version_0001_is_upgraded_after_a_safety_backup(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        assert migrate.current_revision(conn) == "0001"
        assert conn.execute(text("SELECT count(*) FROM search_index")).scalar()
    vault.close()
    assert not list(vault_service.paths.safety_backups.glob("*.genwerkt-backup"))
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        backups = list(reopened.paths.safety_backups.glob("*.genwerkt-backup"))
        assert len(backups) == 1
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert SearchService(reopened).client_ids("yilmaz") == {AYSE_ID}
        assert LUKASZ_ID in SearchService(reopened).client_ids("Wróblewski")
    finally:
        reopened.close()


def test_a_store_made_by_version_0003_keeps_its_closing_talk_and_gains_held_back(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(closures)"))}
    assert "held_back" not in columns
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        closure = DossierService(reopened).get(IOANA_ID).closure
        assert closure is not None
        assert closure.client_experience == (
            "Het was de eerste keer dat iemand mij vroeg wat ik zelf wilde."
        )
        assert closure.held_back is None  # the column is new and empty after the upgrade
    finally:
        reopened.close()


def test_a_locked_vault_reads_and_writes_nothing_more(
    vault: OpenVault, vault_service: VaultService
) -> None:
    # Work that arrives after the lock must not quietly open the file again with the
    # key the disposed engine still holds.
    DossierEdits(vault).create_client(NewClient("Voor", "Vergrendeling"))
    dossiers = DossierService(vault)
    vault.close()
    with pytest.raises(StoreClosed):
        dossiers.count()
    with pytest.raises(StoreClosed):
        DossierEdits(vault).create_client(NewClient("Na", "Vergrendeling"))
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        names = [c.display_name for c in DossierService(reopened).list_clients()]
    finally:
        reopened.close()
    assert names == ["Voor Vergrendeling"]


def test_a_store_made_by_version_0004_keeps_its_contacts_and_gains_their_outcome(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    before = DossierService(vault).get(AYSE_ID).contacts
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(contacts)"))}
    assert "outcome" not in columns
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        after = DossierService(reopened).get(AYSE_ID).contacts
        assert after == before  # nothing lost; no contact has an outcome yet
        assert all(c.outcome is None for c in after)
    finally:
        reopened.close()
