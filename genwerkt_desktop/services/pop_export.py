"""The export kinds ``pop`` (the client's step plan) and ``stavaza`` (status report).

Both are read from the dossier through :func:`client_view`, so a note the client may not
read, and every personal note, stays out even before the sheet builders (which print no
contact notes at all) see it.  Each writes one audit line without content.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.consent import client_view
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.exports.pop_sheet import build_pop_sheet
from genwerkt_desktop.exports.stavaza_sheet import build_stavaza_sheet

from .coach_profile import load_profile
from .dossiers import DossierService
from .exports import Audience, ExportRequest
from .vault import OpenVault


def _check(request: ExportRequest, what: str) -> None:
    if request.output.suffix.lower() != ".pdf":
        raise StateError(f"{what} kan enkel als PDF bewaard worden (kies een naam op .pdf)")
    if request.audience is Audience.PARTNER:
        raise StateError(
            f"{what} is niet voor een partner; gebruik daarvoor een verwijzings- of overlegblad"
        )


def export_pop(vault: OpenVault, request: ExportRequest) -> Path:
    """The step plan in plain language, for the client to take home; with ``easy_read``
    the one-page version in easy-read Dutch."""
    _check(request, "een stappenplan")
    dossier = client_view(DossierService(vault).get(request.client_id))
    profile = load_profile(vault.paths)
    if request.easy_read:
        from genwerkt_desktop.exports import pop_easy

        sheet, _ = pop_easy.build(
            dossier, vault.clock.now(), profile.contact_lines(), profile.name or None
        )
    else:
        sheet = build_pop_sheet(
            dossier, vault.clock.today(), profile.contact_lines(), profile.name or None
        )
    path = sheet.write(request.output)
    detail = "pop, makkelijk lezen" if request.easy_read else "pop"
    vault.record("geëxporteerd", request.client_id, detail)
    return path


def export_stavaza(vault: OpenVault, request: ExportRequest) -> Path:
    """Where the trajectory stands today."""
    _check(request, "een stand van zaken")
    dossier = client_view(DossierService(vault).get(request.client_id))
    profile = load_profile(vault.paths)
    sheet = build_stavaza_sheet(dossier, vault.clock.now(), profile.name or None)
    path = sheet.write(request.output)
    vault.record("geëxporteerd", request.client_id, "stavaza")
    return path
