"""The agenda across all clients: today or one week, what is overdue on top.

The view only lays out and shows; :class:`AgendaController` decides the period and loads
it through the task runner.  Enter or a double click on a row asks to open that dossier.
An aftercare contact moment can be ticked off right here (*Afvinken*, Ctrl+D or the
context menu); it leaves the agenda and a line under the list offers to undo it.  A
planned contact whose moment passed asks what became of it: *Doorgegaan*, *Niet
gekomen* (with a follow-up to confirm) or *Verzet*.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ContactOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.agenda import AgendaItem
from genwerkt_desktop.services.closing import TickedMoment
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dossier.contacts.outcome import (
    OutcomeBar,
)
from genwerkt_desktop.ui.dossier.contacts.outcome_questions import OutcomeQuestions, Record
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import local_moment
from genwerkt_desktop.ui.widgets.undo_bar import UndoBar
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import AgendaController, AgendaMode, Period
from .dates import day_range, long_day
from .model import (
    CLIENT_ID_ROLE,
    COL_CLIENT,
    COL_DAY,
    COL_TEXT,
    COL_TIME,
    COL_WHAT,
    AgendaSortProxy,
    AgendaTableModel,
)

QWIDGETSIZE_MAX = (1 << 24) - 1

UNDO_SECONDS = 10
"""How long the line after ticking off offers *Ongedaan maken*."""

_STYLE = """
QWidget#agendaPage { background: #f5f4f0; }
QTableView#agendaTable {
    background: #ffffff;
    alternate-background-color: #f8f7f4;
    border: 1px solid #e0ddd5;
    border-radius: 8px;
    selection-background-color: #d6e6eb;
    selection-color: #1f2326;
}
QTableView#agendaTable::item { padding: 6px 8px; }
QPushButton#modeButton { padding: 6px 18px; }
QPushButton#modeButton:checked {
    background: #2e6b80;
    border-color: #2e6b80;
    color: #ffffff;
}
QLabel#overdueBanner {
    color: #9b2226;
    background: #fbeceb;
    border: 1px solid #f0c9c6;
    border-radius: 6px;
    padding: 6px 10px;
}
QLabel#calmText { color: #5b6167; padding: 12px 4px; }
QFrame#undoBar {
    background: #e6eef1;
    border: 1px solid #b9cdd4;
    border-radius: 8px;
}
QFrame#undoBar QLabel { background: transparent; }
"""


def period_title(period: Period) -> str:
    """``Deze week (week 48) · 23 – 29 november 2026``, ``Vandaag · zaterdag 28 …``."""
    if period.mode is AgendaMode.DAY:
        when = long_day(period.first)
        if period.offset == 0:
            return QCoreApplication.translate("AgendaView", "Vandaag · {when}").format(when=when)
        if period.offset == 1:
            return QCoreApplication.translate("AgendaView", "Morgen · {when}").format(when=when)
        if period.offset == -1:
            return QCoreApplication.translate("AgendaView", "Gisteren · {when}").format(when=when)
        return when[:1].upper() + when[1:]
    week = period.first.isocalendar().week
    span = day_range(period.first, period.last)
    names = {
        0: QCoreApplication.translate("AgendaView", "Deze week (week {week}) · {span}"),
        1: QCoreApplication.translate("AgendaView", "Volgende week (week {week}) · {span}"),
        -1: QCoreApplication.translate("AgendaView", "Vorige week (week {week}) · {span}"),
    }
    other = QCoreApplication.translate("AgendaView", "Week {week} · {span}")
    return names.get(period.offset, other).format(week=week, span=span)


def calm_sentence(period: Period, overdue: int = 0) -> str:
    if overdue:
        # Under what is overdue, "nothing planned" would read as a contradiction.
        if period.mode is AgendaMode.DAY:
            if period.offset == 0:
                return QCoreApplication.translate(
                    "AgendaView",
                    "Buiten wat achterstallig is, staat er vandaag niets gepland.",
                )
            return QCoreApplication.translate(
                "AgendaView", "Buiten wat achterstallig is, staat er die dag niets gepland."
            )
        if period.offset == 0:
            return QCoreApplication.translate(
                "AgendaView",
                "Buiten wat achterstallig is, staat er deze week niets gepland.",
            )
        return QCoreApplication.translate(
            "AgendaView", "Buiten wat achterstallig is, staat er die week niets gepland."
        )
    if period.mode is AgendaMode.DAY:
        if period.offset == 0:
            return QCoreApplication.translate(
                "AgendaView", "Vandaag staat er niets gepland. Een rustige dag."
            )
        return QCoreApplication.translate("AgendaView", "Op deze dag staat er niets gepland.")
    if period.offset == 0:
        return QCoreApplication.translate("AgendaView", "Deze week staat er niets gepland.")
    return QCoreApplication.translate("AgendaView", "In deze week staat er niets gepland.")


def overdue_sentence(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "AgendaView",
            "Achterstallig: 1 afspraak of taak is voorbij en niet afgerond. "
            "Ze staat bovenaan, in het rood en met 'te laat'.",
        )
    return QCoreApplication.translate(
        "AgendaView",
        "Achterstallig: {count} afspraken of taken zijn voorbij en niet afgerond. "
        "Ze staan bovenaan, in het rood en met 'te laat'.",
    ).format(count=count)


class AgendaView(QWidget):
    """Vandaag or Deze week, with the previous and next week a key press away."""

    open_dossier = Signal(str)  # client id

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self._clock = clock
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.controller = AgendaController(workspace, runner, events, clock, self)
        self.model = AgendaTableModel(clock, self)
        self.proxy = AgendaSortProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(QCoreApplication.translate("AgendaView", "Agenda"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.4)

        controls = self._period_controls()
        period_row = self._period_row()

        self.overdue_banner = QLabel(self)
        self.overdue_banner.setObjectName("overdueBanner")
        self.overdue_banner.setWordWrap(True)
        self.overdue_banner.hide()

        self._build_table()

        self.calm_label = QLabel(self)
        self.calm_label.setObjectName("calmText")
        self.calm_label.setWordWrap(True)
        self.calm_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.calm_label.hide()

        actions_row = self._tick_actions()

        # -- a planned contact whose moment passed: Doorgegaan, Niet gekomen, Verzet
        self.outcome_bar = OutcomeBar(self)
        self.outcome_bar.held.connect(self.record_held)
        self.outcome_bar.no_show.connect(self.record_no_show)
        self.outcome_bar.moved.connect(self.record_moved)
        self._questions = OutcomeQuestions(clock, self)

        self._build_undo_line()

        self.error_label = QLabel(
            QCoreApplication.translate(
                "AgendaView",
                "De agenda kon niet geladen worden. Probeer het straks opnieuw met "
                "Vandaag of Deze week.",
            ),
            self,
        )
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addLayout(period_row)
        layout.addWidget(self.overdue_banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions_row)
        layout.addWidget(self.outcome_bar)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.calm_label)
        self._layout = layout

        QWidget.setTabOrder(self.today_button, self.week_button)
        QWidget.setTabOrder(self.week_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.table)
        QWidget.setTabOrder(self.table, self.tick_button)
        previous: QWidget = self.tick_button
        for button in self.outcome_bar.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.undo_button)
        self.setFocusProxy(self.table)

        self._connect_signals()
        self._show_period(self.controller.period())
        self._update_actions()

    # -- built once, from the constructor

    def _period_controls(self) -> QHBoxLayout:
        """Vandaag, Deze week, and back and forward in time."""
        self.today_button = QPushButton(QCoreApplication.translate("AgendaView", "&Vandaag"), self)
        self.week_button = QPushButton(QCoreApplication.translate("AgendaView", "Deze &week"), self)
        self.today_button.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Toon vandaag")
        )
        self.week_button.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Toon deze week")
        )
        # Checkable to show which one is on screen, but no exclusive QButtonGroup: that
        # would leave only the checked one reachable with Tab.  _show_period keeps them right.
        for button in (self.today_button, self.week_button):
            button.setObjectName("modeButton")
            button.setCheckable(True)
        self.week_button.setChecked(True)

        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.previous_button.setToolTip(
            QCoreApplication.translate("AgendaView", "Terug in de tijd (Alt+pijl links)")
        )
        self.next_button.setToolTip(
            QCoreApplication.translate("AgendaView", "Verder in de tijd (Alt+pijl rechts)")
        )

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(self.today_button)
        controls.addWidget(self.week_button)
        controls.addSpacing(24)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.next_button)
        controls.addStretch(1)
        return controls

    def _period_row(self) -> QHBoxLayout:
        """The period on screen, and a quiet word while it loads."""
        self.period_label = QLabel(self)
        self.period_label.setObjectName("panelTitle")
        make_title(self.period_label, 1.15)
        self.loading_label = QLabel(QCoreApplication.translate("AgendaView", "laden…"), self)
        self.loading_label.setObjectName("mutedText")
        self.loading_label.hide()
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.loading_label)
        period_row.addStretch(1)
        return period_row

    def _build_table(self) -> None:
        """The agenda's rows: Enter or a double click opens the client's dossier."""
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(QCoreApplication.translate("AgendaView", "Agendalijst"))
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "AgendaView", "Enter of dubbelklikken opent het dossier van de cliënt."
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DAY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_DAY, COL_TIME, COL_CLIENT, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 7)

    def _tick_actions(self) -> QHBoxLayout:
        """Ticking off an aftercare contact moment: button, Ctrl+D, context menu."""
        self.hint_label = QLabel(
            QCoreApplication.translate(
                "AgendaView", "Enter of dubbelklik op een regel opent het dossier."
            ),
            self,
        )
        self.hint_label.setObjectName("hintText")

        self.tick_action = QAction(QCoreApplication.translate("AgendaView", "&Afvinken"), self)
        self.tick_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.tick_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tick_action.setToolTip(
            QCoreApplication.translate(
                "AgendaView", "Het gekozen nazorgcontact afvinken als gebeurd (Ctrl+D)"
            )
        )
        self.tick_action.triggered.connect(self.tick_off_selected)
        self.addAction(self.tick_action)
        self.open_action = QAction(
            QCoreApplication.translate("AgendaView", "Dossier &openen"), self
        )
        self.open_action.triggered.connect(self._open_selected)
        self.tick_button = QPushButton(self.tick_action.text(), self)
        self.tick_button.setToolTip(self.tick_action.toolTip())
        self.tick_button.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Nazorgcontact afvinken")
        )
        self.tick_button.clicked.connect(self.tick_action.trigger)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.hint_label, 1)
        actions_row.addWidget(self.tick_button)
        return actions_row

    def _build_undo_line(self) -> None:
        """The line after ticking off: what happened, and the way back."""
        self.undo_bar = UndoBar(
            QCoreApplication.translate("AgendaView", "Afvinken ongedaan maken"), self
        )
        self.notice_label = self.undo_bar.label
        self.notice_label.setObjectName("agendaNotice")
        self.undo_button = self.undo_bar.button
        self.undo_bar.undo_clicked.connect(self.undo_tick)
        self._undo: TickedMoment | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._hide_notice)

    def _connect_signals(self) -> None:
        """Keys, buttons, the table and the controller, to what they do."""
        back = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        forward = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self)
        for shortcut in (back, forward):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.show_previous)
        forward.activated.connect(self.show_next)

        self.today_button.clicked.connect(self.controller.show_today)
        self.week_button.clicked.connect(self.controller.show_this_week)
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.table.activated.connect(self._activate)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.rowsRemoved.connect(self._update_actions)
        self.controller.period_changed.connect(self._show_period)
        self.controller.loaded.connect(self._show_items)
        self.controller.failed.connect(self._show_failure)
        self.controller.busy_changed.connect(self.loading_label.setVisible)
        self.controller.ticked.connect(self._show_ticked)
        self.controller.unticked.connect(self._show_unticked)
        self.controller.write_failed.connect(self._show_write_failure)
        self.controller.outcome_recorded.connect(self._show_outcome)

    # -- public

    def load(self) -> None:
        """(Re)load the shown period in the worker."""
        self.error_label.hide()
        self.controller.load()

    def show_today(self) -> None:
        self.controller.show_today()

    def show_this_week(self) -> None:
        self.controller.show_this_week()

    def show_week_of(self, day: date) -> None:
        self.controller.show_week_of(day)

    def show_previous(self) -> None:
        self.controller.step(-1)

    def show_next(self) -> None:
        self.controller.step(1)

    def period(self) -> Period:
        return self.controller.period()

    def selected_item(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        if not source.isValid():
            return None
        return self.model.item_at(source.row())

    def tick_off_selected(self) -> None:
        """Save the selected aftercare contact moment as done (in the worker)."""
        item = self.selected_item()
        if item is not None and self.controller.tick_off(item):
            self._update_actions()

    def undo_tick(self) -> None:
        """Set the moment just ticked off back to not done."""
        ticked, self._undo = self._undo, None
        self._hide_notice()
        if ticked is not None:
            self.controller.undo_tick(ticked)

    def record_held(self) -> None:
        """Doorgegaan: the appointment took place (the note is written in the dossier)."""
        item = self._awaiting()
        if item is not None:
            self._questions.held(self._recording(item))

    def record_no_show(self) -> None:
        """Niet gekomen: proposes an outreaching follow-up the coach confirms."""
        item = self._awaiting()
        if item is not None and item.at is not None:
            self._questions.no_show(item.client_name, item.at, self._recording(item))

    def record_moved(self) -> None:
        """Verzet: asks the new moment."""
        item = self._awaiting()
        if item is not None and item.at is not None:
            self._questions.moved(item.at, self._recording(item))

    def open_dialog(self) -> QDialog | None:
        return self._questions.dialog

    def clear(self) -> None:
        """Drop every client's data from the model and the widgets (used by the lock)."""
        self._questions.close()
        self.outcome_bar.ask(None)
        self.controller.clear()
        self.table.clearSelection()
        self.model.clear()
        self.overdue_banner.clear()
        self.overdue_banner.hide()
        self.calm_label.clear()
        self.calm_label.hide()
        self.error_label.hide()
        self._hide_notice()
        self.table.show()
        self._fit_table(False)
        self._show_period(self.controller.period())
        self._update_actions()

    def commit_pending(self) -> bool:
        """Ticking off saves at once: nothing waits to be saved."""
        return True

    # -- showing

    def _show_period(self, period: Period) -> None:
        day = period.mode is AgendaMode.DAY
        # The two buttons jump to now; neither is lit while another day or week is shown.
        self.today_button.setChecked(day and period.offset == 0)
        self.week_button.setChecked(not day and period.offset == 0)
        if day:
            self.previous_button.setText(QCoreApplication.translate("AgendaView", "◀ Vo&rige dag"))
            self.next_button.setText(QCoreApplication.translate("AgendaView", "Volge&nde dag ▶"))
            self.previous_button.setAccessibleName(
                QCoreApplication.translate("AgendaView", "Vorige dag")
            )
            self.next_button.setAccessibleName(
                QCoreApplication.translate("AgendaView", "Volgende dag")
            )
        else:
            self.previous_button.setText(QCoreApplication.translate("AgendaView", "◀ Vo&rige week"))
            self.next_button.setText(QCoreApplication.translate("AgendaView", "Volge&nde week ▶"))
            self.previous_button.setAccessibleName(
                QCoreApplication.translate("AgendaView", "Vorige week")
            )
            self.next_button.setAccessibleName(
                QCoreApplication.translate("AgendaView", "Volgende week")
            )
        self.period_label.setText(period_title(period))
        self.error_label.hide()

    def _show_items(self, period: Period, items: list[AgendaItem]) -> None:
        self.error_label.hide()
        self.model.set_items(items)
        overdue = self.model.overdue_count()
        self.overdue_banner.setText(overdue_sentence(overdue) if overdue else "")
        self.overdue_banner.setVisible(overdue > 0)
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        quiet = self.model.planned_count() == 0
        self.calm_label.setText(calm_sentence(period, overdue) if quiet else "")
        self.calm_label.setVisible(quiet)
        self._fit_table(quiet and not empty)
        self._layout.setStretchFactor(self.calm_label, 1 if quiet else 0)
        self.hint_label.setVisible(not empty)
        self.tick_button.setVisible(not empty)
        if not empty:
            # A current row for the keyboard, without painting it as selected.
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, COL_DAY), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _fit_table(self, fit: bool) -> None:
        """Only overdue rows: the table takes their height, the calm sentence the rest."""
        if not fit:
            self.table.setMinimumHeight(0)
            self.table.setMaximumHeight(QWIDGETSIZE_MAX)
            self._layout.setStretchFactor(self.table, 1)
            return
        rows = sum(self.table.rowHeight(row) for row in range(self.proxy.rowCount()))
        height = rows + self.table.horizontalHeader().sizeHint().height()
        height += 2 * self.table.frameWidth() + 4
        self.table.setFixedHeight(height)
        self._layout.setStretchFactor(self.table, 0)

    def _show_failure(self) -> None:
        self.error_label.show()

    def _activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id:
            self.open_dossier.emit(str(client_id))

    def _open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_dossier.emit(item.client_id)

    # -- what became of a planned contact

    def _awaiting(self) -> AgendaItem | None:
        item = self.selected_item()
        return item if self.controller.awaits_outcome(item) else None

    def _recording(self, item: AgendaItem) -> Record:
        def record(
            outcome: ContactOutcome, moved_to: datetime | None, follow_up: Contact | None
        ) -> None:
            self.controller.record_outcome(item, outcome, moved_to=moved_to, follow_up=follow_up)

        return record

    def _show_outcome(self, item: AgendaItem, outcome: ContactOutcome) -> None:
        texts = {
            ContactOutcome.HELD: QCoreApplication.translate(
                "AgendaView",
                "De afspraak met {name} is doorgegaan. "
                "Open het dossier om de notitie te schrijven.",
            ),
            ContactOutcome.NO_SHOW: QCoreApplication.translate(
                "AgendaView", "Genoteerd: {name} kwam niet naar de afspraak."
            ),
            ContactOutcome.MOVED: QCoreApplication.translate(
                "AgendaView", "De afspraak met {name} is verzet."
            ),
        }
        self._undo = None
        self._tell(texts[outcome].format(name=item.client_name), undoable=False)

    # -- ticking off

    def _update_actions(self) -> None:
        item = self.selected_item()
        if self.controller.awaits_outcome(item) and item is not None and item.at is not None:
            self.outcome_bar.ask(local_moment(item.at, self._clock.now().tzinfo))
        else:
            self.outcome_bar.ask(None)
        can = self.controller.can_tick_off(item)
        if item is not None and can:
            can = not self.controller.is_ticking(item)
        self.tick_action.setEnabled(can)
        self.tick_button.setEnabled(can)
        self.open_action.setEnabled(item is not None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.context_menu().popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The menu for the selected row: open the dossier, and tick off aftercare."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        if self.controller.can_tick_off(self.selected_item()):
            menu.addAction(self.tick_action)
        return menu

    def _show_ticked(self, item: AgendaItem, ticked: TickedMoment) -> None:
        self.model.remove_item(item)
        self._undo = ticked
        self._tell(
            QCoreApplication.translate(
                "AgendaView", "Nazorgcontact met {name} van {day} is afgevinkt."
            ).format(name=item.client_name, day=long_day(ticked.on)),
            undoable=True,
        )
        self._update_actions()

    def _show_unticked(self, ticked: TickedMoment) -> None:
        self._tell(
            QCoreApplication.translate(
                "AgendaView", "Het nazorgcontact van {day} staat weer open."
            ).format(day=long_day(ticked.on)),
            undoable=False,
        )

    def _show_write_failure(self, text: str) -> None:
        self._undo = None
        self._tell(text, undoable=False)
        self._update_actions()

    def _tell(self, text: str, *, undoable: bool) -> None:
        """The line under the list, for a while."""
        self.undo_bar.tell(text, undoable=undoable)
        self._undo_timer.start()

    def _hide_notice(self) -> None:
        self._undo_timer.stop()
        self._undo = None
        self.undo_bar.dismiss()
