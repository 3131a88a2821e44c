"""The team's one sociale kaart: every member may change an organisation; an edit whose
base moved on the server is kept beside the other one, for the coach to choose."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.exchange import decode_record, encode
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.store import directory_rows, team_local, team_seal
from genwerkt_desktop.store.team_server import OrganisationPush, SealedOrganisation, TeamServer

from .context import TeamContext

if TYPE_CHECKING:
    from genwerkt_desktop.store.database import Connection

ORGANISATION = "organisation"


@dataclass(frozen=True)
class OrganisationSync:
    pushed: int = 0
    pulled: int = 0
    conflicts: tuple[str, ...] = ()


def organisation_text(org: Organisation) -> bytes:
    return json.dumps(encode(org), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def open_organisation(key: bytes, item: SealedOrganisation) -> Organisation:
    text = team_seal.open_sealed(
        key,
        item.sealed,
        kind=ORGANISATION,
        item_id=item.meta.org_id,
        version=item.meta.version,
        key_version=item.meta.key_version,
    )
    try:
        org = decode_record(Organisation, json.loads(text))
    except (ValueError, TypeError, KeyError) as exc:
        raise StateError("een organisatie van de teamserver is onleesbaar") from exc
    if org.id != item.meta.org_id:
        raise StateError("een organisatie van de teamserver hoort bij een ander id")
    return org


def synced(conn: Connection, org_id: str, *, version: int) -> None:
    """This laptop's organisation is ``version`` on the server, as it stands here now."""
    copy = team_local.org_copy_of(conn, org_id) or team_local.OrgCopy(org_id)
    team_local.upsert_org_copy(
        conn,
        team_local.OrgCopy(
            org_id=org_id,
            base_version=version,
            seen_version=max(copy.seen_version, version),
            server_version=version,
            synced_revision=team_local.org_revision_of(conn, org_id),
        ),
    )


def sync_organisations(
    context: TeamContext, server: TeamServer, link: team_local.TeamLink, keys: dict[int, bytes]
) -> OrganisationSync:
    vault = context.vault
    with vault.db.read() as conn:
        facts = team_local.org_facts(conn)
        pending = {c.org_id for c in team_local.org_conflicts(conn)}
    news = server.organisation_meta(link.org_seq)
    version = max(keys)
    key = keys[version]

    changed = [oid for oid, f in facts.items() if f.changed and oid not in pending]
    pushed = 0
    conflicts: list[str] = []
    if changed:
        with vault.db.read() as conn:
            orgs = {o.id: o for o in directory_rows.read_organisations(conn, changed)}
        items = [
            OrganisationPush(
                org_id=oid,
                base_version=facts[oid].base_version,
                key_version=version,
                sealed=team_seal.seal(
                    key,
                    organisation_text(orgs[oid]),
                    kind=ORGANISATION,
                    item_id=oid,
                    version=facts[oid].base_version + 1,
                    key_version=version,
                ),
            )
            for oid in changed
            if oid in orgs
        ]
        results = server.push_organisations(items)
        refused = [r.client_id for r in results if not r.accepted]
        theirs = {o.meta.org_id: o for o in server.fetch_organisations(refused)} if refused else {}
        with vault.db.write() as conn:
            for result in results:
                oid = result.client_id
                if result.accepted:
                    synced(conn, oid, version=result.version)
                    pushed += 1
                    continue
                other = theirs.get(oid)
                if other is None:
                    continue
                their_org = open_organisation(keys[other.meta.key_version], other)
                if their_org == orgs[oid]:
                    # The same entry came from two laptops: nothing to choose.
                    synced(conn, oid, version=other.meta.version)
                    continue
                team_local.add_org_conflict(
                    conn,
                    team_local.OrgConflict(
                        org_id=oid,
                        theirs_document=organisation_text(their_org).decode("utf-8"),
                        server_version=other.meta.version,
                        created_at=vault.clock.now(),
                    ),
                )
                conflicts.append(oid)

    with vault.db.read() as conn:
        facts = team_local.org_facts(conn)
    wanted = [
        m.org_id
        for m in news
        if m.org_id not in conflicts
        and m.org_id not in pending
        and (m.org_id not in facts or m.version > facts[m.org_id].base_version)
        and not (m.org_id in facts and facts[m.org_id].changed)
    ]
    pulled = 0
    if wanted:
        fetched = server.fetch_organisations(wanted)
        with vault.db.write() as conn:
            for item in fetched:
                key_for = keys.get(item.meta.key_version)
                if key_for is None:
                    continue
                try:
                    org = open_organisation(key_for, item)
                except StateError:
                    continue
                directory_rows.upsert_organisation(conn, org)
                synced(conn, org.id, version=item.meta.version)
                pulled += 1
    with vault.db.write() as conn:
        team_local.set_sync_marks(conn, org_seq=max([link.org_seq, *(m.seq for m in news)]))
    return OrganisationSync(pushed=pushed, pulled=pulled, conflicts=tuple(conflicts))
