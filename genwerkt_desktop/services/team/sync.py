"""``team sync``: push what this coach holds, pull what is newer, keep what clashes.

Order matters: the laptop's own view of who holds what is read before the server's news,
so changes made while a dossier was handed away are pushed (and refused into a conflict
copy) rather than silently frozen under the new holder's name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.exchange import from_document, to_document
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.team import CopyFacts, for_the_team, keep_personal_notes, may_push
from genwerkt_desktop.store import dossier_read, dossier_write, team_local, team_seal
from genwerkt_desktop.store.team_server import DossierMeta, PushItem, TeamServer

from .context import TeamContext
from .membership import take_keys
from .organisations import sync_organisations

DOSSIER = "dossier"
BATCH = 100  # dossiers fetched and written per round trip and transaction

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncReport:
    pushed: tuple[str, ...] = ()
    pulled: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()  # client ids whose push was refused: a conflict copy
    not_asked: tuple[str, ...] = ()  # held, changed, but the client's choice is unknown
    refused: tuple[str, ...] = ()  # server documents that did not open or were older
    waiting_for_admission: bool = False
    organisations_pushed: int = 0
    organisations_pulled: int = 0
    organisation_conflicts: tuple[str, ...] = field(default=())


def sealed_text(dossier: Dossier) -> bytes:
    """The document as it leaves the laptop: no personal notes, no export time."""
    return json.dumps(
        to_document(for_the_team(dossier)), ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


class TeamSync:
    def __init__(self, context: TeamContext) -> None:
        self._ctx = context

    def not_asked(self) -> list[str]:
        """The dossiers a sync would leave behind because the client's answer about the
        team is not recorded: held here (or never sent) and changed since."""
        link = self._ctx.link()
        with self._ctx.vault.db.read() as conn:
            facts = team_local.copy_facts(conn)
        return _not_asked(facts, link.role)

    def sync(self, password: str | None, progress: Progress | None = None) -> SyncReport:
        with self._ctx.server(password) as (link, server):
            if not take_keys(self._ctx, server, link.secret_key):
                return SyncReport(waiting_for_admission=True)
            with self._ctx.vault.db.read() as conn:
                keys = team_local.team_keys(conn)
                facts = team_local.copy_facts(conn)
            news = server.dossier_meta(link.meta_seq)
            with self._ctx.vault.db.read() as conn:
                seen = team_local.seen_versions(conn, [m.client_id for m in news])
            # A version older than one this laptop has seen is a rollback by someone with
            # power over the server: refused, and the newer copy here stays.
            rolled_back = [m.client_id for m in news if m.version < seen.get(m.client_id, 0)]
            everything = news
            news = [m for m in news if m.client_id not in rolled_back]
            pushed, conflicts, not_asked = self._push(server, link.role, keys, facts, progress)
            with self._ctx.vault.db.write() as conn:
                team_local.set_server_meta(conn, [(m.client_id, m.holder, m.version) for m in news])
            pulled, refused, kept = self._pull(server, link.role, keys, news, conflicts, progress)
            conflicts.extend(kept)
            orgs = sync_organisations(self._ctx, server, link, keys)
            with self._ctx.vault.db.write() as conn:
                team_local.set_sync_marks(
                    conn,
                    meta_seq=max([link.meta_seq, *(m.seq for m in everything)]),
                    last_sync_at=self._ctx.vault.clock.now(),
                )
                if rolled_back:
                    self._ctx.vault.record(
                        "team: oudere versie geweigerd", detail=str(len(rolled_back)), conn=conn
                    )
                self._ctx.vault.record(
                    "team: gesynchroniseerd",
                    detail=f"{len(pushed)} verstuurd, {len(pulled)} opgehaald",
                    conn=conn,
                )
        return SyncReport(
            pushed=tuple(pushed),
            pulled=tuple(pulled),
            conflicts=tuple(conflicts),
            not_asked=tuple(not_asked),
            refused=tuple(rolled_back + refused),
            organisations_pushed=orgs.pushed,
            organisations_pulled=orgs.pulled,
            organisation_conflicts=orgs.conflicts,
        )

    # --- push --------------------------------------------------------------------------

    def _push(
        self,
        server: TeamServer,
        me: str,
        keys: dict[int, bytes],
        facts: dict[str, CopyFacts],
        progress: Progress | None,
    ) -> tuple[list[str], list[str], list[str]]:
        not_asked = _not_asked(facts, me)
        wanted = [cid for cid, f in facts.items() if may_push(f, me)]
        if not wanted:
            return [], [], not_asked
        version = max(keys)
        key = keys[version]
        pushed: list[str] = []
        conflicts: list[str] = []
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            items: list[PushItem] = []
            revisions: dict[str, int] = {}
            documents: dict[str, bytes] = {}
            with self._ctx.vault.db.read() as conn:
                for cid in batch:
                    dossier = dossier_read.read_dossier(conn, cid)
                    if dossier is None:
                        continue
                    revisions[cid] = team_local.revision_of(conn, cid)
                    text = sealed_text(dossier)
                    documents[cid] = text
                    base = facts[cid].base_version
                    items.append(
                        PushItem(
                            client_id=cid,
                            base_version=base,
                            key_version=version,
                            sealed=team_seal.seal(
                                key,
                                text,
                                kind=DOSSIER,
                                item_id=cid,
                                version=base + 1,
                                key_version=version,
                            ),
                        )
                    )
            results = server.push(items)
            with self._ctx.vault.db.write() as conn:
                for result in results:
                    cid = result.client_id
                    if result.accepted:
                        team_local.claim_copy(
                            conn, cid, holder=me, version=result.version, revision=revisions[cid]
                        )
                        pushed.append(cid)
                    else:
                        team_local.add_conflict(
                            conn,
                            team_local.TeamConflict(
                                client_id=cid,
                                mine_document=documents[cid].decode("utf-8"),
                                server_version=result.version,
                                server_holder=result.holder or "",
                                created_at=self._ctx.vault.clock.now(),
                            ),
                        )
                        conflicts.append(cid)
                if conflicts:
                    self._ctx.vault.record(
                        "team: conflictkopie", detail=str(len(conflicts)), conn=conn
                    )
            if progress is not None:
                progress(min(start + BATCH, len(wanted)), len(wanted))
        return pushed, conflicts, not_asked

    # --- pull --------------------------------------------------------------------------

    def _pull(
        self,
        server: TeamServer,
        me: str,
        keys: dict[int, bytes],
        news: Sequence[DossierMeta],
        conflicts: Iterable[str],
        progress: Progress | None,
    ) -> tuple[list[str], list[str], list[str]]:
        clashed = set(conflicts)
        kept: list[str] = []
        with self._ctx.vault.db.read() as conn:
            facts = team_local.copy_facts(conn)
        wanted = [m for m in news if _wants(m, facts.get(m.client_id), me, m.client_id in clashed)]
        pulled: list[str] = []
        refused: list[str] = []
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            sealed = server.fetch_dossiers([m.client_id for m in batch])
            opened: list[tuple[DossierMeta, Dossier]] = []
            with self._ctx.vault.db.read() as conn:
                seen = team_local.seen_versions(conn, [m.client_id for m in batch])
            for item in sealed:
                meta = item.meta
                if meta.version < seen.get(meta.client_id, 0):
                    refused.append(meta.client_id)  # a rollback: older than one seen here
                    continue
                key = keys.get(meta.key_version)
                if key is None:
                    refused.append(meta.client_id)
                    continue
                try:
                    text = team_seal.open_sealed(
                        key,
                        item.sealed,
                        kind=DOSSIER,
                        item_id=meta.client_id,
                        version=meta.version,
                        key_version=meta.key_version,
                    )
                    # No schema pass here: the seal proves a team member's genwerkt wrote
                    # it, and validating costs twice the rest of the pull. A document
                    # that still does not decode is refused like a broken seal.
                    dossier = from_document(json.loads(text))
                except (StateError, ValueError, TypeError, KeyError):
                    refused.append(meta.client_id)
                    continue
                if dossier.client.id != meta.client_id:
                    refused.append(meta.client_id)
                    continue
                opened.append((meta, dossier))
            with self._ctx.vault.db.write() as conn, team_local.applying_pull(conn):
                for meta, dossier in opened:
                    local = dossier_read.read_dossier(conn, meta.client_id)
                    unsent = facts.get(meta.client_id)
                    if (
                        local is not None
                        and meta.client_id not in clashed
                        and unsent is not None
                        and unsent.revision != unsent.synced_revision
                    ):
                        # Changes made here before the laptop knew a colleague holds the
                        # dossier: kept beside theirs, never overwritten.
                        team_local.add_conflict(
                            conn,
                            team_local.TeamConflict(
                                client_id=meta.client_id,
                                mine_document=sealed_text(local).decode("utf-8"),
                                server_version=meta.version,
                                server_holder=meta.holder,
                                created_at=self._ctx.vault.clock.now(),
                            ),
                        )
                        kept.append(meta.client_id)
                    dossier_write.write_dossier(conn, keep_personal_notes(dossier, local))
                    team_local.upsert_copy(
                        conn,
                        team_local.TeamCopy(
                            client_id=meta.client_id,
                            holder=meta.holder,
                            base_version=meta.version,
                            seen_version=meta.version,
                            server_version=meta.version,
                            synced_revision=team_local.revision_of(conn, meta.client_id),
                        ),
                    )
                    pulled.append(meta.client_id)
                if refused:
                    self._ctx.vault.record(
                        "team: document geweigerd", detail=str(len(refused)), conn=conn
                    )
            server.record_pulls([(m.client_id, m.version) for m, _d in opened])
            if progress is not None:
                progress(min(start + BATCH, len(wanted)), len(wanted))
        return pulled, refused, kept


def _not_asked(facts: dict[str, CopyFacts], me: str) -> list[str]:
    return [
        cid
        for cid, f in facts.items()
        if f.sharing is None
        and (f.holder is None or (f.holder == me and f.revision != f.synced_revision))
    ]


def _wants(meta: DossierMeta, facts: CopyFacts | None, me: str, clashed: bool) -> bool:
    """Newer on the server, and not something this coach holds with unsent changes."""
    if facts is None:
        return True
    if meta.version <= facts.base_version:
        return False
    if clashed:
        return True  # the coach's version is safe in the conflict copy
    return not (meta.holder == me and facts.revision != facts.synced_revision)
