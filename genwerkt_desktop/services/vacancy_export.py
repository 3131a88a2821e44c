"""A vacancy read together, as a plain-language sheet for the client.

Not a kind of ``genwerkt export``: the desktop offers it beside the vacancy itself.
Writes one audit line without content.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.exports.vacancy_sheet import build_vacancy_sheet

from .coach_profile import load_profile
from .dossiers import DossierService
from .vault import OpenVault


def export_vacancy(vault: OpenVault, client_id: str, vacancy_id: str, output: Path) -> Path:
    """Write the sheet of one vacancy of ``client_id`` to ``output`` (a .pdf)."""
    if output.suffix.lower() != ".pdf":
        raise StateError("het blad kan enkel als PDF bewaard worden (kies een naam op .pdf)")
    dossier = DossierService(vault).get(client_id)
    vacancy = next((v for v in dossier.vacancies if v.id == vacancy_id), None)
    if vacancy is None:
        raise StateError("deze vacature bestaat niet meer")
    profile = load_profile(vault.paths)
    sheet = build_vacancy_sheet(
        vacancy,
        dossier.client,
        vault.clock.today(),
        profile.contact_lines(),
        profile.name or dossier.client.coach,
    )
    path = sheet.write(output)
    vault.record("geëxporteerd", client_id, "vacature")
    return path
