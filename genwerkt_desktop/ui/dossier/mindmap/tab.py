"""The Mind map tab: the question in the middle, themes and thoughts around it, drawn
with the client by keyboard and mouse; several maps per client, each dated.

The tab is the view (an empty page and the map page); the
:class:`~.presenter.MindmapPresenter` does the work and writes through the callbacks it
is given.  :func:`build_mindmap_tab` is all the dossier needs to add it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.instruments import Mindmap
from genwerkt_desktop.services.mindmap_export import FILTERS, export_mindmap, file_name
from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.export_flow import ExportFlow

from .pages import EmptyPage, MapPage
from .presenter import Export, MindmapPresenter, Remove, Save


class MindmapTab(PresentedTab, QWidget):
    # CLIENT: the client's first name in the exported file's caption.
    parts = frozenset({Part.CLIENT, Part.MINDMAPS})

    def __init__(
        self,
        save: Save,
        remove: Remove,
        dialogs: Dialogs,
        clock: Clock,
        export: Export | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.empty_page = EmptyPage(self)
        self.page = MapPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)
        self.presenter = MindmapPresenter(self, save, remove, dialogs, clock, export, parent=self)
        self.clear()

    # ------------------------------------------------------------------ the page protocol

    def commit_pending(self) -> None:
        self.presenter.commit_pending()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.presenter.set_read_only(read_only)

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty_page)

    def show_map_page(self) -> None:
        self.stack.setCurrentWidget(self.page)


def build_mindmap_tab(
    save: Save,
    remove: Remove,
    dialogs: Dialogs,
    clock: Clock,
    export: Export | None = None,
    parent: QWidget | None = None,
) -> MindmapTab:
    """The tab, wired to whatever writes (the dossier workspace: ``_mindmap_tab``)."""
    return MindmapTab(save, remove, dialogs, clock, export, parent)


def flow_export(
    flow: ExportFlow,
    parent: Callable[[], QWidget],
    vault: Callable[[], OpenVault],
    client_id: Callable[[], str],
) -> Export:
    """Export through the usual flow: the save dialog, the file written in the worker
    (and noted in the log, as every export), then the offer to open it."""

    def export(mindmap: Mindmap, label: str) -> None:
        cid = client_id()

        def write(target: Path) -> Path:
            return export_mindmap(vault(), cid, mindmap, label, target)

        flow.save_with(parent(), file_name(mindmap, label), write, FILTERS)

    return export
