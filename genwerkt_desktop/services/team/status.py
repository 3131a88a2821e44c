"""Where each dossier stands with the team, offline from what the laptop knows, or after
asking the server what is new."""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.domain.team import TeamState, team_state
from genwerkt_desktop.store import team_local

from .context import TeamContext


@dataclass(frozen=True)
class DossierTeamStatus:
    client_id: str
    holder: str | None
    local_version: int
    server_version: int
    state: TeamState


class TeamStatus:
    def __init__(self, context: TeamContext) -> None:
        self._ctx = context

    def linked(self) -> bool:
        with self._ctx.vault.db.read() as conn:
            return team_local.read_link(conn) is not None

    def read_only_holder(self, client_id: str) -> str | None:
        """The colleague who holds this dossier when it is read-only here, else None: for
        the views, to say so before the coach types."""
        with self._ctx.vault.db.read() as conn:
            return team_local.read_only_holder(conn, client_id)

    def local(self) -> dict[str, DossierTeamStatus]:
        """From the laptop's own records: no server needed (the badges, offline)."""
        with self._ctx.vault.db.read() as conn:
            link = team_local.read_link(conn)
            if link is None:
                return {}
            facts = team_local.copy_facts(conn)
        return {
            cid: DossierTeamStatus(
                client_id=cid,
                holder=f.holder,
                local_version=f.base_version,
                server_version=f.server_version,
                state=team_state(f, link.role),
            )
            for cid, f in facts.items()
        }

    def refreshed(self, password: str | None) -> dict[str, DossierTeamStatus]:
        """Ask the server what is new first (who holds what, which versions), then answer."""
        with self._ctx.server(password) as (link, server):
            news = server.dossier_meta(link.meta_seq)
        with self._ctx.vault.db.write() as conn:
            team_local.set_server_meta(conn, [(m.client_id, m.holder, m.version) for m in news])
        return self.local()
