"""Samen bekijken: the instruments used at the table with the client, and the calls from
other services.  Three sections on one scrolling page; each opens its own form.

The tab is the view; :class:`InstrumentsPresenter` decides what the sections show and
saves through the controller.
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

from .presenter import InstrumentsPresenter
from .sections import DecisionSection, PhoneSection, VacancySection


class InstrumentsTab(PresentedTab, QWidget):
    # DOMAINS: the strengths at hand; COLLABORATION: the consents beside a call; CLIENT:
    # the name on the client's sheet.
    parts = frozenset(
        {
            Part.CLIENT,
            Part.DOMAINS,
            Part.COLLABORATION,
            Part.VACANCIES,
            Part.DECISIONS,
            Part.PHONE_REQUESTS,
        }
    )

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
        self.read_only = False

        inner = QWidget(self)
        self.notice = hint_label("", inner, muted=True)
        self.notice.hide()
        self.vacancies = VacancySection(inner)
        self.decisions = DecisionSection(inner)
        self.phone_requests = PhoneSection(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self.notice)
        for section in (self.vacancies, self.decisions, self.phone_requests):
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

        self.presenter = InstrumentsPresenter(
            self, controller, dialogs, clock, workspace, runner, self
        )
        self.clear()

    # ------------------------------------------------------------------ DossierPage

    def commit_pending(self) -> None:
        """Nothing is typed outside a form; an open form is closed by the lock."""

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's copy: the lists and the client's sheet stay, no form opens."""
        self.read_only = read_only
        if read_only:
            self.close_form()
        super().set_read_only(read_only)

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
