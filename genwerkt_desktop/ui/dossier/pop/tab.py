"""&POP: the goals in order of priority, the chosen goal with its SMART questions, its
steps (late ones stand out), progress and the history of changes.

The tab is the view: the goal list (:class:`GoalList`) beside the goal's page
(:class:`GoalPage`), and the step dialogs.  What to read, show and save is the
:class:`PopPresenter`'s.  The history and the revisit dates of steps on hold are not part
of the dossier: the presenter reads them beside it (PopPlanService).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import Owner
from genwerkt_desktop.domain.goal_closing import StepChoice
from genwerkt_desktop.domain.model import Organisation, Step
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.widgets.scrolling import column_scroll
from genwerkt_desktop.ui.worker import TaskRunner

from .closing_dialog import ClosingDialog, ClosingQuestion
from .dialogs import NotWorkedOut, NotWorkedOutDialog, OnHoldDialog, StepDialog
from .goal_list import GoalList
from .goal_page import GoalPage
from .presenter import PopPresenter


class PopTab(PresentedTab, QWidget):
    # CLIENT: the sheets are named after the client's first name.
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
        self.step_dialog: StepDialog | None = None
        self.failed_dialog: NotWorkedOutDialog | None = None
        self.hold_dialog: OnHoldDialog | None = None
        self.closing_dialog: ClosingDialog | None = None

        self.goal_list = GoalList(self)
        page = GoalPage(clock.today())
        self.page = page
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(page.save_requested)
        scroll = column_scroll(page, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.goal_list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        chars = self.fontMetrics().averageCharWidth()
        splitter.setSizes([chars * 80, chars * 120])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(splitter)

        self.presenter = PopPresenter(self, controller, workspace, runner, dialogs, clock, self)
        self.clear()

    # ------------------------------------------------------------------ the page contract

    def commit_pending(self) -> None:
        self.presenter.commit_pending()

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def select_goal(self, goal_id: str) -> None:
        """Choose a goal as the coach would, by selecting its row."""
        self.goal_list.select_goal(goal_id)

    def open_step_dialog(
        self,
        step: Step | None,
        organisations: Sequence[Organisation],
        today: date,
        owner: Owner | None,
        submitted: Callable[[Step], None],
    ) -> None:
        dialog = StepDialog(step, list(organisations), today, self, owner=owner or Owner.CLIENT)
        dialog.sheet_hint.set_names(self.page.form.client_names())
        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _code: self._forget("step_dialog", dialog))
        self.step_dialog = dialog
        dialog.open()

    def ask_not_worked_out(self, step: Step, answered: Callable[[NotWorkedOut], None]) -> None:
        dialog = NotWorkedOutDialog(step, self)
        dialog.submitted.connect(answered)
        dialog.finished.connect(lambda _code: self._forget("failed_dialog", dialog))
        self.failed_dialog = dialog
        dialog.open()

    def ask_revisit(
        self, current: date | None, today: date, answered: Callable[[date], None]
    ) -> None:
        dialog = OnHoldDialog(current, today, self)
        dialog.submitted.connect(answered)
        dialog.finished.connect(lambda _code: self._forget("hold_dialog", dialog))
        self.hold_dialog = dialog
        dialog.open()

    def ask_how_to_close(
        self,
        question: ClosingQuestion,
        answered: Callable[[dict[str, StepChoice]], None],
        cancelled: Callable[[], None],
    ) -> None:
        dialog = ClosingDialog(question, self)
        dialog.submitted.connect(answered)
        dialog.rejected.connect(cancelled)
        dialog.finished.connect(lambda _code: self._forget("closing_dialog", dialog))
        self.closing_dialog = dialog
        dialog.open()

    def close_dialogs(self) -> None:
        for dialog in (self.step_dialog, self.failed_dialog, self.hold_dialog, self.closing_dialog):
            if dialog is not None:
                dialog.reject()
        self.step_dialog = self.failed_dialog = self.hold_dialog = self.closing_dialog = None

    def _forget(self, attribute: str, dialog: QWidget) -> None:
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
        dialog.hide()
        dialog.setParent(None)  # type: ignore[call-overload]
        dialog.deleteLater()
