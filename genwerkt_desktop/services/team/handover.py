"""Handing a dossier to a colleague: the holder (or a lead) names the new holder. The
holder's last changes go first, so the colleague starts from them."""

from __future__ import annotations

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.store import team_local

from .context import TeamContext
from .status import TeamStatus
from .sync import SyncReport, TeamSync


class TeamHandover:
    def __init__(self, context: TeamContext) -> None:
        self._ctx = context

    def hand_over(self, client_id: str, to_role: str, password: str | None) -> SyncReport:
        link = self._ctx.link()
        if to_role == link.role:
            raise StateError("u kunt een dossier niet aan uzelf overdragen")
        state = TeamStatus(self._ctx).refreshed(password).get(client_id)
        if state is None:
            raise StateError(f"geen cliënt met id {client_id}")
        if state.state is TeamState.LOCAL_ONLY:
            raise StateError(
                "dit dossier blijft op dit toestel (keuze van de cliënt of nog niet gevraagd): "
                "het kan niet worden overgedragen"
            )
        if state.state is TeamState.CONFLICT:
            raise StateError("los eerst het conflict in dit dossier op")
        report = SyncReport()
        if state.holder == link.role and state.state is TeamState.AHEAD:
            report = TeamSync(self._ctx).sync(password)  # the colleague starts from the latest
            if client_id in report.conflicts:
                raise StateError("uw laatste wijzigingen botsten met de server; los dat eerst op")
        with self._ctx.server(password) as (_link, server):
            meta = server.handover(client_id, to_role)
        with self._ctx.vault.db.write() as conn:
            team_local.set_server_meta(conn, [(meta.client_id, meta.holder, meta.version)])
            self._ctx.vault.record("team: overgedragen", client_id, to_role, conn=conn)
        return report
