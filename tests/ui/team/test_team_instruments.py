"""A colleague's dossier with a vacancy, a choice and a call: the lists read, the client's
sheet can still be made, and nothing opens a form to change them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from genwerkt_desktop.domain.enums import PhoneOutcome, RequirementMatch, TeamSharing
from genwerkt_desktop.domain.instruments import (
    Decision,
    DecisionOption,
    PhoneRequest,
    Requirement,
    Vacancy,
)
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from tests.fakes import FixedClock
from tests.ui.clients.support import wait_for
from tests.ui.conftest import FakeDialogs


def test_a_read_only_copy_shows_the_instruments_but_cannot_edit_them(
    qtbot, laptops, desk_of, fixed_clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    an, bo = laptops.an, laptops.bo
    client_id = an.new_client("Mira", "Claes", TeamSharing.TEAM)
    an.edits.instruments.save_vacancy(
        client_id,
        Vacancy(
            id="b0b6a0c4-1f7e-4b7e-9f5e-0e5a1c2d3e4f",
            title="Winkelhulp",
            read_on=date(2026, 11, 20),
            requirements=(Requirement("Kassa kennen", RequirementMatch.YES),),
        ),
    )
    an.edits.instruments.save_decision(
        client_id,
        Decision(
            id="c1c7b1d5-2a8f-4c8f-8a6f-1f6b2d3e4f50",
            question="Fiets of bus?",
            options=(DecisionOption("Fiets"), DecisionOption("Bus")),
            chosen="Fiets",
        ),
    )
    an.edits.instruments.save_phone_request(
        client_id,
        PhoneRequest(
            id="d2d8c2e6-3b9a-4d9a-9b7a-2a7c3e4f5061",
            at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
            caller="Onthaal OCMW",
            what_asked="Een adres",
            outcome=PhoneOutcome.CALL_BACK,
        ),
    )
    an.sync()
    bo.sync()
    dialogs = FakeDialogs()
    desk = desk_of(bo)
    desk.linked(qtbot)
    view = DossierWorkspace(
        desk.workspace, desk.runner, desk.events, dialogs, fixed_clock, team=desk.session
    )
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.show_client(client_id)
    wait_for(qtbot, lambda: view.is_read_only())
    tab = view.instruments
    view.show_page(tab)
    wait_for(qtbot, lambda: tab.phone_requests.model.rowCount() == 1)
    assert tab.vacancies.model.rowCount() == 1 and tab.decisions.model.rowCount() == 1
    for section in (tab.vacancies, tab.decisions, tab.phone_requests):
        section.view.selectRow(0)
        assert not section.add_button.isEnabled()
        section.view.activated.emit(section.proxy.index(0, 0))  # Enter or a double click
        assert tab.dialog is None
    assert not tab.decisions.goal_button.isEnabled()
    assert tab.vacancies.sheet_button.isEnabled()  # the client's sheet only reads
    qtbot.mouseClick(tab.phone_requests.add_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
