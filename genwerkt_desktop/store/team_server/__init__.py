"""The organisation's PostgreSQL, the team's shared store (docs/team-mode.md).

psycopg is imported here and nowhere else in the program (import-linter). The server
holds sealed documents and plain metadata only; PostgreSQL itself decides who may read
and write which rows.
"""

from genwerkt_desktop.store.team_server.errors import TeamLoginFailed, TeamRefused, TeamUnreachable
from genwerkt_desktop.store.team_server.records import (
    AuditEntry,
    DossierMeta,
    OrganisationMeta,
    OrganisationPush,
    PushItem,
    PushResult,
    SealedDossier,
    SealedOrganisation,
    ServerInitReport,
    ServerMember,
    WrappedKey,
)
from genwerkt_desktop.store.team_server.schema import server_init
from genwerkt_desktop.store.team_server.server import TeamServer

__all__ = [
    "AuditEntry",
    "DossierMeta",
    "OrganisationMeta",
    "OrganisationPush",
    "PushItem",
    "PushResult",
    "SealedDossier",
    "SealedOrganisation",
    "ServerInitReport",
    "ServerMember",
    "TeamLoginFailed",
    "TeamRefused",
    "TeamServer",
    "TeamUnreachable",
    "WrappedKey",
    "server_init",
]
