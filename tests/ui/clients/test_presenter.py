"""What the client list's presenter shows for what the controller answers: the chosen
client kept across reloads, the way back after archiving, a new client shown whatever the
filters, only the newest search, the count, and failures said aloud.

The controller is a stand-in that records what it was asked and answers when told to,
so every answer can arrive exactly when a test wants it to."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.dossiers import ClientSummary
from genwerkt_desktop.ui.clients.archive_undo import ArchiveUndo
from genwerkt_desktop.ui.clients.model import ClientFilterProxy, ClientTableModel
from genwerkt_desktop.ui.clients.presenter import ClientListPresenter
from genwerkt_desktop.ui.clients.undo_bar import UndoBar
from genwerkt_desktop.ui.clients.view import ClientListView
from tests.fakes import BRUSSELS_WINTER, FixedClock
from tests.ui.conftest import FakeDialogs


class RecordingController(QObject):
    """The signals of ClientsController; every request is written down, never done."""

    clients_loaded = Signal(list)
    client_refreshed = Signal(object)
    fulltext_found = Signal(str, object)
    archived = Signal(object, object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.loads = 0
        self.forgets = 0
        self.searches: list[str] = []
        self.created: list[
            tuple[NewClient, Callable[[str], None] | None, Callable[[str], None] | None]
        ] = []
        self.archives: list[ClientSummary] = []
        self.undos: list[tuple[str, ClientStatus]] = []
        self.restores: list[str] = []
        self.deletions: list[str] = []

    def load(self) -> None:
        self.loads += 1

    def forget(self) -> None:
        self.forgets += 1

    def search(self, query: str) -> None:
        self.searches.append(query)

    def create(
        self,
        new: NewClient,
        on_done: Callable[[str], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        self.created.append((new, on_done, on_failure))

    def archive(self, client: ClientSummary) -> None:
        self.archives.append(client)

    def undo_archive(self, client_id: str, previous: ClientStatus) -> None:
        self.undos.append((client_id, previous))

    def restore(self, client_id: str) -> None:
        self.restores.append(client_id)

    def delete_for_good(self, client_id: str, on_done: Callable[[], None]) -> None:
        self.deletions.append(client_id)
        on_done()


def summary(
    client_id: str,
    first: str,
    last: str,
    status: ClientStatus = ClientStatus.ACTIVE,
    phase: Phase = Phase.EXECUTION,
) -> ClientSummary:
    return ClientSummary(
        id=client_id,
        first_name=first,
        last_name=last,
        display_name=f"{first} {last}",
        status=status,
        phase=phase,
        last_contact=datetime(2026, 11, 20, 10, 0, tzinfo=BRUSSELS_WINTER),
        next_appointment=None,
    )


ANNA = summary("anna", "Anna", "Claes")
BERT = summary("bert", "Bert", "Dierckx", ClientStatus.AFTERCARE, Phase.AFTERCARE)
CHLOE = summary("chloe", "Chloé", "Evers", ClientStatus.ARCHIVED)


@dataclass
class ClientList:
    view: ClientListView
    presenter: ClientListPresenter
    controller: RecordingController
    proxy: ClientFilterProxy
    dialogs: FakeDialogs
    chosen: list[str] = field(default_factory=list)

    def shown_ids(self) -> list[str]:
        model = self.proxy.sourceModel()
        assert isinstance(model, ClientTableModel)
        return [
            model.client_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id
            for row in range(self.proxy.rowCount())
        ]

    def click_row_of(self, client_id: str) -> None:
        self.view.table.selectRow(self.shown_ids().index(client_id))

    def highlighted_id(self) -> str | None:
        client = self.presenter.selected_client()
        return client.id if client is not None else None


@pytest.fixture
def clients(qtbot, dialogs: FakeDialogs, fixed_clock: FixedClock) -> Iterator[ClientList]:
    model = ClientTableModel(fixed_clock)
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    view = ClientListView(proxy)
    qtbot.addWidget(view)
    controller = RecordingController()
    presenter = ClientListPresenter(
        view,
        model,
        proxy,
        controller,
        dialogs,
        default_coach=lambda: "Sam Peeters",  # type: ignore[arg-type]
    )
    view.resize(620, 720)
    view.show()
    qtbot.waitExposed(view)
    shown = ClientList(view, presenter, controller, proxy, dialogs)
    presenter.client_selected.connect(shown.chosen.append)
    presenter.load()
    controller.clients_loaded.emit([ANNA, BERT, CHLOE])
    yield shown
    presenter.clear()


def test_loading_asks_the_controller_and_archived_clients_stay_out_of_sight(
    clients: ClientList,
) -> None:
    assert clients.controller.loads == 1
    assert sorted(clients.shown_ids()) == ["anna", "bert"]
    assert clients.view.count_label.text() == "2 van 3 cliënten"


def test_the_chosen_client_stays_chosen_when_the_list_is_read_again(clients: ClientList) -> None:
    clients.click_row_of("bert")
    assert clients.chosen == ["bert"]
    newcomer = summary("aaron", "Aaron", "Aerts")  # sorts above Bert: the rows move
    clients.controller.clients_loaded.emit([newcomer, ANNA, replace(BERT, phase=Phase.CLOSURE)])
    assert clients.highlighted_id() == "bert"
    assert clients.chosen == ["bert"]  # the dossier on the right was not reopened


def test_a_client_gone_from_the_list_closes_its_dossier(clients: ClientList) -> None:
    clients.click_row_of("bert")
    assert clients.view.dossier_actions.archive_button.isEnabled()
    clients.controller.clients_loaded.emit([ANNA, CHLOE])
    assert clients.chosen == ["bert", ""]
    assert clients.presenter.current_client_id() == ""
    assert not clients.view.dossier_actions.archive_button.isEnabled()


def test_a_client_asked_for_before_the_list_holds_it_is_chosen_when_it_arrives(
    clients: ClientList,
) -> None:
    clients.presenter.select("dina")
    assert clients.chosen == []
    dina = summary("dina", "Dina", "Fransen")
    clients.controller.clients_loaded.emit([ANNA, BERT, CHLOE, dina])
    assert clients.chosen == ["dina"]
    assert clients.highlighted_id() == "dina"


def test_archiving_offers_a_way_back_to_the_earlier_status(clients: ClientList) -> None:
    clients.click_row_of("bert")
    clients.view.dossier_actions.archive_button.click()
    assert clients.controller.archives == [BERT]
    clients.controller.archived.emit(BERT, ClientStatus.AFTERCARE)
    bar = clients.view.undo_bar
    assert bar.isVisible()
    assert bar.label.text() == "Het dossier van Bert Dierckx staat nu in het archief."

    bar.button.click()
    assert clients.controller.undos == [("bert", ClientStatus.AFTERCARE)]
    assert not bar.isVisible()
    assert bar.label.text() == ""
    bar.button.click()  # a second click does not ask twice
    assert clients.controller.undos == [("bert", ClientStatus.AFTERCARE)]


def test_deleting_the_archived_client_for_good_takes_the_way_back_away(
    qtbot, clients: ClientList
) -> None:
    clients.click_row_of("anna")
    clients.controller.archived.emit(ANNA, ClientStatus.ACTIVE)
    assert clients.view.undo_bar.isVisible()
    clients.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    archived_anna = replace(ANNA, status=ClientStatus.ARCHIVED)
    clients.controller.clients_loaded.emit([archived_anna, BERT, CHLOE])
    assert clients.highlighted_id() == "anna"
    assert clients.view.dossier_actions.restore_button.isVisible()
    assert not clients.view.dossier_actions.archive_button.isEnabled()

    clients.view.dossier_actions.delete_button.click()
    dialog = clients.presenter.list_dialogs.delete_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.typed.setText("Anna Claes")
    dialog.delete_button.click()
    assert clients.controller.deletions == ["anna"]
    assert not clients.view.undo_bar.isVisible()
    qtbot.waitUntil(lambda: clients.presenter.list_dialogs.delete_dialog is None)


def test_restoring_asks_for_the_chosen_archived_client(clients: ClientList) -> None:
    clients.view.filter_bar.status_boxes[ClientStatus.ARCHIVED].setChecked(True)
    clients.click_row_of("chloe")
    assert clients.view.dossier_actions.restore_button.isVisible()
    clients.view.dossier_actions.restore_button.click()
    assert clients.controller.restores == ["chloe"]


def test_a_new_client_is_shown_and_chosen_whatever_the_filters_were(
    qtbot, clients: ClientList
) -> None:
    bar = clients.view.filter_bar
    bar.status_boxes[ClientStatus.ACTIVE].setChecked(False)
    bar.phase_filter.setCurrentIndex(bar.phase_filter.findData(Phase.AFTERCARE.value))
    bar.search.setText("bert")
    clients.view.new_client_action.trigger()
    dialog = clients.presenter.list_dialogs.new_client_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.first_name.setText("Nour")
    dialog.last_name.setText("Haddad")
    dialog.create_button.click()
    ((new, on_done, _on_failure),) = clients.controller.created
    assert (new.first_name, new.last_name, new.coach) == ("Nour", "Haddad", "Sam Peeters")
    assert on_done is not None

    on_done("nour")
    assert bar.status_boxes[ClientStatus.ACTIVE].isChecked()
    assert bar.phase_filter.currentIndex() == 0
    assert bar.search.text() == ""
    qtbot.waitUntil(lambda: clients.presenter.list_dialogs.new_client_dialog is None)
    nour = summary("nour", "Nour", "Haddad", phase=Phase.INTAKE)
    clients.controller.clients_loaded.emit([ANNA, BERT, CHLOE, nour])
    assert clients.chosen == ["nour"]
    assert clients.highlighted_id() == "nour"


def test_a_failed_first_reception_stays_open_and_says_why(clients: ClientList) -> None:
    clients.presenter.list_dialogs.open_new_client()
    dialog = clients.presenter.list_dialogs.new_client_dialog
    assert dialog is not None
    dialog.first_name.setText("Nour")
    dialog.last_name.setText("Haddad")
    dialog.create_button.click()
    ((_new, _on_done, on_failure),) = clients.controller.created
    assert on_failure is not None
    on_failure("De schijf is vol.")
    assert dialog.isVisible()
    assert dialog.message.text() == "De schijf is vol."
    assert dialog.create_button.isEnabled()  # the coach can try again


def test_commit_pending_hands_over_only_a_filled_in_first_reception(clients: ClientList) -> None:
    clients.presenter.list_dialogs.commit_pending()  # no dialog: nothing
    clients.presenter.list_dialogs.open_new_client()
    dialog = clients.presenter.list_dialogs.new_client_dialog
    assert dialog is not None
    dialog.first_name.setText("Mira")
    clients.presenter.list_dialogs.commit_pending()  # only a first name: nothing to create yet
    assert clients.controller.created == []
    dialog.last_name.setText("Claes")
    clients.presenter.list_dialogs.commit_pending()
    ((new, on_done, on_failure),) = clients.controller.created
    assert (new.first_name, new.last_name) == ("Mira", "Claes")
    assert on_done is None and on_failure is None  # the lock hears of a failure
    assert clients.presenter.list_dialogs.new_client_dialog is None


def test_only_the_answer_to_the_newest_search_is_shown(qtbot, clients: ClientList) -> None:
    bar = clients.view.filter_bar
    bar.search.setText("fiet")
    assert clients.view.searching_label.isVisible()
    qtbot.waitUntil(lambda: clients.controller.searches == ["fiet"])
    bar.search.setText("fietsen")
    clients.controller.fulltext_found.emit("fiet", {"anna"})  # too late: the coach typed on
    assert clients.shown_ids() == []
    assert clients.view.searching_label.isVisible()
    assert clients.view.empty_hint.isVisible()

    qtbot.waitUntil(lambda: clients.controller.searches == ["fiet", "fietsen"])
    clients.controller.fulltext_found.emit("fietsen", {"bert"})
    assert clients.shown_ids() == ["bert"]
    assert not clients.view.searching_label.isVisible()
    qtbot.waitUntil(lambda: clients.view.count_label.text() == "1 van 3 cliënten")
    assert not clients.view.empty_hint.isVisible()


def test_a_short_search_matches_names_only_and_asks_nothing(qtbot, clients: ClientList) -> None:
    clients.view.filter_bar.search.setText("b")
    assert clients.shown_ids() == ["bert"]
    assert not clients.view.searching_label.isVisible()
    qtbot.wait(400)  # longer than the pause after typing
    assert clients.controller.searches == []


def test_a_failure_is_said_in_a_warning(clients: ClientList) -> None:
    clients.controller.failed.emit("De cliëntenlijst kon niet gelezen worden.")
    assert clients.dialogs.warnings == ["De cliëntenlijst kon niet gelezen worden."]


def test_clear_forgets_the_list_the_choice_and_the_way_back(clients: ClientList) -> None:
    clients.click_row_of("anna")
    clients.controller.archived.emit(ANNA, ClientStatus.ACTIVE)
    clients.view.filter_bar.search.setText("anna")
    clients.presenter.clear()
    assert clients.controller.forgets == 1
    assert clients.shown_ids() == []
    assert clients.presenter.current_client_id() == ""
    assert clients.view.filter_bar.search.text() == ""
    assert not clients.view.undo_bar.isVisible() and clients.view.undo_bar.label.text() == ""
    assert clients.view.count_label.text() == ""
    clients.controller.clients_loaded.emit([ANNA])
    assert clients.highlighted_id() is None  # nothing chosen after the lock


def test_the_way_back_is_offered_for_a_while_only(qtbot) -> None:
    bar = UndoBar()
    qtbot.addWidget(bar)
    controller = RecordingController()
    undo = ArchiveUndo(bar, controller, seconds=0.05)  # type: ignore[arg-type]
    controller.archived.emit(ANNA, ClientStatus.ACTIVE)
    assert not bar.isHidden()
    assert bar.label.text() == "Het dossier van Anna Claes staat nu in het archief."
    qtbot.waitUntil(bar.isHidden, timeout=2_000)
    assert bar.label.text() == ""
    bar.button.click()
    undo.undo()
    assert controller.undos == []  # too late: the status stays archived
