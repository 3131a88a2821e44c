"""What happens to the chosen goal's steps: a new one, changed, done, did not work out
(what was in the way, and a new step offered), on hold (until when), removed.  Each
ends as the goal saved with its steps (with what is typed in the goal's form)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import Owner, StepStatus
from genwerkt_desktop.domain.model import Goal, Organisation, Step
from genwerkt_desktop.services.directory import DirectoryService
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.operations import Operations

from .dialogs import NotWorkedOut
from .screen import PopScreen


class ChosenGoal(Protocol):
    """The goal the steps belong to, as the presenter holds it."""

    def current_goal(self) -> Goal | None: ...

    def partners(self) -> Sequence[Organisation]: ...

    def revisit_of(self, step_id: str) -> date | None: ...

    def save_steps(
        self, goal: Goal, steps: tuple[Step, ...], revisits: dict[str, date]
    ) -> None: ...


class StepActions(QObject):
    def __init__(
        self,
        view: PopScreen,
        goal: ChosenGoal,
        dialogs: Dialogs,
        clock: Clock,
        directory: DirectoryService,
        ops: Operations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._goal = goal
        self._dialogs = dialogs
        self._clock = clock
        self._directory = directory
        self._ops = ops
        self._offer_step_for: Owner | None = None
        page = view.page
        page.new_step_requested.connect(self.new_step)
        page.edit_step_requested.connect(self.edit_step)
        page.done_requested.connect(self.mark_done)
        page.failed_requested.connect(self.mark_failed)
        page.hold_requested.connect(self.put_on_hold)
        page.delete_step_requested.connect(self.delete_step)

    def new_step(self, owner: Owner | None = None) -> None:
        if self._goal.current_goal() is not None:
            self._open_step_dialog(None, owner)

    def edit_step(self) -> None:
        step = self._view.page.current_step()
        if step is not None:
            self._open_step_dialog(step, None)

    def mark_done(self) -> None:
        step = self._view.page.current_step()
        if step is not None:
            self._save_step(replace(step, status=StepStatus.DONE))

    def mark_failed(self) -> None:
        step = self._view.page.current_step()
        if step is not None:
            self._ask_not_worked_out(step)

    def put_on_hold(self) -> None:
        step = self._view.page.current_step()
        if step is not None:
            self._ask_revisit(step)

    def delete_step(self) -> None:
        goal, step = self._goal.current_goal(), self._view.page.current_step()
        if goal is None or step is None:
            return
        if not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("PopTab", "Stap verwijderen"),
            QCoreApplication.translate("PopTab", "Deze tussenstap verwijderen?"),
        ):
            return
        self._goal.save_steps(goal, tuple(s for s in goal.steps if s.id != step.id), {})

    def offer_new_step(self) -> None:
        """The saved goal is back: offer the new step asked for when one did not work
        out (now it is added to the goal with that step already marked)."""
        if self._offer_step_for is not None:
            owner, self._offer_step_for = self._offer_step_for, None
            self.new_step(owner)

    def forget(self) -> None:
        self._offer_step_for = None

    def _open_step_dialog(self, step: Step | None, owner: Owner | None) -> None:
        """The dossier's partners and the sociale kaart are offered (read in the worker)."""
        own = list(self._goal.partners())

        def offer(from_directory: Sequence[Organisation]) -> None:
            known = {o.id for o in own}
            organisations = own + [o for o in from_directory if o.id not in known]
            self._view.open_step_dialog(
                step,
                organisations,
                self._clock.today(),
                owner,
                lambda value: self._step_submitted(step, value),
            )

        def unread(_exc: BaseException) -> None:
            offer(())  # the dossier's own partners still, and a name can be typed

        self._ops.query(self._directory.organisations, offer, key="organisations", failure=unread)

    def _step_submitted(self, before: Step | None, step: Step) -> None:
        was = before.status if before is not None else None
        if step.status is StepStatus.FAILED and was is not StepStatus.FAILED:
            self._ask_not_worked_out(step)
        elif step.status is StepStatus.ON_HOLD and was is not StepStatus.ON_HOLD:
            self._ask_revisit(step)
        else:
            self._save_step(step)

    def _ask_not_worked_out(self, step: Step) -> None:
        def answered(value: NotWorkedOut) -> None:
            failed = replace(step, status=StepStatus.FAILED, evaluation=value.evaluation)
            self._offer_step_for = step.owner if value.plan_new_step else None
            self._save_step(failed)

        self._view.ask_not_worked_out(step, answered)

    def _ask_revisit(self, step: Step) -> None:
        self._view.ask_revisit(
            self._goal.revisit_of(step.id),
            self._clock.today(),
            lambda day: self._save_step(replace(step, status=StepStatus.ON_HOLD), revisit=day),
        )

    def _save_step(self, step: Step, revisit: date | None = None) -> None:
        goal = self._goal.current_goal()
        if goal is None:
            return
        steps = list(goal.steps)
        index = next((i for i, s in enumerate(steps) if s.id == step.id), None)
        if index is None:
            steps.append(step)
        else:
            steps[index] = step
        revisits = {step.id: revisit} if revisit is not None else {}
        self._goal.save_steps(goal, tuple(steps), revisits)
