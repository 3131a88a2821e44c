"""Every export kind of ``genwerkt export`` and of the app's print buttons, in one table.

Each kind names the function that writes it, imported only when that kind is asked for
(reportlab and Qt stay out of the command line's start-up).  An exporter reads the
dossier itself, writes ``request.output`` and returns the path it wrote; partner sheets
write their own audit line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .vault import OpenVault


class Audience(StrEnum):
    CLIENT = "client"
    PARTNER = "partner"


@dataclass(frozen=True)
class ExportRequest:
    client_id: str
    output: Path
    item_id: str | None = None
    audience: Audience = Audience.CLIENT
    with_personal_notes: bool = False


Exporter = Callable[[OpenVault, ExportRequest], Path]

# kind -> "module:function"; the order is the order of CLI.md's table.
_EXPORTERS: dict[str, str] = {
    "json": "genwerkt_desktop.services.exchange:export_request",
    "dossier": "genwerkt_desktop.services.access_export:export_dossier",
    "referral": "genwerkt_desktop.services.collaboration_export:export_referral",
    "meeting": "genwerkt_desktop.services.collaboration_export:export_meeting",
    "nazorg": "genwerkt_desktop.services.access_export:export_nazorg",
    "pop": "genwerkt_desktop.services.pop_export:export_pop",
    "stavaza": "genwerkt_desktop.services.pop_export:export_stavaza",
    "ecogram": "genwerkt_desktop.services.ecogram_export:export_ecogram",
    "balance": "genwerkt_desktop.services.balance_export:export_balance",
}


def export_kinds() -> tuple[str, ...]:
    return tuple(_EXPORTERS)


def exporter(kind: str) -> Exporter:
    module_name, _, function = _EXPORTERS[kind].partition(":")
    found: Exporter = getattr(importlib.import_module(module_name), function)
    return found


def export(vault: OpenVault, kind: str, request: ExportRequest) -> Path:
    """Write one export; raises ``InvalidInput`` for a wrong item or extension."""
    return exporter(kind)(vault, request)
