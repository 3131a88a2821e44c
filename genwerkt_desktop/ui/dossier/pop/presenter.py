"""What the POP tab asks and shows: the dossier's goals, the chosen one, its follow-up.

Every write goes through ``controller.edit`` with the tab as initiator, so the tab's own
saves come back through :meth:`PopPresenter.keep` (selection and form stay); reads (the
follow-up, the sociale kaart) go through :class:`Operations`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.goal_closing import (
    ClosingError,
    StepChoice,
    asks_about_steps,
    close_goal,
    move_targets,
    open_steps_of,
)
from genwerkt_desktop.domain.model import Dossier, Goal, Organisation, Step
from genwerkt_desktop.domain.pop_progress import goal_progress
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.pop_plan import PopFollowUp
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

from .closing_dialog import ClosingQuestion
from .screen import PopScreen
from .state import GoalSteps
from .step_actions import StepActions


class PopPresenter(QObject):
    def __init__(
        self,
        view: PopScreen,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._pop = workspace.pop
        self._ops = Operations(runner, self)
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)
        self._dossier: Dossier | None = None
        self._follow_up = PopFollowUp()
        self._selected_id: str | None = None

        goals, page = view.goal_list, view.page
        goals.new_goal_requested.connect(self.new_goal)
        goals.move_requested.connect(self.move_goal)
        goals.delete_requested.connect(self.delete_goal)
        goals.export_requested.connect(self.export)
        goals.chosen.connect(self.choose_goal)
        goals.reorder_requested.connect(self.reorder)
        page.save_requested.connect(self.save_goal)
        page.form.edited.connect(self._show_actions)
        page.step_chosen.connect(self._show_actions)
        self.steps = StepActions(view, self, dialogs, clock, workspace.directory, self._ops, self)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        if self._dossier is not None and self._dossier.client.id != dossier.client.id:
            self._selected_id = None
            self._follow_up = PopFollowUp()
        self._show(dossier, keep_form=self._view.page.form.dirty)

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: the same goal stays chosen, the form as typed."""
        self._show(dossier, keep_form=True)

    def clear(self) -> None:
        self._ops.drop_all()
        self._dossier = None
        self._follow_up = PopFollowUp()
        self._selected_id = None
        self.steps.forget()
        self._view.close_dialogs()
        self._view.goal_list.clear()
        self._view.page.clear()
        self._show_actions()

    def commit_pending(self) -> None:
        """Hand a goal being typed to the controller (the lock flushes the worker)."""
        form = self._view.page.form
        if self._dossier is not None and form.dirty and form.has_title():
            self.save_goal(ask=False)

    # ------------------------------------------------------------------ goals

    def current_goal(self) -> Goal | None:
        if self._dossier is None or self._selected_id is None:
            return None
        return next((g for g in self._dossier.goals if g.id == self._selected_id), None)

    def choose_goal(self, goal_id: str) -> None:
        form = self._view.page.form
        if goal_id == self._selected_id and form.base() is not None:
            return
        if form.dirty and form.has_title():
            if self._asks(form.value()):
                # Closing with open steps waits for the coach's answer: stay on this goal.
                self._view.goal_list.show_selected(self._selected_id)
                self.save_goal()
                return
            self.save_goal()  # switching goals never loses what was typed
        self._selected_id = goal_id
        goal = self.current_goal()
        form.set_goal(goal)
        self._show_steps(goal)

    def new_goal(self) -> None:
        if self._dossier is None:
            return
        self._selected_id = None
        self._view.goal_list.show_selected(None)
        self._view.page.form.set_goal(None)
        self._show_steps(None)
        self._view.page.form.title.setFocus()

    def save_goal(self, *, ask: bool = True) -> None:
        """Save the goal as typed.  Closing it while steps are open first asks what
        becomes of them (the form stays as typed until answered); when there is no time
        to ask (``ask`` False: the lock), the rest is saved and the goal stays open."""
        form = self._view.page.form
        if self._dossier is None or not form.has_title():
            form.title.setFocus()
            return
        goal = form.value()
        self._selected_id = goal.id
        if self._asks(goal):
            if ask:
                self._ask_closing(goal)
                return
            goal = self._keeping_status(goal)
        form.dirty = False
        self._save(goal)

    def move_goal(self, delta: int) -> None:
        goal = self.current_goal()
        if goal is not None:
            self._view.goal_list.request_move(goal.id, delta)

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("PopTab", "Doel verwijderen"),
            QCoreApplication.translate(
                "PopTab",
                "Dit doel en al zijn stappen verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ),
        ):
            return
        self._selected_id = None
        self._view.page.form.dirty = False
        goal_id = goal.id
        self._controller.edit(
            lambda edits, cid: edits.delete_goal(cid, goal_id), initiator=self._view
        )

    def reorder(self, ids: list[str]) -> None:
        self._controller.edit(
            lambda edits, cid: edits.reorder_goals(cid, ids), initiator=self._view
        )

    def export(self, kind: ExportKind) -> None:
        if self._dossier is None:
            return
        names = {
            ExportKind.POP: QCoreApplication.translate("PopTab", "stappenplan"),
            ExportKind.STAVAZA: QCoreApplication.translate("PopTab", "stand-van-zaken"),
        }
        client = self._dossier.client
        first = client.called
        easy = kind is ExportKind.POP and self._view.goal_list.easy_read.isChecked()
        if easy:
            names[kind] += "-" + QCoreApplication.translate("PopTab", "makkelijk-lezen")
        suggested = f"{names[kind]}-{first}-{self._clock.today():%Y-%m-%d}.pdf"
        self.export_flow.save(self._view.widget(), kind, client.id, suggested, easy_read=easy)

    # ------------------------------------------------------------------ for the steps

    def partners(self) -> Sequence[Organisation]:
        return self._dossier.organisations if self._dossier is not None else ()

    def revisit_of(self, step_id: str) -> date | None:
        return self._follow_up.revisits.get(step_id)

    def save_steps(self, goal: Goal, steps: tuple[Step, ...], revisits: dict[str, date]) -> None:
        """Save ``goal`` with ``steps`` (and what is typed in its form).  A closing typed
        in the form is not saved along: it asks when the goal itself is saved."""
        to_save = replace(self._goal_to_save(goal), steps=steps)
        if self._asks(to_save):
            to_save = self._keeping_status(to_save)
            self._view.page.form.dirty = True  # the closed status is still to be saved
        self._save(to_save, revisits)

    def _goal_to_save(self, goal: Goal) -> Goal:
        """The stored goal, with what is being typed in the form (never lost by a step)."""
        form = self._view.page.form
        if form.dirty and form.has_title() and form.base() is not None:
            form.dirty = False
            return replace(form.value(), steps=goal.steps)
        return goal

    # ------------------------------------------------------------------ closing a goal

    def _stored(self, goal_id: str) -> Goal | None:
        if self._dossier is None:
            return None
        return next((g for g in self._dossier.goals if g.id == goal_id), None)

    def _asks(self, goal: Goal) -> bool:
        return asks_about_steps(self._stored(goal.id), goal)

    def _keeping_status(self, goal: Goal) -> Goal:
        stored = self._stored(goal.id)
        return replace(goal, status=stored.status) if stored is not None else goal

    def _ask_closing(self, goal: Goal) -> None:
        assert self._dossier is not None
        question = ClosingQuestion(
            goal=goal,
            open_steps=open_steps_of(goal, self._clock.today()),
            targets=move_targets(self._dossier.goals, goal.id),
        )
        self._view.ask_how_to_close(
            question,
            lambda choices: self._close(goal, choices),
            lambda: self._closing_cancelled(goal.id),
        )

    def _close(self, goal: Goal, choices: dict[str, StepChoice]) -> None:
        """One write: the closed goal and every goal that received a step."""
        if self._dossier is None:
            return
        try:
            closing = close_goal(goal, self._dossier.goals, choices)
        except ClosingError:
            # A goal to move to was closed or removed meanwhile: nothing is saved.
            self._dialogs.warn(
                self._view.widget(),
                QCoreApplication.translate("PopTab", "Doel afsluiten"),
                QCoreApplication.translate(
                    "PopTab",
                    "Het doel waarnaar een stap zou gaan, loopt niet meer. "
                    "Bewaar het doel opnieuw en kies opnieuw.",
                ),
            )
            return
        form = self._view.page.form
        base = form.base()
        if base is not None and base.id == goal.id:
            form.dirty = False
        pop = self._pop

        def work(_edits: object, client_id: str) -> Changes:
            return pop.close_goal(client_id, closing)

        self._controller.edit(work, initiator=self._view)

    def _closing_cancelled(self, goal_id: str) -> None:
        """The goal stays as it was: its status goes back in the form (the rest stays
        as typed)."""
        form = self._view.page.form
        base, stored = form.base(), self._stored(goal_id)
        if base is not None and base.id == goal_id and stored is not None:
            form.set_status(stored.status)

    # ------------------------------------------------------------------ helpers

    def _save(self, goal: Goal, revisits: dict[str, date] | None = None) -> None:
        pop = self._pop

        def work(_edits: object, client_id: str) -> Changes:
            return pop.save_goal(client_id, goal, revisits)

        self._controller.edit(work, initiator=self._view)

    def _show(self, dossier: Dossier, *, keep_form: bool) -> None:
        self._dossier = dossier
        form = self._view.page.form
        form.set_today(self._clock.today())
        form.set_client_names((dossier.client.first_name, dossier.client.preferred_name))
        if self._selected_id not in {g.id for g in dossier.goals}:
            self._selected_id = dossier.goals[0].id if dossier.goals else None
            if form.base() is not None:
                keep_form = False  # the goal in the form is gone
        goal = self.current_goal()
        self._view.goal_list.show_goals(dossier.goals, self._selected_id)
        base = form.base()
        if not keep_form:
            form.set_goal(goal)
        elif goal is not None and (base is None or base.id == goal.id):
            form.rebase(goal)
        self._show_steps(goal)
        self._read_follow_up(dossier.client.id)
        self.steps.offer_new_step()

    def _show_steps(self, goal: Goal | None) -> None:
        shown = (
            GoalSteps(
                goal=goal,
                today=self._clock.today(),
                follow_up=self._follow_up,
                zone=self._clock.now().tzinfo,
                progress=goal_progress(goal),
            )
            if goal is not None
            else None
        )
        self._view.page.show_steps(shown)
        self._show_actions()

    def _read_follow_up(self, client_id: str) -> None:
        pop = self._pop

        def read(follow_up: PopFollowUp) -> None:
            self._follow_up = follow_up
            self._view.page.show_history_notice("")
            self._show_steps(self.current_goal())

        def unread(exc: BaseException) -> None:
            # The goals and steps are there; only their history and revisit dates are not.
            self._view.page.show_history_notice(failure_text(exc))

        self._ops.query(lambda: pop.follow_up(client_id), read, key="follow_up", failure=unread)

    def _show_actions(self) -> None:
        goal = self.current_goal()
        has_dossier = self._dossier is not None
        self._view.goal_list.set_actions(has_dossier=has_dossier, has_goal=goal is not None)
        self._view.page.set_actions(
            has_dossier=has_dossier,
            has_goal=goal is not None,
            has_step=goal is not None and self._view.page.current_step() is not None,
        )
