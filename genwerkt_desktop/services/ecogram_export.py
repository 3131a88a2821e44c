"""The ecogram leaves the dossier as PNG, SVG or PDF (export kind ``ecogram``), and two
versions compared as one PDF page.

Every file shows the client's first (or preferred) name, the date and the legend; never
the surname.  Files are written beside the target and renamed into place, so a failure
leaves nothing half-written.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.ecogram import compare
from genwerkt_desktop.domain.ecogram_compare_drawing import compare_drawing
from genwerkt_desktop.domain.ecogram_drawing import EcogramDrawing, draw
from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.model import Client, Dossier, Ecogram
from genwerkt_desktop.exports.wording import ecogram_changes
from genwerkt_desktop.store.files import write_atomic

from .dossiers import DossierService
from .exports import ExportRequest
from .vault import OpenVault

FORMATS = (".png", ".svg", ".pdf")


def client_label(client: Client) -> str:
    """What the map calls the client: the name they go by, without the surname."""
    return client.called


def newest(dossier: Dossier) -> Ecogram | None:
    return max(dossier.ecograms, key=lambda e: e.drawn_on, default=None)


def _version(dossier: Dossier, item_id: str | None, source: str) -> Ecogram:
    if item_id is None:
        found = newest(dossier)
        if found is None:
            raise StateError("dit dossier heeft nog geen ecogram")
        return found
    for ecogram in dossier.ecograms:
        if ecogram.id == item_id:
            return ecogram
    raise StateError(f"--item {item_id}: dit dossier heeft geen ecogram met dat id")


def write_drawing(drawing: EcogramDrawing, path: Path, notes: list[str] | None = None) -> Path:
    """The drawing in the format ``path``'s extension names."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        from genwerkt_desktop.render.ecogram_qt import write_ecogram_png

        return write_atomic(
            path, suffix=suffix, write=lambda tmp: write_ecogram_png(drawing, tmp, notes or ())
        )
    from genwerkt_desktop.render.ecogram_pdf import write_pdf, write_svg

    if suffix == ".svg":
        return write_atomic(path, suffix=suffix, write=lambda tmp: write_svg(drawing, tmp))
    return write_atomic(path, suffix=suffix, write=lambda tmp: write_pdf(drawing, tmp, notes))


def export_ecogram(vault: OpenVault, request: ExportRequest) -> Path:
    """The ``ecogram`` export kind: the newest version (or ``--item``), by OUT's extension."""
    output = Path(request.output)
    if output.suffix.lower() not in FORMATS:
        raise InvalidInput(output.name, "-o", "een ecogram wordt bewaard als .png, .svg of .pdf")
    dossier = DossierService(vault).get(request.client_id)
    ecogram = _version(dossier, request.item_id, output.name)
    written = write_drawing(draw(ecogram, client_label(dossier.client)), output)
    vault.record("geëxporteerd", request.client_id, "ecogram")
    return written


def export_comparison(
    vault: OpenVault, client_id: str, older_id: str, newer_id: str, output: Path
) -> Path:
    """Two versions on one PDF page: both dates, the marked map, the legend, the changes
    in words."""
    output = Path(output)
    if output.suffix.lower() != ".pdf":
        raise InvalidInput(output.name, "-o", "een vergelijking wordt bewaard als .pdf")
    dossier = DossierService(vault).get(client_id)
    older = _version(dossier, older_id, output.name)
    newer = _version(dossier, newer_id, output.name)
    label = client_label(dossier.client)
    notes = ecogram_changes(compare(older, newer))
    from genwerkt_desktop.render.ecogram_pdf import paper_measure

    drawing = compare_drawing(older, newer, label, paper_measure)
    written = write_drawing(drawing, output, notes)
    vault.record("geëxporteerd", client_id, "ecogram:vergelijking")
    return written
