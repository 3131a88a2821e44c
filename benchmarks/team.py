"""Team mode against a real PostgreSQL (a throwaway cluster): a day's sync and a coach's
first pull, on a server that also holds every other team's sealed dossiers.

The measured team is a lead and two coaches, An and Bo, who hold the team's dossiers half
each; the other coaches' dossiers (in teams of five) fill the server so its indexes and
row-level security work at full size. Those are sealed with their own teams' keys from
documents of the same size: the measured laptops never see them (RLS), as in real life.
"""

from __future__ import annotations

import contextlib
import dataclasses
import statistics
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from psycopg import sql

from genwerkt_desktop.devtools.generate_data import generate_dossiers
from genwerkt_desktop.devtools.pg_cluster import Cluster, start_cluster
from genwerkt_desktop.domain.enums import ContactKind, NoteScope, TeamSharing
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.team.services import TeamServices
from genwerkt_desktop.services.team.sync import sealed_text
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import team_seal
from genwerkt_desktop.store.team_server import server_init

from .common import FAST_POLICY, PASSPHRASE, BenchmarkError, Metric, Say
from .sizes import Sizes

TEAM_SIZE = 5
DATABASE = "genwerkt_bench"
SYNC_TARGET_MS = 3_000.0  # a day's changes: seconds, not minutes
FIRST_PULL_TARGET_MS = 15_000.0  # a new laptop, once


@dataclasses.dataclass
class _Laptop:
    role: str
    url: str
    password: str
    vault: OpenVault

    @property
    def team(self) -> TeamServices:
        return TeamServices.open(self.vault)


def _role(cluster: Cluster, role: str) -> str:
    password = "bench-" + role
    with cluster.admin() as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
    return password


@contextlib.contextmanager
def _laptop(cluster: Cluster, role: str, password: str, folder: Path) -> Iterator[_Laptop]:
    vault = VaultService(folder, policy=FAST_POLICY).create(PASSPHRASE).vault
    url = f"postgresql://{role}@127.0.0.1:{cluster.port}/{DATABASE}?sslmode=disable"
    try:
        laptop = _Laptop(role, url, password, vault)
        laptop.team.membership.connect(url, password)
        yield laptop
    finally:
        vault.close()


def _fill_other_teams(cluster: Cluster, sizes: Sizes, sample: bytes, say: Say) -> None:
    """The rest of the organisation: sealed documents of the same size, in other teams."""
    others = sizes.team_server_dossiers - sizes.team_dossiers
    coaches = [f"coach{n:02d}" for n in range(sizes.team_coaches - 2)]
    for coach in coaches:
        _role(cluster, coach)
    teams = [coaches[i : i + TEAM_SIZE] for i in range(0, len(coaches), TEAM_SIZE)]
    for index, members in enumerate(teams):
        server_init(
            cluster.admin_url(DATABASE),
            f"team-{index:02d}",
            members[0],
            members[1:],
            password=cluster.password,
        )
    key = team_seal.new_team_key()
    with (
        cluster.admin(DATABASE) as conn,
        conn.cursor() as cur,
        cur.copy(
            "COPY genwerkt.dossiers (client_id, team, holder, version, key_version, sealed)"
            " FROM STDIN"
        ) as copy,
    ):
        for n in range(others):
            coach = coaches[n % len(coaches)]
            cid = str(uuid.uuid4())
            sealed = team_seal.seal(
                key, sample, kind="dossier", item_id=cid, version=1, key_version=1
            )
            copy.write_row(
                (cid, f"team-{coaches.index(coach) // TEAM_SIZE:02d}", coach, 1, 1, sealed)
            )
    say(f"team: {others} sealed dossiers of {len(coaches)} other coaches in {len(teams)} teams")


def _give(laptop: _Laptop, count: int, seed: int) -> list[str]:
    dossiers = [
        dataclasses.replace(d, client=dataclasses.replace(d.client, team_sharing=TeamSharing.TEAM))
        for d in generate_dossiers(seed, count, date(2026, 11, 28))
    ]
    ExchangeService(laptop.vault).import_dossiers(dossiers, audit=False)
    return [d.client.id for d in dossiers]


def _change(laptop: _Laptop, client_ids: list[str], round_: int) -> None:
    edits = DossierEdits(laptop.vault)
    when = laptop.vault.clock.now() + timedelta(minutes=round_)
    for cid in client_ids:
        edits.save_contact(
            cid,
            Contact(
                id=str(uuid.uuid4()),
                at=when,
                kind=ContactKind.PHONE,
                summary=f"Telefonisch opgevolgd, ronde {round_}",
                note_scope=NoteScope.FILE,
            ),
        )


def measure_team(folder: Path, sizes: Sizes, say: Say) -> list[Metric]:
    folder.mkdir(parents=True, exist_ok=True)
    cluster = start_cluster()
    try:
        with cluster.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
        passwords = {r: _role(cluster, r) for r in ("lead", "an", "bo")}
        server_init(
            cluster.admin_url(DATABASE), "gemeten", "lead", ["an", "bo"], password=cluster.password
        )
        with contextlib.ExitStack() as stack:
            lead, an, bo = (
                stack.enter_context(_laptop(cluster, r, passwords[r], folder / r))
                for r in ("lead", "an", "bo")
            )
            for member in ("an", "bo"):
                lead.team.membership.admit(member, lead.password)
            half = sizes.team_dossiers // 2
            held_by_an = _give(an, half, seed=11)
            held_by_bo = _give(bo, sizes.team_dossiers - half, seed=12)
            an.team.sync.sync(an.password)
            bo.team.sync.sync(bo.password)
            sample = sealed_text(DossierService(an.vault).get(held_by_an[0]))
            _fill_other_teams(cluster, sizes, sample, say)
            an.team.sync.sync(an.password)  # An's laptop has the whole team: the day starts

            syncs: list[float] = []
            for round_ in range(sizes.team_sync_runs):
                count = sizes.team_changed // 2
                start = (round_ * count) % max(1, half - count)
                _change(an, held_by_an[start : start + count], round_)
                _change(bo, held_by_bo[start : start + count], round_)
                bo.team.sync.sync(bo.password)
                began = time.perf_counter()
                report = an.team.sync.sync(an.password)
                syncs.append((time.perf_counter() - began) * 1000)
                if len(report.pushed) != count or len(report.pulled) != count:
                    raise BenchmarkError(
                        f"team sync sent {len(report.pushed)} and fetched "
                        f"{len(report.pulled)}, expected {count} each"
                    )
            say(
                f"team sync of {sizes.team_changed} changed dossiers: "
                f"{', '.join(f'{s:.0f}' for s in syncs)} ms"
            )

            # A new laptop for An: admitted again after comparing fingerprints, then the
            # first pull brings the whole team.
            with _laptop(cluster, "an", passwords["an"], folder / "an-nieuw") as fresh:
                lead.team.membership.admit("an", lead.password)
                began = time.perf_counter()
                report = fresh.team.sync.sync(fresh.password)
                first_pull = (time.perf_counter() - began) * 1000
            if len(report.pulled) != sizes.team_dossiers:
                raise BenchmarkError(
                    f"first pull brought {len(report.pulled)} of {sizes.team_dossiers}"
                )
            say(f"team first pull of {sizes.team_dossiers} dossiers: {first_pull:.0f} ms")
    finally:
        cluster.stop()
    return [
        Metric("team_sync_ms", statistics.median(syncs), "ms", SYNC_TARGET_MS, "lower"),
        Metric("team_pull_first_ms", first_pull, "ms", FIRST_PULL_TARGET_MS, "lower"),
        Metric("team_server_dossiers", float(sizes.team_server_dossiers), "dossiers", None, None),
    ]
