"""The balance's two lists of factors, with their buttons and the note: layout only.

What the coach asks for (add, edit, remove, move, pick, a side chosen) leaves as a
signal; the tab decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTableView, QVBoxLayout, QWidget

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
        right_layout.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "BalanceTab",
                    "Ctrl+Z maakt de laatste wijziging ongedaan, Ctrl+Shift+Z doet ze opnieuw.",
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
