"""The Balans tab as the coach sees it: the assessment bar, the picture with its trend, the
two lists and the note, and a calm word while there is no assessment yet.

Layout and signals only.  What the coach asks for leaves as a signal; the presenter hands
back a :class:`BalanceState` to show.  Showing never sends the coach's signals back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.domain.model import Balance, BalanceFactor, Observation
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.fields import DateField, buddy_label, hint_label, make_button
from genwerkt_desktop.ui.widgets.table_model import select_row, selected_source_row

from .dialogs import FactorDialog, PickDialog
from .factor_lists import FactorLists
from .large_view import LargeBalance
from .trend_pane import TrendPane
from .views import BalanceView

# A factor in one of the lists: its side and its position in the assessment.
FactorChoice = tuple[BalanceSide, int]


@dataclass(frozen=True)
class BalanceState:
    """What the tab shows: the assessment on screen (None: there is none), every
    assessment to choose from (date text and id, newest first), and its drawing."""

    dossier_open: bool
    balance: Balance | None
    assessments: tuple[tuple[str, str], ...]
    drawing: BalanceDrawing | None


class BalanceTabView(QWidget):
    assessment_chosen = Signal(str)  # balance id
    date_edited = Signal(object)  # date
    note_edited = Signal(object)  # str | None
    new_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal(str)  # "pdf" or "png"
    add_requested = Signal(object)  # BalanceSide
    edit_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    pick_requested = Signal()
    weight_requested = Signal(int)  # the chosen factor's new weight, set in place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._showing = False  # filling the fields: what changes now is not the coach
        self._read_only = False  # a colleague holds the dossier: weights stay as they are
        self.factor_dialog: FactorDialog | None = None
        self.pick_dialog: PickDialog | None = None
        self.large_view: LargeBalance | None = None

        # -- the assessment: which one, its date, new, remove, export
        self.assessments = QComboBox(self)
        self.assessments.setAccessibleName(QCoreApplication.translate("BalanceTab", "Inschatting"))
        self.assessments.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assessments.activated.connect(
            lambda _i: self.assessment_chosen.emit(str(self.assessments.currentData() or ""))
        )
        self.date = DateField(
            QCoreApplication.translate("BalanceTab", "Datum van de inschatting"), parent=self
        )
        self.date.dateChanged.connect(self._date_changed)
        self.new_button = make_button(
            QCoreApplication.translate("BalanceTab", "&Nieuwe inschatting"),
            QCoreApplication.translate("BalanceTab", "Nieuwe inschatting"),
            self,
            primary=True,
        )
        self.new_button.setToolTip(
            QCoreApplication.translate(
                "BalanceTab", "Begint van de laatste inschatting, met de datum van vandaag"
            )
        )
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = make_button(
            QCoreApplication.translate("BalanceTab", "Verwijderen…"),
            QCoreApplication.translate("BalanceTab", "Deze inschatting verwijderen"),
            self,
        )
        self.delete_button.clicked.connect(self.delete_requested)
        self.pdf_button = make_button(
            QCoreApplication.translate("BalanceTab", "&PDF…"),
            QCoreApplication.translate("BalanceTab", "Balans bewaren als PDF"),
            self,
        )
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.png_button = make_button(
            QCoreApplication.translate("BalanceTab", "&Afbeelding…"),
            QCoreApplication.translate("BalanceTab", "Balans bewaren als afbeelding"),
            self,
        )
        self.png_button.clicked.connect(lambda: self.export_requested.emit("png"))
        self.large_button = make_button(
            QCoreApplication.translate("BalanceTab", "Groot tonen (F11)"),
            QCoreApplication.translate("BalanceTab", "De balans groot tonen, om samen te bekijken"),
            self,
        )
        self.large_button.clicked.connect(self.show_large)
        mark_reading(self.pdf_button, self.png_button, self.large_button)
        large = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        large.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        large.activated.connect(self.show_large)
        top = QHBoxLayout()
        top.addWidget(
            buddy_label(
                QCoreApplication.translate("BalanceTab", "&Inschatting van"), self.assessments, self
            )
        )
        top.addWidget(self.assessments)
        top.addWidget(
            buddy_label(QCoreApplication.translate("BalanceTab", "Da&tum"), self.date, self)
        )
        top.addWidget(self.date)
        top.addWidget(self.new_button)
        top.addStretch(1)
        for button in (self.pdf_button, self.png_button, self.delete_button):
            top.addWidget(button)

        # -- the picture and the trend
        self.picture = BalanceView(self)
        self.caption = hint_label(
            QCoreApplication.translate(
                "BalanceTab",
                "Dit is een beeld om samen over te praten, geen meting en geen gevalideerde score. "
                "Wijs de blokjes aan voor de volledige tekst.",
            ),
            self,
            muted=True,
        )
        self.trend_pane = TrendPane(self)
        self.trend_pane.chosen.connect(self.assessment_chosen)
        self.trend = self.trend_pane.view
        self.trend_domain = self.trend_pane.domain
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.picture, 5)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.large_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(caption_row)
        left_layout.addWidget(self.trend_pane, 3)

        # -- the two lists, their buttons and the note
        right = FactorLists(self)
        self.models, self.proxies, self.views = right.models, right.proxies, right.views
        self.add_buttons = right.add_buttons
        self.edit_button, self.remove_button = right.edit_button, right.remove_button
        self.up_button, self.down_button = right.up_button, right.down_button
        self.pick_button, self.note = right.pick_button, right.note
        self.weight_slider = right.weight
        self._factor_lists = right
        right.add_requested.connect(self.add_requested)
        right.edit_requested.connect(self.edit_requested)
        right.remove_requested.connect(self.remove_requested)
        right.move_requested.connect(self.move_requested)
        right.pick_requested.connect(self.pick_requested)
        right.weight_requested.connect(self._weight_requested)
        right.side_selected.connect(self._side_selected)
        self.note.textChanged.connect(self._note_changed)
        self._active_side = BalanceSide.CAPACITY

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # the picture gets the room; the lists wrap less
        splitter.setChildrenCollapsible(False)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(splitter, 1)

        # -- no assessment yet
        empty = QWidget(self)
        self.empty_state = QLabel(
            QCoreApplication.translate(
                "BalanceTab",
                "Nog geen balans. Zet samen met de cliënt op een rij wat helpt dragen en "
                "wat weegt: zo ziet u waar het zwaarst doorweegt, en later hoe dat verandert.",
            ),
            empty,
        )
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_button = make_button(
            QCoreApplication.translate("BalanceTab", "&Eerste inschatting maken"),
            QCoreApplication.translate("BalanceTab", "Eerste inschatting maken"),
            empty,
            primary=True,
        )
        self.first_button.clicked.connect(self.new_requested)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_state)
        empty_layout.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        self._content = content
        self._empty = empty
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def add_undo_actions(self, stack: QUndoStack) -> None:
        """Ctrl+Z and Ctrl+Shift+Z anywhere in the tab, for the presenter's undo stack."""
        self.undo_action = stack.createUndoAction(
            self, QCoreApplication.translate("BalanceTab", "Ongedaan maken")
        )
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(
            self, QCoreApplication.translate("BalanceTab", "Opnieuw doen")
        )
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- showing

    def show_state(
        self,
        state: BalanceState,
        *,
        animate: bool,
        choose: FactorChoice | None = None,
        keep_choice: bool = False,
    ) -> None:
        """Show ``state`` and choose the factor ``choose``; with ``keep_choice`` the
        factor chosen before stays chosen while the same assessment stays on screen."""
        balance = state.balance
        if keep_choice and balance is not None and self.shown_balance_id() == balance.id:
            choose = self.chosen_factor()
        self._showing = True
        try:
            self.stack.setCurrentWidget(self._content if balance is not None else self._empty)
            self.empty_state.setVisible(state.dossier_open)
            self.first_button.setVisible(state.dossier_open)
            for model in self.models.values():
                model.show_balance(balance)
            self.assessments.clear()
            for text, balance_id in state.assessments:
                self.assessments.addItem(text, balance_id)
            if balance is not None:
                self.assessments.setCurrentIndex(self.assessments.findData(balance.id))
                self.date.set_value(balance.assessed_on)
                # The note is left alone when it says the same: the cursor stays put.
                if (self.note.toPlainText().strip() or None) != balance.note:
                    self.note.setPlainText(balance.note or "")
            else:
                self.note.clear()
            self.picture.set_drawing(state.drawing, animate=animate)
            if self.large_view is not None:
                self.large_view.show_drawing(state.drawing)
            self.trend_pane.show_drawing(state.drawing)
            if choose is not None and balance is not None:
                self._choose(choose, len(balance.factors))
            self._update_buttons()
        finally:
            self._showing = False

    def shown_balance_id(self) -> str:
        return str(self.assessments.currentData() or "")

    def chosen_factor(self) -> FactorChoice | None:
        """The side and factor position chosen in one of the lists."""
        side = self._active_side
        row = selected_source_row(self.views[side], self.proxies[side])
        if row < 0:
            return None
        return side, self.models[side].record_at(row).position

    def set_weights_read_only(self, read_only: bool) -> None:
        """No weight is set in place while a colleague holds the dossier."""
        self._read_only = read_only
        self._update_buttons()

    def focus_first_list(self) -> None:
        self.views[BalanceSide.CAPACITY].setFocus()

    def open_factor_dialog(self, existing: BalanceFactor | None, side: BalanceSide) -> FactorDialog:
        self.factor_dialog = FactorDialog(existing, side, self)
        self.factor_dialog.open()
        return self.factor_dialog

    def open_pick_dialog(
        self, balance: Balance, observations: tuple[Observation, ...]
    ) -> PickDialog:
        self.pick_dialog = PickDialog(balance, observations, self)
        self.pick_dialog.open()
        return self.pick_dialog

    def show_large(self) -> None:
        """The balance on the whole screen, for the client to see; Esc closes it."""
        if self.picture.drawing() is None:
            return
        if self.large_view is None:
            self.large_view = LargeBalance(self)
            self.large_view.finished.connect(self._large_closed)
        self.large_view.show_drawing(self.picture.drawing())
        self.large_view.showMaximized()
        self.large_view.activateWindow()

    def close_large(self) -> None:
        if self.large_view is not None:
            self.large_view.reject()

    # -- helpers

    def _choose(self, choice: FactorChoice, factor_count: int) -> None:
        side, position = choice
        model = self.models[side]
        row = model.row_of(str(position if position >= 0 else factor_count - 1))
        self._active_side = side
        select_row(
            self.views[side],
            self.proxies[side].mapFromSource(model.index(row, 0)).row() if row >= 0 else -1,
        )

    def _large_closed(self) -> None:
        if self.large_view is not None:
            self.large_view.deleteLater()
            self.large_view = None

    def _side_selected(self, side: BalanceSide) -> None:
        if self.views[side].selectionModel().hasSelection():
            self._active_side = side
            other = BalanceSide.BURDEN if side is BalanceSide.CAPACITY else BalanceSide.CAPACITY
            self.views[other].clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.stack.currentWidget() is self._content
        chosen = self.chosen_factor() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has and chosen)
        self.weight_slider.setEnabled(has and chosen and not self._read_only)
        self._factor_lists.show_weight(self._chosen_weight())
        for button in (
            *self.add_buttons.values(),
            self.pick_button,
            self.large_button,
            self.pdf_button,
            self.png_button,
            self.delete_button,
        ):
            button.setEnabled(has)

    def _chosen_weight(self) -> int | None:
        chosen = self.chosen_factor()
        if chosen is None:
            return None
        side = chosen[0]
        row = selected_source_row(self.views[side], self.proxies[side])
        return self.models[side].record_at(row).factor.weight

    def _weight_requested(self, weight: int) -> None:
        if not self._showing and not self._read_only and self.chosen_factor() is not None:
            self.weight_requested.emit(weight)

    def _date_changed(self) -> None:
        day: date | None = self.date.value()
        if not self._showing and day is not None:
            self.date_edited.emit(day)

    def _note_changed(self) -> None:
        if not self._showing:
            self.note_edited.emit(self.note.toPlainText().strip() or None)
