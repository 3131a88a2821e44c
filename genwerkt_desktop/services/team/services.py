"""The team services of one unlocked vault, built once and passed to the views that
need them."""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.store.keystore import KeyStore, NoKeyStore

from .conflicts import TeamConflicts
from .context import Connector, TeamContext, _connect
from .handover import TeamHandover
from .membership import TeamMembership
from .status import TeamStatus
from .sync import TeamSync


@dataclass(frozen=True)
class TeamServices:
    context: TeamContext
    membership: TeamMembership
    sync: TeamSync
    status: TeamStatus
    handover: TeamHandover
    conflicts: TeamConflicts

    @classmethod
    def open(
        cls, vault: OpenVault, keystore: KeyStore | None = None, connect: Connector = _connect
    ) -> TeamServices:
        context = TeamContext(vault, keystore or NoKeyStore(), connect)
        return cls(
            context=context,
            membership=TeamMembership(context),
            sync=TeamSync(context),
            status=TeamStatus(context),
            handover=TeamHandover(context),
            conflicts=TeamConflicts(context),
        )
