"""The balance's two lists of factors, with their buttons and the note: layout only.

What the coach asks for (add, edit, remove, move, pick, a side chosen, a weight) leaves
as a signal; the tab decides what happens.  A weight is set in place: the number keys 1
to 5 in a list, or the slider under the lists, for the factor chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QTableView, QVBoxLayout, QWidget

from genwerkt_desktop.domain.balance import MAX_WEIGHT, MIN_WEIGHT
from genwerkt_desktop.domain.enums import BalanceSide
from genwerkt_desktop.ui.widgets.fields import (
    buddy_label,
    hint_label,
    make_button,
    plain_text_field,
    section_title,
)
from genwerkt_desktop.ui.widgets.table_model import RecordProxy, setup_table

from .models import FactorModel


class FactorLists(QWidget):
    add_requested = Signal(object)  # BalanceSide
    edit_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    pick_requested = Signal()
    side_selected = Signal(object)  # BalanceSide
    weight_requested = Signal(int)  # the chosen factor's new weight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: dict[BalanceSide, FactorModel] = {}
        self.proxies: dict[BalanceSide, RecordProxy] = {}
        self.views: dict[BalanceSide, QTableView] = {}
        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(0, 0, 0, 0)
        titles = {
            BalanceSide.CAPACITY: QCoreApplication.translate(
                "BalanceTab", "Draagkracht: wat helpt dragen"
            ),
            BalanceSide.BURDEN: QCoreApplication.translate("BalanceTab", "Draaglast: wat weegt"),
        }
        adds = {
            BalanceSide.CAPACITY: QCoreApplication.translate(
                "BalanceTab", "&Draagkracht toevoegen…"
            ),
            BalanceSide.BURDEN: QCoreApplication.translate("BalanceTab", "Draa&glast toevoegen…"),
        }
        self.add_buttons = {}
        for side in BalanceSide:
            model = FactorModel(side, self)
            proxy = RecordProxy(self)
            proxy.setSourceModel(model)
            view = QTableView(self)
            view.setModel(proxy)
            setup_table(view, titles[side], stretch=FactorModel.COL_TEXT)
            view.setColumnWidth(FactorModel.COL_DOMAIN, view.fontMetrics().averageCharWidth() * 24)
            view.setColumnWidth(
                FactorModel.COL_WEIGHT, view.fontMetrics().horizontalAdvance("5  ■■■■■") + 24
            )
            view.activated.connect(lambda _index: self.edit_requested.emit())
            view.selectionModel().selectionChanged.connect(
                lambda *_a, s=side: self.side_selected.emit(s)
            )
            for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda st=step: self.move_requested.emit(st))
            # The number keys set the chosen factor's weight, no form needed (issue 19).
            for weight in range(MIN_WEIGHT, MAX_WEIGHT + 1):
                key = Qt.Key(Qt.Key.Key_0.value + weight)
                for keys in (
                    QKeySequence(key),
                    QKeySequence(Qt.KeyboardModifier.KeypadModifier | key),
                ):
                    number = QShortcut(keys, view)
                    number.setContext(Qt.ShortcutContext.WidgetShortcut)
                    number.activated.connect(lambda w=weight: self.weight_requested.emit(w))
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.remove_requested)
            add = make_button(adds[side], adds[side].replace("&", "").rstrip("…"), self)
            add.clicked.connect(lambda _c=False, s=side: self.add_requested.emit(s))
            self.models[side], self.proxies[side], self.views[side] = model, proxy, view
            self.add_buttons[side] = add
            head = QHBoxLayout()
            head.addWidget(section_title(titles[side], self))
            head.addStretch(1)
            head.addWidget(add)
            right_layout.addLayout(head)
            right_layout.addWidget(view, 1)
        self.edit_button = make_button(
            QCoreApplication.translate("BalanceTab", "&Bewerken…"),
            QCoreApplication.translate("BalanceTab", "Gekozen factor bewerken"),
            self,
        )
        self.remove_button = make_button(
            QCoreApplication.translate("BalanceTab", "Ver&wijderen"),
            QCoreApplication.translate("BalanceTab", "Gekozen factor verwijderen"),
            self,
        )
        self.up_button = make_button(
            QCoreApplication.translate("BalanceTab", "Om&hoog"),
            QCoreApplication.translate("BalanceTab", "Gekozen factor omhoog (Ctrl+Pijl omhoog)"),
            self,
        )
        self.down_button = make_button(
            QCoreApplication.translate("BalanceTab", "Om&laag"),
            QCoreApplication.translate("BalanceTab", "Gekozen factor omlaag (Ctrl+Pijl omlaag)"),
            self,
        )
        self.pick_button = make_button(
            QCoreApplication.translate("BalanceTab", "Uit &sterktes en noden kiezen…"),
            QCoreApplication.translate("BalanceTab", "Uit sterktes en noden kiezen"),
            self,
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.pick_button.clicked.connect(self.pick_requested)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.weight = QSlider(Qt.Orientation.Horizontal, self)
        self.weight.setObjectName("weightSlider")
        self.weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.weight.setPageStep(1)
        self.weight.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.weight.setTickInterval(1)
        self.weight.setTracking(False)  # dragged: one change when let go
        self.weight.setAccessibleName(
            QCoreApplication.translate("BalanceTab", "Gewicht van de gekozen factor, 1 tot 5")
        )
        self.weight.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.weight.valueChanged.connect(self._weight_moved)
        self.weight_value = QLabel(self)
        self.weight_value.setObjectName("hintText")
        self.weight_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("5  ■■■■■") + 8)
        weight_row = QHBoxLayout()
        weight_row.addWidget(
            buddy_label(QCoreApplication.translate("BalanceTab", "Gewicht"), self.weight, self)
        )
        weight_row.addWidget(self.weight, 1)
        weight_row.addWidget(self.weight_value)
        weight_row.addStretch(1)
        right_layout.addLayout(weight_row)
        self._showing_weight = False
        right_layout.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "BalanceTab",
                    "Kies een factor en druk 1 tot 5 (licht tot zwaar) om het gewicht te "
                    "zetten. Ctrl+Z maakt de laatste wijziging ongedaan, Ctrl+Shift+Z doet ze "
                    "opnieuw.",
                ),
                self,
                muted=True,
            )
        )
        self.note = plain_text_field(
            QCoreApplication.translate("BalanceTab", "Notitie bij deze inschatting"), self, lines=3
        )

        right_layout.addWidget(
            buddy_label(
                QCoreApplication.translate("BalanceTab", "N&otitie bij deze inschatting"),
                self.note,
                self,
            )
        )
        right_layout.addWidget(self.note)

    def show_weight(self, weight: int | None) -> None:
        """The chosen factor's weight on the slider (None: no factor chosen), quietly."""
        self._showing_weight = True
        try:
            if weight is not None:
                self.weight.setValue(max(MIN_WEIGHT, min(MAX_WEIGHT, weight)))
                filled = self.weight.value()
                self.weight_value.setText(f"{weight}  {'■' * filled}{'□' * (MAX_WEIGHT - filled)}")
            else:
                self.weight_value.clear()
        finally:
            self._showing_weight = False

    def _weight_moved(self, weight: int) -> None:
        if not self._showing_weight:
            self.weight_requested.emit(weight)
