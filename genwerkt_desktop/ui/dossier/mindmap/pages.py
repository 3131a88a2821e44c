"""The pages of the Mind map tab: the empty page (no mind map yet) and the map page (which
map, its tools, the map itself and the keys).  Layout and signals only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from genwerkt_desktop.domain.ecogram_drawing import day
from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.ui.dossier.read_only import mark_reading
from genwerkt_desktop.ui.widgets.fields import hint_label, make_button
from genwerkt_desktop.ui.widgets.start_page import StartPage

from .scene import MindmapScene
from .state import MindmapActions
from .view import MindmapView


class EmptyPage(StartPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "MindmapTab",
                "Nog geen mindmap. Zet samen met de cliënt de vraag in het midden en laat "
                "de gedachten erover vertakken.",
            ),
            QCoreApplication.translate("MindmapTab", "&Nieuwe mindmap"),
            QCoreApplication.translate("MindmapTab", "Een eerste mindmap maken"),
            parent,
        )


class MapPage(QWidget):
    new_requested = Signal()
    export_requested = Signal()
    delete_map_requested = Signal()
    chosen = Signal(str)  # a mind map's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maps = QComboBox(self)
        self.maps.setAccessibleName(QCoreApplication.translate("MindmapTab", "Welke mindmap"))
        # A long question must not widen the tab past a laptop's pane: the list shrinks.
        self.maps.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.maps.setMinimumContentsLength(18)
        maps_label = QLabel(QCoreApplication.translate("MindmapTab", "Mindma&p:"), self)
        maps_label.setBuddy(self.maps)
        self.new_button = make_button(
            QCoreApplication.translate("MindmapTab", "&Nieuwe mindmap"),
            QCoreApplication.translate("MindmapTab", "Een nieuwe mindmap"),
            self,
        )
        self.export_button = make_button(
            QCoreApplication.translate("MindmapTab", "PDF of &afbeelding…"),
            QCoreApplication.translate("MindmapTab", "De mindmap als PDF of PNG bewaren"),
            self,
        )
        self.delete_map_button = make_button(
            QCoreApplication.translate("MindmapTab", "Mindmap verwij&deren…"),
            QCoreApplication.translate("MindmapTab", "De getoonde mindmap verwijderen"),
            self,
        )
        mark_reading(self.export_button)
        self.add_child_button = make_button(
            QCoreApplication.translate("MindmapTab", "+ &Tak eronder"),
            QCoreApplication.translate("MindmapTab", "Tak onder de gekozen tak (Insert of Tab)"),
            self,
        )
        self.add_sibling_button = make_button(
            QCoreApplication.translate("MindmapTab", "+ Tak &ernaast"),
            QCoreApplication.translate("MindmapTab", "Tak naast de gekozen tak (Enter)"),
            self,
        )
        self.rename_button = make_button(
            QCoreApplication.translate("MindmapTab", "&Hernoemen"),
            QCoreApplication.translate("MindmapTab", "Nieuwe woorden voor de gekozen tak (F2)"),
            self,
        )
        self.delete_button = make_button(
            QCoreApplication.translate("MindmapTab", "Ver&wijderen"),
            QCoreApplication.translate("MindmapTab", "Gekozen tak verwijderen (Delete)"),
            self,
        )
        self.up_button = make_button(
            "↑", QCoreApplication.translate("MindmapTab", "Tak omhoog (Ctrl+pijl omhoog)"), self
        )
        self.down_button = make_button(
            "↓", QCoreApplication.translate("MindmapTab", "Tak omlaag (Ctrl+pijl omlaag)"), self
        )
        self.undo_button = make_button(
            QCoreApplication.translate("MindmapTab", "Ongedaan &maken"),
            QCoreApplication.translate("MindmapTab", "Ongedaan maken (Ctrl+Z)"),
            self,
        )
        self.redo_button = make_button(
            QCoreApplication.translate("MindmapTab", "Opn&ieuw"),
            QCoreApplication.translate("MindmapTab", "Opnieuw doen (Ctrl+Shift+Z)"),
            self,
        )
        self.zoom_out_button = make_button(
            "−", QCoreApplication.translate("MindmapTab", "Uitzoomen (Ctrl+min)"), self
        )
        self.zoom_in_button = make_button(
            "+", QCoreApplication.translate("MindmapTab", "Inzoomen (Ctrl+plus)"), self
        )
        self.fit_button = make_button(
            QCoreApplication.translate("MindmapTab", "Pa&ssend"),
            QCoreApplication.translate("MindmapTab", "Hele mindmap tonen"),
            self,
        )
        for button in (
            self.up_button,
            self.down_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            button.setFixedWidth(max(40, button.sizeHint().width()))
        self.scene = MindmapScene(self)
        self.view = MindmapView(self.scene, self)
        self.keys_hint = hint_label(
            QCoreApplication.translate(
                "MindmapTab",
                "Pijltjes: tak kiezen · Insert of Tab: tak eronder · Enter: tak ernaast · "
                "F2 of typen: hernoemen · Delete: verwijderen · Ctrl+↑/↓: verplaatsen",
            ),
            self,
            muted=True,
        )
        self._connect()

        top = QHBoxLayout()
        top.addWidget(maps_label)
        top.addWidget(self.maps, 1)
        for button in (self.new_button, self.export_button, self.delete_map_button):
            top.addWidget(button)
        tools = QHBoxLayout()
        for button in (
            self.add_child_button,
            self.add_sibling_button,
            self.rename_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.undo_button, self.redo_button):
            tools.addWidget(button)
        # The zoom sits under the map, beside the keys: the rows above fit a laptop's pane.
        bottom = QHBoxLayout()
        self.keys_hint.setWordWrap(True)
        bottom.addWidget(self.keys_hint, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bottom.addWidget(button)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addLayout(tools)
        page.addWidget(self.view, 1)
        page.addLayout(bottom)

    def _connect(self) -> None:
        view = self.view
        self.new_button.clicked.connect(self.new_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_map_button.clicked.connect(self.delete_map_requested)
        self.add_child_button.clicked.connect(view.add_child_requested)
        self.add_sibling_button.clicked.connect(view.add_sibling_requested)
        self.rename_button.clicked.connect(lambda: view.rename_requested.emit(""))
        self.delete_button.clicked.connect(view.delete_requested)
        self.up_button.clicked.connect(lambda: view.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: view.move_requested.emit(1))
        self.undo_button.clicked.connect(view.undo_requested)
        self.redo_button.clicked.connect(view.redo_requested)
        self.zoom_in_button.clicked.connect(lambda: view.zoom_by(1.2))
        self.zoom_out_button.clicked.connect(lambda: view.zoom_by(1 / 1.2))
        self.fit_button.clicked.connect(view.fit)
        self.maps.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        chosen = self.maps.itemData(index)
        if isinstance(chosen, str):
            self.chosen.emit(chosen)

    def show_maps(self, mindmaps: Sequence[Mindmap], shown_id: str) -> None:
        self.maps.blockSignals(True)
        self.maps.clear()
        for mindmap in mindmaps:
            made = f"{day(mindmap.made_on)} · " if mindmap.made_on else ""
            self.maps.addItem(made + (mindmap.centre or "…"), mindmap.id)
            if mindmap.id == shown_id:
                self.maps.setCurrentIndex(self.maps.count() - 1)
        self.maps.blockSignals(False)

    def show_actions(self, actions: MindmapActions) -> None:
        editable = actions.editable
        branch = editable and actions.branch_selected
        self.add_child_button.setEnabled(editable)
        self.add_sibling_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and actions.node_selected)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(branch)
        self.undo_button.setEnabled(editable and actions.can_undo)
        self.redo_button.setEnabled(editable and actions.can_redo)
        self.export_button.setEnabled(actions.can_export)
        self.view.editable = editable

    def forget(self) -> None:
        self.view.inline.clear()
        self.scene.forget()
        self.maps.clear()
