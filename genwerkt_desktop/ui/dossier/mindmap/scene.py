"""The mind map as a graphics scene: the lines in one item, and one item per node that
the coach selects with the mouse.  Every item paints its part of the shapes the layout
(``domain/mindmap_layout``) computes, with the painter the PNG uses, so the screen shows
the exported map."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from genwerkt_desktop.domain.ecogram_shapes import Measure, Shape
from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.domain.mindmap_drawing import draw
from genwerkt_desktop.domain.mindmap_edits import CENTRE, Path
from genwerkt_desktop.domain.mindmap_layout import Box, MapLayout, PlacedNode, look, map_layout
from genwerkt_desktop.domain.mindmap_layout import neighbour as neighbour_of
from genwerkt_desktop.render.ecogram_qt import measure_at, paint_shapes

UNIT = 1.4  # scene pixels per point of the layout
SELECTION_COLOUR = "#1c64b4"


def scene_rect(box: Box) -> QRectF:
    return QRectF(box.left * UNIT, box.top * UNIT, box.width * UNIT, box.height * UNIT)


class LinesItem(QGraphicsItem):
    """Every line of the map in one item, under the nodes."""

    def __init__(self, shapes: tuple[Shape, ...], bounds: Box) -> None:
        super().__init__()
        self._shapes = shapes
        self._bounds = scene_rect(bounds)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_shapes(painter, self._shapes, UNIT)


class NodeItem(QGraphicsObject):
    """The question or one branch: its box and words; selectable with the mouse."""

    def __init__(self, placed: PlacedNode) -> None:
        super().__init__()
        self.placed = placed
        self._shapes = placed.shapes
        self._rect = scene_rect(placed.box)
        radius = look(placed.node.depth).radius * UNIT
        self._outline = QPainterPath()
        self._outline.addRoundedRect(self._rect, radius, radius)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)

    @property
    def path(self) -> Path:
        return self.placed.path

    def rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        return self._outline

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_shapes(painter, self._shapes, UNIT)
        if self.isSelected():  # on screen only: where the keys act
            painter.setPen(QPen(QColor(SELECTION_COLOUR), 2.5, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(-4, -4, 4, 4), 8, 8)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        owner = self.scene()
        if isinstance(owner, MindmapScene):
            owner.rename_requested.emit(self.path)
        event.accept()


class MindmapScene(QGraphicsScene):
    """Shows one mind map; tells which node is selected and which the coach double-clicked."""

    node_selected = Signal(object)  # the path, or None when nothing is
    rename_requested = Signal(object)  # the path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made on first use: Qt's font metrics need the application to exist.
        self._measure: Measure | None = None
        self.setBackgroundBrush(QColor("white"))
        self._layout: MapLayout | None = None
        self._nodes: dict[Path, NodeItem] = {}
        self._selected: Path | None = None
        self.selectionChanged.connect(self._on_selection)

    @property
    def measure(self) -> Measure:
        if self._measure is None:
            self._measure = measure_at(UNIT)
        return self._measure

    def show_mindmap(self, mindmap: Mindmap, selected: Path | None) -> None:
        """Build the items anew, with ``selected`` selected (when it is on the map)."""
        layout = map_layout(draw(mindmap), self.measure)
        self.blockSignals(True)
        try:
            self.clear()
            self._layout = layout
            self.addItem(LinesItem(layout.lines, layout.bounds))
            self._nodes = {}
            for placed in layout.nodes:
                item = NodeItem(placed)
                self.addItem(item)
                self._nodes[placed.path] = item
            self.setSceneRect(scene_rect(layout.bounds).adjusted(-40, -40, 40, 40))
            self._selected = None
            if selected is not None and selected in self._nodes:
                self._nodes[selected].setSelected(True)
                self._selected = selected
        finally:
            self.blockSignals(False)
        self.node_selected.emit(self._selected)

    def forget(self) -> None:
        """Nothing of the client stays in the scene."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._layout = None
        self._nodes = {}
        self._selected = None

    def node_item(self, path: Path) -> NodeItem | None:
        return self._nodes.get(path)

    def selected_path(self) -> Path | None:
        return self._selected

    def select(self, path: Path) -> None:
        item = self._nodes.get(path)
        if item is None:
            return
        self.clearSelection()
        item.setSelected(True)
        item.ensureVisible(item.rect(), 30, 30)

    def neighbour(self, dx: float, dy: float) -> Path | None:
        """The node an arrow key leads to from the selected one (from the question when
        none is)."""
        if self._layout is None:
            return None
        if self._selected is None:
            return CENTRE
        return neighbour_of(self._layout, self._selected, dx, dy)

    def content_rect(self) -> QRectF:
        return scene_rect(self._layout.bounds) if self._layout is not None else QRectF()

    def _on_selection(self) -> None:
        chosen = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        path = chosen[0].path if chosen else None
        if path != self._selected:
            self._selected = path
            self.node_selected.emit(path)
