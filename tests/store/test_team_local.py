"""The laptop's team tables (migration 0006) on a real SQLCipher vault: the link and the
keys, team copies and their server versions, conflict copies, the sociale kaart's
revisions, and a vault from before 0006 that gains them all."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import text

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import ContactPerson, Organisation
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.directory import DirectoryService
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import migrate, team_local
from genwerkt_desktop.store.team_local import (
    OrgConflict,
    OrgCopy,
    TeamConflict,
    TeamCopy,
    TeamLink,
)
from tests.conftest import PASSPHRASE
from tests.demo_files import AYSE_ID, LUKASZ_ID

BRUSSELS = timezone(timedelta(hours=1))
LINK = TeamLink(
    url="postgresql://coach_an@localhost:5432/genwerkt",
    role="coach_an",
    team="Gent-Noord",
    is_lead=True,
    public_key=bytes(range(32)),
    secret_key=bytes(range(32, 64)),
)


def test_the_link_is_kept_moved_and_forgotten(vault: OpenVault) -> None:
    with vault.db.write() as conn:
        assert team_local.read_link(conn) is None
        team_local.write_link(conn, LINK)
        assert team_local.read_link(conn) == LINK
        at = datetime(2026, 12, 5, 9, 30, tzinfo=BRUSSELS)
        team_local.set_sync_marks(conn, meta_seq=41, last_sync_at=at)
        team_local.set_sync_marks(conn, org_seq=7, admitted=True)
        assert team_local.read_link(conn) == dataclasses.replace(
            LINK, meta_seq=41, org_seq=7, last_sync_at=at, admitted=True
        )
        team_local.write_link(conn, dataclasses.replace(LINK, remember_password=True))
        link = team_local.read_link(conn)
        assert link is not None and link.remember_password and link.meta_seq == 0
        team_local.add_team_key(conn, 1, b"k" * 32)
        team_local.add_team_key(conn, 2, b"l" * 32)
        assert team_local.team_keys(conn) == {1: b"k" * 32, 2: b"l" * 32}
        team_local.upsert_copy(conn, TeamCopy(AYSE_ID, "coach_bert"))
        mine = TeamConflict(AYSE_ID, "{}", 2, "coach_bert", datetime(2026, 12, 5, tzinfo=UTC))
        team_local.add_conflict(conn, mine)
        team_local.forget_link(conn)
        assert team_local.read_link(conn) is None
        assert team_local.team_keys(conn) == {}
        assert team_local.copies(conn) == {}
        assert team_local.conflicts(conn) == [mine]  # the coach's unmerged work stays
        with pytest.raises(StateError):
            team_local.set_sync_marks(conn, meta_seq=1)
    assert repr(LINK.secret_key) not in repr(LINK)


def test_the_link_is_one_row(vault: OpenVault) -> None:
    with vault.db.write() as conn:
        team_local.write_link(conn, LINK)
        team_local.write_link(conn, dataclasses.replace(LINK, role="coach_bert"))
        assert conn.execute(text("SELECT count(*) FROM team_link")).scalar() == 1


def test_copies_follow_the_servers_list_and_each_sync(vault: OpenVault) -> None:
    with vault.db.write() as conn:
        team_local.upsert_copy(conn, TeamCopy(AYSE_ID, "coach_an", 2, 5, 2, 9))
        team_local.set_server_meta(conn, [(AYSE_ID, "coach_bert", 3), (LUKASZ_ID, "coach_an", 1)])
        assert team_local.copies(conn) == {
            AYSE_ID: TeamCopy(AYSE_ID, "coach_bert", 2, 5, 3, 9),
            LUKASZ_ID: TeamCopy(LUKASZ_ID, "coach_an", 0, 0, 1, 0),
        }
        team_local.mark_synced(conn, AYSE_ID, version=4, revision=12)
        # The highest version seen stays the highest.
        assert team_local.copy_of(conn, AYSE_ID) == TeamCopy(AYSE_ID, "coach_bert", 4, 5, 4, 12)
        team_local.mark_synced(conn, LUKASZ_ID, version=2, revision=3)
        assert team_local.copy_of(conn, LUKASZ_ID) == TeamCopy(LUKASZ_ID, "coach_an", 2, 2, 2, 3)
        assert team_local.copy_of(conn, "onbekend") is None
        with pytest.raises(StateError):
            team_local.mark_synced(conn, "onbekend", version=1, revision=1)
        team_local.set_server_meta(conn, [])


def test_a_server_list_of_twenty_thousand_dossiers_is_one_bulk_write(vault: OpenVault) -> None:
    rows = [(f"client-{i:05d}", f"coach_{i % 50}", i % 7 + 1) for i in range(20_000)]
    with vault.db.write() as conn:
        team_local.set_server_meta(conn, rows)
        team_local.set_server_meta(conn, rows)
        known = team_local.copies(conn)
    assert len(known) == 20_000
    assert known["client-00123"] == TeamCopy("client-00123", "coach_23", 0, 0, 123 % 7 + 1, 0)


def test_conflict_copies_are_kept_until_resolved(vault: OpenVault) -> None:
    first = TeamConflict(
        AYSE_ID, '{"client": {}}', 4, "coach_bert", datetime(2026, 12, 5, tzinfo=UTC)
    )
    second = TeamConflict(LUKASZ_ID, "{}", 2, None, datetime(2026, 12, 6, 8, tzinfo=BRUSSELS))
    with vault.db.write() as conn:
        team_local.add_conflict(conn, second)
        team_local.add_conflict(conn, first)
        assert team_local.conflicts(conn) == [first, second]
        newer = dataclasses.replace(first, mine_document='{"client": {"x": 1}}', server_version=5)
        team_local.add_conflict(conn, newer)
        assert team_local.conflict_of(conn, AYSE_ID) == newer
        team_local.resolve_conflict(conn, AYSE_ID)
        assert team_local.conflict_of(conn, AYSE_ID) is None
        assert team_local.conflicts(conn) == [second]


def _organisation(name: str = "OCMW Gent") -> Organisation:
    return Organisation(
        id="org-1",
        name=name,
        phone="09 266 99 00",
        contacts=(ContactPerson(id="p-1", name="Sofie De Smet", role="maatschappelijk werker"),),
    )


def test_the_sociale_kaart_has_revisions_copies_and_conflicts(vault: OpenVault) -> None:
    directory = DirectoryService(vault)
    directory.save(_organisation())
    with vault.db.read() as conn:
        first = team_local.org_revision_of(conn, "org-1")
    assert first > 0
    directory.save(_organisation())  # unchanged: nothing to send
    with vault.db.read() as conn:
        assert team_local.org_revision_of(conn, "org-1") == first
    org = _organisation()
    directory.save(
        dataclasses.replace(org, contacts=(dataclasses.replace(org.contacts[0], phone="1"),))
    )
    with vault.db.read() as conn:
        second = team_local.org_revision_of(conn, "org-1")
        assert second > first
        assert team_local.org_revisions(conn) == {"org-1": second}
        assert team_local.revisions(conn) == {}  # no dossier changed
    theirs = OrgConflict("org-1", '{"name": "OCMW"}', 3, datetime(2026, 12, 5, tzinfo=UTC))
    with vault.db.write() as conn:
        team_local.set_org_server_versions(conn, [("org-1", 2), ("org-2", 1)])
        assert team_local.org_copies(conn) == {
            "org-1": OrgCopy("org-1", 0, 0, 2, 0),
            "org-2": OrgCopy("org-2", 0, 0, 1, 0),
        }
        team_local.upsert_org_copy(conn, OrgCopy("org-1", 2, 2, 2, 1))
        team_local.mark_org_synced(conn, "org-1", version=3, revision=second)
        assert team_local.org_copy_of(conn, "org-1") == OrgCopy("org-1", 3, 3, 3, second)
        with pytest.raises(StateError):
            team_local.mark_org_synced(conn, "org-9", version=1, revision=1)
        team_local.add_org_conflict(conn, theirs)
        assert team_local.org_conflicts(conn) == [theirs]
        assert team_local.org_conflict_of(conn, "org-1") == theirs
        team_local.resolve_org_conflict(conn, "org-1")
        assert team_local.org_conflicts(conn) == []


def test_importing_a_dossier_again_leaves_its_organisations_revisions_alone(
    vault: OpenVault,
) -> None:
    load_demo(vault)
    dossier = DossierService(vault).get(AYSE_ID)
    with vault.db.read() as conn:
        before = team_local.org_revisions(conn)
    assert before
    ExchangeService(vault).import_dossiers([dossier])
    with vault.db.read() as conn:
        assert team_local.org_revisions(conn) == before


TEAM_TABLES = {
    "team_link",
    "team_keys",
    "team_copies",
    "dossier_revisions",
    "team_applying",
    "team_conflicts",
    "organisation_revisions",
    "org_copies",
    "org_conflicts",
}


def test_a_vault_made_before_0006_keeps_its_dossiers_and_gains_team_mode(
    vault_service: VaultService, vault: OpenVault
) -> None:
    load_demo(vault)
    before = DossierService(vault).get(AYSE_ID)
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(clients)"))}
    assert not TEAM_TABLES & names
    assert not any(n.startswith("team_") for n in names)  # no trigger left behind
    assert "team_sharing" not in columns
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        # Nothing lost but what came after 0006 (issue 19's instruments, migration 0007).
        assert DossierService(reopened).get(AYSE_ID) == dataclasses.replace(
            before,
            first_reception=None,
            inner_notes=(),
            life_events=(),
            mindmaps=(),
            vacancies=(),
            decisions=(),
            phone_requests=(),
        )
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert names >= TEAM_TABLES
            assert team_local.revisions(conn) == {}  # counting starts now
            assert team_local.read_link(conn) is None
        DossierService(reopened).set_status(AYSE_ID, before.client.status)  # type: ignore[arg-type]
        with reopened.db.read() as conn:
            assert team_local.revision_of(conn, AYSE_ID) == 1
            assert team_local.revision_of(conn, LUKASZ_ID) == 0
    finally:
        reopened.close()
