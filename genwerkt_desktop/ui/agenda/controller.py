"""What the agenda shows (today, a week) and fetching it off the GUI thread; ticking off
an aftercare contact moment (and undoing that) through the closing service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.changes import Changes, Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ContactOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.services.closing import TickedMoment
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.worker import TaskRunner

log = logging.getLogger(__name__)

_CLOSURE = frozenset({Part.CLOSURE})  # ticking off is part of the aftercare plan


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
    """Keeps the shown period, loads its items through the runner, reloads on any change.

    Ticking off an aftercare moment runs in the runner too; after it is saved the other
    views hear it through :class:`DataEvents` (and this one reloads with them).
    """

    period_changed = Signal(object)  # Period
    loaded = Signal(object, list)  # Period, list[AgendaItem]
    failed = Signal()
    busy_changed = Signal(bool)
    ticked = Signal(object, object)  # the AgendaItem, its TickedMoment
    unticked = Signal(object)  # TickedMoment, after an undo
    write_failed = Signal(str)  # a calm sentence
    outcome_recorded = Signal(object, object)  # the AgendaItem, its ContactOutcome

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
        self._ops = Operations(runner, self)
        self._events = events
        self._clock = clock
        self._closing = workspace.closing
        self._writing: set[str] = set()  # ref ids of aftercare rows being ticked off
        self._mode = AgendaMode.WEEK
        self._offset = 0
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
        period = self.period()
        agenda = self._workspace.agenda
        if not self._loading:
            self._loading = True
            self.busy_changed.emit(True)
        self._ops.query(
            lambda: agenda.between(period.first, period.last),
            lambda items: self._done(period, items),
            key="period",
            failure=self._fail,
        )

    def clear(self) -> None:
        """Forget everything: a load or tick still running is not shown when it comes back."""
        self._active = False
        self._ops.drop_all()
        self._mode = AgendaMode.WEEK
        self._offset = 0
        self._stop_loading()

    def is_active(self) -> bool:
        return self._active

    def _done(self, period: Period, items: list[AgendaItem]) -> None:
        if not self._active:
            return
        self._stop_loading()
        self.loaded.emit(period, items)

    def _fail(self, exc: BaseException) -> None:
        if not self._active:
            return
        self._stop_loading()
        log.error("de agenda laden mislukte: %s", type(exc).__name__)  # never content
        self.failed.emit()

    def _stop_loading(self) -> None:
        if self._loading:
            self._loading = False
            self.busy_changed.emit(False)

    # -- ticking off aftercare

    @staticmethod
    def can_tick_off(item: AgendaItem | None) -> bool:
        return item is not None and item.kind is AgendaKind.AFTERCARE

    def is_ticking(self, item: AgendaItem) -> bool:
        return item.ref_id in self._writing

    def tick_off(self, item: AgendaItem) -> bool:
        """Save the aftercare moment behind ``item`` as done; False when there is nothing
        to do (another kind of row, or this one is already being saved)."""
        if not self.can_tick_off(item) or item.ref_id in self._writing:
            return False
        self._writing.add(item.ref_id)
        closing = self._closing

        def announce(ticked: TickedMoment) -> None:
            self._writing.discard(item.ref_id)
            # The agenda took the row out itself: it is the initiator and does not reload.
            self._events.emit_change(ChangeKind.DOSSIER, ticked.client_id, _CLOSURE, self)

        def went_wrong(failure: Failure) -> None:
            self._writing.discard(item.ref_id)
            self.write_failed.emit(failure.text)

        self._ops.write(
            lambda: closing.tick_off_agenda_moment(item.client_id, item.ref_id),
            lambda ticked: self.ticked.emit(item, ticked),
            announce=announce,
            failure=went_wrong,
        )
        return True

    def undo_tick(self, ticked: TickedMoment) -> None:
        """Set the moment back to not done (it comes back in the agenda with the reload)."""
        closing = self._closing
        self._ops.write(
            lambda: closing.set_moment_done(ticked.client_id, ticked.index, False, ticked.on),
            self.unticked.emit,
            announce=lambda unticked: self._events.emit_change(
                ChangeKind.DOSSIER, unticked.client_id, _CLOSURE
            ),
            failure=lambda failure: self.write_failed.emit(failure.text),
        )

    # -- what became of a planned contact

    @staticmethod
    def awaits_outcome(item: AgendaItem | None) -> bool:
        """A planned contact whose moment passed: Doorgegaan, Niet gekomen or Verzet?"""
        return item is not None and item.kind is AgendaKind.APPOINTMENT and item.overdue

    def record_outcome(
        self,
        item: AgendaItem,
        outcome: ContactOutcome,
        *,
        moved_to: datetime | None = None,
        follow_up: Contact | None = None,
    ) -> None:
        """Save what became of the appointment behind ``item`` (and the follow-up of a
        missed one); every view hears it, this one reloads with them."""
        edits = self._workspace.edits

        def work() -> Changes:
            return edits.record_outcome(
                item.client_id, item.ref_id, outcome, moved_to=moved_to, follow_up=follow_up
            )

        self._ops.write(
            work,
            lambda _changes: self.outcome_recorded.emit(item, outcome),
            announce=lambda changes: self._events.emit_change(
                ChangeKind.DOSSIER, item.client_id, changes.parts
            ),
            failure=lambda failure: self.write_failed.emit(failure.text),
        )

    def _on_changed(self, change: Change) -> None:
        if self._active and change.initiator is not self:
            self.load()
