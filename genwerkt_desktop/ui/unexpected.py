"""An error nobody caught: into the log (content-free), and a calm word to the coach with
where the log is, so IT can look without anyone reading a dossier."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.diagnostics import log_uncaught
from genwerkt_desktop.ui.dialogs import Dialogs

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def unexpected_error_hook(dialogs: Dialogs, log_path: Path | None) -> ExceptHook:
    """A ``sys.excepthook`` for the desktop (Qt calls it for errors in slots too)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log_uncaught(kind, value, tb)
        if issubclass(kind, KeyboardInterrupt):
            return
        where = (
            QCoreApplication.translate(
                "Unexpected", "Wat er gebeurde staat in het logboek: {path}"
            ).format(path=log_path)
            if log_path is not None
            else ""
        )
        dialogs.warn(
            None,
            QCoreApplication.translate("Unexpected", "Er ging iets onverwachts mis"),
            QCoreApplication.translate(
                "Unexpected",
                "genwerkt liep tegen een fout aan. Wat bewaard was, blijft bewaard; werk "
                "rustig verder of start genwerkt opnieuw. {where}\n\nHet logboek bevat geen "
                "gegevens van cliënten: u mag het aan uw informaticadienst geven.",
            ).format(where=where),
        )

    return hook
