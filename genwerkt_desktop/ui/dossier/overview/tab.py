"""Overzicht: the page is the view, with its presenter beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import EVERY_PART
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.ui.dossier.controller import DossierController

from .presenter import OverviewPresenter
from .view import OverviewView


class OverviewTab(OverviewView):
    parts = EVERY_PART  # the overview sums up the whole dossier

    def __init__(
        self, controller: DossierController, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = OverviewPresenter(self, controller, clock, initiator=self)
        self.presenter.clear()

    # -- DossierPage

    def set_dossier(self, dossier: Dossier) -> None:
        self.presenter.show(dossier)

    def keep(self, dossier: Dossier) -> None:
        self.presenter.keep(dossier)

    def clear(self) -> None:
        self.presenter.clear()

    def commit_pending(self) -> None:
        """Nothing is edited in place here; a half-filled phase form is not a record yet."""
