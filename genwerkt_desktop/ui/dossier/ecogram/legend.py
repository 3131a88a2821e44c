"""The legend beside the map on screen, painted by the same function as on the PNG."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from genwerkt_desktop.domain.ecogram_drawing import LEGEND, LegendEntry
from genwerkt_desktop.render import ecogram_style as style
from genwerkt_desktop.render.ecogram_qt import paint_legend

UNIT = 1.3  # screen pixels per legend point: readable at arm's length


class LegendWidget(QWidget):
    def __init__(
        self, parent: QWidget | None = None, entries: Sequence[LegendEntry] = LEGEND
    ) -> None:
        super().__init__(parent)
        self._entries = tuple(entries)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("; ".join(e.text for e in self._entries))

    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def sizeHint(self) -> QSize:
        height = style.LEGEND_ROW * UNIT * len(self._entries) + 8
        return QSize(int(style.LEGEND_WIDTH * UNIT), int(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, self._entries, QPointF(2, 4), UNIT)
        painter.end()
