"""The Ecogram tab: draw the client's network with them, keep dated versions, compare two.

The tab is the view: an empty page, the drawing page (:class:`DrawingPage`) and the
comparison, with the drawing's keys.  What is shown and saved is the
:class:`EcogramPresenter`'s; the coach's gestures become undoable edits in
:class:`MemberEdits`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.worker import TaskRunner

from .compare_view import CompareView
from .org_picker import pick_organisation as pick_from_directory
from .pages import DrawingPage, EmptyPage
from .presenter import EcogramPresenter


class EcogramTab(PresentedTab, QWidget):
    # CLIENT: the client's name in the centre of the drawing and in the file names.
    parts = frozenset({Part.CLIENT, Part.ECOGRAMS})

    def __init__(
        self,
        controller: DossierController,
        workspace: Workspace,
        runner: TaskRunner,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search_directory = workspace.directory.search
        self._runner = runner
        self.empty_page = EmptyPage(self)
        self.draw = DrawingPage(self)
        self.compare = CompareView(self)
        self.stack = QStackedWidget(self)
        for widget in (self.empty_page, self.draw, self.compare):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)
        self._drawing_keys()

        self.presenter = EcogramPresenter(self, controller, workspace, runner, dialogs, clock, self)
        self.clear()

    def _drawing_keys(self) -> None:
        """Undo, redo and a new person from anywhere in the tab."""

        def action(text: str, keys: QKeySequence, slot: object) -> QAction:
            made = QAction(text, self)
            made.setShortcut(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        ctrl_shift = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        self.undo_action = action(
            QCoreApplication.translate("EcogramTab", "Ongedaan maken"),
            QKeySequence(QKeySequence.StandardKey.Undo),
            self.draw.undo_requested,
        )
        self.redo_action = action(
            QCoreApplication.translate("EcogramTab", "Opnieuw"),
            QKeySequence(ctrl_shift | Qt.Key.Key_Z),
            self.draw.redo_requested,
        )
        self.add_action = action(
            QCoreApplication.translate("EcogramTab", "Persoon toevoegen"),
            QKeySequence(ctrl_shift | Qt.Key.Key_A),
            self.draw.add_person_requested,
        )

    # ------------------------------------------------------------------ the page protocol

    def commit_pending(self) -> None:
        self.presenter.commit_pending()

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def pick_organisation(self) -> Organisation | None:
        """The coach picks an organisation from the sociale kaart (None: cancelled)."""
        return pick_from_directory(self, self._search_directory, self._runner)

    def show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty_page)

    def leave_empty(self) -> None:
        """The drawing, unless it (or the comparison) is already on screen."""
        if self.stack.currentWidget() is self.empty_page:
            self.stack.setCurrentWidget(self.draw)

    def show_compare(self) -> None:
        self.stack.setCurrentWidget(self.compare)
        self.compare.older.setFocus()

    def show_drawing(self) -> None:
        self.stack.setCurrentWidget(self.draw)
        self.draw.view.setFocus()

    def set_drawing_keys(self, on: bool) -> None:
        for action in (self.undo_action, self.redo_action, self.add_action):
            action.setEnabled(on)
