"""What the Samen bekijken tab asks and shows: the vacancies, decisions and phone requests
of the dossier, and the one way to save them (``controller.edit``, the tab as initiator).

A vacancy's sheet for the client goes through the export flow; a decision becomes a POP
goal through the POP service; a phone request's save also adds its contact moment (the
service does that, and the contacts tab hears it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import GoalStatus, ObservationKind
from genwerkt_desktop.domain.instruments import Decision, PhoneRequest, Vacancy
from genwerkt_desktop.domain.model import Dossier, Goal, Organisation
from genwerkt_desktop.services.dossier_edits import DossierEdits, new_id
from genwerkt_desktop.services.vacancy_export import export_vacancy
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.collaboration.models import org_names
from genwerkt_desktop.ui.dossier.collaboration.org_choice import OrganisationChoice
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.directory_read import read_directory
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.labels import domain_labels, label_of
from genwerkt_desktop.ui.worker import TaskRunner

from .decision_dialog import DecisionDialog
from .models import PhoneRow
from .phone_dialog import PhoneRequestDialog
from .vacancy_dialog import VacancyDialog

if TYPE_CHECKING:  # the view's type, without an import cycle
    from .tab import InstrumentsTab


def goal_of(decision: Decision) -> Goal | None:
    """The POP goal a decision becomes: what was chosen, in the client's words."""
    if not decision.chosen:
        return None
    return Goal(
        id=new_id(),
        title=decision.chosen,
        status=GoalStatus.OPEN,
        client_words=decision.client_words or decision.chosen,
        agreed_by_client=True,
    )


class InstrumentsPresenter(QObject):
    def __init__(
        self,
        view: InstrumentsTab,
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
        self._dialogs = dialogs
        self._clock = clock
        self._workspace = workspace
        self._ops = Operations(runner, self)
        self._dossier: Dossier | None = None
        self._directory: list[Organisation] = []
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        vacancies, decisions, calls = view.vacancies, view.decisions, view.phone_requests
        vacancies.add_requested.connect(lambda: self.open_vacancy(None))
        vacancies.edit_requested.connect(lambda: self.open_vacancy(vacancies.selected()))
        vacancies.sheet_requested.connect(self.vacancy_sheet)
        vacancies.delete_requested.connect(self.delete_vacancy)
        decisions.add_requested.connect(lambda: self.open_decision(None))
        decisions.edit_requested.connect(lambda: self.open_decision(decisions.selected()))
        decisions.goal_requested.connect(self.make_goal)
        decisions.delete_requested.connect(self.delete_decision)
        calls.add_requested.connect(lambda: self.open_phone_request(None))
        calls.edit_requested.connect(lambda: self.open_phone_request(calls.selected()))
        calls.delete_requested.connect(self.delete_phone_request)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._show_rows()
        self._read_directory()

    def keep(self, dossier: Dossier) -> None:
        self._dossier = dossier
        self._show_rows()

    def clear(self) -> None:
        self._ops.drop_all()
        self._dossier = None
        self._directory = []
        for section in (self._view.vacancies, self._view.decisions, self._view.phone_requests):
            section.model.clear()
        self._view.show_notice("")
        self._view.close_form()

    # ------------------------------------------------------------------ what is at hand

    def strengths(self) -> list[tuple[str, str]]:
        """(life domain, text) of each strength noted in the dossier."""
        if self._dossier is None:
            return []
        names = domain_labels()
        return [
            (label_of(names, o.domain), o.text)
            for o in self._dossier.observations
            if o.kind is ObservationKind.STRENGTH
        ]

    def choice(self) -> OrganisationChoice:
        dossier = self._dossier
        known = {o.id: o for o in (dossier.organisations if dossier else ())}
        known.update({o.id: o for o in self._directory})
        return OrganisationChoice(
            tuple(known.values()), dossier.consents if dossier else (), self._clock.today()
        )

    # ------------------------------------------------------------------ vacancies

    def open_vacancy(self, existing: object | None) -> None:
        if not self._can_edit() or (existing is not None and not isinstance(existing, Vacancy)):
            return
        dialog = VacancyDialog(existing, self.strengths(), self._clock.today(), self._view.widget())
        self._view.open_form(dialog, self._save_vacancy)

    def _save_vacancy(self, vacancy: Any) -> None:
        self._save(lambda edits, cid: edits.instruments.save_vacancy(cid, vacancy))
        self._view.vacancies.select_id(vacancy.id)

    def vacancy_sheet(self) -> None:
        vacancy = self._view.vacancies.selected()
        dossier = self._dossier
        if not isinstance(vacancy, Vacancy) or dossier is None:
            return
        vault, client_id, vacancy_id = self._workspace.vault, dossier.client.id, vacancy.id
        self.exports.save_with(
            self._view.widget(),
            QCoreApplication.translate("InstrumentsTab", "vacature-samen-gelezen.pdf"),
            lambda target: export_vacancy(vault, client_id, vacancy_id, target),
        )

    def delete_vacancy(self) -> None:
        vacancy = self._view.vacancies.selected()
        if not isinstance(vacancy, Vacancy) or not self._can_edit():
            return
        if self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("InstrumentsTab", "Vacature verwijderen"),
            QCoreApplication.translate(
                "InstrumentsTab", "De vacature “{title}” en wat u erbij noteerde verwijderen?"
            ).format(title=vacancy.title),
        ):
            vacancy_id = vacancy.id
            self._save(lambda edits, cid: edits.instruments.remove_vacancy(cid, vacancy_id))

    # ------------------------------------------------------------------ decisions

    def open_decision(self, existing: object | None) -> None:
        if not self._can_edit() or (existing is not None and not isinstance(existing, Decision)):
            return
        dialog = DecisionDialog(existing, self._clock.today(), self._view.widget())
        self._view.open_form(dialog, self._save_decision)

    def _save_decision(self, decision: Any) -> None:
        self._save(lambda edits, cid: edits.instruments.save_decision(cid, decision))
        self._view.decisions.select_id(decision.id)

    def make_goal(self) -> None:
        decision = self._view.decisions.selected()
        if not isinstance(decision, Decision) or not self._can_edit():
            return
        goal = goal_of(decision)
        title = QCoreApplication.translate("InstrumentsTab", "POP-doel maken")
        if goal is None:
            self._dialogs.inform(
                self._view.widget(),
                title,
                QCoreApplication.translate(
                    "InstrumentsTab",
                    "Er is nog niets gekozen. Open de keuze en noteer wat de cliënt kiest; "
                    "dan kan het een doel worden.",
                ),
            )
            return
        if not self._dialogs.ask_yes_no(
            self._view.widget(),
            title,
            QCoreApplication.translate(
                "InstrumentsTab",
                "Een nieuw doel in het POP maken, in de woorden van de cliënt:\n“{goal}”\n\n"
                "De stappen spreekt u daarna samen af in het tabblad POP.",
            ).format(goal=goal.title),
        ):
            return
        pop = self._workspace.pop
        goal_title = goal.title

        def done() -> None:
            self._view.show_notice(
                QCoreApplication.translate(
                    "InstrumentsTab", "Het doel “{goal}” staat nu in het POP."
                ).format(goal=goal_title)
            )

        self._controller.edit(
            lambda _edits, cid: pop.save_goal(cid, goal), done, initiator=self._view
        )

    def delete_decision(self) -> None:
        decision = self._view.decisions.selected()
        if not isinstance(decision, Decision) or not self._can_edit():
            return
        if self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("InstrumentsTab", "Keuze verwijderen"),
            QCoreApplication.translate(
                "InstrumentsTab",
                "De afweging “{question}” verwijderen? Een POP-doel dat u "
                "ervan maakte, blijft staan.",
            ).format(question=decision.question),
        ):
            decision_id = decision.id
            self._save(lambda edits, cid: edits.instruments.remove_decision(cid, decision_id))

    # ------------------------------------------------------------------ phone requests

    def open_phone_request(self, existing: object | None) -> None:
        if isinstance(existing, PhoneRow):
            existing = existing.request
        if not self._can_edit() or (
            existing is not None and not isinstance(existing, PhoneRequest)
        ):
            return
        dialog = PhoneRequestDialog(
            existing, self.choice(), self._clock.now(), self._zone(), self._view.widget()
        )
        self._view.open_form(dialog, self._save_phone_request)

    def _save_phone_request(self, request: Any) -> None:
        self._save(lambda edits, cid: edits.instruments.save_phone_request(cid, request))
        self._view.phone_requests.select_id(request.id)

    def delete_phone_request(self) -> None:
        row = self._view.phone_requests.selected()
        if not isinstance(row, PhoneRow) or not self._can_edit():
            return
        if self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("InstrumentsTab", "Telefonische vraag verwijderen"),
            QCoreApplication.translate(
                "InstrumentsTab",
                "Deze telefonische vraag verwijderen? Het contactmoment dat erbij hoort, "
                "verdwijnt mee.",
            ),
        ):
            request_id = row.request.id
            self._save(lambda edits, cid: edits.instruments.remove_phone_request(cid, request_id))

    # ------------------------------------------------------------------ helpers

    def _can_edit(self) -> bool:
        return self._dossier is not None and not self._view.read_only

    def _zone(self) -> Any:
        return getattr(self._clock, "zone", None) or self._clock.now().tzinfo

    def _save(self, work: Callable[[DossierEdits, str], Changes]) -> None:
        self._controller.edit(work, initiator=self._view)

    def _read_directory(self) -> None:
        read_directory(
            self._ops,
            self._workspace.directory.organisations,
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
        names = org_names(dossier, self._directory)
        zone = self._zone()
        self._view.vacancies.show_rows(
            sorted(
                dossier.vacancies,
                key=lambda v: v.read_on.toordinal() if v.read_on else 0,
                reverse=True,
            )
        )
        self._view.decisions.show_rows(
            sorted(
                dossier.decisions,
                key=lambda d: d.made_on.toordinal() if d.made_on else 0,
                reverse=True,
            )
        )
        self._view.phone_requests.show_rows(
            [
                PhoneRow(r, names.get(r.organisation_id or "", ""), zone)
                for r in sorted(dossier.phone_requests, key=lambda r: r.at, reverse=True)
            ]
        )
