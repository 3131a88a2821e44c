"""``genwerkt team …`` (CLI.md "Team mode"): the team services without a window."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from genwerkt_desktop.domain.errors import GenwerktError, StateError

if TYPE_CHECKING:
    # Each team command imports the services it runs (the database layer is behind them),
    # so ``genwerkt --help`` and the other commands do not load them.
    from genwerkt_desktop.services.team.context import TeamContext
    from genwerkt_desktop.services.team.sync import SyncReport
    from genwerkt_desktop.services.vault import OpenVault


class Command(Protocol):
    """What the team commands take from the ``genwerkt`` command they run under."""

    args: argparse.Namespace
    deps: Any  # cli.Dependencies: env, keystore, ask_secret
    err: TextIO

    def say(self, line: str) -> None: ...
    def open_vault(self) -> OpenVault: ...
    def interactive(self) -> bool: ...


UNREACHABLE = 6  # CLI.md: the team server cannot be reached


class ConflictsWaiting(GenwerktError):
    """Sync done, but conflict copies wait for the coach (exit 7)."""

    exit_code = 7


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = sub.add_parser("team", help="teamwerking op de PostgreSQL-server van de organisatie")
    tsub = team.add_subparsers(dest="team_command", metavar="TEAMCOMMAND", required=True)
    p = tsub.add_parser("server-init", help="voor de databankbeheerder: tabellen, rollen, regels")
    p.add_argument("--url", required=True, metavar="ADMIN_URL")
    p.add_argument("--team", required=True, metavar="NAME")
    p.add_argument("--lead", required=True, metavar="ROLE")
    p.add_argument("--coach", action="append", default=[], metavar="ROLE")
    p = tsub.add_parser("connect", help="verbind deze kluis met de teamserver")
    p.add_argument("url", metavar="URL")
    p.add_argument(
        "--remember",
        action="store_true",
        help="bewaar het teamwachtwoord in de sleutelhanger van dit toestel",
    )
    p = tsub.add_parser("admit", help="geef een collega de teamsleutel (teamverantwoordelijke)")
    p.add_argument("role", metavar="ROLE")
    p = tsub.add_parser("remove", help="haal iemand uit het team; de teamsleutel wordt vernieuwd")
    p.add_argument("role", metavar="ROLE")
    tsub.add_parser("sync", help="verstuur wat u beheert, haal op wat nieuwer is")
    p = tsub.add_parser("status", help="per dossier: beheerder, versies, toestand")
    p.add_argument("--json", action="store_true")
    p = tsub.add_parser("handover", help="draag een dossier over aan een collega")
    p.add_argument("client", metavar="CLIENT")
    p.add_argument("--to", required=True, metavar="ROLE", dest="to_role")
    for action in tsub.choices.values():
        action.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS)


class TeamCommands:
    def __init__(self, command: Command) -> None:
        self._cmd = command
        self._args = command.args

    def run(self) -> int:
        name = self._args.team_command.replace("-", "_")
        handler: Callable[[], int] = getattr(self, "cmd_" + name)
        return handler()

    # --- secrets -------------------------------------------------------------------------

    def _password(self, context: TeamContext | None) -> str | None:
        """GENWERKT_TEAM_PASSWORD, else the OS keyring when the coach chose it, else a
        prompt; never an argument (CLI.md)."""
        from_env = self._cmd.deps.env.get("GENWERKT_TEAM_PASSWORD")
        if from_env:
            return from_env
        if context is not None and context.remembered_password():
            return None  # the context takes it from the keyring itself
        if self._cmd.interactive():
            return self._cmd.deps.ask_secret("Teamwachtwoord: ")
        return None

    def _context(self, vault: OpenVault) -> TeamContext:
        from genwerkt_desktop.services.team.context import TeamContext

        return TeamContext(vault, keystore=self._cmd.deps.keystore)

    # --- commands ------------------------------------------------------------------------

    def cmd_server_init(self) -> int:
        from genwerkt_desktop.services.team.server_admin import initialise_server

        for line in initialise_server(
            self._args.url,
            self._password(None),
            team=self._args.team,
            lead=self._args.lead,
            coaches=self._args.coach,
        ):
            self._cmd.say(line)
        return 0

    def cmd_connect(self) -> int:
        from genwerkt_desktop.services.team.membership import TeamMembership

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            connected = TeamMembership(context).connect(
                self._args.url, self._password(None), remember=self._args.remember
            )
        finally:
            vault.close()
        self._cmd.say(f"verbonden als {connected.role} met team {connected.team}")
        self._cmd.say(f"vingerafdruk van dit toestel: {connected.fingerprint}")
        if connected.created_team_key:
            self._cmd.say("de teamsleutel is gemaakt")
        elif not connected.admitted:
            self._cmd.say(
                "wacht op toelating: vraag de teamverantwoordelijke om 'genwerkt team admit "
                f"{connected.role}' en vergelijk samen de vingerafdruk"
            )
        return 0

    def cmd_admit(self) -> int:
        from genwerkt_desktop.services.team.membership import TeamMembership

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            membership = TeamMembership(context)
            password = self._password(context)
            fingerprint = membership.fingerprint_of(self._args.role, password)
            self._cmd.say(f"vingerafdruk van {self._args.role}: {fingerprint}")
            if self._cmd.interactive():
                answer = input(
                    f"Toont het scherm van {self._args.role} dezelfde vingerafdruk? [j/N] "
                )
                if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                    raise StateError("niet toegelaten: de vingerafdruk werd niet bevestigd")
            membership.admit(self._args.role, password)
        finally:
            vault.close()
        self._cmd.say(f"{self._args.role} is toegelaten")
        return 0

    def cmd_remove(self) -> int:
        from genwerkt_desktop.services.team.membership import TeamMembership

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            version = TeamMembership(context).remove(self._args.role, self._password(context))
        finally:
            vault.close()
        self._cmd.say(f"{self._args.role} is uit het team; nieuwe teamsleutel: versie {version}")
        return 0

    def cmd_sync(self) -> int:
        from genwerkt_desktop.services.team.sync import TeamSync

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            report = TeamSync(context).sync(self._password(context))
        finally:
            vault.close()
        self._print_report(report)
        if report.conflicts or report.organisation_conflicts:
            raise ConflictsWaiting(
                f"{len(report.conflicts) + len(report.organisation_conflicts)} conflictkopie(ën) "
                "wachten: voeg ze samen in de desktop-app"
            )
        return 0

    def _print_report(self, report: SyncReport) -> None:
        say = self._cmd.say
        if report.waiting_for_admission:
            say("wacht op toelating door de teamverantwoordelijke: niets verstuurd of opgehaald")
            return
        say(f"verstuurd: {len(report.pushed)}")
        say(f"opgehaald: {len(report.pulled)}")
        if report.organisations_pushed or report.organisations_pulled:
            say(
                f"sociale kaart: {report.organisations_pushed} verstuurd, "
                f"{report.organisations_pulled} opgehaald"
            )
        for cid in report.conflicts:
            say(f"conflict\t{cid}")
        for oid in report.organisation_conflicts:
            say(f"conflict organisatie\t{oid}")
        for cid in report.not_asked:
            say(f"blijft op dit toestel (delen met het team nog niet gevraagd)\t{cid}")
        for cid in report.refused:
            say(f"geweigerd (verzegeling klopt niet of oudere versie)\t{cid}")

    def cmd_status(self) -> int:
        from genwerkt_desktop.services.team.status import TeamStatus

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            status = TeamStatus(context)
            if not status.linked():
                raise StateError("deze kluis is nog niet met een teamserver verbonden")
            offline: GenwerktError | None = None
            try:
                rows = status.refreshed(self._password(context))
            except GenwerktError as exc:
                if exc.exit_code != UNREACHABLE:
                    raise
                # Offline, what the laptop knew at the last sync still goes to stdout; the
                # exit code tells a script it is not fresh.
                rows, offline = status.local(), exc
        finally:
            vault.close()
        ordered = sorted(rows.values(), key=lambda r: r.client_id)
        if self._args.json:
            self._cmd.say(
                json.dumps(
                    [
                        {
                            "client_id": r.client_id,
                            "holder": r.holder,
                            "local_version": r.local_version,
                            "server_version": r.server_version,
                            "state": r.state.value,
                        }
                        for r in ordered
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for r in ordered:
                self._cmd.say(
                    f"{r.client_id}\t{r.holder or '-'}\t{r.local_version}\t"
                    f"{r.server_version}\t{r.state.value}"
                )
        if offline is not None:
            raise offline
        return 0

    def cmd_handover(self) -> int:
        from genwerkt_desktop.services.dossiers import DossierService
        from genwerkt_desktop.services.team.handover import TeamHandover

        vault = self._cmd.open_vault()
        try:
            context = self._context(vault)
            client = DossierService(vault).resolve(self._args.client)
            TeamHandover(context).hand_over(client.id, self._args.to_role, self._password(context))
        finally:
            vault.close()
        self._cmd.say(f"{client.id} is overgedragen aan {self._args.to_role}")
        return 0
