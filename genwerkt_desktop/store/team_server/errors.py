"""What can go wrong between the laptop and the team's PostgreSQL, in the user's words.

Messages are Dutch, one line, and never carry a password or client content.
"""

from __future__ import annotations

from genwerkt_desktop.domain.errors import StateError


class TeamUnreachable(StateError):
    """The server cannot be reached (refused, timed out, unknown host, connection lost):
    nothing changed, the laptop keeps working (exit 6)."""

    exit_code = 6


class TeamLoginFailed(StateError):
    """The server answered but does not accept this role and password."""


class TeamRefused(StateError):
    """The server refused the change: its privileges, row-level security or triggers."""


class TeamTlsRefused(StateError):
    """The server could not prove itself with the organisation's TLS certificate, or the
    address asks for less than verify-full over the network: nothing was sent."""
