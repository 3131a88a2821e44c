"""What the Samenwerking tab asks and shows: the consents, referrals and meetings of the
dossier, named from the dossier and the sociale kaart.

The presenter holds the dossier and the sociale kaart (read through
:class:`Operations`), fills the sections, and is the one way to save (through
``controller.edit``, with the tab as initiator).  What the coach does in each section is
in :mod:`.actions`; the sheets and the consent check before a partner sheet in
:mod:`.sheets`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Dossier, Organisation
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.directory_read import read_directory
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.worker import TaskRunner

from .actions import ConsentActions, MeetingActions, ReferralActions
from .context import CollaborationScreen
from .models import consent_rows, meeting_rows, org_names, referral_rows
from .org_choice import OrganisationChoice
from .sheets import PartnerSheets


class CollaborationPresenter(QObject):
    def __init__(
        self,
        view: CollaborationScreen,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._clock = clock
        self._directory_service = workspace.directory
        self._ops = Operations(runner, self)
        self._dossier: Dossier | None = None
        self._directory: list[Organisation] = []
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        self.consents = ConsentActions(view, self, dialogs, clock, self)
        self.referrals = ReferralActions(view, self, dialogs, clock, self)
        self.meetings = MeetingActions(
            view, self, dialogs, clock, self._ops, workspace.vault.paths, self
        )
        self.sheets = PartnerSheets(view, self, self.exports, dialogs, clock, self)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._show_rows()
        self._read_directory()

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: new rows, the same rows chosen; the sociale kaart
        did not change."""
        self._dossier = dossier
        self._show_rows()

    def clear(self) -> None:
        self._ops.drop_all()
        self._dossier = None
        self._directory = []
        for section in (self._view.consents, self._view.referrals, self._view.meetings):
            section.model.clear()
        self._view.show_notice("")
        self._view.close_form()

    # ------------------------------------------------------------------ for the actions

    def dossier(self) -> Dossier | None:
        return self._dossier

    def choice(self) -> OrganisationChoice:
        dossier = self._dossier
        known = {o.id: o for o in (dossier.organisations if dossier else ())}
        known.update({o.id: o for o in self._directory})
        return OrganisationChoice(
            tuple(known.values()), dossier.consents if dossier else (), self._clock.today()
        )

    def names(self) -> dict[str, str]:
        return org_names(self._dossier, self._directory) if self._dossier is not None else {}

    def save(self, work: Callable[[DossierEdits, str], Changes]) -> None:
        self._controller.edit(work, initiator=self._view)

    # ------------------------------------------------------------------ showing

    def _read_directory(self) -> None:
        read_directory(
            self._ops,
            self._directory_service.organisations,
            self._view.show_notice,
            self._directory_read,
        )

    def _directory_read(self, organisations: list[Organisation]) -> None:
        self._directory = organisations
        self._show_rows()

    def _show_rows(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        today = self._clock.today()
        names = self.names()
        zone = getattr(self._clock, "zone", None)  # the system clock's real time zone
        self._view.consents.show_rows(consent_rows(dossier, names, today))
        self._view.referrals.show_rows(referral_rows(dossier, names, today))
        self._view.meetings.show_rows(meeting_rows(dossier, names, today, zone))
