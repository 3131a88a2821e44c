"""The view the POP presenter drives, as a protocol (the tab is the real one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.enums import Owner
from genwerkt_desktop.domain.goal_closing import StepChoice
from genwerkt_desktop.domain.model import Organisation, Step

from .closing_dialog import ClosingQuestion
from .dialogs import NotWorkedOut
from .goal_list import GoalList
from .goal_page import GoalPage


class PopScreen(Protocol):
    """The view the presenter drives: two halves, and the dialogs it opens."""

    goal_list: GoalList
    page: GoalPage

    def widget(self) -> QWidget: ...

    def open_step_dialog(
        self,
        step: Step | None,
        organisations: Sequence[Organisation],
        today: date,
        owner: Owner | None,
        submitted: Callable[[Step], None],
    ) -> None: ...

    def ask_not_worked_out(self, step: Step, answered: Callable[[NotWorkedOut], None]) -> None: ...

    def ask_revisit(
        self, current: date | None, today: date, answered: Callable[[date], None]
    ) -> None: ...

    def ask_how_to_close(
        self,
        question: ClosingQuestion,
        answered: Callable[[dict[str, StepChoice]], None],
        cancelled: Callable[[], None],
    ) -> None: ...

    def close_dialogs(self) -> None: ...
