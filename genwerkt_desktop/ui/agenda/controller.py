"""What the agenda shows (today, a week) and fetching it off the GUI thread."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.agenda import AgendaItem
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner

log = logging.getLogger(__name__)


class AgendaMode(Enum):
    DAY = "dag"
    WEEK = "week"


@dataclass(frozen=True)
class Period:
    mode: AgendaMode
    first: date
    last: date
    today: date

    @property
    def is_current(self) -> bool:
        return self.first <= self.today <= self.last

    @property
    def offset(self) -> int:
        """0 for today / this week, -1 for yesterday / last week, and so on."""
        if self.mode is AgendaMode.DAY:
            return (self.first - self.today).days
        monday = self.today - timedelta(days=self.today.weekday())
        return (self.first - monday).days // 7


class AgendaController(QObject):
    """Keeps the shown period, loads its items through the runner, reloads on any change."""

    period_changed = Signal(object)  # Period
    loaded = Signal(object, list)  # Period, list[AgendaItem]
    failed = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner
        self._clock = clock
        self._mode = AgendaMode.WEEK
        self._offset = 0
        self._generation = 0
        self._active = False
        self._loading = False
        events.changed.connect(self._on_changed)

    # -- the period

    def period(self) -> Period:
        today = self._clock.today()
        if self._mode is AgendaMode.DAY:
            day = today + timedelta(days=self._offset)
            return Period(AgendaMode.DAY, day, day, today)
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=self._offset)
        return Period(AgendaMode.WEEK, monday, monday + timedelta(days=6), today)

    def show_today(self) -> None:
        self._set(AgendaMode.DAY, 0)

    def show_this_week(self) -> None:
        self._set(AgendaMode.WEEK, 0)

    def show_week_of(self, day: date) -> None:
        today = self._clock.today()
        this_monday = today - timedelta(days=today.weekday())
        monday = day - timedelta(days=day.weekday())
        self._set(AgendaMode.WEEK, (monday - this_monday).days // 7)

    def step(self, delta: int) -> None:
        """One day or one week further (``delta`` > 0) or back."""
        self._set(self._mode, self._offset + delta)

    def _set(self, mode: AgendaMode, offset: int) -> None:
        self._mode = mode
        self._offset = offset
        self.period_changed.emit(self.period())
        self.load()

    # -- loading

    def load(self) -> None:
        """Fetch the shown period in the worker; a newer load wins over an older one."""
        self._active = True
        self._generation += 1
        generation = self._generation
        period = self.period()
        agenda = self._workspace.agenda
        if not self._loading:
            self._loading = True
            self.busy_changed.emit(True)
        self._runner.submit(
            lambda: agenda.between(period.first, period.last),
            lambda items: self._done(generation, period, items),
            lambda exc: self._fail(generation, exc),
        )

    def clear(self) -> None:
        """Forget everything: a load still running is dropped when it comes back."""
        self._active = False
        self._generation += 1
        self._mode = AgendaMode.WEEK
        self._offset = 0
        self._stop_loading()

    def is_active(self) -> bool:
        return self._active

    def _done(self, generation: int, period: Period, items: list[AgendaItem]) -> None:
        if generation != self._generation or not self._active:
            return
        self._stop_loading()
        self.loaded.emit(period, items)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self._active:
            return
        self._stop_loading()
        log.error("de agenda laden mislukte: %s", type(exc).__name__)  # never content
        self.failed.emit()

    def _stop_loading(self) -> None:
        if self._loading:
            self._loading = False
            self.busy_changed.emit(False)

    def _on_changed(self, change: Change) -> None:
        if self._active:
            self.load()
