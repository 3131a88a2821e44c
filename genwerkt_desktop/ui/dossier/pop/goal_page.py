"""The right half of the POP tab: the chosen goal's form, its steps with their progress,
and its history.  Layout and signals only; what to show arrives as a :class:`GoalSteps`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Step
from genwerkt_desktop.ui.widgets.column_fit import NarrowColumns
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, section_title
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    select_row,
    selected_source_row,
    set_column_widths,
    setup_table,
)

from .goal_form import GoalForm
from .models import HistoryModel, StepTableModel
from .state import GoalSteps
from .texts import progress_text


class GoalPage(QWidget):
    save_requested = Signal()
    new_step_requested = Signal()
    edit_step_requested = Signal()
    done_requested = Signal()
    failed_requested = Signal()
    hold_requested = Signal()
    delete_step_requested = Signal()
    step_chosen = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = GoalForm(today, self)
        self.save_goal_button = make_button(
            QCoreApplication.translate("PopTab", "Doel bewaren (Ctrl+S)"),
            QCoreApplication.translate("PopTab", "Doel bewaren"),
            self,
            primary=True,
        )
        self.save_goal_button.clicked.connect(self.save_requested)

        self.steps = StepTableModel(self)
        self.steps_proxy = RecordProxy(self)
        self.steps_proxy.setSourceModel(self.steps)
        self.steps_view = QTableView(self)
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
        self.steps_view.doubleClicked.connect(lambda _i: self.edit_step_requested.emit())
        self.steps_view.selectionModel().selectionChanged.connect(self.step_chosen)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(
            QCoreApplication.translate("PopTab", "Voortgang van het doel")
        )
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.progress_label = QLabel(self)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("noticeText")
        self.new_step_button = make_button(
            QCoreApplication.translate("PopTab", "Nieuwe &stap…"),
            QCoreApplication.translate("PopTab", "Nieuwe tussenstap"),
            self,
        )
        self.edit_step_button = make_button(
            QCoreApplication.translate("PopTab", "&Wijzigen…"),
            QCoreApplication.translate("PopTab", "Stap wijzigen"),
            self,
        )
        self.done_button = make_button(
            QCoreApplication.translate("PopTab", "&Gedaan"),
            QCoreApplication.translate("PopTab", "Stap is gedaan"),
            self,
        )
        self.failed_button = make_button(
            QCoreApplication.translate("PopTab", "&Lukte niet…"),
            QCoreApplication.translate("PopTab", "Stap lukte niet"),
            self,
        )
        self.hold_button = make_button(
            QCoreApplication.translate("PopTab", "&On hold…"),
            QCoreApplication.translate("PopTab", "Stap even on hold zetten"),
            self,
        )
        self.delete_step_button = make_button(
            QCoreApplication.translate("PopTab", "Verwijderen…"),
            QCoreApplication.translate("PopTab", "Stap verwijderen"),
            self,
        )
        self.new_step_button.clicked.connect(self.new_step_requested)
        self.edit_step_button.clicked.connect(self.edit_step_requested)
        self.done_button.clicked.connect(self.done_requested)
        self.failed_button.clicked.connect(self.failed_requested)
        self.hold_button.clicked.connect(self.hold_requested)
        self.delete_step_button.clicked.connect(self.delete_step_requested)
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
        self.history_view = QTableView(self)
        self.history_view.setModel(self.history)
        setup_table(
            self.history_view,
            QCoreApplication.translate("PopTab", "Geschiedenis"),
            stretch=HistoryModel.COL_WHAT,
        )
        self.history_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        set_column_widths(self.history_view, {HistoryModel.COL_AT: ["00/00/0000 00:00"]})
        self.history_notice = hint_label("", self, muted=True)
        self.history_notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 8)
        layout.addWidget(section_title(QCoreApplication.translate("PopTab", "Het doel"), self))
        layout.addWidget(self.form)
        layout.addWidget(self.save_goal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            section_title(
                QCoreApplication.translate("PopTab", "Tussenstappen: wie doet wat, tegen wanneer"),
                self,
            )
        )
        layout.addLayout(progress_row)
        layout.addWidget(self.steps_view, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(
            section_title(QCoreApplication.translate("PopTab", "Geschiedenis van dit doel"), self)
        )
        layout.addWidget(self.history_notice)
        layout.addWidget(self.history_view)

    def show_steps(self, shown: GoalSteps | None) -> None:
        """The goal's steps, progress and history; the chosen step stays chosen."""
        if shown is None:
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
        step = self.current_step()
        scrolled = self.steps_view.verticalScrollBar().value()
        self.steps.set_steps(shown.goal.steps, shown.today, shown.follow_up.revisits)
        if step is not None:
            self.select_step(step.id)
        self.steps_view.verticalScrollBar().setValue(scrolled)
        self.history.set_history(shown.goal, shown.follow_up.history, shown.zone)
        self.progress.setRange(0, max(shown.progress.counted, 1))
        self.progress.setValue(shown.progress.done)
        self.progress_label.setText(progress_text(shown.progress.done, shown.progress.counted))
        late = sum(1 for row in self.steps.records() if row.overdue)
        self.overdue_label.setText(
            QCoreApplication.translate("PopTab", "⚠ {n} te laat").format(n=late) if late else ""
        )

    def show_history_notice(self, text: str) -> None:
        """A calm line above the history ("" hides it)."""
        self.history_notice.setText(text)
        self.history_notice.setVisible(bool(text))

    def current_step(self) -> Step | None:
        row = selected_source_row(self.steps_view, self.steps_proxy)
        return self.steps.record_at(row).step if row >= 0 else None

    def select_step(self, step_id: str) -> None:
        select_row(self.steps_view, self.steps_proxy.row_of(step_id))

    def set_actions(self, *, has_dossier: bool, has_goal: bool, has_step: bool) -> None:
        self.save_goal_button.setEnabled(has_dossier)
        self.new_step_button.setEnabled(has_goal)
        for button in (
            self.edit_step_button,
            self.done_button,
            self.failed_button,
            self.hold_button,
            self.delete_step_button,
        ):
            button.setEnabled(has_step)

    def clear(self) -> None:
        self.steps.clear()
        self.history.clear()
        self.form.clear()
        self.progress_label.clear()
        self.overdue_label.clear()
        self.progress.setValue(0)
        self.show_history_notice("")
