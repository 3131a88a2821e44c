"""The phase history as one calm horizontal strip.

Each phase is a band, wide enough to read and longer when it lasted longer.  A return to
an earlier phase gets a small "terug naar" mark above its band: it is part of the work,
so it is drawn in the same quiet colours as everything else, never as a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from genwerkt_desktop.domain.enums import Phase
from genwerkt_desktop.domain.phases import PhaseSpan
from genwerkt_desktop.ui.widgets.fields import format_date
from genwerkt_desktop.ui.widgets.labels import label_of, phase_labels, short_phase_labels

from .models import days_text

PHASE_COLOURS = {
    Phase.INTAKE: "#dde9ee",
    Phase.CLARIFYING: "#d3e4e0",
    Phase.GOAL_SETTING: "#e3e6d2",
    Phase.EXECUTION: "#cfe0d3",
    Phase.CLOSURE: "#e8e0d2",
    Phase.AFTERCARE: "#e4dde8",
}
ACCENT = "#2e6b80"
TEXT = "#1f2326"
MUTED = "#5b6167"
MIN_BAND = 64


def went_back_text(phase: Phase) -> str:
    return QCoreApplication.translate("PhaseTimeline", "↩ terug naar {phase}").format(
        phase=label_of(phase_labels(), phase)
    )


def span_text(span: PhaseSpan) -> str:
    """One span in words, for the tooltip and for screen readers."""
    until = (
        format_date(span.ended_on)
        if span.ended_on is not None
        else QCoreApplication.translate("PhaseTimeline", "nu")
    )
    label = went_back_text(span.phase) if span.went_back else label_of(phase_labels(), span.phase)
    text = QCoreApplication.translate("PhaseTimeline", "{phase}: {start} tot {until}").format(
        phase=label, start=format_date(span.started_on), until=until
    )
    if span.days is not None:
        text += f" ({days_text(span.days)})"
    return text


class PhaseTimeline(QWidget):
    """Paints the spans; hover a band for its dates and note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseTimeline")
        self.setAccessibleName(QCoreApplication.translate("PhaseTimeline", "Fasegeschiedenis"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._spans: tuple[PhaseSpan, ...] = ()

    def set_spans(self, spans: Sequence[PhaseSpan]) -> None:
        self._spans = tuple(spans)
        self.setAccessibleDescription("; ".join(span_text(s) for s in self._spans))
        self.update()

    def spans(self) -> tuple[PhaseSpan, ...]:
        return self._spans

    def clear(self) -> None:
        self.set_spans(())

    # -- geometry

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(600, line * 4 + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_BAND * 2, self.sizeHint().height())

    def _bands(self) -> list[QRect]:
        if not self._spans:
            return []
        line = self.fontMetrics().height()
        top, height = line + 8, line + 16
        width = max(self.width() - 2, 1)
        count = len(self._spans)
        floor = min(MIN_BAND, width // count)
        spare = max(width - floor * count, 0)
        days = [max(s.days or 0, 1) for s in self._spans]
        total = sum(days)
        rects, x = [], 1
        for index, length in enumerate(days):
            extra = round(spare * length / total) if total else 0
            w = floor + extra
            if index == count - 1:
                w = width + 1 - x
            rects.append(QRect(x, top, max(w - 3, 4), height))
            x += w
        return rects

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        short = short_phase_labels()
        bands = self._bands()
        for index, (span, rect) in enumerate(zip(self._spans, bands, strict=True)):
            current = index == len(self._spans) - 1
            painter.setPen(QPen(QColor(ACCENT), 2) if current else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PHASE_COLOURS.get(span.phase, "#e6e6e6")))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
            painter.setPen(QColor(TEXT))
            label = metrics.elidedText(
                short.get(span.phase, span.phase.value),
                Qt.TextElideMode.ElideRight,
                rect.width() - 10,
            )
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
            painter.setPen(QColor(MUTED))
            below = QRect(rect.left() + 2, rect.bottom() + 4, rect.width() - 2, metrics.height())
            when = f"{span.started_on:%d/%m/%y}"
            if metrics.horizontalAdvance(when) <= below.width():
                painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), when)
            if span.went_back:
                painter.setPen(QColor(ACCENT))
                above = QRect(rect.left() + 2, 0, rect.width() - 2, metrics.height() + 4)
                mark = metrics.elidedText(
                    QCoreApplication.translate("PhaseTimeline", "↩ terug"),
                    Qt.TextElideMode.ElideRight,
                    above.width(),
                )
                painter.drawText(
                    above, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), mark
                )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.span_at(event.pos())
            if span is None:
                QToolTip.hideText()
            else:
                text = span_text(span)
                if span.note:
                    text += "\n" + span.note
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def span_at(self, pos: QPoint) -> PhaseSpan | None:
        for span, rect in zip(self._spans, self._bands(), strict=True):
            if rect.left() <= pos.x() <= rect.right():
                return span
        return None
