"""A mind map leaves the dossier as PNG or PDF: a page with the caption (the client's
first or preferred name, never the surname, and the date) and the map.  The PNG is that
one page; the PDF adds the themes a few to a page when the whole map would print its
words too small to read (``mindmap_layout.printed_pages``).

Files are written beside the target and renamed into place, so a failure leaves nothing
half-written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from genwerkt_desktop.domain.errors import InvalidInput
from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.domain.mindmap_drawing import draw
from genwerkt_desktop.store.files import write_atomic

if TYPE_CHECKING:
    from .vault import OpenVault

FORMATS = (".png", ".pdf")
FILTERS = "PDF (*.pdf);;PNG (*.png)"


def file_name(mindmap: Mindmap, client_label: str) -> str:
    """The name the save dialog suggests."""
    made = f"-{mindmap.made_on.isoformat()}" if mindmap.made_on else ""
    return f"mindmap-{client_label}{made}.pdf"


def write_mindmap(mindmap: Mindmap, client_label: str, path: Path) -> Path:
    """The map in the format ``path``'s extension names."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(path.name, "-o", "een mindmap wordt bewaard als .png of .pdf")
    drawing = draw(mindmap, client_label)
    if suffix == ".png":
        from genwerkt_desktop.render.mindmap_qt import write_mindmap_png

        return write_atomic(path, suffix=suffix, write=lambda tmp: write_mindmap_png(drawing, tmp))
    from genwerkt_desktop.render.mindmap_pdf import write_mindmap_pdf

    return write_atomic(path, suffix=suffix, write=lambda tmp: write_mindmap_pdf(drawing, tmp))


def export_mindmap(
    vault: OpenVault, client_id: str, mindmap: Mindmap, client_label: str, path: Path
) -> Path:
    """Write the map as shown and note in the log that it left the dossier (no content)."""
    written = write_mindmap(mindmap, client_label, path)
    vault.record("geëxporteerd", client_id, "mindmap")
    return written
