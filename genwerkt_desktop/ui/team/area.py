"""The Team area as the work area hosts it: the view, the work behind it and what ties
them, built from only the services it needs."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.team.services import TeamServices
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import TeamController
from .presenter import TeamPresenter
from .session import TeamSession
from .view import TeamView


class TeamArea(QWidget):
    def __init__(
        self,
        team: TeamServices,
        dossiers: DossierService,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        session: TeamSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamArea")
        self.view = TeamView(self)
        self.controller = TeamController(
            team.membership, team.status, team.conflicts, dossiers, runner, events, self
        )
        self.presenter = TeamPresenter(self.view, self.controller, dialogs, self, session=session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self) -> None:
        self.presenter.load()

    def open_conflict(self, client_id: str) -> None:
        """The conflict view of one dossier (from the dossier's banner, or this area)."""
        self.presenter.open_conflict(client_id)

    def commit_pending(self) -> bool:
        return True  # nothing typed here waits to be saved

    def clear(self) -> None:
        self.presenter.clear()
