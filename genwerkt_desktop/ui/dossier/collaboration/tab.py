"""Samenwerking: what the client allows to share with whom, the warm referrals, and the
meetings around the client; with the sheets for the client and for the partners.

Every organisation shows its consent state (a word, a sign and a colour).  A partner
sheet is only offered when every receiving service holds a valid consent; before it is
made, the coach is reminded of what the client does not want said.

The tab is the view (three sections on a scrolling page, one form open at a time); the
:class:`CollaborationPresenter` decides what they show and saves through the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab
from genwerkt_desktop.ui.widgets.fields import hint_label
from genwerkt_desktop.ui.worker import TaskRunner

from .presenter import CollaborationPresenter
from .sections import ConsentSection, MeetingSection, ReferralSection


class CollaborationTab(PresentedTab, QWidget):
    # CLIENT: the client's name among those at the table; POP: an agreement becomes a
    # step of one of the goals.
    parts = frozenset({Part.CLIENT, Part.COLLABORATION, Part.POP})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self.dialog: FormDialog | None = None  # the form that is open, for tests

        inner = QWidget(self)
        self.notice = hint_label("", inner, muted=True)
        self.notice.hide()
        self.consents = ConsentSection(inner)
        self.referrals = ReferralSection(inner)
        self.meetings = MeetingSection(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self.notice)
        for section in (self.consents, self.referrals, self.meetings):
            column.addWidget(section)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)

        self.presenter = CollaborationPresenter(
            self, controller, dialogs, clock, workspace, runner, self
        )
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def commit_pending(self) -> None:
        """Nothing is typed outside a dialog; an open dialog is closed by the lock."""

    # ------------------------------------------------------------------ for the presenter

    def widget(self) -> QWidget:
        return self

    def open_form(self, dialog: FormDialog, submitted: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def close_form(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def show_notice(self, text: str) -> None:
        """A calm line above the sections ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _forget(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
