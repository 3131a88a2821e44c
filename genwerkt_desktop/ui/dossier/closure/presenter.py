"""What the closure tab asks and shows: the closing talk, the aftercare plan, where the
trajectory stands and from when the dossier is to be destroyed.

Every write goes through ``controller.edit`` with the tab as initiator.  A save lays the
coach's edits over what is stored by then (``save_*_over``), so a change made elsewhere
meanwhile (a moment ticked off in the agenda) is never written back over.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.closure import proposed_aftercare
from genwerkt_desktop.domain.merge import Merged, merge
from genwerkt_desktop.domain.model import Aftercare, Closure, Dossier
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.worker import TaskRunner

from .access_dialog import AccessFlow
from .cards import AftercareCard, ClosingCard, TrajectoryCard
from .state import trajectory_state


class ClosureScreen(Protocol):
    """The view the presenter drives: three cards."""

    trajectory: TrajectoryCard
    closing: ClosingCard
    aftercare: AftercareCard

    def widget(self) -> QWidget: ...

    def set_editable(self, on: bool) -> None: ...


class ClosurePresenter(QObject):
    def __init__(
        self,
        view: ClosureScreen,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        retention_years: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._retention_years = retention_years
        self._closing = workspace.closing
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)
        self.access = AccessFlow(workspace, runner, dialogs, self)
        self._dossier: Dossier | None = None
        self._closure_dirty = False
        self._aftercare_dirty = False
        # What the forms were filled from: a save lays the coach's edits over what is
        # stored by then, so a change made elsewhere meanwhile is never written back over.
        self._closure_base: Closure | None = None
        self._aftercare_base: Aftercare | None = None
        self._filling = False

        view.trajectory.sheet_requested.connect(self.write_sheet)
        view.trajectory.access_requested.connect(self.open_access)
        view.closing.closure_form.changed.connect(self._closure_changed)
        view.closing.save_requested.connect(self.save_closure)
        view.closing.close_requested.connect(self.close_trajectory)
        view.aftercare.aftercare_form.changed.connect(self._aftercare_changed)
        view.aftercare.aftercare_form.ticked.connect(self._ticked)
        view.aftercare.save_requested.connect(self.save_aftercare)
        view.aftercare.start_requested.connect(self.start_aftercare)

    # ------------------------------------------------------------------ the page contract

    def show(self, dossier: Dossier) -> None:
        first = self._dossier is None or self._dossier.client.id != dossier.client.id
        self._show(dossier, first=first)

    def keep(self, dossier: Dossier) -> None:
        """Our own save came back: the forms keep what is typed and where the coach is."""
        self._show(dossier, first=False)

    def clear(self) -> None:
        self._dossier = None
        self._filling = True
        try:
            self._view.closing.closure_form.clear()
            self._view.aftercare.aftercare_form.clear()
        finally:
            self._filling = False
        self._closure_dirty = self._aftercare_dirty = False
        self._closure_base = self._aftercare_base = None
        self._view.aftercare.show_notice("")
        self.access.close_dialog()
        self._view.trajectory.clear()
        self._view.set_editable(False)

    def commit_pending(self) -> None:
        """Hand what was typed to the controller (the lock flushes the worker)."""
        if self._dossier is None:
            return
        if self._closure_dirty and self._dossier.closure is not None:
            self.save_closure()
        if self._aftercare_dirty and self._dossier.aftercare is not None:
            self.save_aftercare()

    # ------------------------------------------------------------------ actions

    def save_closure(self) -> None:
        closure, base = self._view.closing.closure_form.value(), self._closure_base
        self._closure_dirty = False  # handed off; typing from here on is new
        self._controller.edit(
            lambda edits, cid: edits.save_closure_over(cid, base, closure),
            result=self._closure_saved,
            initiator=self._view,
        )

    def close_trajectory(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        closure = self._view.closing.closure_form.value()
        day = closure.evaluated_on or self._clock.today()
        name = dossier.client.called
        if not self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("ClosureTab", "Traject afsluiten"),
            QCoreApplication.translate(
                "ClosureTab",
                "Het traject van {name} wordt afgesloten op {date}. Het gesprek wordt "
                "bewaard en de fase gaat naar Afsluiting. Doorgaan?",
            ).format(name=name, date=format_date(day)),
        ):
            return
        closing = self._closing
        self._closure_dirty = False
        self._controller.edit(
            lambda _edits, cid: closing.close_trajectory(cid, closure, day),
            done=self._closed,
            initiator=self._view,
        )

    def start_aftercare(self) -> None:
        plan = self._view.aftercare.aftercare_form.value()
        if plan.starts_on is None:
            plan = dataclasses.replace(plan, starts_on=self._clock.today())
        closing = self._closing
        self._aftercare_dirty = False
        self._controller.edit(
            lambda _edits, cid: closing.start_aftercare(cid, plan),
            done=self._aftercare_saved,
            initiator=self._view,
        )

    def save_aftercare(self) -> None:
        plan, base = self._view.aftercare.aftercare_form.value(), self._aftercare_base
        self._aftercare_dirty = False
        self._controller.edit(
            lambda edits, cid: edits.save_aftercare_over(cid, base, plan),
            result=self._aftercare_saved,
            initiator=self._view,
        )

    def write_sheet(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        name = dossier.client.called
        easy = self._view.trajectory.easy_read.isChecked()
        suggested = f"nazorgplan {name} makkelijk lezen.pdf" if easy else f"nazorgplan {name}.pdf"
        self.export_flow.save(
            self._view.widget(), ExportKind.NAZORG, dossier.client.id, suggested, easy_read=easy
        )

    def open_access(self) -> None:
        if self._dossier is not None:
            self.access.open_dialog(self._view.widget(), self._dossier)

    # ------------------------------------------------------------------ helpers

    def _show(self, dossier: Dossier, *, first: bool) -> None:
        """Fill the forms the coach is not editing (only what differs: the selection in
        the moments stays), and lay a change made elsewhere beside what is being typed."""
        self._dossier = dossier
        today = self._clock.today()
        closure_form = self._view.closing.closure_form
        aftercare_form = self._view.aftercare.aftercare_form
        names = (dossier.client.first_name, dossier.client.preferred_name)
        closure_form.set_client_names(names)
        aftercare_form.set_client_names(names)
        self._filling = True
        try:
            if first or not self._closure_dirty:
                if first or closure_form.value() != (dossier.closure or Closure()):
                    closure_form.set_value(dossier.closure, today)
                self._closure_base = dossier.closure
                self._closure_dirty = False
            if first or not self._aftercare_dirty:
                plan = dossier.aftercare or proposed_aftercare(today, dossier.closure)
                if first or aftercare_form.value() != plan:
                    aftercare_form.set_value(plan, today)
                self._aftercare_base = dossier.aftercare
                self._aftercare_dirty = False
                self._view.aftercare.show_notice("")
            elif self._aftercare_base is not None and dossier.aftercare != self._aftercare_base:
                # Changed elsewhere while the coach edits: show both, save nothing yet.
                assert dossier.aftercare is not None
                merged = merge(self._aftercare_base, aftercare_form.value(), dossier.aftercare)
                aftercare_form.set_value(merged.value, today)
                self._aftercare_base = dossier.aftercare
                self._say_merged(merged, saved=False)
        finally:
            self._filling = False
        self._view.set_editable(True)
        state = trajectory_state(dossier, self._retention_years())
        self._view.trajectory.show_state(state)
        self._view.closing.show_state(state)
        self._view.aftercare.show_state(state)

    def _closed(self) -> None:
        if self._dossier is not None and self._dossier.aftercare is not None:
            return
        if self._dialogs.ask_yes_no(
            self._view.widget(),
            QCoreApplication.translate("ClosureTab", "Nazorg"),
            QCoreApplication.translate(
                "ClosureTab",
                "Het traject is afgesloten. Wilt u nu de nazorg starten? Er staat al een "
                "voorstel klaar: zes maanden, aan te vullen met contactmomenten.",
            ),
        ):
            self.start_aftercare()

    def _closure_saved(self, merged: Merged[Closure]) -> None:
        self._closure_base = merged.value

    def _aftercare_saved(self, merged: Merged[Aftercare] | None = None) -> None:
        if merged is not None:
            self._aftercare_base = merged.value
            if merged.changed_elsewhere:
                self._say_merged(merged, saved=True)

    def _say_merged(self, merged: Merged[Aftercare], *, saved: bool) -> None:
        """Tell the coach the plan also changed elsewhere, and what became of it."""
        if merged.conflicts:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Het nazorgplan werd intussen ook elders gewijzigd, op dezelfde plaats als "
                "hier. Uw versie staat er nu; kijk ze even na.",
            )
        elif saved:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Bewaard. Wat intussen elders veranderde (bijvoorbeeld een contactmoment "
                "afgevinkt in de agenda) is behouden.",
            )
        else:
            text = QCoreApplication.translate(
                "ClosureTab",
                "Intussen veranderde het nazorgplan elders (bijvoorbeeld in de agenda); dat "
                "staat er nu bij. Uw wijzigingen zijn nog niet bewaard.",
            )
        self._view.aftercare.show_notice(text)

    def _closure_changed(self) -> None:
        if not self._filling:
            self._closure_dirty = True

    def _aftercare_changed(self) -> None:
        if not self._filling:
            self._aftercare_dirty = True

    def _ticked(self) -> None:
        """A ticked-off moment is saved at once, when there is a plan to save it in."""
        if self._dossier is not None and self._dossier.aftercare is not None:
            self.save_aftercare()
        else:
            self._aftercare_changed()
