"""The left half of the POP tab: the goals in order of priority, the buttons that order,
add and remove them, and the two sheets.  Layout and signals only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Goal
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, section_title
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    select_row,
    selected_source_row,
    set_column_widths,
    setup_table,
)

from .models import GoalListModel


class GoalList(QWidget):
    new_goal_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    delete_requested = Signal()
    export_requested = Signal(object)  # ExportKind
    chosen = Signal(str)  # the goal id the coach selected
    reorder_requested = Signal(list)  # the goal ids in their new order (a drop)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # selecting on the presenter's word is no choice of the coach
        self.goals = GoalListModel(self)
        self.goals_proxy = RecordProxy(self)
        self.goals_proxy.setSourceModel(self.goals)
        self.goals_view = QTableView(self)
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
        self.goals.reorder_requested.connect(self.reorder_requested)
        self.goals_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_goal_button = make_button(
            QCoreApplication.translate("PopTab", "&Nieuw doel"),
            QCoreApplication.translate("PopTab", "Nieuw doel"),
            self,
        )
        self.up_button = make_button(
            QCoreApplication.translate("PopTab", "Omhoog ↑"),
            QCoreApplication.translate("PopTab", "Doel hoger zetten (Alt+Omhoog)"),
            self,
        )
        self.down_button = make_button(
            QCoreApplication.translate("PopTab", "Omlaag ↓"),
            QCoreApplication.translate("PopTab", "Doel lager zetten (Alt+Omlaag)"),
            self,
        )
        self.delete_goal_button = make_button(
            QCoreApplication.translate("PopTab", "Doel verwijderen…"),
            QCoreApplication.translate("PopTab", "Doel verwijderen"),
            self,
        )
        self.pop_button = make_button(
            QCoreApplication.translate("PopTab", "Stappenplan &afdrukken…"),
            QCoreApplication.translate("PopTab", "Stappenplan voor de cliënt als PDF"),
            self,
        )
        self.stavaza_button = make_button(
            QCoreApplication.translate("PopTab", "Stand van &zaken…"),
            QCoreApplication.translate("PopTab", "Stand van zaken als PDF"),
            self,
        )
        # For a client who reads Dutch with difficulty: one page, large type, short lines.
        self.easy_read = QCheckBox(QCoreApplication.translate("PopTab", "Makkelijk &lezen"), self)
        self.easy_read.setAccessibleName(
            QCoreApplication.translate(
                "PopTab", "Stappenplan in makkelijke taal: één blad, grote letters"
            )
        )
        self.easy_read.setToolTip(self.easy_read.accessibleName())
        mark_reading(self.pop_button, self.stavaza_button, self.easy_read)
        self.new_goal_button.clicked.connect(self.new_goal_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.delete_goal_button.clicked.connect(self.delete_requested)
        self.pop_button.clicked.connect(lambda: self.export_requested.emit(ExportKind.POP))
        self.stavaza_button.clicked.connect(lambda: self.export_requested.emit(ExportKind.STAVAZA))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.goals_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda delta=delta: self.move_requested.emit(delta))
        order_row = QHBoxLayout()
        for button in (self.new_goal_button, self.up_button, self.down_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        sheets_row = QHBoxLayout()
        sheets_row.addWidget(self.pop_button)
        sheets_row.addWidget(self.stavaza_button)
        sheets_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            section_title(
                QCoreApplication.translate("PopTab", "Doelen, het belangrijkste eerst"), self
            )
        )
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "PopTab", "Sleep een doel, of gebruik Alt+pijltjes, om de volgorde te wijzigen."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.goals_view, 1)
        layout.addLayout(order_row)
        layout.addWidget(self.delete_goal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(sheets_row)
        # Under the buttons, so the goal list stays as narrow as it was.
        layout.addWidget(self.easy_read, 0, Qt.AlignmentFlag.AlignLeft)

    def show_goals(self, goals: Sequence[Goal], selected_id: str | None) -> None:
        """The goals in their order, ``selected_id`` selected (quietly) and in sight."""
        scrolled = self.goals_view.verticalScrollBar().value()
        self._quiet = True
        try:
            self.goals.set_records(list(goals))
        finally:
            self._quiet = False
        self.show_selected(selected_id)
        self.goals_view.verticalScrollBar().setValue(scrolled)

    def show_selected(self, goal_id: str | None) -> None:
        """Select ``goal_id`` without announcing it (the presenter chose it)."""
        self._quiet = True
        try:
            if goal_id is None:
                self.goals_view.clearSelection()
            else:
                select_row(self.goals_view, self.goals_proxy.row_of(goal_id))
        finally:
            self._quiet = False

    def select_goal(self, goal_id: str) -> None:
        """Select ``goal_id`` as the coach would (``chosen`` follows)."""
        select_row(self.goals_view, self.goals_proxy.row_of(goal_id))

    def row_of(self, goal_id: str) -> int:
        return self.goals.row_of(goal_id)

    def request_move(self, goal_id: str, delta: int) -> None:
        """Ask to move a goal ``delta`` rows up or down, as a drop would."""
        row = self.goals.row_of(goal_id)
        if row < 0 or not 0 <= row + delta < self.goals.rowCount():
            return
        self.goals.request_move(goal_id, row + delta if delta < 0 else row + delta + 1)

    def set_actions(self, *, has_dossier: bool, has_goal: bool) -> None:
        self.new_goal_button.setEnabled(has_dossier)
        for button in (self.up_button, self.down_button, self.delete_goal_button):
            button.setEnabled(has_goal)
        self.pop_button.setEnabled(has_dossier)
        self.easy_read.setEnabled(has_dossier)
        self.stavaza_button.setEnabled(has_dossier)

    def clear(self) -> None:
        self.goals.clear()

    def _selection_changed(self) -> None:
        row = selected_source_row(self.goals_view, self.goals_proxy)
        if row >= 0 and not self._quiet:
            self.chosen.emit(self.goals.record_at(row).id)
