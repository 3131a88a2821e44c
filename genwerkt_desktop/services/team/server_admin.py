"""``team server-init``: for the organisation's database administrator."""

from __future__ import annotations

from collections.abc import Sequence

from genwerkt_desktop.store.team_server import ServerInitReport, server_init


def initialise_server(
    url: str, password: str | None, *, team: str, lead: str, coaches: Sequence[str]
) -> list[str]:
    """Tables, roles and policies, then the team and its members; the lines say what
    changed (running it again changes nothing, and says so)."""
    return describe(server_init(url, team, lead, coaches, password=password), team)


def describe(report: ServerInitReport, team: str) -> list[str]:
    lines = [f"schema bijgewerkt: {name}" for name in report.applied_migrations]
    if report.team_added:
        lines.append(f"team toegevoegd: {team}")
    lines += [f"teamverantwoordelijke: {role}" for role in report.leads_named]
    lines += [f"lid toegevoegd: {role}" for role in report.members_added]
    return lines or ["niets te doen: de server was al klaar"]
