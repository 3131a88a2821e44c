"""Conflict copies, merged by hand: the coach sees their own version beside the server's,
keeps what they choose, and nothing is lost on either side until they decide."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from genwerkt_desktop.domain.changes import EVERY_PART, Changes
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.exchange import decode_record, from_document
from genwerkt_desktop.domain.model import Dossier, Organisation
from genwerkt_desktop.domain.team import for_the_team
from genwerkt_desktop.domain.team_conflict import Difference, differences, keep_mine
from genwerkt_desktop.store import directory_rows, dossier_read, dossier_write, team_local
from genwerkt_desktop.store.files import write_text_atomic

from .context import TeamContext
from .organisations import synced


@dataclass(frozen=True)
class DossierConflict:
    client_id: str
    client_name: str
    server_holder: str
    server_version: int
    i_hold_it: bool  # only the holder can merge; anyone else can save their version
    mine: Dossier
    theirs: Dossier  # what this laptop has now: the server's version
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class OrganisationConflict:
    org_id: str
    mine: Organisation
    theirs: Organisation
    server_version: int


class TeamConflicts:
    def __init__(self, context: TeamContext) -> None:
        self._ctx = context

    # --- dossiers ----------------------------------------------------------------------

    def dossier_ids(self) -> list[str]:
        with self._ctx.vault.db.read() as conn:
            return [c.client_id for c in team_local.conflicts(conn)]

    def dossier(self, client_id: str) -> DossierConflict:
        link = self._ctx.link()
        with self._ctx.vault.db.read() as conn:
            record = team_local.conflict_of(conn, client_id)
            theirs = dossier_read.read_dossier(conn, client_id)
            holder = team_local.copy_facts(conn).get(client_id)
        if record is None or theirs is None:
            raise StateError("er is geen conflict (meer) voor dit dossier")
        mine = from_document(json.loads(record.mine_document))
        current_holder = holder.holder if holder is not None else record.server_holder
        return DossierConflict(
            client_id=client_id,
            client_name=theirs.client.display_name,
            server_holder=current_holder or record.server_holder or "",
            server_version=record.server_version,
            i_hold_it=current_holder == link.role,
            mine=mine,
            theirs=theirs,
            # Personal notes never travel, so the coach's version never has them: they are
            # no difference to choose about, and stay on this laptop whatever is chosen.
            differences=tuple(differences(mine, for_the_team(theirs))),
        )

    def merge(self, client_id: str, keep: Collection[str]) -> Changes:
        """Take the chosen differences from the coach's version into the dossier and close
        the conflict; the next sync sends the result."""
        conflict = self.dossier(client_id)
        if keep and not conflict.i_hold_it:
            raise StateError(
                f"dit dossier is in handen van {conflict.server_holder}: bewaar uw versie als "
                "bestand en bezorg het aan die collega"
            )
        merged = keep_mine(conflict.theirs, conflict.mine, keep)
        if merged != conflict.theirs:
            with self._ctx.vault.write_dossier(client_id) as conn:
                dossier_write.write_dossier(conn, merged)
        with self._ctx.vault.db.write() as conn:
            team_local.resolve_conflict(conn, client_id)
            self._ctx.vault.record("team: conflict opgelost", client_id, conn=conn)
        return Changes(client_id, EVERY_PART)

    def save_mine(self, client_id: str, out: Path) -> Path:
        """The coach's own version as a dossier-v1 file, to hand to the holder."""
        with self._ctx.vault.db.read() as conn:
            record = team_local.conflict_of(conn, client_id)
        if record is None:
            raise StateError("er is geen conflict (meer) voor dit dossier")
        document = json.loads(record.mine_document)
        write_text_atomic(out, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        self._ctx.vault.record("geëxporteerd", client_id, "conflictkopie")
        return out

    # --- the shared sociale kaart ------------------------------------------------------

    def organisation_ids(self) -> list[str]:
        with self._ctx.vault.db.read() as conn:
            return [c.org_id for c in team_local.org_conflicts(conn)]

    def organisation(self, org_id: str) -> OrganisationConflict:
        with self._ctx.vault.db.read() as conn:
            record = team_local.org_conflict_of(conn, org_id)
            mine = directory_rows.read_organisations(conn, [org_id])
        if record is None or not mine:
            raise StateError("er is geen conflict (meer) voor deze organisatie")
        theirs = decode_record(Organisation, json.loads(record.theirs_document))
        return OrganisationConflict(org_id, mine[0], theirs, record.server_version)

    def keep_my_organisation(self, org_id: str) -> None:
        """Mine goes to the server at the next sync, over the version now there."""
        conflict = self.organisation(org_id)
        with self._ctx.vault.db.write() as conn:
            team_local.rebase_org(conn, org_id, base_version=conflict.server_version)
            team_local.resolve_org_conflict(conn, org_id)

    def take_their_organisation(self, org_id: str) -> None:
        conflict = self.organisation(org_id)
        with self._ctx.vault.db.write() as conn:
            directory_rows.upsert_organisation(conn, conflict.theirs)
            synced(conn, org_id, version=conflict.server_version)
            team_local.resolve_org_conflict(conn, org_id)
