"""The unlock reads the client list's names before the store is opened the full way
(``VaultService.unlock_with_names``): the same names the list would read, and none from a
store that must be updated first."""

from __future__ import annotations

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.store import migrate
from tests.conftest import PASSPHRASE
from tests.store.test_search_dossiers import _down_to


def test_the_names_read_at_unlock_are_the_list_the_open_vault_gives(
    vault_service: VaultService, vault: OpenVault
) -> None:
    fill(vault, 12, max_contacts=5)
    vault.close()
    reopened, names = vault_service.unlock_with_names(PASSPHRASE)
    try:
        assert names is not None and len(names) == 12
        listed = Workspace.open(reopened).dossiers.list_names()
        assert names == listed  # same clients, order, statuses and phases
        assert not any(name.contacts_read for name in names)  # said as not read, not "never"
        full = Workspace.open(reopened).dossiers.list_clients()
        assert [c.id for c in full] == [n.id for n in names]
    finally:
        reopened.close()


def test_a_store_to_update_gives_no_names_and_is_updated(
    vault_service: VaultService, vault: OpenVault
) -> None:
    fill(vault, 3, max_contacts=2)
    _down_to(vault, "0010")
    vault.close()
    updating: list[bool] = []
    reopened, names = vault_service.unlock_with_names(
        PASSPHRASE, updating=lambda: updating.append(True)
    )
    try:
        assert names is None
        assert updating == [True]
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        assert len(Workspace.open(reopened).dossiers.list_clients()) == 3
    finally:
        reopened.close()
