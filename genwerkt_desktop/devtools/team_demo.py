"""A team at work on a throwaway PostgreSQL, for screenshots and benchmarks: a lead (Els)
and two coaches (An, Bo) with a vault each, a third coach (Cas) waiting for admission,
An's demo dossiers shared, one handed to Bo, and a conflict copy on An's laptop.

Fictional people only; the server and the vaults live in a folder of the caller's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from psycopg import sql

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ContactKind, NoteScope, TeamSharing
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import DossierEdits, new_id
from genwerkt_desktop.services.team.context import TeamContext
from genwerkt_desktop.services.team.handover import TeamHandover
from genwerkt_desktop.services.team.membership import TeamMembership
from genwerkt_desktop.services.team.sync import TeamSync
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store.team_server import server_init
from genwerkt_desktop.store.vault import KdfPolicy

from .pg_cluster import Cluster, start_cluster

PASSPHRASE = "paarse olifant fietst naar Gent"
DATABASE = "genwerkt_team"
TEAM = "trajectbegeleiding-gent"


@dataclass
class Member:
    role: str
    password: str
    url: str
    service: VaultService
    vault: OpenVault

    @property
    def context(self) -> TeamContext:
        return TeamContext(self.vault)


@dataclass
class TeamDemo:
    cluster: Cluster
    lead: Member
    an: Member
    bo: Member
    waiting_role: str
    handed_over: str  # the client id An's laptop holds a conflict copy of
    not_asked: str  # a client whose team-sharing answer is not recorded


def _create_role(cluster: Cluster, role: str) -> str:
    password = "team-" + role
    with cluster.admin() as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
    return password


def _note(vault: OpenVault, client_id: str, clock: Clock, text: str) -> None:
    DossierEdits(vault).save_contact(
        client_id,
        Contact(
            id=new_id(),
            at=clock.now() - timedelta(hours=1),
            kind=ContactKind.HOME_VISIT,
            summary=text,
            note_scope=NoteScope.FILE,
        ),
    )


@contextlib.contextmanager
def team_demo(folder: Path, clock: Clock, policy: KdfPolicy) -> Iterator[TeamDemo]:
    cluster = start_cluster()
    members: list[Member] = []
    try:
        with cluster.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
        passwords = {role: _create_role(cluster, role) for role in ("els", "an", "bo", "cas")}
        admin_url = cluster.admin_url(DATABASE)
        server_init(admin_url, TEAM, "els", ["an", "bo", "cas"], password=cluster.password)

        def member(role: str) -> Member:
            service = VaultService(folder / role, policy=policy, clock=clock)
            vault = service.create(PASSPHRASE).vault
            url = f"postgresql://{role}@127.0.0.1:{cluster.port}/{DATABASE}?sslmode=disable"
            made = Member(role, passwords[role], url, service, vault)
            members.append(made)
            TeamMembership(made.context).connect(url, made.password)
            return made

        lead, an, bo, cas = member("els"), member("an"), member("bo"), member("cas")
        for role in ("an", "bo"):
            TeamMembership(lead.context).admit(role, lead.password)
        cas.vault.close()  # Cas connected and waits for the lead: the overview shows it

        clients = [c.client_id for c in load_demo(an.vault)]
        edits = DossierEdits(an.vault)
        for cid in clients[:-1]:
            edits.set_team_sharing(cid, TeamSharing.TEAM)
        not_asked = clients[-1]
        TeamSync(an.context).sync(an.password)
        TeamSync(bo.context).sync(bo.password)
        TeamSync(lead.context).sync(lead.password)

        handed = clients[0]
        _note(an.vault, handed, clock, "Samen de brief van de huisbaas gelezen; An belt maandag.")
        TeamHandover(lead.context).hand_over(handed, "bo", lead.password)
        TeamSync(bo.context).sync(bo.password)
        _note(bo.vault, handed, clock, "Bo neemt over tijdens de ziekte van An: OCMW gebeld.")
        TeamSync(bo.context).sync(bo.password)
        TeamSync(an.context).sync(an.password)  # An's unsent note becomes a conflict copy
        yield TeamDemo(cluster, lead, an, bo, "cas", handed, not_asked)
    finally:
        for made in members:
            made.vault.close()
        cluster.stop()
