"""Samen bekijken: the instruments used at the table with the client, under one dossier
tab so the tab bar still fits a laptop: the mind map (clarifying the question) beside
the vacancies, choices and calls (:class:`InstrumentsTab`).

The two inner tabs are dossier pages in their own right: the workspace hands each the
dossier, its own changes and the lock (see :attr:`inner_pages`); this widget only lays
them out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .instruments import InstrumentsTab
from .mindmap.tab import MindmapTab


class TogetherTab(QWidget):
    def __init__(
        self, mindmap: MindmapTab, instruments: InstrumentsTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self.mindmap = mindmap
        self.instruments = instruments
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)
        self.inner.addTab(mindmap, QCoreApplication.translate("TogetherTab", "&Mindmap"))
        self.inner.addTab(
            instruments,
            QCoreApplication.translate("TogetherTab", "&Vacatures, keuzes en telefoons"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    @property
    def inner_pages(self) -> tuple[QWidget, ...]:
        return (self.mindmap, self.instruments)
