"""What the team server answers: frozen values, never psycopg rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ServerInitReport:
    applied_migrations: tuple[str, ...]
    team_added: bool
    members_added: tuple[str, ...]
    leads_named: tuple[str, ...]


@dataclass(frozen=True)
class ServerMember:
    role: str
    team: str
    is_lead: bool
    public_key: bytes | None
    left: bool


@dataclass(frozen=True)
class WrappedKey:
    key_version: int
    wrapped: bytes
    wrapped_by: str


@dataclass(frozen=True)
class DossierMeta:
    client_id: str
    holder: str
    version: int
    key_version: int
    changed_at: datetime
    seq: int


@dataclass(frozen=True)
class SealedDossier:
    meta: DossierMeta
    sealed: bytes


@dataclass(frozen=True)
class PushItem:
    """One sealed dossier to send; base_version 0 means it is not on the server yet."""

    client_id: str
    base_version: int
    key_version: int
    sealed: bytes


@dataclass(frozen=True)
class PushResult:
    """accepted: the new version; refused: the server's version and holder (0 and None
    when the server has no row this coach may see)."""

    client_id: str
    accepted: bool
    version: int
    holder: str | None


@dataclass(frozen=True)
class OrganisationMeta:
    org_id: str
    version: int
    key_version: int
    changed_at: datetime
    changed_by: str
    seq: int


@dataclass(frozen=True)
class SealedOrganisation:
    meta: OrganisationMeta
    sealed: bytes


@dataclass(frozen=True)
class OrganisationPush:
    org_id: str
    base_version: int
    key_version: int
    sealed: bytes


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    team: str | None
    client_id: str | None
    subject: str | None
