"""Issue 8: the client's whole dossier as a PDF, and a backup of the big vault.

* ``dossier_pdf_ms``: ``genwerkt export --kind dossier`` of a dossier with 500 contact
  notes (read, the client's view, the sheet laid out and written), as the exporter runs it.
* ``backup_ms``: ``make_backup`` of the big vault (2,000 clients in the full run):
  copied page by page with SQLite's backup API (one read snapshot), the copy opened and
  checked, packed and renamed into place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from genwerkt_desktop.services.access_export import export_dossier
from genwerkt_desktop.services.backups import make_backup
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.exchange import ExchangeService
from genwerkt_desktop.services.exports import ExportRequest
from genwerkt_desktop.services.vault import OpenVault

from .common import BenchmarkError, Metric, Say, median, timed_ms
from .workspace import created_vault

DOSSIER_PDF_TARGET_MS = 3000.0
BACKUP_TARGET_MS = 10000.0
DOSSIER_CONTACTS = 500


def measure_dossier_pdf(folder: Path, runs: int, say: Say) -> list[Metric]:
    from .desktop import big_dossier  # the same generated 500-note dossier as open_dossier_ms

    folder.mkdir(parents=True, exist_ok=True)
    with created_vault(folder / "vault") as vault:
        dossier = big_dossier(vault.clock.today(), DOSSIER_CONTACTS)
        ExchangeService(vault).import_dossiers([dossier])
        client_id = dossier.client.id
        samples = []
        size = 0
        for run in range(runs):
            out = folder / f"dossier-{run}.pdf"
            request = ExportRequest(client_id=client_id, output=out)
            ms, _ = timed_ms(lambda request=request: export_dossier(vault, request))
            samples.append(ms)
            size = out.stat().st_size
            out.unlink()
    say(
        f"dossier pdf: {DOSSIER_CONTACTS} contact notes, {size / 1e3:.0f} kB, runs "
        + ", ".join(f"{s:.0f}" for s in samples)
        + " ms"
    )
    return [Metric("dossier_pdf_ms", median(samples), "ms", DOSSIER_PDF_TARGET_MS, "lower")]


def measure_backup(vault: OpenVault, runs: int, say: Say) -> list[Metric]:
    clients = DossierService(vault).count()
    folder = vault.paths.data_dir.parent / f"{vault.paths.data_dir.name}-backups"
    folder.mkdir(parents=True, exist_ok=True)
    samples = []
    size = 0
    try:
        for run in range(runs):
            out = folder / f"run-{run}.genwerkt-backup"
            ms, _ = timed_ms(lambda out=out: make_backup(vault, out))
            if not out.is_file():
                raise BenchmarkError("make_backup wrote no file")
            size = out.stat().st_size
            samples.append(ms)
            out.unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    say(
        f"backup: {clients} clients, {size / 1e6:.0f} MB, runs "
        + ", ".join(f"{s:.0f}" for s in samples)
        + " ms"
    )
    return [Metric("backup_ms", median(samples), "ms", BACKUP_TARGET_MS, "lower")]
