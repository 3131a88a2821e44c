"""What went wrong with the team server, in one word the desktop can act on.

The views may not import the store (import-linter), so they ask here whether a failure
means "the server is not there" (keep working, say it quietly), "wrong password", "this
role is in no team" or "the server could not prove itself with TLS".
"""

from __future__ import annotations

from enum import StrEnum

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.team_server.errors import (
    TeamLoginFailed,
    TeamTlsRefused,
    TeamUnreachable,
)


class NotInTeam(StateError):
    """The server accepts the login, but the role belongs to no team there."""


class TeamFailure(StrEnum):
    UNREACHABLE = "unreachable"
    LOGIN = "login"
    NOT_IN_TEAM = "not_in_team"
    TLS = "tls"
    OTHER = "other"


def team_failure(exc: BaseException) -> TeamFailure:
    if isinstance(exc, TeamUnreachable):
        return TeamFailure.UNREACHABLE
    if isinstance(exc, TeamLoginFailed):
        return TeamFailure.LOGIN
    if isinstance(exc, NotInTeam):
        return TeamFailure.NOT_IN_TEAM
    if isinstance(exc, TeamTlsRefused):
        return TeamFailure.TLS
    return TeamFailure.OTHER
