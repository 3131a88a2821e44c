"""Binnenkant & levensloop, beside the life domains: how the client lives it, per aspect,
and the life story.  The page is the view, with its presenter beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab

from .presenter import InnerPresenter
from .view import InnerView


class InnerTab(PresentedTab, InnerView):
    parts = frozenset({Part.INNER_NOTES, Part.LIFE_EVENTS})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = InnerPresenter(self, controller, dialogs, clock, initiator=self)
        self.presenter.clear()

    # -- DossierPage

    def commit_pending(self) -> None:
        """Notes and moments are saved from their form at once; nothing waits here."""
