"""&POP: the goals in order of priority, the chosen goal with its SMART questions, its
steps (late ones stand out), progress and the history of changes.

Every save goes through ``controller.edit`` into the worker; the dossier is read again
and comes back through ``set_dossier``.  The history and the revisit dates of steps on
hold are not part of the dossier: they are read beside it (PopPlanService).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import Owner, StepStatus
from genwerkt_desktop.domain.model import Dossier, Goal, Step
from genwerkt_desktop.domain.pop_progress import goal_progress
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.pop_plan import PopFollowUp
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import ExportFlow
from genwerkt_desktop.ui.widgets.column_fit import NarrowColumns
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, section_title
from genwerkt_desktop.ui.widgets.scrolling import column_scroll
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    select_row,
    selected_source_row,
    set_column_widths,
    setup_table,
)
from genwerkt_desktop.ui.worker import TaskRunner

from .dialogs import NotWorkedOutDialog, OnHoldDialog, StepDialog
from .goal_form import GoalForm
from .models import GoalListModel, HistoryModel, StepTableModel
from .texts import progress_text


class PopTab(QWidget):
    parts = frozenset({Part.CLIENT, Part.POP})

    def __init__(
        self,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("popTab")
        self._controller = controller
        self._runner = runner
        self._dialogs = dialogs
        self._clock = clock
        self._pop = workspace.pop
        self._directory = workspace.directory
        self.export_flow = ExportFlow(workspace, runner, dialogs, self)
        self._dossier: Dossier | None = None
        self._follow_up = PopFollowUp()
        self._selected_id: str | None = None
        self._generation = 0
        self.step_dialog: StepDialog | None = None
        self.failed_dialog: NotWorkedOutDialog | None = None
        self.hold_dialog: OnHoldDialog | None = None
        self._offer_step_for: Owner | None = None

        # -- left: the goals
        left = QWidget(self)
        self.goals = GoalListModel(self)
        self.goals_proxy = RecordProxy(self)
        self.goals_proxy.setSourceModel(self.goals)
        self.goals_view = QTableView(left)
        self.goals_view.setModel(self.goals_proxy)
        setup_table(
            self.goals_view,
            QCoreApplication.translate("PopTab", "Doelen"),
            stretch=GoalListModel.COL_TITLE,
        )
        self.goals_view.setDragEnabled(True)
        self.goals_view.setAcceptDrops(True)
        self.goals_view.setDropIndicatorShown(True)
        self.goals_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.goals_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.goals_view.setDragDropOverwriteMode(False)
        set_column_widths(
            self.goals_view,
            {
                GoalListModel.COL_RANK: ["00"],
                GoalListModel.COL_STATUS: ["Bijgesteld"],
                GoalListModel.COL_PROGRESS: ["10 van 10", "geen stappen"],
            },
        )
        # The goal's own words need the room; its date is in the form beside the list.
        self.goals_view.setColumnHidden(GoalListModel.COL_DUE, True)
        self.goals.reorder_requested.connect(self._reorder)
        self.goals_view.selectionModel().selectionChanged.connect(self._goal_chosen)
        self.new_goal_button = make_button(
            QCoreApplication.translate("PopTab", "&Nieuw doel"),
            QCoreApplication.translate("PopTab", "Nieuw doel"),
            left,
        )
        self.up_button = make_button(
            QCoreApplication.translate("PopTab", "Omhoog ↑"),
            QCoreApplication.translate("PopTab", "Doel hoger zetten (Alt+Omhoog)"),
            left,
        )
        self.down_button = make_button(
            QCoreApplication.translate("PopTab", "Omlaag ↓"),
            QCoreApplication.translate("PopTab", "Doel lager zetten (Alt+Omlaag)"),
            left,
        )
        self.delete_goal_button = make_button(
            QCoreApplication.translate("PopTab", "Doel verwijderen…"),
            QCoreApplication.translate("PopTab", "Doel verwijderen"),
            left,
        )
        self.pop_button = make_button(
            QCoreApplication.translate("PopTab", "Stappenplan &afdrukken…"),
            QCoreApplication.translate("PopTab", "Stappenplan voor de cliënt als PDF"),
            left,
        )
        self.stavaza_button = make_button(
            QCoreApplication.translate("PopTab", "Stand van &zaken…"),
            QCoreApplication.translate("PopTab", "Stand van zaken als PDF"),
            left,
        )
        self.new_goal_button.clicked.connect(self.new_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(1))
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.pop_button.clicked.connect(
            lambda: self._export(
                ExportKind.POP, QCoreApplication.translate("PopTab", "stappenplan")
            )
        )
        self.stavaza_button.clicked.connect(
            lambda: self._export(
                ExportKind.STAVAZA, QCoreApplication.translate("PopTab", "stand-van-zaken")
            )
        )
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.goals_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda delta=delta: self.move_goal(delta))
        order_row = QHBoxLayout()
        for button in (self.new_goal_button, self.up_button, self.down_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        sheets_row = QHBoxLayout()
        sheets_row.addWidget(self.pop_button)
        sheets_row.addWidget(self.stavaza_button)
        sheets_row.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            section_title(
                QCoreApplication.translate("PopTab", "Doelen, het belangrijkste eerst"), left
            )
        )
        left_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "PopTab", "Sleep een doel, of gebruik Alt+pijltjes, om de volgorde te wijzigen."
                ),
                left,
                muted=True,
            )
        )
        left_layout.addWidget(self.goals_view, 1)
        left_layout.addLayout(order_row)
        left_layout.addWidget(self.delete_goal_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addLayout(sheets_row)

        # -- right: the goal, its steps, its history
        page = QWidget()
        self.form = GoalForm(clock.today(), page)
        self.save_goal_button = make_button(
            QCoreApplication.translate("PopTab", "Doel bewaren (Ctrl+S)"),
            QCoreApplication.translate("PopTab", "Doel bewaren"),
            page,
            primary=True,
        )
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save_goal)
        self.save_goal_button.clicked.connect(self.save_goal)
        self.form.edited.connect(self._update_buttons)

        self.steps = StepTableModel(self)
        self.steps_proxy = RecordProxy(self)
        self.steps_proxy.setSourceModel(self.steps)
        self.steps_view = QTableView(page)
        self.steps_view.setModel(self.steps_proxy)
        setup_table(
            self.steps_view,
            QCoreApplication.translate("PopTab", "Tussenstappen"),
            stretch=StepTableModel.COL_TEXT,
        )
        self.steps_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        set_column_widths(
            self.steps_view,
            {
                StepTableModel.COL_OWNER: ["Partner: Schuld"],
                StepTableModel.COL_MODE: ["Structureren"],
                StepTableModel.COL_DUE: ["⚠ 00/00/0000 · te"],
                StepTableModel.COL_STATUS: ["On hold · 00/00"],
            },
        )
        # Narrow page: how the coach works along steps aside first, the step text stays.
        self.narrow_steps = NarrowColumns(
            self.steps_view, (StepTableModel.COL_MODE,), self.fontMetrics().averageCharWidth() * 28
        )
        self.steps_view.doubleClicked.connect(lambda _i: self.edit_step())
        self.steps_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(
            QCoreApplication.translate("PopTab", "Voortgang van het doel")
        )
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.progress_label = QLabel(page)
        self.overdue_label = QLabel(page)
        self.overdue_label.setObjectName("noticeText")
        self.new_step_button = make_button(
            QCoreApplication.translate("PopTab", "Nieuwe &stap…"),
            QCoreApplication.translate("PopTab", "Nieuwe tussenstap"),
            page,
        )
        self.edit_step_button = make_button(
            QCoreApplication.translate("PopTab", "&Wijzigen…"),
            QCoreApplication.translate("PopTab", "Stap wijzigen"),
            page,
        )
        self.done_button = make_button(
            QCoreApplication.translate("PopTab", "&Gedaan"),
            QCoreApplication.translate("PopTab", "Stap is gedaan"),
            page,
        )
        self.failed_button = make_button(
            QCoreApplication.translate("PopTab", "&Lukte niet…"),
            QCoreApplication.translate("PopTab", "Stap lukte niet"),
            page,
        )
        self.hold_button = make_button(
            QCoreApplication.translate("PopTab", "&On hold…"),
            QCoreApplication.translate("PopTab", "Stap even on hold zetten"),
            page,
        )
        self.delete_step_button = make_button(
            QCoreApplication.translate("PopTab", "Verwijderen…"),
            QCoreApplication.translate("PopTab", "Stap verwijderen"),
            page,
        )
        self.new_step_button.clicked.connect(lambda: self.new_step())
        self.edit_step_button.clicked.connect(self.edit_step)
        self.done_button.clicked.connect(self.mark_done)
        self.failed_button.clicked.connect(self.mark_failed)
        self.hold_button.clicked.connect(self.put_on_hold)
        self.delete_step_button.clicked.connect(self.delete_step)
        # Two short rows (the step itself, then how it went), so the page stays narrow
        # enough to sit beside the goal list without scrolling sideways.
        step_buttons = QVBoxLayout()
        for row_buttons in (
            (self.new_step_button, self.edit_step_button, self.delete_step_button),
            (self.done_button, self.failed_button, self.hold_button),
        ):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            step_buttons.addLayout(row)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label)
        progress_row.addSpacing(12)
        progress_row.addWidget(self.overdue_label)
        progress_row.addStretch(1)

        self.history = HistoryModel(self)
        self.history_view = QTableView(page)
        self.history_view.setModel(self.history)
        setup_table(
            self.history_view,
            QCoreApplication.translate("PopTab", "Geschiedenis"),
            stretch=HistoryModel.COL_WHAT,
        )
        self.history_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        set_column_widths(self.history_view, {HistoryModel.COL_AT: ["00/00/0000 00:00"]})

        right = QVBoxLayout(page)
        right.setContentsMargins(4, 0, 8, 8)
        right.addWidget(section_title(QCoreApplication.translate("PopTab", "Het doel"), page))
        right.addWidget(self.form)
        right.addWidget(self.save_goal_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(
            section_title(
                QCoreApplication.translate("PopTab", "Tussenstappen: wie doet wat, tegen wanneer"),
                page,
            )
        )
        right.addLayout(progress_row)
        right.addWidget(self.steps_view, 1)
        right.addLayout(step_buttons)
        right.addWidget(
            section_title(QCoreApplication.translate("PopTab", "Geschiedenis van dit doel"), page)
        )
        right.addWidget(self.history_view)
        scroll = column_scroll(page, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        chars = self.fontMetrics().averageCharWidth()
        splitter.setSizes([chars * 80, chars * 120])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(splitter)
        self.clear()

    # ------------------------------------------------------------------ the page contract

    def keep(self, dossier: Dossier) -> None:
        self.set_dossier(dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        if self._dossier is not None and self._dossier.client.id != dossier.client.id:
            self._selected_id = None
            self._follow_up = PopFollowUp()
        self._dossier = dossier
        self.form.set_today(self._clock.today())
        self.goals.set_records(list(dossier.goals))
        if self._selected_id is None and dossier.goals:
            self._selected_id = dossier.goals[0].id
        self._show_selected(keep_form=self.form.dirty)
        self._load_follow_up(dossier.client.id)
        if self._offer_step_for is not None:
            owner, self._offer_step_for = self._offer_step_for, None
            self.new_step(owner)

    def clear(self) -> None:
        self._generation += 1
        self._dossier = None
        self._follow_up = PopFollowUp()
        self._selected_id = None
        for dialog in (self.step_dialog, self.failed_dialog, self.hold_dialog):
            if dialog is not None:
                dialog.reject()
        self.step_dialog = self.failed_dialog = self.hold_dialog = None
        self._offer_step_for = None
        self.goals.clear()
        self.steps.clear()
        self.history.clear()
        self.form.clear()
        self.progress_label.clear()
        self.overdue_label.clear()
        self.progress.setValue(0)
        self._update_buttons()

    def commit_pending(self) -> None:
        """Save a goal being typed, here and now (the lock is waiting)."""
        if self._dossier is None or not self.form.dirty or not self.form.has_title():
            return
        self._pop.save_goal(self._dossier.client.id, self.form.value())
        self.form.dirty = False

    # ------------------------------------------------------------------ goals

    def current_goal(self) -> Goal | None:
        if self._dossier is None or self._selected_id is None:
            return None
        return next((g for g in self._dossier.goals if g.id == self._selected_id), None)

    def select_goal(self, goal_id: str) -> None:
        select_row(self.goals_view, self.goals_proxy.row_of(goal_id))

    def new_goal(self) -> None:
        if self._dossier is None:
            return
        self._selected_id = None
        self.goals_view.clearSelection()
        self.form.set_goal(None)
        self._show_steps(None)
        self._update_buttons()
        self.form.title.setFocus()

    def save_goal(self) -> None:
        if self._dossier is None or not self.form.has_title():
            self.form.title.setFocus()
            return
        goal = self.form.value()
        self._selected_id = goal.id
        self.form.dirty = False
        self._save(goal)

    def move_goal(self, delta: int) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        row = self.goals.row_of(goal.id)
        target = row + delta if delta < 0 else row + delta + 1
        if 0 <= row + delta < self.goals.rowCount():
            self.goals.request_move(goal.id, target)

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("PopTab", "Doel verwijderen"),
            QCoreApplication.translate(
                "PopTab",
                "Dit doel en al zijn stappen verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ),
        ):
            return
        self._selected_id = None
        self.form.dirty = False
        self._controller.edit(lambda edits, cid: edits.delete_goal(cid, goal.id))

    def _reorder(self, ids: list[str]) -> None:
        self._controller.edit(lambda edits, cid: edits.reorder_goals(cid, ids))

    def _goal_chosen(self) -> None:
        row = selected_source_row(self.goals_view, self.goals_proxy)
        if row < 0:
            return
        goal_id = self.goals.record_at(row).id
        if goal_id == self._selected_id and self.form.base() is not None:
            return
        if self.form.dirty and self.form.has_title():
            self.save_goal()  # switching goals never loses what was typed
        self._selected_id = goal_id
        self._show_selected(keep_form=False)

    def _show_selected(self, *, keep_form: bool) -> None:
        goal = self.current_goal()
        if goal is not None:
            self.goals_view.blockSignals(True)
            self.select_goal(goal.id)
            self.goals_view.blockSignals(False)
        if not keep_form:
            self.form.set_goal(goal)
        self._show_steps(goal)
        self._update_buttons()

    # ------------------------------------------------------------------ steps

    def _show_steps(self, goal: Goal | None) -> None:
        today = self._clock.today()
        if goal is None:
            self.steps.clear()
            self.history.clear()
            self.progress.setValue(0)
            self.progress_label.setText(
                QCoreApplication.translate(
                    "PopTab", "Bewaar eerst het doel; dan kunt u stappen afspreken."
                )
            )
            self.overdue_label.clear()
            return
        self.steps.set_steps(goal.steps, today, self._follow_up.revisits)
        self.history.set_history(goal, self._follow_up.history, self._clock.now().tzinfo)
        progress = goal_progress(goal)
        self.progress.setRange(0, max(progress.counted, 1))
        self.progress.setValue(progress.done)
        self.progress_label.setText(progress_text(progress.done, progress.counted))
        late = sum(1 for row in self.steps.records() if row.overdue)
        self.overdue_label.setText(
            QCoreApplication.translate("PopTab", "⚠ {n} te laat").format(n=late) if late else ""
        )

    def current_step(self) -> Step | None:
        row = selected_source_row(self.steps_view, self.steps_proxy)
        return self.steps.record_at(row).step if row >= 0 else None

    def select_step(self, step_id: str) -> None:
        select_row(self.steps_view, self.steps_proxy.row_of(step_id))

    def new_step(self, owner: Any = None) -> None:
        if self.current_goal() is None:
            return
        kwargs = {"owner": owner} if owner is not None else {}
        self._open_step_dialog(None, **kwargs)

    def edit_step(self) -> None:
        step = self.current_step()
        if step is not None:
            self._open_step_dialog(step)

    def _open_step_dialog(self, step: Step | None, **kwargs: Any) -> None:
        organisations = list(self._dossier.organisations) if self._dossier else []
        known = {o.id for o in organisations}
        organisations += [o for o in self._directory.organisations() if o.id not in known]
        dialog = StepDialog(step, organisations, self._clock.today(), self, **kwargs)
        dialog.submitted.connect(lambda value: self._step_submitted(step, value))
        dialog.finished.connect(lambda _code: self._forget("step_dialog", dialog))
        self.step_dialog = dialog
        dialog.open()

    def _step_submitted(self, before: Step | None, step: Step) -> None:
        was = before.status if before is not None else None
        if step.status is StepStatus.FAILED and was is not StepStatus.FAILED:
            self._ask_not_worked_out(step)
        elif step.status is StepStatus.ON_HOLD and was is not StepStatus.ON_HOLD:
            self._ask_revisit(step)
        else:
            self._save_step(step)

    def mark_done(self) -> None:
        step = self.current_step()
        if step is not None:
            self._save_step(replace(step, status=StepStatus.DONE))

    def mark_failed(self) -> None:
        step = self.current_step()
        if step is not None:
            self._ask_not_worked_out(step)

    def put_on_hold(self) -> None:
        step = self.current_step()
        if step is not None:
            self._ask_revisit(step)

    def delete_step(self) -> None:
        goal, step = self.current_goal(), self.current_step()
        if goal is None or step is None:
            return
        if not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("PopTab", "Stap verwijderen"),
            QCoreApplication.translate("PopTab", "Deze tussenstap verwijderen?"),
        ):
            return
        self._save(
            replace(self._goal_to_save(goal), steps=tuple(s for s in goal.steps if s.id != step.id))
        )

    def _ask_not_worked_out(self, step: Step) -> None:
        dialog = NotWorkedOutDialog(step, self)

        def answered(value: Any) -> None:
            failed = replace(step, status=StepStatus.FAILED, evaluation=value.evaluation)
            # The new step is offered once the saved goal is back (set_dossier), so
            # it is added to the goal with this step already marked.
            self._offer_step_for = step.owner if value.plan_new_step else None
            self._save_step(failed)

        dialog.submitted.connect(answered)
        dialog.finished.connect(lambda _code: self._forget("failed_dialog", dialog))
        self.failed_dialog = dialog
        dialog.open()

    def _ask_revisit(self, step: Step) -> None:
        dialog = OnHoldDialog(self._follow_up.revisits.get(step.id), self._clock.today(), self)
        dialog.submitted.connect(
            lambda day: self._save_step(replace(step, status=StepStatus.ON_HOLD), revisit=day)
        )
        dialog.finished.connect(lambda _code: self._forget("hold_dialog", dialog))
        self.hold_dialog = dialog
        dialog.open()

    def _save_step(self, step: Step, revisit: date | None = None, done: Any = None) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        steps = list(goal.steps)
        index = next((i for i, s in enumerate(steps) if s.id == step.id), None)
        if index is None:
            steps.append(step)
        else:
            steps[index] = step
        revisits = {step.id: revisit} if revisit is not None else {}
        self._save(replace(self._goal_to_save(goal), steps=tuple(steps)), revisits, done)

    def _goal_to_save(self, goal: Goal) -> Goal:
        """The stored goal, with what is being typed in the form (never lost by a step)."""
        if self.form.dirty and self.form.has_title() and self.form.base() is not None:
            self.form.dirty = False
            return replace(self.form.value(), steps=goal.steps)
        return goal

    # ------------------------------------------------------------------ helpers

    def _save(self, goal: Goal, revisits: dict[str, date] | None = None, done: Any = None) -> None:
        pop = self._pop
        self._controller.edit(lambda _edits, cid: pop.save_goal(cid, goal, revisits), done=done)

    def _load_follow_up(self, client_id: str) -> None:
        self._generation += 1
        generation, pop = self._generation, self._pop

        def loaded(follow_up: PopFollowUp) -> None:
            if generation != self._generation or self._dossier is None:
                return
            self._follow_up = follow_up
            self._show_steps(self.current_goal())

        self._runner.submit(lambda: pop.follow_up(client_id), loaded, lambda _exc: None)

    def _export(self, kind: ExportKind, name: str) -> None:
        if self._dossier is None:
            return
        client = self._dossier.client
        first = client.preferred_name or client.first_name
        suggested = f"{name}-{first}-{self._clock.today():%Y-%m-%d}.pdf"
        self.export_flow.save(self, kind, client.id, suggested)

    def _forget(self, attribute: str, dialog: QWidget) -> None:
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
        dialog.hide()
        dialog.setParent(None)  # type: ignore[call-overload]
        dialog.deleteLater()

    def _update_buttons(self) -> None:
        has_dossier = self._dossier is not None
        goal = self.current_goal()
        step = self.current_step() if goal is not None else None
        self.new_goal_button.setEnabled(has_dossier)
        for button in (self.up_button, self.down_button, self.delete_goal_button):
            button.setEnabled(goal is not None)
        self.save_goal_button.setEnabled(has_dossier)
        self.new_step_button.setEnabled(goal is not None)
        for button in (
            self.edit_step_button,
            self.done_button,
            self.failed_button,
            self.hold_button,
            self.delete_step_button,
        ):
            button.setEnabled(step is not None)
        self.pop_button.setEnabled(has_dossier)
        self.stavaza_button.setEnabled(has_dossier)
