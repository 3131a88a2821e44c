"""Coaches' laptops for the team scenarios: each a real encrypted vault of its own, with
the team services over a real connection to the throwaway PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.enums import ContactKind, NoteScope, TeamSharing
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import DossierEdits, NewClient, new_id
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.team.conflicts import TeamConflicts
from genwerkt_desktop.services.team.context import TeamContext
from genwerkt_desktop.services.team.handover import TeamHandover
from genwerkt_desktop.services.team.membership import TeamMembership
from genwerkt_desktop.services.team.status import TeamStatus
from genwerkt_desktop.services.team.sync import SyncReport, TeamSync
from genwerkt_desktop.services.vault import OpenVault, VaultService
from tests.conftest import PASSPHRASE
from tests.fakes import FAST_POLICY, FixedClock
from tests.fakes_keystore import MemoryKeyStore

if TYPE_CHECKING:
    from tests.team.conftest import TeamDb


@dataclass
class Laptop:
    role: str
    password: str
    url: str
    vault: OpenVault
    keystore: MemoryKeyStore = field(default_factory=MemoryKeyStore)

    @property
    def context(self) -> TeamContext:
        return TeamContext(self.vault, keystore=self.keystore)

    @property
    def membership(self) -> TeamMembership:
        return TeamMembership(self.context)

    @property
    def team_sync(self) -> TeamSync:
        return TeamSync(self.context)

    @property
    def status(self) -> TeamStatus:
        return TeamStatus(self.context)

    @property
    def handover(self) -> TeamHandover:
        return TeamHandover(self.context)

    @property
    def conflicts(self) -> TeamConflicts:
        return TeamConflicts(self.context)

    @property
    def edits(self) -> DossierEdits:
        return DossierEdits(self.vault)

    @property
    def dossiers(self) -> DossierService:
        return DossierService(self.vault)

    def connect(self) -> None:
        self.membership.connect(self.url, self.password)

    def sync(self) -> SyncReport:
        return self.team_sync.sync(self.password)

    def new_client(
        self, first: str, last: str, sharing: TeamSharing | None = TeamSharing.TEAM
    ) -> str:
        return self.edits.create_client(
            NewClient(
                first_name=first,
                last_name=last,
                support_question=f"{first} wil werk dat past bij het gezin",
                team_sharing=sharing,
            )
        )

    def note(self, client_id: str, text: str, *, personal: bool = False) -> str:
        contact_id = new_id()
        self.edits.save_contact(
            client_id,
            Contact(
                id=contact_id,
                at=datetime(2026, 11, 27, 10, 0, tzinfo=UTC),
                kind=ContactKind.HOME_VISIT,
                summary=text,
                note_scope=NoteScope.PERSONAL if personal else NoteScope.FILE,
            ),
        )
        return contact_id

    def notes(self, client_id: str) -> list[str]:
        return [c.summary or "" for c in self.dossiers.get(client_id).contacts]


def open_laptop(db: TeamDb, role: str, folder: Path, clock: FixedClock) -> Iterator[Laptop]:
    service = VaultService(folder, policy=FAST_POLICY, clock=clock, keystore=MemoryKeyStore())
    vault = service.create(PASSPHRASE).vault
    try:
        yield Laptop(role=role, password=db.passwords[role], url=db.url(role), vault=vault)
    finally:
        vault.close()
