"""One coach's connection to the team server. Each method is one transaction; what it
answers are frozen values (records.py). The server enforces who may do what; this class
only asks."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Self, cast

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.team_server.connection import open_connection, server_transaction
from genwerkt_desktop.store.team_server.errors import TeamRefused
from genwerkt_desktop.store.team_server.records import (
    AuditEntry,
    DossierMeta,
    OrganisationMeta,
    OrganisationPush,
    PushItem,
    PushResult,
    SealedDossier,
    SealedOrganisation,
    ServerMember,
    WrappedKey,
)

if TYPE_CHECKING:
    from genwerkt_desktop.store.team_server.connection import Connection, Cursor

_DOSSIER_META = "client_id::text, holder, version, key_version, changed_at, seq"
_ORGANISATION_META = "org_id::text, version, key_version, changed_at, changed_by, seq"


def _uuids(ids: Iterable[str]) -> list[uuid.UUID]:
    try:
        return [uuid.UUID(str(i)) for i in ids]
    except ValueError as error:
        raise StateError("een dossier- of organisatie-id is geen geldige UUID") from error


def _distinct(ids: Sequence[str]) -> None:
    if len({str(uuid.UUID(i)) for i in ids}) != len(ids):
        raise StateError("hetzelfde id staat twee keer in één verzending")


def _dossier_meta(row: Sequence[object]) -> DossierMeta:
    return DossierMeta(
        client_id=str(row[0]),
        holder=str(row[1]),
        version=int(cast(int, row[2])),
        key_version=int(cast(int, row[3])),
        changed_at=cast(datetime, row[4]),
        seq=int(cast(int, row[5])),
    )


def _organisation_meta(row: Sequence[object]) -> OrganisationMeta:
    return OrganisationMeta(
        org_id=str(row[0]),
        version=int(cast(int, row[1])),
        key_version=int(cast(int, row[2])),
        changed_at=cast(datetime, row[3]),
        changed_by=str(row[4]),
        seq=int(cast(int, row[5])),
    )


class TeamServer:
    """A context manager around one psycopg connection (autocommit off)."""

    def __init__(self, conn: Connection, role: str) -> None:
        self._conn = conn
        self._role = role

    @classmethod
    def connect(cls, url: str, password: str | None, *, connect_timeout: int = 5) -> TeamServer:
        conn = open_connection(url, password, connect_timeout=connect_timeout)
        try:
            with server_transaction(conn, "deze rol") as cur:
                cur.execute("SELECT current_user")
                row = cur.fetchone()
        except BaseException:
            conn.close()
            raise
        return cls(conn, str(row[0]) if row else "")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    @property
    def role(self) -> str:
        return self._role

    def _tx(self) -> AbstractContextManager[Cursor]:
        return server_transaction(self._conn, self._role)

    # --- members and keys -------------------------------------------------------------

    def me(self) -> ServerMember | None:
        with self._tx() as cur:
            cur.execute(
                "SELECT role, team, is_lead, public_key, left_at IS NOT NULL"
                " FROM genwerkt.members WHERE role = session_user"
            )
            row = cur.fetchone()
        return _member(row) if row else None

    def register_public_key(self, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise StateError("een publieke sleutel is 32 bytes lang")
        with self._tx() as cur:
            cur.execute(
                "UPDATE genwerkt.members SET public_key = %s WHERE role = session_user",
                (public_key,),
            )
            if cur.rowcount != 1:
                raise TeamRefused(
                    f"{self._role} is geen actief lid van een team op deze server; "
                    "vraag de beheerder om u toe te voegen"
                )

    def members(self) -> list[ServerMember]:
        with self._tx() as cur:
            cur.execute(
                "SELECT role, team, is_lead, public_key, left_at IS NOT NULL"
                " FROM genwerkt.members WHERE team = genwerkt.my_team() ORDER BY role"
            )
            return [_member(row) for row in cur.fetchall()]

    def admitted(self) -> dict[str, tuple[int, ...]]:
        with self._tx() as cur:
            cur.execute(
                "SELECT member, array_agg(key_version ORDER BY key_version)"
                " FROM genwerkt.team_keys GROUP BY member ORDER BY member"
            )
            return {
                str(row[0]): tuple(int(v) for v in cast(list[int], row[1]))
                for row in cur.fetchall()
            }

    def wrapped_keys(self) -> list[WrappedKey]:
        with self._tx() as cur:
            cur.execute(
                "SELECT key_version, wrapped, wrapped_by FROM genwerkt.team_keys"
                " WHERE member = session_user ORDER BY key_version"
            )
            return [
                WrappedKey(int(cast(int, r[0])), bytes(cast(bytes, r[1])), str(r[2]))
                for r in cur.fetchall()
            ]

    def current_key_version(self) -> int | None:
        with self._tx() as cur:
            cur.execute("SELECT genwerkt.current_key_version()")
            row = cur.fetchone()
        return None if row is None or row[0] is None else int(cast(int, row[0]))

    def add_wrapped_keys(self, key_version: int, wrapped: Mapping[str, bytes]) -> None:
        """A lead hands the team key of `key_version` to members, each wrapped for them."""
        if not wrapped:
            return
        with self._tx() as cur:
            cur.executemany(
                "INSERT INTO genwerkt.team_keys (team, key_version, member, wrapped)"
                " VALUES (genwerkt.my_team(), %s, %s, %s)",
                [(key_version, member, blob) for member, blob in wrapped.items()],
            )

    def mark_left(self, role: str) -> None:
        with self._tx() as cur:
            cur.execute(
                "UPDATE genwerkt.members SET left_at = now() WHERE role = %s AND left_at IS NULL",
                (role,),
            )
            if cur.rowcount != 1:
                raise StateError(f"{role} is geen actief lid van uw team")

    # --- dossiers -----------------------------------------------------------------------

    def dossier_meta(self, after_seq: int = 0) -> list[DossierMeta]:
        with self._tx() as cur:
            cur.execute(
                f"SELECT {_DOSSIER_META} FROM genwerkt.dossiers WHERE seq > %s ORDER BY seq",
                (after_seq,),
            )
            return [_dossier_meta(row) for row in cur.fetchall()]

    def fetch_dossiers(self, client_ids: Sequence[str]) -> list[SealedDossier]:
        if not client_ids:
            return []
        with self._tx() as cur:
            cur.execute(
                f"SELECT {_DOSSIER_META}, sealed FROM genwerkt.dossiers"
                " WHERE client_id = ANY(%s) ORDER BY seq",
                (_uuids(client_ids),),
            )
            return [
                SealedDossier(_dossier_meta(row), bytes(cast(bytes, row[6])))
                for row in cur.fetchall()
            ]

    def push(self, items: Sequence[PushItem]) -> list[PushResult]:
        """Send sealed dossiers in one transaction. An item whose base version moved, or
        that this coach does not hold, is refused and the others still go through."""
        if not items:
            return []
        ids = [i.client_id for i in items]
        _uuids(ids)
        _distinct(ids)
        if any(i.base_version < 0 for i in items):
            raise StateError("een basisversie is nooit negatief")
        new = [i for i in items if i.base_version == 0]
        known = [i for i in items if i.base_version > 0]
        done: dict[str, tuple[int, str]] = {}
        with self._tx() as cur:
            if new:
                cur.execute(
                    "INSERT INTO genwerkt.dossiers"
                    " (client_id, team, holder, version, key_version, sealed)"
                    " SELECT i.client_id, genwerkt.my_team(), session_user, 1,"
                    " i.key_version, i.sealed"
                    " FROM unnest(%s::uuid[], %s::integer[], %s::bytea[])"
                    " AS i(client_id, key_version, sealed)"
                    " ON CONFLICT (client_id) DO NOTHING"
                    " RETURNING client_id::text, version, holder",
                    (
                        _uuids(i.client_id for i in new),
                        [i.key_version for i in new],
                        [i.sealed for i in new],
                    ),
                )
                done.update(_accepted(cur))
            if known:
                cur.execute(
                    "UPDATE genwerkt.dossiers AS d"
                    " SET sealed = i.sealed, version = d.version + 1, key_version = i.key_version"
                    " FROM unnest(%s::uuid[], %s::bigint[], %s::integer[], %s::bytea[])"
                    " AS i(client_id, base, key_version, sealed)"
                    " WHERE d.client_id = i.client_id AND d.version = i.base"
                    " AND d.holder = session_user"
                    " RETURNING d.client_id::text, d.version, d.holder",
                    (
                        _uuids(i.client_id for i in known),
                        [i.base_version for i in known],
                        [i.key_version for i in known],
                        [i.sealed for i in known],
                    ),
                )
                done.update(_accepted(cur))
            refused = [i.client_id for i in items if str(uuid.UUID(i.client_id)) not in done]
            current: dict[str, tuple[int, str]] = {}
            if refused:
                cur.execute(
                    "SELECT client_id::text, version, holder FROM genwerkt.dossiers"
                    " WHERE client_id = ANY(%s)",
                    (_uuids(refused),),
                )
                current = _accepted(cur)
        results: list[PushResult] = []
        for item in items:
            key = str(uuid.UUID(item.client_id))
            if key in done:
                version, holder = done[key]
                results.append(PushResult(item.client_id, True, version, holder))
            else:
                version, holder = current.get(key, (0, ""))
                results.append(PushResult(item.client_id, False, version, holder or None))
        return results

    def handover(self, client_id: str, to_role: str) -> DossierMeta:
        """The holder, or a lead, names the new holder."""
        (cid,) = _uuids([client_id])
        with self._tx() as cur:
            cur.execute(
                "SELECT 1 FROM genwerkt.members"
                " WHERE role = %s AND team = genwerkt.my_team() AND left_at IS NULL",
                (to_role,),
            )
            if cur.fetchone() is None:
                raise StateError(f"{to_role} is geen actief lid van uw team")
            cur.execute(
                f"UPDATE genwerkt.dossiers SET holder = %s WHERE client_id = %s"
                f" RETURNING {_DOSSIER_META}",
                (to_role, cid),
            )
            row = cur.fetchone()
            if row is not None:
                return _dossier_meta(row)
            cur.execute("SELECT holder FROM genwerkt.dossiers WHERE client_id = %s", (cid,))
            holder = cur.fetchone()
        if holder is None:
            raise StateError("dat dossier staat niet op de teamserver van uw team")
        raise TeamRefused(
            f"{holder[0]} heeft dit dossier in handen; alleen die houder of een "
            "teamverantwoordelijke kan het overdragen"
        )

    def record_pulls(self, pulled: Sequence[tuple[str, int]]) -> None:
        """Which versions this coach opened, for the audit."""
        if not pulled:
            return
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO genwerkt.pulls (client_id, version)"
                " SELECT * FROM unnest(%s::uuid[], %s::bigint[])",
                (_uuids(c for c, _ in pulled), [v for _, v in pulled]),
            )

    # --- the team's sociale kaart ----------------------------------------------------

    def organisation_meta(self, after_seq: int = 0) -> list[OrganisationMeta]:
        with self._tx() as cur:
            cur.execute(
                f"SELECT {_ORGANISATION_META} FROM genwerkt.organisations"
                " WHERE seq > %s ORDER BY seq",
                (after_seq,),
            )
            return [_organisation_meta(row) for row in cur.fetchall()]

    def fetch_organisations(self, org_ids: Sequence[str]) -> list[SealedOrganisation]:
        if not org_ids:
            return []
        with self._tx() as cur:
            cur.execute(
                f"SELECT {_ORGANISATION_META}, sealed FROM genwerkt.organisations"
                " WHERE org_id = ANY(%s) ORDER BY seq",
                (_uuids(org_ids),),
            )
            return [
                SealedOrganisation(_organisation_meta(row), bytes(cast(bytes, row[6])))
                for row in cur.fetchall()
            ]

    def push_organisations(self, items: Sequence[OrganisationPush]) -> list[PushResult]:
        """Any member may write; the same optimistic version rule as dossiers. The
        results carry the org id in `client_id` and no holder."""
        if not items:
            return []
        ids = [i.org_id for i in items]
        _uuids(ids)
        _distinct(ids)
        if any(i.base_version < 0 for i in items):
            raise StateError("een basisversie is nooit negatief")
        new = [i for i in items if i.base_version == 0]
        known = [i for i in items if i.base_version > 0]
        done: dict[str, int] = {}
        with self._tx() as cur:
            if new:
                cur.execute(
                    "INSERT INTO genwerkt.organisations"
                    " (org_id, team, version, key_version, sealed)"
                    " SELECT i.org_id, genwerkt.my_team(), 1, i.key_version, i.sealed"
                    " FROM unnest(%s::uuid[], %s::integer[], %s::bytea[])"
                    " AS i(org_id, key_version, sealed)"
                    " ON CONFLICT (org_id) DO NOTHING RETURNING org_id::text, version",
                    (
                        _uuids(i.org_id for i in new),
                        [i.key_version for i in new],
                        [i.sealed for i in new],
                    ),
                )
                done.update((str(r[0]), int(cast(int, r[1]))) for r in cur.fetchall())
            if known:
                cur.execute(
                    "UPDATE genwerkt.organisations AS o"
                    " SET sealed = i.sealed, version = o.version + 1, key_version = i.key_version"
                    " FROM unnest(%s::uuid[], %s::bigint[], %s::integer[], %s::bytea[])"
                    " AS i(org_id, base, key_version, sealed)"
                    " WHERE o.org_id = i.org_id AND o.version = i.base"
                    " RETURNING o.org_id::text, o.version",
                    (
                        _uuids(i.org_id for i in known),
                        [i.base_version for i in known],
                        [i.key_version for i in known],
                        [i.sealed for i in known],
                    ),
                )
                done.update((str(r[0]), int(cast(int, r[1]))) for r in cur.fetchall())
            refused = [i.org_id for i in items if str(uuid.UUID(i.org_id)) not in done]
            current: dict[str, int] = {}
            if refused:
                cur.execute(
                    "SELECT org_id::text, version FROM genwerkt.organisations"
                    " WHERE org_id = ANY(%s)",
                    (_uuids(refused),),
                )
                current = {str(r[0]): int(cast(int, r[1])) for r in cur.fetchall()}
        results: list[PushResult] = []
        for item in items:
            key = str(uuid.UUID(item.org_id))
            if key in done:
                results.append(PushResult(item.org_id, True, done[key], None))
            else:
                results.append(PushResult(item.org_id, False, current.get(key, 0), None))
        return results

    # --- the audit --------------------------------------------------------------------

    def audit(self, limit: int = 200) -> list[AuditEntry]:
        """The newest entries of this lead's team, newest first."""
        with self._tx() as cur:
            cur.execute(
                "SELECT id, at, actor, action, team, client_id::text, subject"
                " FROM genwerkt.audit ORDER BY id DESC LIMIT %s",
                (max(0, limit),),
            )
            return [
                AuditEntry(
                    id=int(cast(int, r[0])),
                    at=cast(datetime, r[1]),
                    actor=str(r[2]),
                    action=str(r[3]),
                    team=None if r[4] is None else str(r[4]),
                    client_id=None if r[5] is None else str(r[5]),
                    subject=None if r[6] is None else str(r[6]),
                )
                for r in cur.fetchall()
            ]


def _member(row: Sequence[object]) -> ServerMember:
    key = row[3]
    return ServerMember(
        role=str(row[0]),
        team=str(row[1]),
        is_lead=bool(row[2]),
        public_key=None if key is None else bytes(cast(bytes, key)),
        left=bool(row[4]),
    )


def _accepted(cur: Cursor) -> dict[str, tuple[int, str]]:
    return {str(r[0]): (int(cast(int, r[1])), str(r[2])) for r in cur.fetchall()}
