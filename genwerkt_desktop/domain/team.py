"""Team mode's rules on the laptop: what state a dossier's copy is in, and what a copy
may contain when it leaves the laptop.

The server decides who may write (PostgreSQL's row-level security); these rules only
tell the coach where each dossier stands and keep personal notes at home.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from .enums import TeamSharing
from .model import Dossier


class TeamState(StrEnum):
    """One word per dossier, as ``genwerkt team status`` prints it (CLI.md)."""

    SYNCED = "synced"  # the server has exactly this
    AHEAD = "ahead"  # changes on this laptop wait to be sent
    BEHIND = "behind"  # the server has a newer version
    READ_ONLY = "read_only"  # held by a colleague; this laptop has their latest
    CONFLICT = "conflict"  # a refused push waits for the coach to merge by hand
    LOCAL_ONLY = "local_only"  # never sent: the client chose so, or was not asked yet


@dataclass(frozen=True)
class CopyFacts:
    """What the laptop knows of one dossier, without asking the server."""

    holder: str | None  # None: the dossier was never on the server
    base_version: int  # the server version this copy is based on (0: none)
    server_version: int  # the newest version the laptop has heard of
    revision: int  # raised by every local change
    synced_revision: int  # the revision at the last push or pull
    sharing: TeamSharing | None
    conflict: bool = False


def team_state(facts: CopyFacts, me: str) -> TeamState:
    if facts.conflict:
        return TeamState.CONFLICT
    if facts.holder is None:
        return TeamState.AHEAD if facts.sharing is TeamSharing.TEAM else TeamState.LOCAL_ONLY
    if facts.holder != me:
        if facts.server_version > facts.base_version:
            return TeamState.BEHIND
        return TeamState.READ_ONLY
    if facts.sharing is TeamSharing.THIS_DEVICE_ONLY:
        return TeamState.LOCAL_ONLY
    if facts.revision != facts.synced_revision:
        return TeamState.AHEAD
    if facts.server_version > facts.base_version:
        return TeamState.BEHIND
    return TeamState.SYNCED


def may_push(facts: CopyFacts, me: str) -> bool:
    """Only the holder's own changes leave, and only when the client agreed."""
    return team_state(facts, me) is TeamState.AHEAD


def for_the_team(dossier: Dossier) -> Dossier:
    """The dossier as it may leave this laptop: personal notes stay behind."""
    kept = tuple(c for c in dossier.contacts if not c.is_personal)
    if len(kept) == len(dossier.contacts):
        return dossier
    return dataclasses.replace(dossier, contacts=kept)


def keep_personal_notes(pulled: Dossier, local: Dossier | None) -> Dossier:
    """A pulled copy never brings personal notes; the ones this laptop wrote stay."""
    if local is None:
        return pulled
    ids = {c.id for c in pulled.contacts}
    personal = tuple(c for c in local.contacts if c.is_personal and c.id not in ids)
    if not personal:
        return pulled
    merged = sorted((*pulled.contacts, *personal), key=lambda c: c.at)
    return dataclasses.replace(pulled, contacts=tuple(merged))
