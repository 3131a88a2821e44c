"""Overzicht: the page is the view, with its presenter beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import EVERY_PART
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab

from .presenter import OverviewPresenter
from .view import OverviewView


class OverviewTab(PresentedTab, OverviewView):
    parts = EVERY_PART  # the overview sums up the whole dossier

    def __init__(
        self, controller: DossierController, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = OverviewPresenter(self, controller, clock, initiator=self)
        self.presenter.clear()

    # -- DossierPage

    def commit_pending(self) -> None:
        """Nothing is edited in place here; a half-filled phase form is not a record yet."""
