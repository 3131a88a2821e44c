"""Afsluiting & nazorg: how the trajectory ends, the aftercare plan, and the sheets.

Top: where the dossier stands (running, closed, in aftercare) and, once closed, from
when it should be destroyed.  Then the closing conversation with *Traject afsluiten…*
(which moves the phase on and offers to start aftercare) and the aftercare plan with its
contact moments to tick off.  The sheets: the aftercare sheet and the client's right of
access (the whole dossier as PDF and JSON).

The tab is the view (three cards on a scrolling page); the :class:`ClosurePresenter`
decides what they show and saves through the controller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.settings import AppSettings
from genwerkt_desktop.ui.worker import TaskRunner

from .cards import AftercareCard, ClosingCard, TrajectoryCard
from .presenter import ClosurePresenter


def _settings_years() -> int:
    return AppSettings(QSettings()).retention_years


class ClosureTab(PresentedTab, QWidget):
    # CLIENT: the status, the closing date and the client's name on the sheets.
    parts = frozenset({Part.CLIENT, Part.CLOSURE})

    def __init__(
        self,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        retention_years: Callable[[], int] = _settings_years,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closureTab")
        page = QWidget()
        page.setObjectName("tabPage")
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.trajectory = TrajectoryCard(page)
        self.closing = ClosingCard(page)
        self.aftercare = AftercareCard(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(14)
        layout.addWidget(self.trajectory)
        layout.addWidget(self.closing)
        layout.addWidget(self.aftercare)
        layout.addStretch(1)

        self.presenter = ClosurePresenter(
            self, controller, workspace, runner, dialogs, clock, retention_years, self
        )
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def commit_pending(self) -> None:
        self.presenter.commit_pending()

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def set_editable(self, on: bool) -> None:
        for widget in (
            self.closing.closure_form,
            self.aftercare.aftercare_form,
            self.closing.save_closure_button,
            self.closing.close_button,
            self.aftercare.save_aftercare_button,
            self.aftercare.start_aftercare_button,
            self.trajectory.sheet_button,
            self.trajectory.access_button,
        ):
            widget.setEnabled(on)
