"""The balance leaves the dossier as PNG or PDF (export kind ``balance``): the newest
assessment, or the one ``--item`` names, with the trend of every assessment.

The files show the client's first (or preferred) name and the date, never the surname.
Both writers write beside the target and rename, so a failure leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.balance_editing import latest
from genwerkt_desktop.domain.errors import InvalidInput, StateError
from genwerkt_desktop.domain.model import Balance, Dossier

from .coach_profile import load_profile
from .dossiers import DossierService
from .exports import ExportRequest
from .vault import OpenVault

FORMATS = (".png", ".pdf")


def chosen_balance(dossier: Dossier, item_id: str | None, source: str) -> Balance:
    if item_id is None:
        found = latest(dossier.balances)
        if found is None:
            raise StateError("dit dossier heeft nog geen balans")
        return found
    for balance in dossier.balances:
        if balance.id == item_id:
            return balance
    raise StateError(f"--item {item_id}: dit dossier heeft geen balans met dat id")


def export_balance(vault: OpenVault, request: ExportRequest) -> Path:
    """The ``balance`` export kind, by OUT's extension (.png or .pdf)."""
    output = Path(request.output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(output.name, "-o", "een balans wordt bewaard als .png of .pdf")
    dossier = DossierService(vault).get(request.client_id)
    balance = chosen_balance(dossier, request.item_id, output.name)
    label = dossier.client.called
    if suffix == ".png":
        from genwerkt_desktop.domain.balance_drawing import draw
        from genwerkt_desktop.render.balance_qt import write_balance_png

        written = write_balance_png(draw(balance, dossier.balances, label), output)
    else:
        from genwerkt_desktop.exports.balance_sheet import write_pdf

        written = write_pdf(
            balance,
            dossier.balances,
            output,
            client_label=label,
            made_on=vault.clock.today(),
            coach=load_profile(vault.paths).name,
        )
    vault.record("geëxporteerd", request.client_id, "balance")
    return written
