"""The due marks' read on a generated vault (issue 18, goal c): the few queries of
``store/due_rows`` give what the whole dossiers give, for every generated client, and the
planned contact moments come from their own index rather than a walk over every note."""

from __future__ import annotations

from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.domain.due import DueStatus, due_items, late_items, next_appointment
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.due_items import due_per_client
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store import dossier_read

CLIENTS = 24


def test_a_generated_vault_gives_the_same_due_items_as_its_whole_dossiers(
    vault: OpenVault,
) -> None:
    fill(vault, CLIENTS, seed=3, today=vault.clock.today())
    now = vault.clock.now()
    with vault.db.read() as conn:
        few = {due.dossier.client.id: due.items for due in due_per_client(conn, now)}
        whole = {
            cid: due_items(d, now)
            for cid in dossier_read.client_ids(conn)
            if (d := dossier_read.read_dossier(conn, cid)) is not None
        }
    assert few == whole
    items = [item for found in few.values() for item in found]
    # The generated vault has every kind of status, so the comparison means something.
    assert {DueStatus.PLANNED, DueStatus.OVERDUE} <= {item.status for item in items}

    # And the list's marks are those the whole dossiers give.
    listed = {c.id: c for c in DossierService(vault).list_clients()}
    assert len(listed) == CLIENTS
    for cid, found in whole.items():
        assert listed[cid].late == len(late_items(found))
        expected = next_appointment(found)
        assert listed[cid].next_appointment == (expected.starts if expected else None)


def test_the_planned_contact_moments_are_read_from_their_own_index(vault: OpenVault) -> None:
    with vault.db.read() as conn:
        indexes = {
            name
            for (name,) in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts'"
                )
            )
        }
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE planned IS 1 "
                    "ORDER BY client_id, position"
                )
            )
        )
    assert "ix_contacts_planned" in indexes
    assert "ix_contacts_planned" in plan and "TEMP B-TREE" not in plan
