"""Samen bekijken: the instruments used at the table with the client, and the calls from
other services.  Three sections on one scrolling page; each opens its own form.

The tab is the view; :class:`InstrumentsPresenter` decides what the sections show and
saves through the controller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.dossier.sections_page import SectionsPage
from genwerkt_desktop.ui.worker import TaskRunner

from .presenter import InstrumentsPresenter
from .sections import DecisionSection, PhoneSection, VacancySection


class InstrumentsTab(PresentedTab, SectionsPage):
    # DOMAINS: the strengths at hand; COLLABORATION: the consents beside a call; CLIENT:
    # the name on the client's sheet.
    parts = frozenset(
        {
            Part.CLIENT,
            Part.DOMAINS,
            Part.COLLABORATION,
            Part.VACANCIES,
            Part.DECISIONS,
            Part.PHONE_REQUESTS,
        }
    )

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
        self.read_only = False
        self.vacancies = VacancySection(self.column)
        self.decisions = DecisionSection(self.column)
        self.phone_requests = PhoneSection(self.column)
        self.lay_out((self.vacancies, self.decisions, self.phone_requests))

        self.presenter = InstrumentsPresenter(
            self, controller, dialogs, clock, workspace, runner, self
        )
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def commit_pending(self) -> None:
        """Nothing is typed outside a form; an open form is closed by the lock."""

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's copy: the lists and the client's sheet stay, no form opens."""
        self.read_only = read_only
        if read_only:
            self.close_form()
        super().set_read_only(read_only)
