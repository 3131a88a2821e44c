"""Every export kind of ``genwerkt export`` and of the app's print buttons, in one table.

Each kind's writer is imported only when that kind is asked for (reportlab and Qt stay
out of the command line's start-up), with plain imports a freezer can follow.  An
exporter reads the dossier itself, writes ``request.output`` and returns the path it
wrote; partner sheets write their own audit line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.files import writable_target

if TYPE_CHECKING:
    # The kinds are read by ``genwerkt --help``: the vault (and the crypto behind it) only
    # comes in when an export runs.
    from .vault import OpenVault


class ExportKind(StrEnum):
    """The kinds of CLI.md's table, in its order."""

    JSON = "json"
    DOSSIER = "dossier"
    REFERRAL = "referral"
    MEETING = "meeting"
    NAZORG = "nazorg"
    POP = "pop"
    STAVAZA = "stavaza"
    ECOGRAM = "ecogram"
    BALANCE = "balance"


class Audience(StrEnum):
    CLIENT = "client"
    PARTNER = "partner"


# Only these kinds have a partner version.  Asking any other kind for one is refused:
# the coach would otherwise get the whole dossier under a partner's name.
KINDS_WITH_AUDIENCE = frozenset({ExportKind.REFERRAL, ExportKind.MEETING})
# Only these kinds have an easy-read version (makkelijk lezen: one page, large type).
KINDS_WITH_EASY_READ = frozenset({ExportKind.NAZORG, ExportKind.POP})


@dataclass(frozen=True)
class ExportRequest:
    client_id: str
    output: Path
    item_id: str | None = None
    # None: not asked for; a referral or meeting sheet then goes to the client.
    audience: Audience | None = None
    with_personal_notes: bool = False
    easy_read: bool = False  # nazorg and pop: the one-page easy-read version


Exporter = Callable[["OpenVault", ExportRequest], Path]


def _exporter(kind: ExportKind) -> Exporter:
    """The writer of ``kind``, imported when first asked for (plain imports, which a
    freezer follows; reportlab and Qt stay out of the command line's start-up)."""
    match kind:
        case ExportKind.JSON:
            from .exchange import export_request as writer
        case ExportKind.DOSSIER:
            from .access_export import export_dossier as writer
        case ExportKind.REFERRAL:
            from .collaboration_export import export_referral as writer
        case ExportKind.MEETING:
            from .collaboration_export import export_meeting as writer
        case ExportKind.NAZORG:
            from .access_export import export_nazorg as writer
        case ExportKind.POP:
            from .pop_export import export_pop as writer
        case ExportKind.STAVAZA:
            from .pop_export import export_stavaza as writer
        case ExportKind.ECOGRAM:
            from .ecogram_export import export_ecogram as writer
        case ExportKind.BALANCE:
            from .balance_export import export_balance as writer
    return writer


def export_kinds() -> tuple[str, ...]:
    return tuple(kind.value for kind in ExportKind)


def check_request(kind: ExportKind | str, request: ExportRequest) -> None:
    """Refuse a request that does not fit its kind, before anything is read or written."""
    if kind not in set(ExportKind):
        raise StateError(f"onbekend soort export: {kind}")
    if request.audience is not None and kind not in KINDS_WITH_AUDIENCE:
        raise StateError(
            f"--audience hoort alleen bij referral en meeting; '{kind}' heeft geen "
            "versie voor een partner (er is niets geschreven)"
        )
    if request.with_personal_notes and kind != ExportKind.DOSSIER:
        raise StateError("--with-personal-notes hoort alleen bij --kind dossier")
    if request.easy_read and kind not in KINDS_WITH_EASY_READ:
        raise StateError(
            f"--easy-read hoort alleen bij nazorg en pop; '{kind}' heeft geen versie in "
            "makkelijke taal (er is niets geschreven)"
        )
    writable_target(request.output)


def export(vault: OpenVault, kind: ExportKind | str, request: ExportRequest) -> Path:
    """Write one export; raises ``StateError`` for a request that does not fit its kind
    or an item that is not there, ``InvalidInput`` for a wrong extension."""
    check_request(kind, request)
    return _exporter(ExportKind(kind))(vault, request)
