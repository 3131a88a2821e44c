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

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.store.files import writable_target

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


@dataclass(frozen=True)
class ExportRequest:
    client_id: str
    output: Path
    item_id: str | None = None
    # None: not asked for; a referral or meeting sheet then goes to the client.
    audience: Audience | None = None
    with_personal_notes: bool = False


Exporter = Callable[[OpenVault, ExportRequest], Path]


def _json(vault: OpenVault, request: ExportRequest) -> Path:
    from .exchange import export_request

    return export_request(vault, request)


def _dossier(vault: OpenVault, request: ExportRequest) -> Path:
    from .access_export import export_dossier

    return export_dossier(vault, request)


def _referral(vault: OpenVault, request: ExportRequest) -> Path:
    from .collaboration_export import export_referral

    return export_referral(vault, request)


def _meeting(vault: OpenVault, request: ExportRequest) -> Path:
    from .collaboration_export import export_meeting

    return export_meeting(vault, request)


def _nazorg(vault: OpenVault, request: ExportRequest) -> Path:
    from .access_export import export_nazorg

    return export_nazorg(vault, request)


def _pop(vault: OpenVault, request: ExportRequest) -> Path:
    from .pop_export import export_pop

    return export_pop(vault, request)


def _stavaza(vault: OpenVault, request: ExportRequest) -> Path:
    from .pop_export import export_stavaza

    return export_stavaza(vault, request)


def _ecogram(vault: OpenVault, request: ExportRequest) -> Path:
    from .ecogram_export import export_ecogram

    return export_ecogram(vault, request)


def _balance(vault: OpenVault, request: ExportRequest) -> Path:
    from .balance_export import export_balance

    return export_balance(vault, request)


_EXPORTERS: dict[ExportKind, Exporter] = {
    ExportKind.JSON: _json,
    ExportKind.DOSSIER: _dossier,
    ExportKind.REFERRAL: _referral,
    ExportKind.MEETING: _meeting,
    ExportKind.NAZORG: _nazorg,
    ExportKind.POP: _pop,
    ExportKind.STAVAZA: _stavaza,
    ExportKind.ECOGRAM: _ecogram,
    ExportKind.BALANCE: _balance,
}


def export_kinds() -> tuple[str, ...]:
    return tuple(kind.value for kind in ExportKind)


def check_request(kind: ExportKind | str, request: ExportRequest) -> None:
    """Refuse a request that does not fit its kind, before anything is read or written."""
    if kind not in _EXPORTERS:
        raise StateError(f"onbekend soort export: {kind}")
    if request.audience is not None and kind not in KINDS_WITH_AUDIENCE:
        raise StateError(
            f"--audience hoort alleen bij referral en meeting; '{kind}' heeft geen "
            "versie voor een partner (er is niets geschreven)"
        )
    if request.with_personal_notes and kind != ExportKind.DOSSIER:
        raise StateError("--with-personal-notes hoort alleen bij --kind dossier")
    writable_target(request.output)


def export(vault: OpenVault, kind: ExportKind | str, request: ExportRequest) -> Path:
    """Write one export; raises ``StateError`` for a request that does not fit its kind
    or an item that is not there, ``InvalidInput`` for a wrong extension."""
    check_request(kind, request)
    return _EXPORTERS[ExportKind(kind)](vault, request)
