"""The legend beside the map on screen: the shapes of the PNG's legend, same painter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from genwerkt_desktop.domain.ecogram_drawing import LEGEND, LegendEntry
from genwerkt_desktop.domain.ecogram_page import legend_layout
from genwerkt_desktop.domain.ecogram_shapes import Layout
from genwerkt_desktop.render.ecogram_qt import measure_at, paint_shapes
from genwerkt_desktop.ui.wording.ecogram_legend import screen_legend

UNIT = 1.3  # screen pixels per legend point: readable at arm's length


class LegendWidget(QWidget):
    def __init__(
        self, parent: QWidget | None = None, entries: Sequence[LegendEntry] = LEGEND
    ) -> None:
        super().__init__(parent)
        self._entries = screen_legend(entries)
        self._layout: Layout = legend_layout(self._entries, measure_at(UNIT))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("; ".join(e.text for e in self._entries))

    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def sizeHint(self) -> QSize:
        height = self._layout.height * UNIT + 4
        return QSize(int(self._layout.width * UNIT), int(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_shapes(painter, self._layout.shapes, UNIT, 2, 4)
        painter.end()
