"""Qt models of the POP tab: the goals (drag to reorder), the steps of one goal (late ones
stand out in colour and in words), and the history of changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.enums import GoalStatus, StepStatus
from genwerkt_desktop.domain.model import Goal, Step
from genwerkt_desktop.domain.pop_progress import ChangeKind, HistoryEntry, goal_progress
from genwerkt_desktop.domain.smart import step_is_overdue
from genwerkt_desktop.ui.dossier.models import ATTENTION_COLOUR, first_line
from genwerkt_desktop.ui.widgets.fields import format_date, format_moment
from genwerkt_desktop.ui.widgets.labels import label_of, owner_labels, step_status_labels
from genwerkt_desktop.ui.widgets.table_model import AnyIndex, RecordTableModel

from .texts import goal_status_labels, mode_labels, overdue_text, progress_text, revisit_text

GOAL_MIME = "application/x-genwerkt-goal-id"
OVERDUE_BACKGROUND = "#fbefe6"


class GoalListModel(RecordTableModel):
    """The goals in their order of priority; a row dragged elsewhere asks to reorder."""

    COL_RANK, COL_TITLE, COL_STATUS, COL_PROGRESS, COL_DUE = range(5)
    reorder_requested = Signal(list)  # the goal ids in their new order

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PopModels", "#"),
            QCoreApplication.translate("PopModels", "Doel"),
            QCoreApplication.translate("PopModels", "Status"),
            QCoreApplication.translate("PopModels", "Voortgang"),
            QCoreApplication.translate("PopModels", "Tegen"),
        )

    def display(self, record: Any, column: int) -> str | None:
        goal: Goal = record
        if column == self.COL_RANK:
            return str(self.row_of(goal.id) + 1)
        if column == self.COL_TITLE:
            return first_line(goal.title, 90)
        if column == self.COL_STATUS:
            return label_of(goal_status_labels(), goal.status)
        if column == self.COL_PROGRESS:
            progress = goal_progress(goal)
            return progress_text(progress.done, progress.counted, short=True)
        if column == self.COL_DUE:
            return format_date(goal.due_on)
        return None

    def extra(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return record.title
        return None

    # -- drag and drop: the model never moves rows itself; the save does, then a reload

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(GOAL_MIME, QByteArray(self.record_at(rows[0]).id.encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not data.hasFormat(GOAL_MIME):
            return False
        goal_id = bytes(data.data(GOAL_MIME).data()).decode()
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        self.request_move(goal_id, target)
        return False  # nothing to remove afterwards: the reload shows the new order

    def request_move(self, goal_id: str, target: int) -> None:
        """Ask to put ``goal_id`` before the row now at ``target``."""
        ids = [g.id for g in self.records()]
        if goal_id not in ids:
            return
        source = ids.index(goal_id)
        ids.pop(source)
        if target > source:
            target -= 1
        ids.insert(max(0, min(target, len(ids))), goal_id)
        if ids != [g.id for g in self.records()]:
            self.reorder_requested.emit(ids)


@dataclass(frozen=True)
class StepRow:
    step: Step
    overdue: bool
    revisit_on: date | None

    @property
    def id(self) -> str:
        return self.step.id


class StepTableModel(RecordTableModel):
    COL_TEXT, COL_OWNER, COL_MODE, COL_DUE, COL_STATUS = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PopModels", "Tussenstap"),
            QCoreApplication.translate("PopModels", "Wie"),
            QCoreApplication.translate("PopModels", "Hoe werkt u mee"),
            QCoreApplication.translate("PopModels", "Tegen"),
            QCoreApplication.translate("PopModels", "Status"),
        )

    def set_steps(self, steps: Sequence[Step], today: date, revisits: Mapping[str, date]) -> None:
        self.set_records([StepRow(s, step_is_overdue(s, today), revisits.get(s.id)) for s in steps])

    def display(self, record: Any, column: int) -> str | None:
        row: StepRow = record
        step = row.step
        if column == self.COL_TEXT:
            return first_line(step.text, 120)
        if column == self.COL_OWNER:
            who = label_of(owner_labels(), step.owner)
            return f"{who}: {step.owner_name}" if step.owner_name else who
        if column == self.COL_MODE:
            return label_of(mode_labels(), step.mode)
        if column == self.COL_DUE:
            when = format_date(step.due_on)
            return overdue_text(when) if row.overdue else when
        if column == self.COL_STATUS:
            if step.status is StepStatus.ON_HOLD:
                return revisit_text(row.revisit_on, format_date(row.revisit_on))
            return label_of(step_status_labels(), step.status)
        return None

    def extra(self, record: Any, column: int, role: int) -> Any:
        row: StepRow = record
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ATTENTION_COLOUR)
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            return row.step.text
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_DUE and row.overdue:
            return QCoreApplication.translate("PopModels", "te laat")
        return None


@dataclass(frozen=True)
class HistoryLine:
    id: str
    entry: HistoryEntry
    what: str


class HistoryModel(RecordTableModel):
    """Who changed which status or date of a goal, when; newest first."""

    COL_AT, COL_WHAT, COL_BY = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone: tzinfo | None = None

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PopModels", "Wanneer"),
            QCoreApplication.translate("PopModels", "Wat veranderde"),
            QCoreApplication.translate("PopModels", "Door"),
        )

    def set_history(self, goal: Goal, entries: Sequence[HistoryEntry], zone: tzinfo | None) -> None:
        self._zone = zone
        steps = {s.id: s.text for s in goal.steps}
        lines = [
            HistoryLine(str(i), e, describe(e, steps))
            for i, e in enumerate(entries)
            if e.change.goal_id == goal.id
        ]
        self.set_records(list(reversed(lines)))

    def display(self, record: Any, column: int) -> str | None:
        line: HistoryLine = record
        if column == self.COL_AT:
            return format_moment(line.entry.at, self._zone)
        if column == self.COL_WHAT:
            return line.what
        if column == self.COL_BY:
            return line.entry.by or QCoreApplication.translate("PopModels", "coach")
        return None


def _status_label(code: str | None, of_step: bool) -> str:
    if code is None:
        return "–"
    try:
        if of_step:
            return label_of(step_status_labels(), StepStatus(code))
        return label_of(goal_status_labels(), GoalStatus(code))
    except ValueError:
        return code


def _date_label(code: str | None) -> str:
    return (
        format_date(date.fromisoformat(code))
        if code
        else QCoreApplication.translate("PopModels", "geen datum")
    )


def describe(entry: HistoryEntry, step_texts: Mapping[str, str]) -> str:
    """One history line in words; a step's text is read from the dossier as it is now."""
    change = entry.change
    of_step = change.step_id is not None
    if of_step:
        known = step_texts.get(change.step_id or "")
        subject = (
            QCoreApplication.translate("PopModels", "Stap “{text}”").format(
                text=first_line(known, 50)
            )
            if known
            else QCoreApplication.translate("PopModels", "Een geschrapte stap")
        )
    else:
        subject = QCoreApplication.translate("PopModels", "Doel")
    if change.kind is ChangeKind.ADDED:
        return QCoreApplication.translate("PopModels", "{subject}: nieuw ({status})").format(
            subject=subject, status=_status_label(change.after, of_step)
        )
    if change.kind is ChangeKind.REMOVED:
        return QCoreApplication.translate("PopModels", "{subject}: geschrapt").format(
            subject=subject
        )
    if change.kind is ChangeKind.DUE:
        return QCoreApplication.translate("PopModels", "{subject}: datum {old} → {new}").format(
            subject=subject, old=_date_label(change.before), new=_date_label(change.after)
        )
    return QCoreApplication.translate("PopModels", "{subject}: {old} → {new}").format(
        subject=subject,
        old=_status_label(change.before, of_step),
        new=_status_label(change.after, of_step),
    )
