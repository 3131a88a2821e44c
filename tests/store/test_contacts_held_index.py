"""The client list's last contact comes from an index alone (migration 0011): no note
is read, or decrypted, to know when a client was last seen, and a store updated to 0011
shows the same last contacts as before."""

from __future__ import annotations

from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.store import client_list, migrate
from tests.conftest import PASSPHRASE
from tests.store.test_search_dossiers import _down_to

BEFORE = "0010"


def _list_plan(vault: OpenVault) -> str:
    statement = client_list._summary_sql(last_contact=True, one=False)
    with vault.db.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, {"now_utc": "2026-12-01", "today": "2026-12-01"}
        ).fetchall()
    return "\n".join(str(row[-1]) for row in plan)


def _last_contacts(vault: OpenVault) -> dict[str, object]:
    return {c.id: c.last_contact for c in Workspace.open(vault).dossiers.list_clients()}


def test_the_last_contact_is_read_without_a_contact_row(vault: OpenVault) -> None:
    plan = _list_plan(vault)
    assert "COVERING INDEX ix_contacts_client_at_planned" in plan
    assert "SEARCH contacts USING INDEX" not in plan  # an index walk that reads rows


def test_a_store_updated_to_0011_shows_the_same_last_contacts(
    vault_service: VaultService, vault: OpenVault
) -> None:
    fill(vault, 12, max_contacts=25)
    before = _last_contacts(vault)
    assert sum(1 for seen in before.values() if seen is not None) > 6
    _down_to(vault, BEFORE)
    assert "COVERING INDEX" not in _list_plan(vault).split("SUBQUERY 2")[0]
    vault.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert "ix_contacts_client_at_planned" in names
        assert "ix_contacts_client_at" not in names
        assert _last_contacts(reopened) == before
    finally:
        reopened.close()
