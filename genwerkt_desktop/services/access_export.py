"""Two exports for the client's own hands: the aftercare sheet and the whole dossier.

``dossier`` is the right of access: the dossier as the client may read it
(domain.consent.client_view), as a PDF in readable Dutch or, for a ``.json`` output, in
the exchange format.  Personal notes go along only when the coach asks for them.  Each
export leaves one audit line that says what kind was written, never what was in it.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.consent import client_view
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Dossier

from .coach_profile import load_profile
from .dossiers import DossierService
from .exports import ExportRequest
from .vault import OpenVault

ACCESS_ACTION = "inzage"
PDF = ".pdf"
JSON = ".json"


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise StateError(f"{path.name}: kies een bestand dat eindigt op " + " of ".join(allowed))
    return suffix


def export_nazorg(vault: OpenVault, request: ExportRequest) -> Path:
    """The aftercare plan in plain words with the one-page reminder sheet (PDF); with
    ``easy_read`` the one-page plan in easy-read Dutch instead."""
    from genwerkt_desktop.exports import nazorg_easy, nazorg_sheet

    _suffix(request.output, (PDF,))
    dossier = DossierService(vault).get(request.client_id)
    if dossier.aftercare is None:
        raise StateError("dit dossier heeft nog geen nazorgplan")
    profile = load_profile(vault.paths)
    writer = nazorg_easy.write if request.easy_read else nazorg_sheet.write
    written = writer(
        dossier,
        request.output,
        vault.clock.today(),
        coach_lines=profile.contact_lines(),
        coach_name=profile.name or (dossier.client.coach or ""),
    )
    detail = "nazorg, makkelijk lezen" if request.easy_read else "nazorg"
    vault.record("geëxporteerd", request.client_id, detail)
    return written


def readable_dossier(vault: OpenVault, client_id: str, with_personal_notes: bool) -> Dossier:
    dossier = DossierService(vault).get(client_id)
    return client_view(dossier, with_personal_notes=with_personal_notes)


def export_dossier(vault: OpenVault, request: ExportRequest) -> Path:
    """The whole dossier for the client: PDF, or the exchange format for ``.json``."""
    suffix = _suffix(request.output, (PDF, JSON))
    dossier = readable_dossier(vault, request.client_id, request.with_personal_notes)
    if suffix == JSON:
        from genwerkt_desktop.store.files import write_text_atomic

        from .exchange import dossier_json

        write_text_atomic(request.output, dossier_json(dossier, vault.clock.now()))
    else:
        from genwerkt_desktop.exports import dossier_sheet

        profile = load_profile(vault.paths)
        sheet = dossier_sheet.build(
            dossier,
            vault.clock.today(),
            with_personal_notes=request.with_personal_notes,
            coach_lines=profile.contact_lines(),
        )
        sheet.write(request.output)
    detail = suffix.lstrip(".")
    if request.with_personal_notes:
        detail += ", met persoonlijke notities"
    vault.record(ACCESS_ACTION, request.client_id, detail)
    return request.output


def export_access_pair(
    vault: OpenVault, client_id: str, folder: Path, stem: str, with_personal_notes: bool
) -> tuple[Path, Path]:
    """The PDF and the JSON side by side (what the app's inzage action writes)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / f"{stem}{PDF}", folder / f"{stem}{JSON}")
    for path in paths:
        export_dossier(
            vault,
            ExportRequest(
                client_id=client_id, output=path, with_personal_notes=with_personal_notes
            ),
        )
    return paths
