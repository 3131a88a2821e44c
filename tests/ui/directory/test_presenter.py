"""What the sociale kaart's presenter shows for what the coach does and what the
controller answers: the form of the chosen organisation, unsaved or saved, the question
before leaving unsaved changes, reloads that do not undo typing, and every refusal said.

The controller is a stand-in that records what it was asked and answers when told to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.ui.directory.models import (
    COL_NAME,
    OrganisationFilterProxy,
    OrganisationTableModel,
)
from genwerkt_desktop.ui.directory.organisation_detail import OrganisationDetail
from genwerkt_desktop.ui.directory.organisation_list import OrganisationList
from genwerkt_desktop.ui.directory.presenter import DirectoryPresenter
from tests.ui.conftest import FakeDialogs


class RecordingController(QObject):
    """The signals of DirectoryController; every request is written down, never done."""

    loaded = Signal(list)
    load_failed = Signal()
    saved = Signal(object)
    save_failed = Signal(object, str)
    deleted = Signal(str)
    delete_refused = Signal(str, str)
    delete_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.loads = 0
        self.clears = 0
        self.saves: list[Organisation] = []
        self.deletions: list[str] = []

    def load(self) -> None:
        self.loads += 1

    def clear(self) -> None:
        self.clears += 1

    def save(self, org: Organisation) -> None:
        self.saves.append(org)

    def delete(self, organisation_id: str) -> None:
        self.deletions.append(organisation_id)


TAALPUNT = Organisation(id="taal", name="Taalpunt Noord", phone="09 111 11 11")
WERKPUNT = Organisation(id="werk", name="Werkpunt Vaart", services="Sollicitatietraining")
SCHULDHULP = Organisation(id="schuld", name="Schuldhulp Oost")


@dataclass
class Directory:
    organisations: OrganisationList
    detail: OrganisationDetail
    presenter: DirectoryPresenter
    controller: RecordingController
    proxy: OrganisationFilterProxy
    dialogs: FakeDialogs
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


@pytest.fixture
def directory(qtbot, dialogs: FakeDialogs) -> Iterator[Directory]:
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
    controller = RecordingController()
    presenter = DirectoryPresenter(organisations, detail, model, proxy, controller, dialogs)  # type: ignore[arg-type]
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    presenter.load()
    controller.loaded.emit([TAALPUNT, WERKPUNT, SCHULDHULP])
    yield Directory(organisations, detail, presenter, controller, proxy, dialogs, qtbot)
    presenter.clear()


def test_nothing_chosen_shows_a_sentence_and_no_buttons(directory: Directory) -> None:
    assert directory.controller.loads == 1
    assert directory.organisations.count_label.text() == "3 organisaties"
    assert not directory.showing_the_form()
    assert not directory.detail.action_bar.isVisible()
    assert directory.detail.heading.text() == ""


def test_choosing_a_row_shows_its_form_saved_as_it_is(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    assert directory.showing_the_form()
    assert directory.detail.heading.text() == "Taalpunt Noord"
    assert directory.detail.form.phone.text() == "09 111 11 11"
    assert directory.detail.save_state.text() == ""
    assert not directory.detail.save_button.isEnabled()
    assert not directory.detail.revert_button.isEnabled()
    assert directory.presenter.current_organisation_id() == "taal"


def test_typing_then_saving_says_unsaved_then_saving_then_saved(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"
    assert directory.detail.save_button.isEnabled() and directory.detail.revert_button.isEnabled()

    directory.detail.save_button.click()
    assert directory.detail.save_state.text() == "Bezig met bewaren…"
    (asked,) = directory.controller.saves
    assert asked == replace(TAALPUNT, phone="09 222 22 22")
    directory.controller.saved.emit(asked)
    assert directory.detail.save_state.text() == "Bewaard"
    assert not directory.presenter.is_dirty()
    assert not directory.detail.save_button.isEnabled()


def test_typing_on_while_it_is_saved_stays_unsaved(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.presenter.save()
    directory.type_phone("09 333 33 33")
    directory.controller.saved.emit(directory.controller.saves[0])
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"


def test_leaving_unsaved_changes_asks_and_no_drops_them(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.dialogs.yes = False
    directory.choose("Werkpunt Vaart")
    assert directory.dialogs.questions == [
        "De wijzigingen aan ‘Taalpunt Noord’ zijn nog niet bewaard.\n\n"
        "Ja bewaart ze; Nee laat ze vallen."
    ]
    assert directory.controller.saves == []
    assert directory.detail.heading.text() == "Werkpunt Vaart"
    assert not directory.presenter.is_dirty()


def test_leaving_unsaved_changes_asks_and_yes_saves_them(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.choose("Werkpunt Vaart")
    assert directory.controller.saves == [replace(TAALPUNT, phone="09 222 22 22")]
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
    assert directory.controller.saves == []
    assert directory.detail.form.name_problem.text() == "Geef de organisatie eerst een naam."
    assert directory.detail.heading.text() == "Nieuwe organisatie"  # the coach stays
    assert directory.organisations.table.selectionModel().selectedRows() == []


def test_a_reload_shows_a_change_made_elsewhere_but_never_over_typing(
    directory: Directory,
) -> None:
    directory.choose("Taalpunt Noord")
    directory.controller.loaded.emit([replace(TAALPUNT, phone="09 444 44 44"), WERKPUNT])
    assert directory.detail.form.phone.text() == "09 444 44 44"
    assert directory.current_row_name() == "Taalpunt Noord"

    directory.type_phone("09 222 22 22")
    directory.controller.loaded.emit([replace(TAALPUNT, phone="09 555 55 55"), WERKPUNT])
    assert directory.detail.form.phone.text() == "09 222 22 22"
    assert directory.presenter.is_dirty()


def test_an_organisation_removed_elsewhere_leaves_the_form(directory: Directory) -> None:
    directory.choose("Schuldhulp Oost")
    directory.controller.loaded.emit([TAALPUNT, WERKPUNT])
    assert not directory.showing_the_form()
    assert directory.presenter.current_organisation_id() is None
    assert directory.organisations.count_label.text() == "2 organisaties"


def test_revert_goes_back_to_what_was_saved_or_drops_a_new_one(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.type_phone("09 222 22 22")
    directory.detail.revert_button.click()
    assert directory.detail.form.phone.text() == "09 111 11 11"
    assert not directory.presenter.is_dirty()

    directory.presenter.new_organisation()
    assert directory.detail.revert_button.isEnabled()
    directory.detail.revert_button.click()
    assert not directory.showing_the_form()
    assert directory.presenter.current_organisation_id() is None


def test_deleting_asks_first_and_the_form_goes_once_it_is_gone(directory: Directory) -> None:
    directory.choose("Werkpunt Vaart")
    directory.dialogs.yes = False
    directory.detail.delete_button.click()
    assert directory.dialogs.questions == [
        "‘Werkpunt Vaart’ verdwijnt uit de sociale kaart, samen met haar contactpersonen. "
        "Dat kan niet ongedaan gemaakt worden.\n\nToch verwijderen?"
    ]
    assert directory.controller.deletions == []
    directory.dialogs.yes = True
    directory.detail.delete_button.click()
    assert directory.controller.deletions == ["werk"]
    assert directory.showing_the_form()  # until the worker says it is gone
    directory.controller.deleted.emit("werk")
    assert not directory.showing_the_form()


def test_deleting_a_never_saved_organisation_asks_nothing(directory: Directory) -> None:
    directory.presenter.new_organisation()
    directory.detail.delete_button.click()
    assert directory.dialogs.questions == []
    assert directory.controller.deletions == []
    assert not directory.showing_the_form()


def test_refusals_and_failures_are_said(directory: Directory) -> None:
    directory.choose("Schuldhulp Oost")
    directory.controller.delete_refused.emit("schuld", "deze organisatie wordt nog gebruikt.")
    (refusal,) = directory.dialogs.infos
    assert refusal.startswith("Deze organisatie wordt nog gebruikt.\n\n")
    assert "pas dan eerst die dossiers aan" in refusal
    directory.controller.delete_failed.emit("schuld")
    assert directory.dialogs.warnings == [
        "Het verwijderen lukte niet. Probeer het straks nog eens."
    ]

    directory.type_phone("09 666 66 66")
    directory.presenter.save()
    directory.controller.save_failed.emit(directory.controller.saves[0], "naam bestaat al.")
    assert directory.dialogs.warnings[-1] == "‘Schuldhulp Oost’ is niet bewaard: naam bestaat al."
    assert directory.presenter.is_dirty()
    assert directory.detail.save_state.text() == "Niet bewaard"


def test_a_failed_load_says_so_until_the_next_load(directory: Directory) -> None:
    directory.controller.load_failed.emit()
    assert directory.organisations.load_problem.isVisible()
    directory.presenter.load()
    assert not directory.organisations.load_problem.isVisible()
    assert directory.controller.loads == 2


def test_the_search_counts_and_the_chosen_row_comes_back(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.organisations.search.setText("schuld")
    assert directory.shown_names() == ["Schuldhulp Oost"]
    assert directory.organisations.count_label.text() == "1 van 3"
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
    assert directory.controller.saves == []
    directory.type_into(directory.detail.form.name, "Fietsatelier")
    assert directory.presenter.commit_pending() is True
    assert [org.name for org in directory.controller.saves] == ["Fietsatelier"]
    assert not directory.presenter.is_dirty()


def test_clear_forgets_the_list_the_form_and_the_search(directory: Directory) -> None:
    directory.choose("Taalpunt Noord")
    directory.organisations.search.setText("taal")
    directory.presenter.clear()
    assert directory.controller.clears == 1
    assert directory.shown_names() == []
    assert directory.organisations.search.text() == ""
    assert directory.organisations.count_label.text() == ""
    assert directory.detail.form.name.text() == ""
    assert not directory.showing_the_form()
    assert directory.presenter.current_organisation_id() is None
