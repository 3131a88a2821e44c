"""The laptop's team tables (migration 0006), inside the encrypted vault.  Callers own
the transaction.

- ``team_link``: the one link to the team's server, with this coach's key pair.
- ``team_keys``: the team keys, unwrapped, by version.
- ``team_copies`` / ``org_copies``: what this laptop knows of each team dossier and
  organisation on the server (holder, versions, the revision last synced).
- ``dossier_revisions`` / ``organisation_revisions``: raised by triggers on every
  change, never written here; a revision is monotonic and survives a deleted dossier.
- ``team_conflicts`` / ``org_conflicts``: the side of a refused push kept for merging.

A colleague's dossier is read-only here: guard triggers refuse every write to it unless
the pull itself writes (:func:`applying_pull`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from genwerkt_desktop.domain.enums import TeamSharing
from genwerkt_desktop.domain.errors import ReadOnlyDossier, StateError
from genwerkt_desktop.domain.team import CopyFacts

from .models import (
    ClientRow,
    DossierRevisionRow,
    OrganisationRevisionRow,
    OrganisationRow,
    OrgConflictRow,
    OrgCopyRow,
    TeamApplyingRow,
    TeamConflictRow,
    TeamCopyRow,
    TeamKeyRow,
    TeamLinkRow,
    table_of,
)

_link = table_of(TeamLinkRow)
_keys = table_of(TeamKeyRow)
_copies = table_of(TeamCopyRow)
_revisions = table_of(DossierRevisionRow)
_applying = table_of(TeamApplyingRow)
_conflicts = table_of(TeamConflictRow)
_org_revisions = table_of(OrganisationRevisionRow)
_org_copies = table_of(OrgCopyRow)
_org_conflicts = table_of(OrgConflictRow)


@dataclass(frozen=True)
class TeamLink:
    url: str
    role: str
    team: str
    is_lead: bool
    public_key: bytes
    # Never printed: a repr in a log or a traceback must not carry the private key.
    secret_key: bytes = field(repr=False)
    remember_password: bool = False
    meta_seq: int = 0  # the last dossier ``seq`` seen on the server
    org_seq: int = 0  # the last organisation ``seq`` seen
    last_sync_at: datetime | None = None
    admitted: bool = False


@dataclass(frozen=True)
class TeamCopy:
    client_id: str
    holder: str | None
    base_version: int = 0  # the server version this copy is based on
    seen_version: int = 0  # the highest version ever seen: older ones are refused
    server_version: int = 0  # the last known version on the server
    synced_revision: int = 0  # the local revision that version holds


@dataclass(frozen=True)
class TeamConflict:
    client_id: str
    mine_document: str  # this coach's dossier-v1 JSON that the server refused
    server_version: int
    server_holder: str | None
    created_at: datetime


@dataclass(frozen=True)
class OrgCopy:
    org_id: str
    base_version: int = 0
    seen_version: int = 0
    server_version: int = 0
    synced_revision: int = 0


@dataclass(frozen=True)
class OrgConflict:
    org_id: str
    theirs_document: str  # the server's organisation, shown beside this laptop's own
    server_version: int
    created_at: datetime


# -- the link ---------------------------------------------------------------------------


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def read_link(conn: Connection) -> TeamLink | None:
    row = conn.execute(select(_link).where(_link.c.id == 1)).first()
    if row is None:
        return None
    return TeamLink(
        url=row.url,
        role=row.role,
        team=row.team,
        is_lead=bool(row.is_lead),
        public_key=bytes(row.public_key),
        secret_key=bytes(row.secret_key),
        remember_password=bool(row.remember_password),
        meta_seq=row.meta_seq,
        org_seq=row.org_seq,
        last_sync_at=_moment(row.last_sync_at),
        admitted=bool(row.admitted),
    )


def write_link(conn: Connection, link: TeamLink) -> None:
    """Store the link (replacing the one there was)."""
    values: dict[str, Any] = {
        "id": 1,
        "url": link.url,
        "role": link.role,
        "team": link.team,
        "is_lead": link.is_lead,
        "public_key": link.public_key,
        "secret_key": link.secret_key,
        "remember_password": link.remember_password,
        "meta_seq": link.meta_seq,
        "org_seq": link.org_seq,
        "last_sync_at": None if link.last_sync_at is None else link.last_sync_at.isoformat(),
        "admitted": link.admitted,
    }
    stmt = sqlite_insert(_link).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))


def set_sync_marks(
    conn: Connection,
    *,
    meta_seq: int | None = None,
    org_seq: int | None = None,
    last_sync_at: datetime | None = None,
    admitted: bool | None = None,
) -> None:
    """Move the marks that are given; the others stay."""
    values: dict[str, Any] = {}
    if meta_seq is not None:
        values["meta_seq"] = meta_seq
    if org_seq is not None:
        values["org_seq"] = org_seq
    if last_sync_at is not None:
        values["last_sync_at"] = last_sync_at.isoformat()
    if admitted is not None:
        values["admitted"] = admitted
    if not values:
        return
    done = conn.execute(update(_link).where(_link.c.id == 1).values(**values))
    if done.rowcount == 0:
        raise StateError("deze kluis is niet met een team verbonden")


def forget_link(conn: Connection) -> None:
    """Unlink this vault from its team: the link, the keys and what was known of the
    server go.  Dossiers, their revisions and the conflict copies stay: those are the
    coach's own work, not yet merged."""
    for table in (_link, _keys, _copies, _org_copies, _org_conflicts):
        conn.execute(delete(table))


# -- team keys --------------------------------------------------------------------------


def team_keys(conn: Connection) -> dict[int, bytes]:
    return {r.key_version: bytes(r.key) for r in conn.execute(select(_keys))}


def add_team_key(conn: Connection, version: int, key: bytes) -> None:
    stmt = sqlite_insert(_keys).values(key_version=version, key=key)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key_version"], set_={"key": key}))


# -- team dossiers ----------------------------------------------------------------------


def _copy(row: Row[Any]) -> TeamCopy:
    return TeamCopy(
        client_id=row.client_id,
        holder=row.holder,
        base_version=row.base_version,
        seen_version=row.seen_version,
        server_version=row.server_version,
        synced_revision=row.synced_revision,
    )


def copies(conn: Connection) -> dict[str, TeamCopy]:
    return {r.client_id: _copy(r) for r in conn.execute(select(_copies))}


def copy_of(conn: Connection, client_id: str) -> TeamCopy | None:
    row = conn.execute(select(_copies).where(_copies.c.client_id == client_id)).first()
    return None if row is None else _copy(row)


def upsert_copy(conn: Connection, copy: TeamCopy) -> None:
    values: dict[str, Any] = {
        "client_id": copy.client_id,
        "holder": copy.holder,
        "base_version": copy.base_version,
        "seen_version": copy.seen_version,
        "server_version": copy.server_version,
        "synced_revision": copy.synced_revision,
    }
    stmt = sqlite_insert(_copies).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["client_id"], set_=values))


def set_server_meta(conn: Connection, rows: Iterable[tuple[str, str, int]]) -> None:
    """What the server's list says of each dossier: ``(client_id, holder, server_version)``.
    A dossier not known here yet gets a copy row at version 0 (nothing pulled)."""
    values = [
        {
            "client_id": cid,
            "holder": holder,
            "base_version": 0,
            "seen_version": 0,
            "server_version": version,
            "synced_revision": 0,
        }
        for cid, holder, version in rows
    ]
    if not values:
        return
    stmt = sqlite_insert(_copies)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["client_id"],
            set_={"holder": stmt.excluded.holder, "server_version": stmt.excluded.server_version},
        ),
        values,
    )


def mark_synced(conn: Connection, client_id: str, *, version: int, revision: int) -> None:
    """After a push or a pull: this copy is ``version`` on the server, and the local
    dossier at ``revision`` is what that version holds."""
    done = conn.execute(
        update(_copies)
        .where(_copies.c.client_id == client_id)
        .values(
            base_version=version,
            server_version=version,
            seen_version=func.max(_copies.c.seen_version, version),
            synced_revision=revision,
        )
    )
    if done.rowcount == 0:
        raise StateError(f"geen teamkopie van dossier {client_id}")


# -- revisions (raised by the triggers of migration 0006) --------------------------------


def revisions(conn: Connection) -> dict[str, int]:
    return {r.client_id: r.revision for r in conn.execute(select(_revisions))}


def revision_of(conn: Connection, client_id: str) -> int:
    """0 for a dossier that never changed since migration 0006."""
    value = conn.execute(
        select(_revisions.c.revision).where(_revisions.c.client_id == client_id)
    ).scalar()
    return 0 if value is None else int(value)


# -- read-only copies -------------------------------------------------------------------


def read_only_holder(conn: Connection, client_id: str) -> str | None:
    """The colleague who holds this dossier when it is read-only here, else None."""
    return conn.execute(
        select(_copies.c.holder)
        .join(_link, _link.c.role != _copies.c.holder)
        .where(_copies.c.client_id == client_id, _copies.c.holder.is_not(None))
    ).scalar()


def require_writable(conn: Connection, client_id: str) -> None:
    """Refuse, naming the holder, before any work on a colleague's dossier."""
    holder = read_only_holder(conn, client_id)
    if holder is not None:
        raise ReadOnlyDossier(holder)


@contextmanager
def applying_pull(conn: Connection) -> Iterator[None]:
    """Inside the pull's transaction: the guard triggers let the pull replace read-only
    copies.  The flag is down again before the transaction can commit."""
    conn.execute(update(_applying).where(_applying.c.id == 1).values(active=True))
    try:
        yield
    finally:
        conn.execute(update(_applying).where(_applying.c.id == 1).values(active=False))


# -- conflict copies --------------------------------------------------------------------


def _conflict(row: Row[Any]) -> TeamConflict:
    return TeamConflict(
        client_id=row.client_id,
        mine_document=row.mine_document,
        server_version=row.server_version,
        server_holder=row.server_holder,
        created_at=datetime.fromisoformat(row.created_at),
    )


def add_conflict(conn: Connection, conflict: TeamConflict) -> None:
    """Keep (or replace with a newer one) this coach's refused version of a dossier."""
    values: dict[str, Any] = {
        "client_id": conflict.client_id,
        "mine_document": conflict.mine_document,
        "server_version": conflict.server_version,
        "server_holder": conflict.server_holder,
        "created_at": conflict.created_at.isoformat(),
    }
    stmt = sqlite_insert(_conflicts).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["client_id"], set_=values))


def conflicts(conn: Connection) -> list[TeamConflict]:
    """Oldest first."""
    rows = conn.execute(
        select(_conflicts).order_by(_conflicts.c.created_at, _conflicts.c.client_id)
    )
    return [_conflict(r) for r in rows]


def conflict_of(conn: Connection, client_id: str) -> TeamConflict | None:
    row = conn.execute(select(_conflicts).where(_conflicts.c.client_id == client_id)).first()
    return None if row is None else _conflict(row)


def resolve_conflict(conn: Connection, client_id: str) -> None:
    conn.execute(delete(_conflicts).where(_conflicts.c.client_id == client_id))


# -- the team's sociale kaart -----------------------------------------------------------


def _org_copy(row: Row[Any]) -> OrgCopy:
    return OrgCopy(
        org_id=row.org_id,
        base_version=row.base_version,
        seen_version=row.seen_version,
        server_version=row.server_version,
        synced_revision=row.synced_revision,
    )


def org_revisions(conn: Connection) -> dict[str, int]:
    return {r.org_id: r.revision for r in conn.execute(select(_org_revisions))}


def org_revision_of(conn: Connection, org_id: str) -> int:
    value = conn.execute(
        select(_org_revisions.c.revision).where(_org_revisions.c.org_id == org_id)
    ).scalar()
    return 0 if value is None else int(value)


def org_copies(conn: Connection) -> dict[str, OrgCopy]:
    return {r.org_id: _org_copy(r) for r in conn.execute(select(_org_copies))}


def org_copy_of(conn: Connection, org_id: str) -> OrgCopy | None:
    row = conn.execute(select(_org_copies).where(_org_copies.c.org_id == org_id)).first()
    return None if row is None else _org_copy(row)


def upsert_org_copy(conn: Connection, copy: OrgCopy) -> None:
    values: dict[str, Any] = {
        "org_id": copy.org_id,
        "base_version": copy.base_version,
        "seen_version": copy.seen_version,
        "server_version": copy.server_version,
        "synced_revision": copy.synced_revision,
    }
    stmt = sqlite_insert(_org_copies).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["org_id"], set_=values))


def set_org_server_versions(conn: Connection, rows: Iterable[tuple[str, int]]) -> None:
    """What the server's list says of each organisation: ``(org_id, server_version)``."""
    values = [
        {
            "org_id": org_id,
            "base_version": 0,
            "seen_version": 0,
            "server_version": version,
            "synced_revision": 0,
        }
        for org_id, version in rows
    ]
    if not values:
        return
    stmt = sqlite_insert(_org_copies)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["org_id"], set_={"server_version": stmt.excluded.server_version}
        ),
        values,
    )


def mark_org_synced(conn: Connection, org_id: str, *, version: int, revision: int) -> None:
    done = conn.execute(
        update(_org_copies)
        .where(_org_copies.c.org_id == org_id)
        .values(
            base_version=version,
            server_version=version,
            seen_version=func.max(_org_copies.c.seen_version, version),
            synced_revision=revision,
        )
    )
    if done.rowcount == 0:
        raise StateError(f"geen teamkopie van organisatie {org_id}")


def _org_conflict(row: Row[Any]) -> OrgConflict:
    return OrgConflict(
        org_id=row.org_id,
        theirs_document=row.theirs_document,
        server_version=row.server_version,
        created_at=datetime.fromisoformat(row.created_at),
    )


def add_org_conflict(conn: Connection, conflict: OrgConflict) -> None:
    values: dict[str, Any] = {
        "org_id": conflict.org_id,
        "theirs_document": conflict.theirs_document,
        "server_version": conflict.server_version,
        "created_at": conflict.created_at.isoformat(),
    }
    stmt = sqlite_insert(_org_conflicts).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["org_id"], set_=values))


def org_conflicts(conn: Connection) -> list[OrgConflict]:
    rows = conn.execute(
        select(_org_conflicts).order_by(_org_conflicts.c.created_at, _org_conflicts.c.org_id)
    )
    return [_org_conflict(r) for r in rows]


def org_conflict_of(conn: Connection, org_id: str) -> OrgConflict | None:
    row = conn.execute(select(_org_conflicts).where(_org_conflicts.c.org_id == org_id)).first()
    return None if row is None else _org_conflict(row)


def resolve_org_conflict(conn: Connection, org_id: str) -> None:
    conn.execute(delete(_org_conflicts).where(_org_conflicts.c.org_id == org_id))


# -- what sync and the badges need in one read ----------------------------------------


def copy_facts(conn: Connection) -> dict[str, CopyFacts]:
    """Per dossier, local or only known from the server's list, what the laptop knows:
    one query, so the client list's badges cost no more than a join."""
    clients = table_of(ClientRow)
    revisions_by_id = revisions(conn)
    conflicted = {r.client_id for r in conn.execute(select(_conflicts.c.client_id))}
    known = copies(conn)
    out: dict[str, CopyFacts] = {}
    for cid, sharing in conn.execute(select(clients.c.id, clients.c.team_sharing)):
        copy = known.pop(cid, None)
        out[cid] = CopyFacts(
            holder=copy.holder if copy else None,
            base_version=copy.base_version if copy else 0,
            server_version=copy.server_version if copy else 0,
            revision=revisions_by_id.get(cid, 0),
            synced_revision=copy.synced_revision if copy else 0,
            sharing=TeamSharing(sharing) if sharing else None,
            conflict=cid in conflicted,
        )
    for cid, copy in known.items():  # on the server, not pulled yet
        out[cid] = CopyFacts(
            holder=copy.holder,
            base_version=copy.base_version,
            server_version=copy.server_version,
            revision=0,
            synced_revision=copy.synced_revision,
            sharing=TeamSharing.TEAM,
            conflict=cid in conflicted,
        )
    return out


def seen_versions(conn: Connection, client_ids: Iterable[str]) -> dict[str, int]:
    ids = list(client_ids)
    rows = conn.execute(
        select(_copies.c.client_id, _copies.c.seen_version).where(_copies.c.client_id.in_(ids))
    )
    return {cid: int(seen) for cid, seen in rows}


@dataclass(frozen=True)
class OrgFacts:
    base_version: int
    changed: bool  # never sent, or changed here since the last push or pull


def org_facts(conn: Connection) -> dict[str, OrgFacts]:
    """Every organisation of this laptop's sociale kaart; one never sent counts as changed
    (the directory made before team mode is shared at the first sync)."""
    orgs = table_of(OrganisationRow)
    known = org_copies(conn)
    revised = org_revisions(conn)
    out: dict[str, OrgFacts] = {}
    for (oid,) in conn.execute(select(orgs.c.id)):
        copy = known.get(oid)
        if copy is None or copy.base_version == 0:
            out[oid] = OrgFacts(base_version=copy.base_version if copy else 0, changed=True)
        else:
            out[oid] = OrgFacts(
                base_version=copy.base_version,
                changed=revised.get(oid, 0) != copy.synced_revision,
            )
    return out


def claim_copy(
    conn: Connection, client_id: str, *, holder: str, version: int, revision: int
) -> None:
    """After a push was accepted: this coach holds ``version``, which is ``revision``
    here (the first push of a dossier has no copy row yet)."""
    upsert_copy(
        conn,
        TeamCopy(
            client_id=client_id,
            holder=holder,
            base_version=version,
            seen_version=max(
                version, (copy_of(conn, client_id) or TeamCopy(client_id, None)).seen_version
            ),
            server_version=version,
            synced_revision=revision,
        ),
    )


def rebase_org(conn: Connection, org_id: str, *, base_version: int) -> None:
    """The coach keeps their own version over the server's ``base_version``: the next sync
    sends it on top of that one."""
    copy = org_copy_of(conn, org_id) or OrgCopy(org_id)
    upsert_org_copy(
        conn,
        OrgCopy(
            org_id=org_id,
            base_version=base_version,
            seen_version=max(copy.seen_version, base_version),
            server_version=max(copy.server_version, base_version),
            synced_revision=-1,  # differs from every revision: it waits to be sent
        ),
    )
