"""Every service for one unlocked vault, built once after unlock and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.store.keystore import KeyStore

from .agenda import AgendaService
from .audit import AuditService
from .closing import ClosingService
from .directory import DirectoryService
from .dossier_edits import DossierEdits
from .dossiers import DossierService
from .exchange import ExchangeService
from .pop_plan import PopPlanService
from .retention import RetentionService
from .search import SearchService
from .team.services import TeamServices
from .vault import OpenVault


@dataclass(frozen=True)
class Workspace:
    vault: OpenVault
    dossiers: DossierService
    edits: DossierEdits
    search: SearchService
    exchange: ExchangeService
    agenda: AgendaService
    directory: DirectoryService
    pop: PopPlanService
    closing: ClosingService
    retention: RetentionService
    audit: AuditService
    team: TeamServices

    @classmethod
    def open(cls, vault: OpenVault, keystore: KeyStore | None = None) -> Workspace:
        """``keystore``: where the team password may be remembered (the vault key's rules)."""
        return cls(
            vault=vault,
            dossiers=DossierService(vault),
            edits=DossierEdits(vault),
            search=SearchService(vault),
            exchange=ExchangeService(vault),
            agenda=AgendaService(vault),
            directory=DirectoryService(vault),
            pop=PopPlanService(vault),
            closing=ClosingService(vault),
            retention=RetentionService(vault),
            audit=AuditService(vault),
            team=TeamServices.open(vault, keystore),
        )
