"""Samenwerking: what the client allows to share with whom, the warm referrals, and the
meetings around the client; with the sheets for the client and for the partners.

Every organisation shows its consent state (a word, a sign and a colour).  A partner
sheet is only offered when every receiving service holds a valid consent; before it is
made, the coach is reminded of what the client does not want said.

The tab is the view (three sections on a scrolling page, one form open at a time); the
:class:`CollaborationPresenter` decides what they show and saves through the controller.
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

from .presenter import CollaborationPresenter
from .sections import ConsentSection, MeetingSection, ReferralSection


class CollaborationTab(PresentedTab, SectionsPage):
    # CLIENT: the client's name among those at the table; POP: an agreement becomes a
    # step of one of the goals.
    parts = frozenset({Part.CLIENT, Part.COLLABORATION, Part.POP})

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
        self.consents = ConsentSection(self.column)
        self.referrals = ReferralSection(self.column)
        self.meetings = MeetingSection(self.column)
        self.lay_out((self.consents, self.referrals, self.meetings))

        self.presenter = CollaborationPresenter(
            self, controller, dialogs, clock, workspace, runner, self
        )
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def commit_pending(self) -> None:
        """Nothing is typed outside a dialog; an open dialog is closed by the lock."""
