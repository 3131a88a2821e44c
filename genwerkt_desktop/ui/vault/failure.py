"""A calm sentence for an expected failure on a start page; never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.errors import GenwerktError, IntegrityFailure, StateError
from genwerkt_desktop.ui.preload import LoadFailure

log = logging.getLogger(__name__)


def describe_failure(exc: BaseException) -> str:
    """A calm Dutch sentence for an expected failure; never a traceback."""
    detail = str(exc).strip().rstrip(".")
    if isinstance(exc, IntegrityFailure):
        detail = detail.split(";")[0]  # the CLI's own advice is replaced by the button's
        return QCoreApplication.translate(
            "VaultScreens",
            "De kluis kan niet geopend worden: {detail}. Er is niets gewijzigd. Zet een "
            "back-up terug in een nieuwe map (hieronder), of vraag hulp aan wie uw computer "
            "beheert.",
        ).format(detail=detail)
    if isinstance(exc, LoadFailure):
        # Not the vault's doing, and trying again will not help: the installation.
        return QCoreApplication.translate(
            "VaultScreens",
            "De kluis blijft dicht: een onderdeel van genwerkt zelf ontbreekt of is "
            "beschadigd. Installeer genwerkt opnieuw, of vraag hulp aan wie uw computer "
            "beheert.",
        )
    if isinstance(exc, StateError):
        return QCoreApplication.translate("VaultScreens", "Dat lukt nu niet: {detail}.").format(
            detail=detail
        )
    if isinstance(exc, GenwerktError):
        return QCoreApplication.translate("VaultScreens", "Dat lukt niet: {detail}.").format(
            detail=detail
        )
    # A bug, not the coach's doing.  Log only the kind of error: no content, no paths.
    log.error("onverwachte fout in het kluisscherm: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "VaultScreens",
        "Er ging iets onverwachts mis. Probeer het opnieuw; "
        "blijft het gebeuren, start genwerkt dan opnieuw.",
    )
