"""What a dossier tab asks of the dossier controller: one write in the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from genwerkt_desktop.services.dossier_edits import DossierEdits


class DossierWrites(Protocol):
    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None:
        """Run ``work(edits, client_id)`` for the dossier shown, in the worker."""
        ...
