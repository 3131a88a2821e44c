"""The ecogram as a graphics scene: the lines, the client in the centre, and one item per
member that the coach can select and drag.  Every item paints its part of the shapes the
layout (``domain/ecogram_layout``) computes, with the painter the PNG uses
(``render/ecogram_qt``), so the screen shows the exported map.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_drawing import EcogramDrawing, Line, Member, draw
from genwerkt_desktop.domain.ecogram_edits import LIMIT, move_node
from genwerkt_desktop.domain.ecogram_layout import (
    MapFrame,
    PlacedMember,
    all_line_shapes,
    client_shapes,
    member_layout,
)
from genwerkt_desktop.domain.ecogram_shapes import Measure, Shape
from genwerkt_desktop.domain.ecogram_style import REFERENCE_HALF
from genwerkt_desktop.domain.model import Ecogram
from genwerkt_desktop.render.ecogram_qt import measure_at, paint_shapes

SCALE = 300.0  # scene pixels from the client to the map's edge
UNIT = SCALE / REFERENCE_HALF  # scene pixels per point of the layout
FRAME = MapFrame()  # the layout at its reference size; the painter scales it by UNIT
SELECTION_COLOUR = "#1c64b4"
_FIXED = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
_MOVABLE = _FIXED | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


class LinesItem(QGraphicsItem):
    """Every line of the map in one item (cheap to redraw while a member is dragged)."""

    def __init__(self, measure: Measure) -> None:
        super().__init__()
        self._measure = measure
        self._shapes: tuple[Shape, ...] = ()
        self.setZValue(0)

    def set_lines(self, lines: tuple[Line, ...]) -> None:
        self._shapes = all_line_shapes(lines, FRAME, self._measure)
        self.update()

    def boundingRect(self) -> QRectF:
        edge = SCALE * 1.3
        return QRectF(-edge, -edge, 2 * edge, 2 * edge)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_shapes(painter, self._shapes, UNIT)


class ClientItem(QGraphicsItem):
    def __init__(self, shapes: tuple[Shape, ...]) -> None:
        super().__init__()
        self._shapes = shapes
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        edge = SCALE * 0.16
        return QRectF(-edge, -edge, 2 * edge, 2 * edge)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_shapes(painter, self._shapes, UNIT)


def _outline(placed: PlacedMember) -> QPainterPath:
    """The area a member takes (shape, label and tag), for selecting it with the mouse."""
    path = QPainterPath()
    shape, *words = placed.outline
    path.addEllipse(
        QRectF(shape.left * UNIT, shape.top * UNIT, shape.width * UNIT, shape.height * UNIT)
    )
    for box in words:
        path.addRect(QRectF(box.left * UNIT, box.top * UNIT, box.width * UNIT, box.height * UNIT))
    return path


class MemberItem(QGraphicsObject):
    """One person or organisation; selectable, focusable, and movable when editable."""

    def __init__(self, placed: PlacedMember, movable: bool) -> None:
        super().__init__()
        self.member: Member = placed.member
        self._shapes = placed.shapes
        self._outline = _outline(placed)
        self._bounds = self._outline.boundingRect().adjusted(-14, -32, 14, 14)
        self._pressed_at: QPointF | None = None
        self.setPos(placed.x * UNIT, placed.y * UNIT)
        self.setFlags(_MOVABLE if movable else _FIXED)
        self.setZValue(2)

    @property
    def node_id(self) -> str:
        return self.member.node_id

    def map_position(self) -> tuple[float, float]:
        return self.pos().x() / SCALE, self.pos().y() / SCALE

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._outline

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_shapes(painter, self._shapes, UNIT)
        if self.isSelected():  # on screen only: which member the side panel shows
            pen = QPen(QColor(SELECTION_COLOUR), 2.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._outline.boundingRect().adjusted(-4, -4, 4, 4), 6, 6)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._pressed_at is None:
            return
        # Stay on the map; the lines follow while dragging (nothing is stored yet).
        edge = LIMIT * SCALE
        here = self.pos()
        inside = QPointF(max(-edge, min(edge, here.x())), max(-edge, min(edge, here.y())))
        if inside != here:
            self.setPos(inside)
        owner = self.scene()
        if isinstance(owner, EcogramScene):
            owner.member_dragging(self)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._pressed_at = self._pressed_at, None
        owner = self.scene()
        if start is not None and start != self.pos() and isinstance(owner, EcogramScene):
            owner.member_dropped(self)


class EcogramScene(QGraphicsScene):
    """Shows one drawing; tells when a member was dragged to a new place or selected."""

    member_moved = Signal(str, float, float)  # node id, x, y in map units ([-1, 1])
    member_selected = Signal(str)  # node id, "" when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made on first use: Qt's font metrics need the application to exist.
        self._measure: Measure | None = None
        self.setSceneRect(-SCALE * 1.3, -SCALE * 1.3, SCALE * 2.6, SCALE * 2.6)
        self.setBackgroundBrush(QColor("white"))
        self._ecogram: Ecogram | None = None
        self._client_label = ""
        self._lines: LinesItem | None = None
        self._members: dict[str, MemberItem] = {}
        self._selected = ""
        self.selectionChanged.connect(self._on_selection)

    # -- showing

    @property
    def measure(self) -> Measure:
        """The text measure the scene lays its map out with (points, Qt's own metrics)."""
        if self._measure is None:
            self._measure = measure_at(UNIT)
        return self._measure

    def show_ecogram(self, ecogram: Ecogram, client_label: str, editable: bool) -> None:
        self._ecogram = ecogram
        self._client_label = client_label
        self.show_drawing(draw(ecogram, client_label), editable)

    def show_drawing(self, drawing: EcogramDrawing, movable: bool) -> None:
        """Build the items anew; the selected member stays selected."""
        keep = self._selected
        self.blockSignals(True)
        try:
            self.clear()
            self._lines = LinesItem(self.measure)
            self._lines.set_lines(drawing.lines)
            self.addItem(self._lines)
            self.addItem(ClientItem(client_shapes(drawing.client_label, FRAME, self.measure)))
            self._members = {}
            for member in drawing.members:
                item = MemberItem(member_layout(member, FRAME, self.measure), movable)
                self.addItem(item)
                self._members[member.node_id] = item
            if keep in self._members:
                self._members[keep].setSelected(True)
        finally:
            self.blockSignals(False)
        self._on_selection()

    def forget(self) -> None:
        """Nothing of the client stays in the scene."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._lines = None
        self._members = {}
        self._ecogram = None
        self._client_label = ""
        self._selected = ""

    # -- members

    def content_rect(self) -> QRectF:
        """Where the client and the members are (the lines lie within it)."""
        edge = SCALE * 0.2
        area = QRectF(-edge, -edge, 2 * edge, 2 * edge)
        for item in self._members.values():
            area = area.united(item.sceneBoundingRect())
        return area

    def member_ids(self) -> list[str]:
        return list(self._members)

    def member_item(self, node_id: str) -> MemberItem | None:
        return self._members.get(node_id)

    def selected_id(self) -> str:
        return self._selected

    def select(self, node_id: str) -> None:
        self.clearSelection()
        item = self._members.get(node_id)
        if item is not None:
            item.setSelected(True)
            item.setFocus()
            item.ensureVisible()

    def member_dragging(self, item: MemberItem) -> None:
        """Lines follow the member while it is dragged (nothing is stored yet)."""
        if self._ecogram is None or self._lines is None:
            return
        x, y = item.map_position()
        moved = move_node(self._ecogram, item.node_id, x, y)
        self._lines.set_lines(draw(moved, self._client_label).lines)

    def member_dropped(self, item: MemberItem) -> None:
        x, y = item.map_position()
        node_id = item.node_id
        # After the mouse event has finished: the edit rebuilds the items, this one too.
        QTimer.singleShot(0, self, lambda: self.member_moved.emit(node_id, x, y))

    def _on_selection(self) -> None:
        chosen = [i for i in self.selectedItems() if isinstance(i, MemberItem)]
        node_id = chosen[0].node_id if chosen else ""
        if node_id != self._selected:
            self._selected = node_id
            self.member_selected.emit(node_id)
