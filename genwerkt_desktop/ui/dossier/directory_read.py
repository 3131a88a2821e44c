"""Reading the sociale kaart for a dossier tab that names organisations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.ui.operations import Operations


def read_directory(
    ops: Operations,
    organisations: Callable[[], list[Organisation]],
    notice: Callable[[str], None],
    done: Callable[[list[Organisation]], None],
) -> None:
    """Ask for every organisation in the worker and hand them to ``done``.  A failure
    is a calm notice in the sociale kaart's own (already translated) wording; the
    dossier's own organisations are still named meanwhile."""

    def read(found: list[Organisation]) -> None:
        notice("")
        done(found)

    def unread(_exc: BaseException) -> None:
        notice(
            QCoreApplication.translate(
                "DirectoryView",
                "De sociale kaart kon niet geladen worden. Probeer het straks opnieuw.",
            )
        )

    ops.query(organisations, read, key="directory", failure=unread)
