"""Balans: what the client can carry against what weighs on them, assessment by assessment.

Left the picture (the beam tilts calmly toward the heavier side) with its per-domain
breakdown and the trend over time; right the two lists, each factor with a life domain
and a weight.  Every change to the factors can be undone (Ctrl+Z) and redone
(Ctrl+Shift+Z); changes save themselves after a short pause.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing, draw
from genwerkt_desktop.domain.balance_editing import (
    add_factor,
    add_observations,
    latest,
    move_factor,
    next_assessment,
    remove_factor,
    replace_factor,
)
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import BalanceSide, LifeDomain
from genwerkt_desktop.domain.model import Balance, Dossier
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.exports import ExportKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.export_flow import PDF_FILTER, ExportFlow
from genwerkt_desktop.ui.widgets.fields import (
    DateField,
    buddy_label,
    format_date,
    hint_label,
    make_button,
)
from genwerkt_desktop.ui.widgets.labels import domain_labels
from genwerkt_desktop.ui.widgets.table_model import (
    select_row,
    selected_source_row,
)
from genwerkt_desktop.ui.wording.balance import balance_words
from genwerkt_desktop.ui.worker import TaskRunner

from .assessment_change import AssessmentChange
from .dialogs import FactorDialog, PickDialog
from .factor_lists import FactorLists
from .large_view import LargeBalance
from .trend_pane import TrendPane
from .views import BalanceView

SAVE_AFTER_MS = 600
PNG_FILTER = "PNG (*.png)"


class BalanceTab(QWidget):
    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._controller = controller
        self._dialogs = dialogs
        self._clock = clock
        self._workspace = workspace
        self._dossier: Dossier | None = None
        self._balance: Balance | None = None  # the assessment on screen, as edited
        self._saving = 0  # saves on their way to the store
        self._filling = False
        self.factor_dialog: FactorDialog | None = None
        self.pick_dialog: PickDialog | None = None
        self.exports = ExportFlow(workspace, runner, dialogs, self)
        self.undo_stack = QUndoStack(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self._save)

        # -- the assessment: which one, its date, new, remove, export
        self.assessments = QComboBox(self)
        self.assessments.setAccessibleName(QCoreApplication.translate("BalanceTab", "Inschatting"))
        self.assessments.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assessments.activated.connect(
            lambda _i: self.open_assessment(str(self.assessments.currentData() or ""))
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
        self.new_button.clicked.connect(self.new_assessment)
        self.delete_button = make_button(
            QCoreApplication.translate("BalanceTab", "Verwijderen…"),
            QCoreApplication.translate("BalanceTab", "Deze inschatting verwijderen"),
            self,
        )
        self.delete_button.clicked.connect(self.delete_assessment)
        self.pdf_button = make_button(
            QCoreApplication.translate("BalanceTab", "&PDF…"),
            QCoreApplication.translate("BalanceTab", "Balans bewaren als PDF"),
            self,
        )
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.png_button = make_button(
            QCoreApplication.translate("BalanceTab", "&Afbeelding…"),
            QCoreApplication.translate("BalanceTab", "Balans bewaren als afbeelding"),
            self,
        )
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.large_button = make_button(
            QCoreApplication.translate("BalanceTab", "Groot tonen (F11)"),
            QCoreApplication.translate("BalanceTab", "De balans groot tonen, om samen te bekijken"),
            self,
        )
        self.large_button.clicked.connect(self.show_large)
        large = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        large.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        large.activated.connect(self.show_large)
        self.large_view: LargeBalance | None = None
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
        self.trend_pane.chosen.connect(self.open_assessment)
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
        right.add_requested.connect(self.add_factor)
        right.edit_requested.connect(self.edit_factor)
        right.remove_requested.connect(self.remove_factor)
        right.move_requested.connect(self.move_factor)
        right.pick_requested.connect(self.pick_from_dossier)
        right.side_selected.connect(self._selected)
        self.note.textChanged.connect(self._note_changed)
        self._active_side = BalanceSide.CAPACITY
        self.undo_action = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("BalanceTab", "Ongedaan maken")
        )
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("BalanceTab", "Opnieuw doen")
        )
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

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
        self.first_button.clicked.connect(self.new_assessment)
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
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def set_dossier(self, dossier: Dossier) -> None:
        same_client = self._dossier is not None and self._dossier.client.id == dossier.client.id
        self._dossier = dossier
        stored = {b.id: b for b in dossier.balances}
        current = self._balance.id if self._balance is not None and same_client else None
        if current is not None and self._busy():
            pass  # our own edits are newer than what the store sent back
        elif current is not None and current in stored:
            self._balance = stored[current]
        else:
            self._balance = latest(dossier.balances)
            self.undo_stack.clear()
        self._refresh(animate=same_client)

    def clear(self) -> None:
        """Forget the client: nothing of theirs stays in a model, label or field."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            if self._dossier is not None and self._controller.client_id == self._dossier.client.id:
                self._save()
        self._dossier = None
        self._balance = None
        self.undo_stack.clear()
        self._refresh(animate=False)
        if self.large_view is not None:
            self.large_view.reject()

    def commit_pending(self) -> None:
        """Save the assessment being edited now, on this thread (the lock is waiting)."""
        if not self._save_timer.isActive() or self._balance is None or self._dossier is None:
            return
        self._save_timer.stop()
        self._workspace.edits.save_balance(self._dossier.client.id, self._balance)

    # ------------------------------------------------------------------ assessments

    def history(self) -> list[Balance]:
        """Every assessment, the one on screen as edited, oldest first."""
        if self._dossier is None:
            return []
        found = {b.id: b for b in self._dossier.balances}
        if self._balance is not None:
            found[self._balance.id] = self._balance
        return sorted(found.values(), key=lambda b: b.assessed_on)

    def current(self) -> Balance | None:
        return self._balance

    def open_assessment(self, balance_id: str) -> None:
        chosen = next((b for b in self.history() if b.id == balance_id), None)
        if chosen is None or (self._balance is not None and chosen.id == self._balance.id):
            return
        self._flush()
        self._balance = chosen
        self.undo_stack.clear()
        self._refresh(animate=True)

    def new_assessment(self) -> None:
        """A new assessment dated today, starting from the latest one's factors."""
        if self._dossier is None:
            return
        self._flush()
        self._balance = next_assessment(self.history(), self._clock.today(), new_id)
        self.undo_stack.clear()
        self._refresh(animate=True)
        self._save()
        self.views[BalanceSide.CAPACITY].setFocus()

    def delete_assessment(self) -> None:
        balance = self._balance
        if balance is None or not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("BalanceTab", "Inschatting verwijderen"),
            QCoreApplication.translate(
                "BalanceTab",
                "De inschatting van {day} verwijderen? Dat kan niet ongedaan gemaakt worden.",
            ).format(day=format_date(balance.assessed_on)),
        ):
            return
        self._save_timer.stop()
        self._balance = None
        self._controller.edit(lambda edits, cid: edits.delete_balance(cid, balance.id))

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

    def _large_closed(self) -> None:
        if self.large_view is not None:
            self.large_view.deleteLater()
            self.large_view = None

    def export(self, kind: str) -> None:
        if self._balance is None or self._dossier is None:
            return
        self.commit_pending()
        client = self._dossier.client
        name = f"balans-{client.preferred_name or client.first_name}-{self._balance.assessed_on}"
        self.exports.save(
            self,
            ExportKind.BALANCE,
            client.id,
            f"{name}.{kind}",
            PDF_FILTER if kind == "pdf" else PNG_FILTER,
            item_id=self._balance.id,
        )

    # ------------------------------------------------------------------ factors

    def selected(self) -> tuple[BalanceSide, int] | None:
        """The side and factor index chosen in one of the lists."""
        side = self._active_side
        row = selected_source_row(self.views[side], self.proxies[side])
        if row < 0:
            return None
        return side, self.models[side].record_at(row).position

    def add_factor(self, side: BalanceSide) -> None:
        if self._balance is None:
            return
        self.factor_dialog = FactorDialog(None, side, self)
        self.factor_dialog.submitted.connect(
            lambda factor: self._change(
                add_factor(self._current(), factor),
                QCoreApplication.translate("BalanceTab", "factor toevoegen"),
                (factor.side, -1),
            )
        )
        self.factor_dialog.open()

    def edit_factor(self) -> None:
        chosen = self.selected()
        if chosen is None or self._balance is None:
            return
        position = chosen[1]
        self.factor_dialog = FactorDialog(self._balance.factors[position], chosen[0], self)
        self.factor_dialog.submitted.connect(
            lambda factor: self._change(
                replace_factor(self._current(), position, factor),
                QCoreApplication.translate("BalanceTab", "factor bewerken"),
                (factor.side, position),
            )
        )
        self.factor_dialog.open()

    def remove_factor(self) -> None:
        chosen = self.selected()
        if chosen is None or self._balance is None:
            return
        self._change(
            remove_factor(self._balance, chosen[1]),
            QCoreApplication.translate("BalanceTab", "factor verwijderen"),
            None,
        )

    def move_factor(self, step: int) -> None:
        chosen = self.selected()
        if chosen is None or self._balance is None:
            return
        moved, position = move_factor(self._balance, chosen[1], step)
        if moved != self._balance:
            self._change(
                moved,
                QCoreApplication.translate("BalanceTab", "factor verplaatsen"),
                (chosen[0], position),
            )

    def pick_from_dossier(self) -> None:
        if self._balance is None or self._dossier is None:
            return
        self.pick_dialog = PickDialog(self._balance, self._dossier.observations, self)
        self.pick_dialog.submitted.connect(
            lambda picked: self._change(
                add_observations(self._current(), picked),
                QCoreApplication.translate("BalanceTab", "uit sterktes en noden kiezen"),
                None,
            )
        )
        self.pick_dialog.open()

    def show_edit(self, balance: Balance, select: tuple[BalanceSide, int] | None) -> None:
        """Show an edited version (the undo stack calls this) and save it soon."""
        self._balance = balance
        self._refresh(animate=True)
        if select is not None:
            side, position = select
            model = self.models[side]
            row = model.row_of(str(position if position >= 0 else len(balance.factors) - 1))
            self._active_side = side
            select_row(
                self.views[side],
                self.proxies[side].mapFromSource(model.index(row, 0)).row() if row >= 0 else -1,
            )
        self._save_timer.start()

    # ------------------------------------------------------------------ helpers

    def _current(self) -> Balance:
        assert self._balance is not None
        return self._balance

    def _change(self, after: Balance, text: str, select: tuple[BalanceSide, int] | None) -> None:
        if self._balance is None or after == self._balance:
            return
        self.undo_stack.push(AssessmentChange(self.show_edit, self._balance, after, text, select))

    def _busy(self) -> bool:
        return self._save_timer.isActive() or self._saving > 0

    def _flush(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save()

    def _save(self) -> None:
        balance = self._balance
        if balance is None or self._dossier is None:
            return
        self._saving += 1

        def finished() -> None:
            self._saving = max(0, self._saving - 1)

        def failed(text: str) -> None:
            finished()
            self._dialogs.warn(self, QCoreApplication.translate("BalanceTab", "Balans"), text)

        self._controller.edit(
            lambda edits, cid: edits.save_balance(cid, balance), done=finished, failed=failed
        )

    def _selected(self, side: BalanceSide) -> None:
        if self.views[side].selectionModel().hasSelection():
            self._active_side = side
            other = BalanceSide.BURDEN if side is BalanceSide.CAPACITY else BalanceSide.CAPACITY
            self.views[other].clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._balance is not None
        chosen = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has and chosen)
        for button in (
            *self.add_buttons.values(),
            self.pick_button,
            self.large_button,
            self.pdf_button,
            self.png_button,
            self.delete_button,
        ):
            button.setEnabled(has)

    def _date_changed(self) -> None:
        if self._filling or self._balance is None:
            return
        day = self.date.value()
        if day is not None and day != self._balance.assessed_on:
            self._change(
                replace(self._balance, assessed_on=day),
                QCoreApplication.translate("BalanceTab", "datum wijzigen"),
                None,
            )

    def _note_changed(self) -> None:
        if self._filling or self._balance is None:
            return
        text = self.note.toPlainText().strip() or None
        if text != self._balance.note:
            self._balance = replace(self._balance, note=text)
            self._save_timer.start()

    def _drawing(self) -> BalanceDrawing | None:
        if self._balance is None or self._dossier is None:
            return None
        client = self._dossier.client
        names: dict[LifeDomain | None, str] = dict(domain_labels())
        return draw(
            self._balance,
            self.history(),
            client.preferred_name or client.first_name,
            names,
            words=balance_words(),
        )

    def _refresh(self, *, animate: bool) -> None:
        self._filling = True
        try:
            balance = self._balance
            self.stack.setCurrentWidget(self._content if balance is not None else self._empty)
            self.empty_state.setVisible(self._dossier is not None)
            self.first_button.setVisible(self._dossier is not None)
            for model in self.models.values():
                model.show_balance(balance)
            self.assessments.clear()
            for item in reversed(self.history()):
                self.assessments.addItem(format_date(item.assessed_on), item.id)
            if balance is not None:
                self.assessments.setCurrentIndex(self.assessments.findData(balance.id))
                self.date.set_value(balance.assessed_on)
                if (self.note.toPlainText().strip() or None) != balance.note:
                    self.note.setPlainText(balance.note or "")
            else:
                self.note.clear()
            self.picture.set_drawing(self._drawing(), animate=animate)
            if self.large_view is not None:
                self.large_view.show_drawing(self.picture.drawing())
            self.trend_pane.show_drawing(self.picture.drawing())
            self._update_buttons()
        finally:
            self._filling = False
