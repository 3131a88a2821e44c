"""Levensdomeinen & rechten: left every life domain with its counts (strengths first);
choosing one filters both tables on the right.  The page is the view, with its presenter
beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab

from .presenter import DomainsPresenter
from .view import DomainsView


class DomainsTab(PresentedTab, DomainsView):
    parts = frozenset({Part.DOMAINS})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = DomainsPresenter(self, controller, dialogs, clock, initiator=self)
        self.presenter.clear()

    # -- DossierPage

    def commit_pending(self) -> None:
        """Observations and rights are saved from their form at once; nothing waits here."""
