"""A closed vault leaves nothing behind for the life of the process, even when the
desktop set its objects aside from the garbage collector while it was open (ui/preload.py
freezes what its imports loaded; an unlock typed early opens the vault before that)."""

from __future__ import annotations

import gc
import weakref

from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.services.workspace import Workspace
from tests.conftest import PASSPHRASE


def test_the_database_layer_of_a_closed_vault_is_collected(vault_service: VaultService) -> None:
    vault = vault_service.create(PASSPHRASE).vault
    Workspace.open(vault).dossiers.list_clients()
    engine = weakref.ref(vault.db.engine)  # it connects with the key
    gc.freeze()  # as the preload does when its imports end while a vault is open
    try:
        vault.close()
        del vault
        gc.collect()
        assert engine() is None
    finally:
        gc.unfreeze()
