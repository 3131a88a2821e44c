"""The sociale kaart: find an organisation as you type, read and edit it on the right.

:class:`OrganisationList` (left) and :class:`OrganisationDetail` (right) lay out and
show; :class:`DirectoryPresenter` keeps track of the form (which organisation, unsaved or
not) and decides what to ask; :class:`DirectoryController` loads, saves and deletes
through the task runner.  This view only puts them side by side.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import DirectoryController
from .csv_actions import DirectoryCsvActions
from .look import DIRECTORY_QSS
from .models import OrganisationFilterProxy, OrganisationTableModel
from .organisation_conflict import (
    OrganisationConflictPanel,
    OrganisationConflicts,
    pending_text,
)
from .organisation_detail import OrganisationDetail
from .organisation_list import OrganisationList
from .presenter import DirectoryPresenter

LIST_SHARE = 0.46  # the list with its contact column readable; the form beside it


class DirectoryView(QWidget):
    """Left the searchable list of organisations, right the form of the chosen one."""

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        events: DataEvents,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(DIRECTORY_QSS)
        self._sized = False
        self.controller = DirectoryController(workspace, runner, events, self)
        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.organisation_list = OrganisationList(self.proxy, self)
        self.csv = DirectoryCsvActions(workspace, runner, events, dialogs, self.organisation_list)
        self.organisation_list.place_buttons(self.csv.button_row(self.organisation_list.new_button))
        self.detail = OrganisationDetail(self)
        # A colleague's version of the same organisation, beside this laptop's (team mode).
        self.conflict_panel = OrganisationConflictPanel(self.detail)
        detail_layout = self.detail.layout()
        assert isinstance(detail_layout, QVBoxLayout)
        detail_layout.insertWidget(1, self.conflict_panel)
        self.org_conflicts = OrganisationConflicts(workspace.team.conflicts, runner, events, self)
        self._dialogs = dialogs

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.organisation_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.conflict_line = QLabel(self.organisation_list)  # colleagues' versions
        self.conflict_line.setObjectName("noticeText")
        self.conflict_line.setWordWrap(True)
        self.conflict_line.hide()
        list_layout = self.organisation_list.layout()
        assert isinstance(list_layout, QVBoxLayout)
        list_layout.insertWidget(
            list_layout.indexOf(self.organisation_list.table), self.conflict_line
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.presenter = DirectoryPresenter(
            self.organisation_list,
            self.detail,
            self.model,
            self.proxy,
            self.controller,
            dialogs,
            self,
        )

        self._wire_conflicts()

        # -- keyboard
        self.new_action = QAction(
            QCoreApplication.translate("DirectoryView", "Nieuwe organisatie"), self
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.save_action = QAction(
            QCoreApplication.translate("DirectoryView", "Organisatie bewaren"), self
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        for action in (self.new_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.new_action.triggered.connect(self.presenter.new_organisation)
        self.save_action.triggered.connect(self.presenter.save)
        organisations, form = self.organisation_list, self.detail.form
        organisations.table.activated.connect(lambda _index: form.name.setFocus())

        QWidget.setTabOrder(organisations.search, organisations.table)
        QWidget.setTabOrder(organisations.table, organisations.new_button)
        QWidget.setTabOrder(organisations.new_button, form.first_widget)
        QWidget.setTabOrder(form.last_widget, self.detail.save_button)
        QWidget.setTabOrder(self.detail.save_button, self.detail.revert_button)
        QWidget.setTabOrder(self.detail.revert_button, self.detail.delete_button)

    def _wire_conflicts(self) -> None:
        """Connected after the presenter: by then it has decided which organisation the
        form shows, and that is the one whose other version is looked for."""
        panel, conflicts = self.conflict_panel, self.org_conflicts
        for signal in (
            self.organisation_list.row_chosen,
            self.organisation_list.new_requested,
            self.controller.loaded,
            self.controller.deleted,
        ):
            signal.connect(self._check_conflict)
        conflicts.found.connect(panel.show_conflict)
        self.controller.loaded.connect(lambda _orgs: conflicts.check_all())
        conflicts.pending.connect(self._show_pending)
        conflicts.resolved.connect(lambda _org_id: panel.show_conflict(None))
        conflicts.failed.connect(self._conflict_failed)
        panel.keep_mine_clicked.connect(lambda org_id: self._resolve(conflicts.keep_mine, org_id))
        panel.take_theirs_clicked.connect(
            lambda org_id: self._resolve(conflicts.take_theirs, org_id)
        )

    def _show_pending(self, org_ids: list[str]) -> None:
        names = [
            self.model.organisation_at(row).name
            for row in (self.model.row_of(org_id) for org_id in org_ids)
            if row >= 0
        ]
        self.conflict_line.setText(pending_text(names))
        self.conflict_line.setVisible(bool(names))

    def _check_conflict(self, *_args: object) -> None:
        self.org_conflicts.check(self.presenter.current_organisation_id())

    def _resolve(self, choice: Callable[[str], None], org_id: str) -> None:
        self.conflict_panel.set_busy(True)
        choice(org_id)

    def _conflict_failed(self, text: str) -> None:
        self.conflict_panel.set_busy(False)
        self._dialogs.warn(self, QCoreApplication.translate("DirectoryView", "Sociale kaart"), text)

    # -- public

    def load(self) -> None:
        """(Re)load the organisations in the worker; the form is left alone."""
        self.presenter.load()

    def is_dirty(self) -> bool:
        return self.presenter.is_dirty()

    def current_organisation_id(self) -> str | None:
        return self.presenter.current_organisation_id()

    def commit_pending(self) -> bool:
        """Hand an unsaved edit to the worker (the lock waits for it); False when the form
        cannot be saved as it is."""
        return self.presenter.commit_pending()

    def clear(self) -> None:
        """Drop every organisation and person from the models and the widgets (the lock)."""
        self.org_conflicts.clear()
        self.conflict_panel.show_conflict(None)
        self.conflict_line.clear()
        self.conflict_line.hide()
        self.presenter.clear()

    def new_organisation(self) -> None:
        self.presenter.new_organisation()

    def save(self) -> None:
        self.presenter.save()

    def revert(self) -> None:
        self.presenter.revert()

    def delete(self) -> None:
        self.presenter.delete()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 1)
            left = int(width * LIST_SHARE)
            self.splitter.setSizes([left, width - left])
