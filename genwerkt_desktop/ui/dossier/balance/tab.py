"""Balans: what the client can carry against what weighs on them, assessment by assessment.

Left the picture (the beam tilts calmly toward the heavier side) with its per-domain
breakdown and the trend over time; right the two lists, each factor with a life domain
and a weight.  The page is the view (:mod:`.tab_view`), with its presenter beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.worker import TaskRunner

from .presenter import BalancePresenter
from .tab_view import BalanceTabView


class BalanceTab(PresentedTab, BalanceTabView):
    # The client's name is in the picture; the assessments are the rest.
    parts = frozenset({Part.CLIENT, Part.BALANCES})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        self.presenter = BalancePresenter(
            self, controller, dialogs, clock, self.exports, initiator=self
        )
        self.undo_stack = self.presenter.undo_stack
        self.presenter.clear()

    # -- DossierPage

    def commit_pending(self) -> None:
        self.presenter.commit_pending()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.set_weights_read_only(read_only)

    # -- what the coach does, for keys and tests alike

    def current(self) -> Balance | None:
        return self.presenter.current()

    def history(self) -> list[Balance]:
        return self.presenter.history()

    def add_factor(self, side: BalanceSide) -> None:
        self.presenter.factors.add_factor(side)

    def pick_from_dossier(self) -> None:
        self.presenter.factors.pick_from_dossier()
