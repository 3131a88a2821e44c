"""What the sociale kaart's presenter shows for what the coach does and what the real
DirectoryController answers, on the worker and the demo vault (one unused organisation
added, so one can be deleted): the form of the chosen organisation, unsaved or saved, the
question before leaving unsaved changes, reloads that do not undo typing, and every
refusal said.  Another window's writes come through a second real controller."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.directory.controller import DirectoryController
from genwerkt_desktop.ui.directory.models import (
    COL_NAME,
    OrganisationFilterProxy,
    OrganisationTableModel,
)
from genwerkt_desktop.ui.directory.organisation_detail import OrganisationDetail
from genwerkt_desktop.ui.directory.organisation_list import OrganisationList
from genwerkt_desktop.ui.directory.presenter import DirectoryPresenter
from genwerkt_desktop.ui.events import Change, ChangeKind, DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.ui.clients.support import HeldWorker, announced, wait_for
from tests.ui.conftest import FakeDialogs

UNUSED = Organisation(id="fietsatelier", name="Fietsatelier De Ketting", phone="09 123 45 67")
DIRECTORY = Change(ChangeKind.DIRECTORY)


@dataclass
class Directory:
    organisations: OrganisationList
    detail: OrganisationDetail
    presenter: DirectoryPresenter
    controller: DirectoryController
    elsewhere: DirectoryController  # another window on the same vault
    proxy: OrganisationFilterProxy
    dialogs: FakeDialogs
    workspace: Workspace
    runner: TaskRunner
    heard: list[Change]
    qtbot: Any

    def shown_names(self) -> list[str]:
        return [self.proxy.index(row, COL_NAME).data() for row in range(self.proxy.rowCount())]

    def choose(self, name: str) -> None:
        row = self.shown_names().index(name)
        self.organisations.table.setCurrentIndex(self.proxy.index(row, COL_NAME))

    def current_row_name(self) -> str | None:
        index = self.organisations.table.currentIndex()
        return index.data() if index.isValid() else None

    def type_into(self, field: QLineEdit, text: str) -> None:
        """Over what the field holds, key by key, as the coach would."""
        field.setFocus()
        field.selectAll()
        self.qtbot.keyClicks(field, text)

    def type_phone(self, text: str) -> None:
        self.type_into(self.detail.form.phone, text)

    def showing_the_form(self) -> bool:
        return self.detail.stack.currentWidget() is self.detail.form

    def stored(self, name: str) -> Organisation | None:
        return next((o for o in self.workspace.directory.organisations() if o.name == name), None)

    def stored_phone(self, name: str) -> str | None:
        org = self.stored(name)
        assert org is not None
        return org.phone

    def listed_phone(self, name: str) -> str | None:
        """The phone number the list's model holds now (what the last load brought)."""
        model = self.proxy.sourceModel()
        assert isinstance(model, OrganisationTableModel)
        orgs = [model.organisation_at(row) for row in range(model.rowCount())]
        return next((o.phone for o in orgs if o.name == name), None)

    def settle(self, condition: Callable[[], object]) -> None:
        self.runner.wait()
        wait_for(self.qtbot, condition)


@pytest.fixture
def directory(
    qtbot,
    dialogs: FakeDialogs,
    demo_workspace: Workspace,
    runner: TaskRunner,
    events: DataEvents,
) -> Iterator[Directory]:
    demo_workspace.directory.save(UNUSED)
    page = QWidget()
    qtbot.addWidget(page)
    model = OrganisationTableModel(page)
    proxy = OrganisationFilterProxy(page)
    proxy.setSourceModel(model)
    organisations = OrganisationList(proxy, page)
    detail = OrganisationDetail(page)
    row = QHBoxLayout(page)
    row.addWidget(organisations)
    row.addWidget(detail)
    controller = DirectoryController(demo_workspace, runner, events)
    elsewhere = DirectoryController(demo_workspace, runner, events)
    presenter = DirectoryPresenter(organisations, detail, model, proxy, controller, dialogs)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    presenter.load()
    wait_for(qtbot, lambda: model.rowCount() == 13)
    shown = Directory(
        organisations,
        detail,
        presenter,
        controller,
        elsewhere,
        proxy,
        dialogs,
        demo_workspace,
        runner,
        announced(events),
        qtbot,
    )
    yield shown
    presenter.clear()
    runner.wait()


def test_nothing_chosen_shows_a_sentence_and_no_buttons(directory: Directory) -> None:
    assert directory.organisations.count_label.text() == "13 organisaties"
    assert "Taalpunt Noord" in directory.shown_names()
    assert not directory.showing_the_form()
    assert not directory.detail.action_bar.isVisible()
    assert directory.detail.heading.text() == ""


def test_choosing_a_row_shows_its_form_saved_as_it_is(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    assert directory.showing_the_form()
    assert directory.detail.heading.text() == "Taalpunt Noord"
    assert directory.detail.form.phone.text() == "03 000 00 30"
    assert directory.detail.save_state.text() == ""
    assert not directory.detail.save_button.isEnabled()
    assert not directory.detail.revert_button.isEnabled()
    taalpunt = directory.stored("Taalpunt Noord")
    assert taalpunt is not None
    assert directory.presenter.current_organisation_id() == taalpunt.id


def test_typing_then_saving_says_unsaved_then_saving_then_saved(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"
    assert directory.detail.save_button.isEnabled() and directory.detail.revert_button.isEnabled()

    directory.detail.save_button.click()
    assert directory.detail.save_state.text() == "Bezig met bewaren…"
    directory.settle(lambda: directory.detail.save_state.text() == "Bewaard")
    assert directory.stored_phone("Taalpunt Noord") == "09 222 22 22"
    assert DIRECTORY in directory.heard
    assert not directory.presenter.is_dirty()
    assert not directory.detail.save_button.isEnabled()


def test_typing_on_while_it_is_saved_stays_unsaved(
    directory: Directory, hold_worker: Callable[[], HeldWorker]
) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    held = hold_worker()
    directory.presenter.save()
    directory.type_phone("09 333 33 33")  # while the save waits its turn
    held.release()
    directory.settle(lambda: directory.heard)
    assert directory.stored_phone("Taalpunt Noord") == "09 222 22 22"
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"
    assert directory.detail.form.phone.text() == "09 333 33 33"


def test_leaving_unsaved_changes_asks_and_no_drops_them(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.dialogs.yes = False
    directory.choose("Werkpunt Vaart")
    assert directory.dialogs.questions == [
        "De wijzigingen aan ‘Taalpunt Noord’ zijn nog niet bewaard.\n\n"
        "Ja bewaart ze; Nee laat ze vallen."
    ]
    assert directory.detail.heading.text() == "Werkpunt Vaart"
    assert not directory.presenter.is_dirty()
    directory.runner.wait()
    assert directory.heard == []
    assert directory.stored_phone("Taalpunt Noord") == "03 000 00 30"


def test_leaving_unsaved_changes_asks_and_yes_saves_them(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.choose("Werkpunt Vaart")
    assert directory.detail.heading.text() == "Werkpunt Vaart"
    directory.settle(lambda: directory.heard)
    assert directory.stored_phone("Taalpunt Noord") == "09 222 22 22"
    assert directory.detail.heading.text() == "Werkpunt Vaart"


def test_a_new_organisation_without_a_name_cannot_be_left_by_saving(
    directory: Directory,
) -> None:
    directory.presenter.new_organisation()
    assert directory.detail.heading.text() == "Nieuwe organisatie"
    assert directory.detail.save_state.text() == "Nieuw"
    assert directory.current_row_name() is None
    directory.type_phone("09 000 00 00")
    directory.choose("Werkpunt Vaart")  # "Ja, bewaren": but it has no name yet
    assert directory.dialogs.warnings == ["Geef de organisatie eerst een naam."]
    assert directory.detail.form.name_problem.text() == "Geef de organisatie eerst een naam."
    assert directory.detail.heading.text() == "Nieuwe organisatie"  # the coach stays
    assert directory.organisations.table.selectionModel().selectedRows() == []
    directory.runner.wait()
    assert directory.heard == [] and len(directory.workspace.directory.organisations()) == 13


def test_a_reload_shows_a_change_made_elsewhere_but_never_over_typing(
    directory: Directory,
) -> None:
    directory.choose("Taalpunt Noord")
    taalpunt = directory.stored("Taalpunt Noord")
    assert taalpunt is not None
    directory.elsewhere.save(replace(taalpunt, phone="09 444 44 44"))
    directory.settle(lambda: directory.detail.form.phone.text() == "09 444 44 44")
    assert directory.current_row_name() == "Taalpunt Noord"
    assert not directory.presenter.is_dirty()

    directory.type_phone("09 222 22 22")
    directory.elsewhere.save(replace(taalpunt, phone="09 555 55 55"))
    directory.settle(lambda: directory.listed_phone("Taalpunt Noord") == "09 555 55 55")
    assert directory.detail.form.phone.text() == "09 222 22 22"
    assert directory.presenter.is_dirty()


def test_an_organisation_removed_elsewhere_leaves_the_form(directory: Directory) -> None:
    directory.choose(UNUSED.name)
    assert directory.showing_the_form()
    directory.elsewhere.delete(UNUSED.id)
    directory.settle(lambda: not directory.showing_the_form())
    assert directory.presenter.current_organisation_id() is None
    assert directory.organisations.count_label.text() == "12 organisaties"


def test_revert_goes_back_to_what_was_saved_or_drops_a_new_one(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.detail.revert_button.click()
    assert directory.detail.form.phone.text() == "03 000 00 30"
    assert not directory.presenter.is_dirty()

    directory.presenter.new_organisation()
    assert directory.detail.revert_button.isEnabled()
    directory.detail.revert_button.click()
    assert not directory.showing_the_form()
    assert directory.presenter.current_organisation_id() is None
    directory.runner.wait()
    assert directory.heard == []


def test_deleting_asks_first_and_the_form_goes_once_it_is_gone(
    directory: Directory, hold_worker: Callable[[], HeldWorker]
) -> None:
    directory.choose(UNUSED.name)
    directory.dialogs.yes = False
    directory.detail.delete_button.click()
    assert directory.dialogs.questions == [
        "‘Fietsatelier De Ketting’ verdwijnt uit de sociale kaart, samen met haar "
        "contactpersonen. Dat kan niet ongedaan gemaakt worden.\n\nToch verwijderen?"
    ]
    directory.runner.wait()
    assert directory.heard == [] and directory.stored(UNUSED.name) is not None
    directory.dialogs.yes = True
    held = hold_worker()
    directory.detail.delete_button.click()
    assert directory.showing_the_form()  # until the worker says it is gone
    held.release()
    directory.settle(lambda: not directory.showing_the_form())
    assert directory.heard[0] == DIRECTORY
    with pytest.raises(StateError):
        directory.workspace.directory.get(UNUSED.id)


def test_deleting_a_never_saved_organisation_asks_nothing(directory: Directory) -> None:
    directory.presenter.new_organisation()
    directory.detail.delete_button.click()
    assert directory.dialogs.questions == []
    assert not directory.showing_the_form()
    directory.runner.wait()
    assert directory.heard == [] and len(directory.workspace.directory.organisations()) == 13


def test_an_organisation_still_used_in_a_dossier_stays_and_says_why(directory: Directory) -> None:
    directory.choose("Schuldhulp Oost")
    directory.detail.delete_button.click()
    directory.settle(lambda: directory.dialogs.infos)
    (refusal,) = directory.dialogs.infos
    assert refusal.startswith(
        "Deze organisatie wordt nog gebruikt in een dossier; ze blijft staan.\n\n"
    )
    assert "pas dan eerst die dossiers aan" in refusal
    assert directory.stored("Schuldhulp Oost") is not None
    assert directory.showing_the_form() and directory.heard == []


def test_failures_to_delete_or_save_are_said(
    directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seam: the form lets no organisation through that the service refuses, and the
    # store only fails on a broken disk; so the store's own calls fail as they would.
    def disk_gone(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    def name_taken(_org: Organisation) -> None:
        raise ValueError("naam bestaat al.")

    directory.choose("Schuldhulp Oost")
    monkeypatch.setattr(directory.workspace.directory, "delete", disk_gone)
    directory.detail.delete_button.click()
    directory.settle(lambda: directory.dialogs.warnings)
    assert directory.dialogs.warnings == [
        "Het verwijderen lukte niet. Probeer het straks nog eens."
    ]

    monkeypatch.setattr(directory.workspace.directory, "save", name_taken)
    directory.type_phone("09 666 66 66")
    directory.presenter.save()
    directory.settle(lambda: len(directory.dialogs.warnings) == 2)
    assert directory.dialogs.warnings[-1] == "‘Schuldhulp Oost’ is niet bewaard: naam bestaat al."
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"

    monkeypatch.setattr(directory.workspace.directory, "save", disk_gone)
    directory.presenter.save()
    directory.settle(lambda: len(directory.dialogs.warnings) == 3)
    assert directory.dialogs.warnings[-1] == (
        "‘Schuldhulp Oost’ is niet bewaard. Probeer het nog eens."
    )
    assert directory.heard == [] and directory.stored_phone("Schuldhulp Oost") != "09 666 66 66"


def test_a_failed_load_says_so_until_the_next_load(
    directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisations = directory.workspace.directory.organisations

    def unreadable() -> list[Organisation]:
        raise OSError(errno.EIO, "Input/output error")

    # Seam: a read that fails needs a broken disk; the service's own call fails instead.
    monkeypatch.setattr(directory.workspace.directory, "organisations", unreadable)
    directory.presenter.load()
    directory.settle(directory.organisations.load_problem.isVisible)
    monkeypatch.setattr(directory.workspace.directory, "organisations", organisations)
    directory.presenter.load()
    assert not directory.organisations.load_problem.isVisible()
    directory.runner.wait()
    assert directory.organisations.count_label.text() == "13 organisaties"


def test_the_search_counts_and_the_chosen_row_comes_back(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.organisations.search.setText("ketting")
    assert directory.shown_names() == [UNUSED.name]
    assert directory.organisations.count_label.text() == "1 van 13"
    assert directory.current_row_name() is None
    assert directory.detail.heading.text() == "Taalpunt Noord"  # the form stays
    directory.organisations.search.setText("niets-van-dit")
    assert directory.organisations.nothing_found.isVisible()
    directory.organisations.search.clear()
    assert directory.current_row_name() == "Taalpunt Noord"


def test_commit_pending_hands_over_a_valid_edit_only(directory: Directory) -> None:
    assert directory.presenter.commit_pending() is True  # nothing typed
    directory.presenter.new_organisation()
    directory.type_phone("09 000 00 00")
    assert directory.presenter.commit_pending() is False  # no name: cannot be saved
    directory.runner.wait()
    assert directory.heard == []
    directory.type_into(directory.detail.form.name, "Fietsherstel Noord")
    assert directory.presenter.commit_pending() is True
    assert not directory.presenter.is_dirty()
    directory.runner.wait()
    assert directory.stored_phone("Fietsherstel Noord") == "09 000 00 00"
    assert directory.heard == [DIRECTORY]


def test_clear_forgets_the_list_the_form_and_the_search(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.organisations.search.setText("taal")
    directory.presenter.clear()
    assert directory.shown_names() == []
    assert directory.organisations.search.text() == ""
    assert directory.organisations.count_label.text() == ""
    assert directory.detail.form.name.text() == ""
    assert not directory.showing_the_form()
    assert directory.presenter.current_organisation_id() is None
    directory.elsewhere.save(replace(UNUSED, phone="09 777 77 77"))  # after the lock
    directory.settle(lambda: directory.heard)
    directory.runner.wait()
    assert directory.shown_names() == []  # a cleared list does not load itself again
