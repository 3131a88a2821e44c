"""What the sociale kaart asks and shows: which organisation is in the form, whether it
holds unsaved changes, the "save your changes?" question before leaving it, and what a
save or a delete came back with.

It listens to :class:`OrganisationList`, :class:`OrganisationDetail` and
:class:`DirectoryController` and tells the two halves what to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.dialogs import Dialogs

from .controller import DirectoryController
from .models import COL_NAME, OrganisationFilterProxy, OrganisationTableModel
from .organisation_detail import OrganisationDetail
from .organisation_list import OrganisationList


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


class DirectoryPresenter(QObject):
    def __init__(
        self,
        organisation_list: OrganisationList,
        detail: OrganisationDetail,
        model: OrganisationTableModel,
        proxy: OrganisationFilterProxy,
        controller: DirectoryController,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = organisation_list
        self._detail = detail
        self._form = detail.form
        self._model = model
        self._proxy = proxy
        self._controller = controller
        self._dialogs = dialogs
        self._current_id: str | None = None  # the organisation in the form
        self._is_new = False  # the form holds one that was never saved
        self._dirty = False
        self._syncing = False  # the presenter moves the current row itself

        organisation_list.search_typed.connect(self._search_changed)
        organisation_list.row_chosen.connect(self._row_chosen)
        organisation_list.new_requested.connect(self.new_organisation)
        detail.save_clicked.connect(self.save)
        detail.revert_clicked.connect(self.revert)
        detail.delete_clicked.connect(self.delete)
        self._form.edited.connect(self._edited)
        controller.loaded.connect(self._show_organisations)
        controller.load_failed.connect(self._show_load_problem)
        controller.saved.connect(self._saved)
        controller.save_failed.connect(self._save_failed)
        controller.deleted.connect(self._deleted)
        controller.delete_refused.connect(self._delete_refused)
        controller.delete_failed.connect(self._delete_failed)
        detail.show_empty_state()

    # -- asked from outside

    def load(self) -> None:
        """(Re)load the organisations in the worker; the form is left alone."""
        self._list.show_load_problem(False)
        self._controller.load()

    def is_dirty(self) -> bool:
        return self._dirty

    def current_organisation_id(self) -> str | None:
        return self._current_id

    def commit_pending(self) -> bool:
        """Hand an unsaved edit to the worker (the lock waits for it); False when the form
        cannot be saved as it is."""
        self._form.finish_editing()
        if not self._dirty:
            return True
        if self._form.problem() is not None:
            return False
        self._controller.save(self._form.organisation())
        self._is_new = False
        self._set_dirty(False)
        return True

    def clear(self) -> None:
        """Drop every organisation and person from the models and the widgets (the lock)."""
        self._controller.clear()
        with self._syncing_rows():
            self._list.forget()
            self._model.clear()
            self._form.clear()
        self._current_id = None
        self._is_new = False
        self._dirty = False
        self._detail.show_empty_state()

    def new_organisation(self) -> None:
        if not self._leave_current():
            return
        with self._syncing_rows():
            self._list.show_no_current()
        self._show_form(Organisation(id=new_id(), name=""), is_new=True)
        self._detail.focus_name()

    def save(self) -> None:
        self._form.finish_editing()
        if self._current_id is None or not self._dirty:
            return
        problem = self._form.problem()
        if problem is not None:
            self._form.show_name_problem(problem)
            if not self._detail.typed_name():
                self._detail.focus_name()
            return
        self._form.show_name_problem("")
        self._detail.show_save_state(
            QCoreApplication.translate("DirectoryView", "Bezig met bewaren…")
        )
        self._controller.save(self._form.organisation())

    def revert(self) -> None:
        if self._current_id is None:
            return
        if self._is_new:
            self._discard_form()
            return
        row = self._model.row_of(self._current_id)
        if row >= 0:
            self._show_form(self._model.organisation_at(row), is_new=False)

    def delete(self) -> None:
        if self._current_id is None:
            return
        name = self._detail.typed_name() or QCoreApplication.translate(
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
            self._detail,
            QCoreApplication.translate("DirectoryView", "Organisatie verwijderen"),
            question,
        ):
            return
        self._controller.delete(self._current_id)

    # -- the list

    @contextmanager
    def _syncing_rows(self) -> Iterator[None]:
        """Rows move because of the presenter (a reload, a search): no choice of the coach."""
        before, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = before

    def _show_load_problem(self) -> None:
        self._list.show_load_problem(True)

    def _show_organisations(self, orgs: list[Organisation]) -> None:
        self._list.show_load_problem(False)
        with self._syncing_rows():
            self._model.set_organisations(orgs)
            self._show_current_row()
        self._list.fit_columns()
        if self._current_id is not None and not self._is_new:
            row = self._model.row_of(self._current_id)
            if row < 0:  # removed elsewhere
                self._discard_form()
            elif not self._dirty and self._form.organisation() != self._model.organisation_at(row):
                self._show_form(self._model.organisation_at(row), is_new=False)
        self._show_count()

    def _show_current_row(self) -> None:
        """Make the form's organisation the current row, or no row at all (never another
        one: choosing that row later would then not count as a change)."""
        row = self._model.row_of(self._current_id) if self._current_id is not None else -1
        index = self._proxy.mapFromSource(self._model.index(row, COL_NAME)) if row >= 0 else None
        if index is None or not index.isValid():
            self._list.show_no_current()
        else:
            self._list.show_current(index.row())

    def _search_changed(self, text: str) -> None:
        with self._syncing_rows():
            self._proxy.set_search_text(text)
            self._show_current_row()
        self._show_count()

    def _show_count(self) -> None:
        self._list.show_count(self._proxy.rowCount(), self._model.rowCount())

    def _row_chosen(self, chosen: str) -> None:
        if self._syncing or chosen == self._current_id:
            return
        if not self._leave_current():
            # The coach stays: the highlight goes back to what the form shows.
            with self._syncing_rows():
                if self._is_new:
                    self._list.clear_highlight()
                else:
                    self._show_current_row()
            return
        row = self._model.row_of(chosen)
        if row >= 0:
            self._show_form(self._model.organisation_at(row), is_new=False)

    # -- the form

    def _leave_current(self) -> bool:
        """Ask about unsaved changes: save them (True), drop them (True) or stay (False)."""
        self._form.finish_editing()
        if not self._dirty:
            return True
        name = self._detail.typed_name() or QCoreApplication.translate(
            "DirectoryView", "de nieuwe organisatie"
        )
        keep = self._dialogs.ask_yes_no(
            self._detail,
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
        problem = self._form.problem()
        if problem is not None:
            self._form.show_name_problem(problem)
            self._dialogs.warn(
                self._detail,
                QCoreApplication.translate("DirectoryView", "Nog niet te bewaren"),
                problem,
            )
            return False
        self._controller.save(self._form.organisation())
        self._set_dirty(False)
        return True

    def _show_form(self, org: Organisation, *, is_new: bool) -> None:
        self._current_id = org.id
        self._is_new = is_new
        self._detail.show_organisation(org)
        self._set_dirty(False)
        self._show_heading()

    def _discard_form(self) -> None:
        self._current_id = None
        self._is_new = False
        self._dirty = False
        self._form.clear()
        with self._syncing_rows():
            self._list.clear_highlight()
        self._detail.show_empty_state()

    def _edited(self) -> None:
        self._set_dirty(True)
        self._show_heading()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._detail.enable_buttons(save=dirty, revert=dirty or self._is_new)
        if dirty:
            self._detail.show_save_state(
                QCoreApplication.translate("DirectoryView", "Niet bewaard"), unsaved=True
            )
        elif self._is_new:
            self._detail.show_save_state(QCoreApplication.translate("DirectoryView", "Nieuw"))
        else:
            self._detail.show_save_state("")

    def _show_heading(self) -> None:
        name = self._detail.typed_name()
        if name:
            self._detail.show_heading(name)
        elif self._is_new:
            self._detail.show_heading(
                QCoreApplication.translate("DirectoryView", "Nieuwe organisatie")
            )
        else:
            self._detail.show_heading(QCoreApplication.translate("DirectoryView", "Organisatie"))

    # -- outcomes

    def _saved(self, org: Organisation) -> None:
        if org.id != self._current_id:
            return
        self._is_new = False
        if self._form.organisation() == org:
            self._set_dirty(False)
            self._detail.show_save_state(QCoreApplication.translate("DirectoryView", "Bewaard"))
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
        self._dialogs.warn(
            self._detail, QCoreApplication.translate("DirectoryView", "Niet bewaard"), text
        )

    def _deleted(self, organisation_id: str) -> None:
        if organisation_id == self._current_id:
            self._discard_form()

    def _delete_refused(self, _organisation_id: str, reason: str) -> None:
        self._dialogs.inform(
            self._detail,
            QCoreApplication.translate("DirectoryView", "Deze organisatie blijft staan"),
            kind_refusal(reason),
        )

    def _delete_failed(self, _organisation_id: str) -> None:
        self._dialogs.warn(
            self._detail,
            QCoreApplication.translate("DirectoryView", "Niet verwijderd"),
            QCoreApplication.translate(
                "DirectoryView", "Het verwijderen lukte niet. Probeer het straks nog eens."
            ),
        )
