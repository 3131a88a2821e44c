"""The balance picture (with a calm tilt) and the clickable trend, painted from the same
shapes as the PNG and the PDF."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from genwerkt_desktop.domain.balance_drawing import BalanceDrawing, Trend
from genwerkt_desktop.domain.balance_shapes import HitArea, Layout, overview, scene, trend_chart
from genwerkt_desktop.render.balance_qt import fit, paint_fitted

TILT_MS = 400


def _hit(
    hits: tuple[HitArea, ...], point: QPointF, transform: tuple[float, float, float]
) -> HitArea | None:
    scale, dx, dy = transform
    if scale <= 0:
        return None
    x, y = (point.x() - dx) / scale, (point.y() - dy) / scale
    for hit in hits:
        if hit.x <= x <= hit.x + hit.w and hit.y <= y <= hit.y + hit.h:
            return hit
    return None


# A block's words are drawn at most this many units high; below READABLE_PX pixels on
# screen they cannot be read, and the beam is better shown alone.
BLOCK_TEXT_UNITS = 19.0
READABLE_PX = 9.0


class BalanceView(QWidget):
    """The beam, the baskets, the legend and the per-domain breakdown.  A new assessment
    or a changed weight tilts the beam over ``TILT_MS`` (at once when nobody can see it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._drawing: BalanceDrawing | None = None
        self._tilt = 0.0
        self._layout: Layout | None = None
        self._transform = (1.0, 0.0, 0.0)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(TILT_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._set_tilt)

    @property
    def tilt(self) -> float:
        """The angle shown right now (degrees; positive: draaglast lower)."""
        return self._tilt

    def drawing(self) -> BalanceDrawing | None:
        return self._drawing

    def set_drawing(self, drawing: BalanceDrawing | None, *, animate: bool = True) -> None:
        self._animation.stop()
        previous = self._drawing
        self._drawing = drawing
        target = drawing.tilt if drawing is not None else 0.0
        calm = (
            animate
            and previous is not None
            and self.isVisible()
            and QGuiApplication.platformName() != "offscreen"
            and abs(target - self._tilt) > 0.01
        )
        if calm:
            self._animation.setStartValue(float(self._tilt))
            self._animation.setEndValue(float(target))
            self._animation.start()
        else:
            self._set_tilt(target)

    def _set_tilt(self, value: object) -> None:
        self._tilt = float(value)  # type: ignore[arg-type]
        self._layout = self._best_layout()
        self.update()

    def _best_layout(self) -> Layout | None:
        """Breakdown beside or below the beam, whichever draws larger in this space; on a
        small screen, where the blocks' words would be too small to read, the beam alone
        (the lists beside it name each factor's domain too)."""
        if self._drawing is None:
            return None
        target = self._target()
        options = [
            overview(self._drawing, self._tilt, with_legend=False, breakdown_below=below)
            for below in (False, True)
        ]
        best = max(options, key=lambda option: fit(option, target)[0])
        if fit(best, target)[0] * BLOCK_TEXT_UNITS >= READABLE_PX:
            return best
        alone = scene(self._drawing, self._tilt)
        return alone if fit(alone, target)[0] > fit(best, target)[0] else best

    def _target(self) -> QRectF:
        return QRectF(self.rect()).adjusted(8, 8, -8, -8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout = self._best_layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._layout is not None:
            self._transform = paint_fitted(painter, self._layout, self._target())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hits = self._layout.hits if self._layout is not None else ()
            hit = _hit(hits, QPointF(event.pos()), self._transform)
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class TrendView(QWidget):
    """Both sums per assessment over time; a click on a point opens that assessment."""

    chosen = Signal(str)  # balance id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(300, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._trend: Trend | None = None
        self._layout: Layout | None = None
        self._transform = (1.0, 0.0, 0.0)

    def set_trend(self, trend: Trend | None) -> None:
        self._trend = trend
        self._layout = None
        self.update()

    def trend(self) -> Trend | None:
        return self._trend

    def _current_layout(self) -> Layout | None:
        if self._trend is None:
            return None
        if self._layout is None or (self._layout.width, self._layout.height) != (
            float(self.width()),
            float(self.height()),
        ):
            self._layout = trend_chart(self._trend, self.width(), self.height(), size=12.5)
        return self._layout

    def point_of(self, balance_id: str) -> QPointF | None:
        """Where the point of an assessment is drawn (for tests and keyboard help)."""
        layout = self._current_layout()
        if layout is None:
            return None
        for hit in layout.hits:
            if hit.balance_id == balance_id:
                return QPointF(hit.x + hit.w / 2, hit.y + hit.h / 2)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        layout = self._current_layout()
        if layout is not None:
            self._transform = paint_fitted(painter, layout, QRectF(self.rect()))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        layout = self._current_layout()
        if layout is not None and event.button() == Qt.MouseButton.LeftButton:
            hit = _hit(layout.hits, event.position(), (1.0, 0.0, 0.0))
            if hit is not None and hit.balance_id:
                self.chosen.emit(hit.balance_id)
                return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            layout = self._current_layout()
            hit = _hit(layout.hits, QPointF(event.pos()), (1.0, 0.0, 0.0)) if layout else None
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
