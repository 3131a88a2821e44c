"""Columns that step aside when a table gets narrow, so its main column stays readable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class NarrowColumns(QObject):
    """Hides ``optional`` columns, first to last, while the stretching column would get
    less than ``room`` pixels; shows them again as the table widens.

    The widths are taken once, when installed (after ``set_column_widths``): a hidden
    column reports a width of 0, so it cannot be asked again.
    """

    def __init__(self, view: QTableView, optional: Sequence[int], room: int) -> None:
        super().__init__(view)
        self._view = view
        self._optional = tuple(optional)
        self._room = room
        header = view.horizontalHeader()
        self._widths = {c: view.columnWidth(c) for c in range(header.count())}
        # The viewport's size is final when it hears of a resize.  Kept as a plain reference:
        # while the table is torn down, asking it for its viewport would fail.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        stretching = {
            c
            for c in range(header.count())
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        }
        fixed = [
            c
            for c in range(header.count())
            if c not in stretching and (c in self._optional or not view.isColumnHidden(c))
        ]
        left = view.viewport().width() - sum(self._widths.get(c, 0) for c in fixed)
        for column in self._optional:
            hide = left < self._room
            view.setColumnHidden(column, hide)
            if hide:
                left += self._widths.get(column, 0)
            elif view.columnWidth(column) != self._widths.get(column, 0):
                view.setColumnWidth(column, self._widths.get(column, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
