"""The sociale kaart: find an organisation as you type, read and edit it on the right.

The view lays out and keeps track of the form (which organisation, unsaved or not);
:class:`DirectoryController` loads, saves and deletes through the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.table_model import setup_table
from genwerkt_desktop.ui.worker import TaskRunner

from .controller import DirectoryController
from .csv_actions import DirectoryCsvActions
from .form import OrganisationForm
from .look import DIRECTORY_QSS
from .models import (
    COL_NAME,
    COL_PHONE,
    COL_SERVICES,
    ORG_ID_ROLE,
    OrganisationFilterProxy,
    OrganisationTableModel,
)

LIST_SHARE = 0.46  # the list with its contact column readable; the form beside it


def kind_refusal(reason: str) -> str:
    """The service's own sentence, as a sentence, with what the coach can do about it."""
    sentence = reason.strip().rstrip(".")
    sentence = sentence[:1].upper() + sentence[1:]
    return QCoreApplication.translate(
        "DirectoryView",
        "{reason}.\n\nEen toestemming, een doorverwijzing of een ecogram in een dossier "
        "verwijst nog naar deze organisatie. Zo blijft die geschiedenis kloppen. "
        "Moet ze toch weg, pas dan eerst die dossiers aan.",
    ).format(reason=sentence)


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
        self._dialogs = dialogs
        self.controller = DirectoryController(workspace, runner, events, self)
        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._current_id: str | None = None  # the organisation in the form
        self._is_new = False  # the form holds one that was never saved
        self._dirty = False
        self._syncing = False  # selection changes made by the view itself
        self._sized = False

        # -- left: search and list
        left = QWidget(self)
        left.setObjectName("directoryList")
        title = QLabel(QCoreApplication.translate("DirectoryView", "Sociale kaart"), left)
        title.setObjectName("pageTitle")
        make_title(title, 1.4)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(
            QCoreApplication.translate("DirectoryView", "naam, aanbod, adres of contactpersoon…")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Zoek in de sociale kaart")
        )
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(QCoreApplication.translate("DirectoryView", "&Zoeken:"), left)
        search_label.setObjectName("hintText")
        search_label.setBuddy(self.search)

        self.table = QTableView(left)
        self.table.setObjectName("organisationTable")
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("DirectoryView", "Organisaties in de sociale kaart"),
            stretch=COL_SERVICES,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the trusted contact takes what is left
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)

        self.count_label = QLabel(left)
        self.count_label.setObjectName("mutedText")
        self.nothing_found = QLabel(
            QCoreApplication.translate(
                "DirectoryView", "Niets gevonden. Probeer een ander woord of maak een nieuwe aan."
            ),
            left,
        )
        self.nothing_found.setObjectName("mutedText")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        self.load_problem = QLabel(
            QCoreApplication.translate(
                "DirectoryView",
                "De sociale kaart kon niet geladen worden. Probeer het straks opnieuw.",
            ),
            left,
        )
        self.load_problem.setObjectName("errorText")
        self.load_problem.setWordWrap(True)
        self.load_problem.hide()

        self.new_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Nieuwe organisatie"), left
        )
        self.new_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "Een organisatie toevoegen (Ctrl+N)")
        )
        self.new_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Nieuwe organisatie")
        )
        self.csv = DirectoryCsvActions(workspace, runner, events, dialogs, left)
        list_buttons = self.csv.button_row(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(20, 16, 10, 16)
        left_layout.setSpacing(8)
        left_layout.addWidget(title)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.load_problem)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.nothing_found)
        left_layout.addLayout(list_buttons)

        # -- right: the form, or a sentence when nothing is chosen
        right = QWidget(self)
        right.setObjectName("directoryDetail")
        self.heading = QLabel(right)
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        make_title(self.heading, 1.25)
        self.save_state = QLabel(right)
        self.save_state.setObjectName("saveState")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignRight)

        self.form = OrganisationForm(right)
        self.empty_state = QLabel(
            QCoreApplication.translate(
                "DirectoryView",
                "Kies links een organisatie om ze te bekijken of aan te passen,\n"
                "of voeg er een toe met Nieuwe organisatie (Ctrl+N).",
            ),
            right,
        )
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget(right)
        self.stack.setObjectName("detailStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.form)

        self.save_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Bewaren"), right
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "De wijzigingen bewaren (Ctrl+S)")
        )
        self.revert_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "&Ongedaan maken"), right
        )
        self.revert_button.setToolTip(
            QCoreApplication.translate("DirectoryView", "Terug naar wat het laatst bewaard is")
        )
        self.delete_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "Verwij&deren"), right
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView", "Deze organisatie uit de sociale kaart halen"
            )
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Organisatie bewaren")
        )
        self.revert_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Wijzigingen ongedaan maken")
        )
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("DirectoryView", "Organisatie verwijderen")
        )
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.save_button)
        actions_row.addWidget(self.revert_button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.delete_button)
        self.action_bar = QWidget(right)
        self.action_bar.setLayout(actions_row)
        actions_row.setContentsMargins(0, 0, 0, 0)

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 16, 20, 16)
        right_layout.setSpacing(8)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.action_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

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

        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.form.first_widget)
        QWidget.setTabOrder(self.form.last_widget, self.save_button)
        QWidget.setTabOrder(self.save_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.delete_button)

        # -- wiring
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.form.name.setFocus())
        self.new_button.clicked.connect(self.new_organisation)
        self.new_action.triggered.connect(self.new_organisation)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.form.edited.connect(self._edited)
        self.controller.loaded.connect(self._show_organisations)
        self.controller.load_failed.connect(self.load_problem.show)
        self.controller.saved.connect(self._saved)
        self.controller.save_failed.connect(self._save_failed)
        self.controller.deleted.connect(self._deleted)
        self.controller.delete_refused.connect(self._delete_refused)
        self.controller.delete_failed.connect(self._delete_failed)
        self._show_empty_state()

    # -- public

    def load(self) -> None:
        """(Re)load the organisations in the worker; the form is left alone."""
        self.load_problem.hide()
        self.controller.load()

    def is_dirty(self) -> bool:
        return self._dirty

    def current_organisation_id(self) -> str | None:
        return self._current_id

    def commit_pending(self) -> bool:
        """Hand an unsaved edit to the worker (the lock waits for it); False when the form
        cannot be saved as it is."""
        self.form.finish_editing()
        if not self._dirty:
            return True
        if self.form.problem() is not None:
            return False
        self.controller.save(self.form.organisation())
        self._is_new = False
        self._set_dirty(False)
        return True

    def clear(self) -> None:
        """Drop every organisation and person from the models and the widgets (the lock)."""
        self.controller.clear()
        self._syncing = True
        try:
            self.search.clear()
            self.table.clearSelection()
            self.model.clear()
            self.form.clear()
        finally:
            self._syncing = False
        self._current_id = None
        self._is_new = False
        self._dirty = False
        self.count_label.clear()
        self.nothing_found.hide()
        self.load_problem.hide()
        self._show_empty_state()

    def new_organisation(self) -> None:
        if not self._leave_current():
            return
        org = Organisation(id=new_id(), name="")
        self._syncing = True
        try:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        finally:
            self._syncing = False
        self._show_form(org, is_new=True)
        self.form.name.setFocus()

    def save(self) -> None:
        self.form.finish_editing()
        if self._current_id is None or not self._dirty:
            return
        problem = self.form.problem()
        if problem is not None:
            self.form.show_name_problem(problem)
            if not self.form.name.text().strip():
                self.form.name.setFocus()
            return
        self.form.show_name_problem("")
        self._set_state(QCoreApplication.translate("DirectoryView", "Bezig met bewaren…"))
        self.controller.save(self.form.organisation())

    def revert(self) -> None:
        if self._current_id is None:
            return
        if self._is_new:
            self._discard_form()
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:
            self._show_form(self.model.organisation_at(row), is_new=False)

    def delete(self) -> None:
        if self._current_id is None:
            return
        name = self.form.name.text().strip() or QCoreApplication.translate(
            "DirectoryView", "deze organisatie"
        )
        if self._is_new:
            self._discard_form()
            return
        question = QCoreApplication.translate(
            "DirectoryView",
            "‘{name}’ verdwijnt uit de sociale kaart, samen met haar contactpersonen. "
            "Dat kan niet ongedaan gemaakt worden.\n\nToch verwijderen?",
        ).format(name=name)
        if not self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("DirectoryView", "Organisatie verwijderen"),
            question,
        ):
            return
        self.controller.delete(self._current_id)

    # -- list

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 1)
            left = int(width * LIST_SHARE)
            self.splitter.setSizes([left, width - left])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow list drops the offer first, then the phone; the name and the trusted
        contact stay.  The form on the right shows everything."""
        width = self.table.viewport().width()
        chars = width / max(1, self.fontMetrics().averageCharWidth())
        self.table.setColumnHidden(COL_SERVICES, chars < 95)
        self.table.setColumnHidden(COL_PHONE, chars < 62)
        # The name gets what it needs, up to half the width; the contact takes the rest.
        wanted = max(self.table.sizeHintForColumn(COL_NAME), self.table.columnWidth(COL_NAME))
        if self.model.rowCount():
            wanted = self.table.sizeHintForColumn(COL_NAME)
        share = 0.4 if not self.table.isColumnHidden(COL_SERVICES) else 0.6
        self.table.setColumnWidth(COL_NAME, max(60, min(wanted, int(width * share))))

    def _show_organisations(self, orgs: list[Organisation]) -> None:
        self.load_problem.hide()
        self._syncing = True
        try:
            self.model.set_organisations(orgs)
            self._select(self._current_id)
        finally:
            self._syncing = False
        self._fit_columns()
        if self._current_id is not None and not self._is_new:
            row = self.model.row_of(self._current_id)
            if row < 0:  # removed elsewhere
                self._discard_form()
            elif not self._dirty and self.form.organisation() != self.model.organisation_at(row):
                self._show_form(self.model.organisation_at(row), is_new=False)
        self._update_count()

    def _select(self, organisation_id: str | None) -> None:
        """Make the form's organisation the current row, or no row at all (never another
        one: choosing that row later would then not count as a change)."""
        selection = self.table.selectionModel()
        row = self.model.row_of(organisation_id) if organisation_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME)) if row >= 0 else None
        if index is None or not index.isValid():
            selection.clearSelection()
            selection.clearCurrentIndex()
            return
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _search_changed(self, text: str) -> None:
        self._syncing = True
        try:
            self.proxy.set_search_text(text)
            self._select(self._current_id)
        finally:
            self._syncing = False
        self._update_count()

    def _search_enter(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "Nog geen organisaties")
            )
        elif shown == total == 1:
            self.count_label.setText(QCoreApplication.translate("DirectoryView", "1 organisatie"))
        elif shown == total:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "{count} organisaties").format(
                    count=total
                )
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("DirectoryView", "{shown} van {total}").format(
                    shown=shown, total=total
                )
            )
        self.nothing_found.setVisible(total > 0 and shown == 0)

    def _row_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._syncing or not current.isValid():
            return
        chosen = str(current.data(ORG_ID_ROLE))
        if chosen == self._current_id:
            return
        if not self._leave_current():
            self._syncing = True
            try:
                if self._is_new:
                    self.table.selectionModel().clearSelection()
                else:
                    self._select(self._current_id)
            finally:
                self._syncing = False
            return
        row = self.model.row_of(chosen)
        if row >= 0:
            self._show_form(self.model.organisation_at(row), is_new=False)

    # -- form

    def _leave_current(self) -> bool:
        """Ask about unsaved changes: save them (True), drop them (True) or stay (False)."""
        self.form.finish_editing()
        if not self._dirty:
            return True
        name = self.form.name.text().strip() or QCoreApplication.translate(
            "DirectoryView", "de nieuwe organisatie"
        )
        keep = self._dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("DirectoryView", "Wijzigingen bewaren?"),
            QCoreApplication.translate(
                "DirectoryView",
                "De wijzigingen aan ‘{name}’ zijn nog niet bewaard.\n\n"
                "Ja bewaart ze; Nee laat ze vallen.",
            ).format(name=name),
        )
        if not keep:
            self._set_dirty(False)
            return True
        problem = self.form.problem()
        if problem is not None:
            self.form.show_name_problem(problem)
            self._dialogs.warn(
                self,
                QCoreApplication.translate("DirectoryView", "Nog niet te bewaren"),
                problem,
            )
            return False
        self.controller.save(self.form.organisation())
        self._set_dirty(False)
        return True

    def _show_form(self, org: Organisation, *, is_new: bool) -> None:
        self._current_id = org.id
        self._is_new = is_new
        self.form.set_organisation(org)
        self.stack.setCurrentWidget(self.form)
        self.action_bar.show()
        self._set_dirty(False)
        self._update_heading()

    def _show_empty_state(self) -> None:
        self.stack.setCurrentWidget(self.empty_state)
        self.action_bar.hide()
        self.heading.clear()
        self._set_state("")

    def _discard_form(self) -> None:
        self._current_id = None
        self._is_new = False
        self._dirty = False
        self.form.clear()
        self._syncing = True
        try:
            self.table.clearSelection()
        finally:
            self._syncing = False
        self._show_empty_state()

    def _edited(self) -> None:
        self._set_dirty(True)
        self._update_heading()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.save_action.setEnabled(True)
        self.revert_button.setEnabled(dirty or self._is_new)
        if dirty:
            self._set_state(QCoreApplication.translate("DirectoryView", "Niet bewaard"), True)
        elif self._is_new:
            self._set_state(QCoreApplication.translate("DirectoryView", "Nieuw"))
        else:
            self._set_state("")

    def _set_state(self, text: str, dirty: bool = False) -> None:
        self.save_state.setText(text)
        self.save_state.setProperty("dirty", dirty)
        style = self.save_state.style()
        style.unpolish(self.save_state)
        style.polish(self.save_state)

    def _update_heading(self) -> None:
        name = self.form.name.text().strip()
        if name:
            self.heading.setText(name)
        elif self._is_new:
            self.heading.setText(QCoreApplication.translate("DirectoryView", "Nieuwe organisatie"))
        else:
            self.heading.setText(QCoreApplication.translate("DirectoryView", "Organisatie"))

    # -- outcomes

    def _saved(self, org: Organisation) -> None:
        if org.id != self._current_id:
            return
        self._is_new = False
        if self.form.organisation() == org:
            self._set_dirty(False)
            self._set_state(QCoreApplication.translate("DirectoryView", "Bewaard"))
        else:  # typed on while it was being saved
            self._set_dirty(True)

    def _save_failed(self, org: Organisation, reason: str) -> None:
        if org.id == self._current_id:
            self._set_dirty(True)
        detail = reason.strip().rstrip(".")
        text = QCoreApplication.translate(
            "DirectoryView", "‘{name}’ is niet bewaard. Probeer het nog eens."
        ).format(name=org.name or "?")
        if detail:
            text = QCoreApplication.translate(
                "DirectoryView", "‘{name}’ is niet bewaard: {reason}."
            ).format(name=org.name or "?", reason=detail)
        self._dialogs.warn(self, QCoreApplication.translate("DirectoryView", "Niet bewaard"), text)

    def _deleted(self, organisation_id: str) -> None:
        if organisation_id == self._current_id:
            self._discard_form()

    def _delete_refused(self, _organisation_id: str, reason: str) -> None:
        self._dialogs.inform(
            self,
            QCoreApplication.translate("DirectoryView", "Deze organisatie blijft staan"),
            kind_refusal(reason),
        )

    def _delete_failed(self, _organisation_id: str) -> None:
        self._dialogs.warn(
            self,
            QCoreApplication.translate("DirectoryView", "Niet verwijderd"),
            QCoreApplication.translate(
                "DirectoryView", "Het verwijderen lukte niet. Probeer het straks nog eens."
            ),
        )
