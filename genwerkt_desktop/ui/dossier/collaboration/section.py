"""One section of the Samenwerking tab: a title, a hint, a short table, its buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from genwerkt_desktop.ui.widgets.fields import hint_label, make_button, section_title
from genwerkt_desktop.ui.widgets.flow import FlowLayout
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    RecordProxy,
    RecordTableModel,
    selected_source_row,
    setup_table,
)


class Section(QWidget):
    def __init__(
        self,
        title: str,
        hint: str,
        model: RecordTableModel,
        stretch: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if model.parent() is None:
            model.setParent(self)
        self.model = model
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(model)
        self.view = FittedTable(self, fit_rows=6)
        self.view.setModel(self.proxy)
        setup_table(self.view, title, stretch=stretch)
        self.view.setSortingEnabled(True)
        self.empty = hint_label("", self, muted=True)
        self.buttons = FlowLayout()  # a second line rather than a page too wide (issue 16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(section_title(title, self))
        layout.addWidget(hint_label(hint, self, muted=True))
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self._needs_row: list[QPushButton] = []
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self._reset)

    def button(
        self,
        text: str,
        name: str,
        action: Callable[[], None],
        *,
        needs_row: bool = True,
        primary: bool = False,
    ) -> QPushButton:
        button = make_button(text, name, self, primary=primary)
        button.clicked.connect(action)
        self.buttons.addWidget(button)
        if needs_row:
            self._needs_row.append(button)
        return button

    def on_delete_key(self, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def selected(self) -> object | None:
        row = selected_source_row(self.view, self.proxy)
        return self.model.record_at(row) if row >= 0 else None

    def show_rows(self, rows: Sequence[Any]) -> None:
        """New rows; the chosen record stays chosen."""
        chosen = self.selected()
        self.model.set_records(rows)
        if chosen is not None:
            self.select_id(str(getattr(chosen, "id", "")))

    def select_id(self, record_id: str) -> None:
        row = self.proxy.row_of(record_id)
        if row >= 0:
            self.view.selectRow(row)

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in self._needs_row:
            button.setEnabled(chosen)

    def _reset(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self.view.setVisible(self.model.rowCount() > 0)
        self.update_buttons()
