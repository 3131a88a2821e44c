"""One source of what is due: the agenda, the dossier overview and the client list show
the same items for one dossier, as ``domain.due`` has them (fixed clock: Saturday 28
November 2026, 09:30).

The dossier holds what used to fall out of view: a round-table on 10/12, a referral
appointment, an open step under a goal that is already reached and an aftercare call of
last week that was never ticked off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from genwerkt_desktop.domain.due import DueKind, DueStatus
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ClientStatus,
    GoalStatus,
    Initiator,
    MeetingKind,
    Owner,
    ReferralStatus,
    ReminderPreference,
    StepStatus,
)
from genwerkt_desktop.domain.model import (
    Aftercare,
    AftercareMoment,
    Appointment,
    Client,
    Dossier,
    Goal,
    Meeting,
    Referral,
    Step,
)
from genwerkt_desktop.services.agenda import AgendaItem, AgendaKind
from genwerkt_desktop.services.due_items import DueItemsService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda import AgendaView
from genwerkt_desktop.ui.agenda.model import (
    CLIENT_ID_ROLE,
    COL_DAY,
    COL_TEXT,
    COL_WHAT,
    KIND_ROLE,
    OVERDUE_ROLE,
    REF_ID_ROLE,
)
from genwerkt_desktop.ui.clients.model import COL_NEXT_APPOINTMENT, LATE_COLOUR
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.dossier.models import AppointmentModel, OpenStep
from genwerkt_desktop.ui.dossier.workspace import DossierWorkspace
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.worker import TaskRunner
from tests.fakes import FixedClock
from tests.ui.clients.support import demo_workspace, events, runner, wait_for
from tests.ui.conftest import FakeDialogs
from tests.ui.dossier.conftest import dossier_view, open_dossier

__all__ = ["demo_workspace", "dossier_view", "events", "runner"]

BRUSSELS = ZoneInfo("Europe/Brussels")
CLIENT_ID = "5d1e0f3a-7c2b-4e8d-9f10-2a3b4c5d6e7f"
MEETING_ID = "0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d"
REFERRAL_ID = "1c8d2e3f-4a51-4b6c-9d7e-8f9a0b1c2d3e"
STEP_ID = "2d9e3f4a-5b62-4c7d-8e8f-9a0b1c2d3e4f"
AFTERCARE_ID = "aftercare-2026-11-20"
REFERRAL_AT = datetime(2026, 12, 2, 14, 0, tzinfo=BRUSSELS)


@pytest.fixture
def with_dossier(demo_workspace: Workspace) -> Workspace:
    organisation = demo_workspace.directory.organisations()[0]
    demo_workspace.dossiers.save(
        Dossier(
            client=Client(
                id=CLIENT_ID, first_name="Mira", last_name="Van Acker", status=ClientStatus.ACTIVE
            ),
            meetings=(
                Meeting(
                    id=MEETING_ID,
                    at=datetime(2026, 12, 10, 10, 0, tzinfo=BRUSSELS),
                    kind=MeetingKind.ROUND_TABLE,
                    place="Sociaal Huis",
                ),
            ),
            referrals=(
                Referral(
                    id=REFERRAL_ID,
                    organisation_id=organisation.id,
                    status=ReferralStatus.ONGOING,
                    appointment=Appointment(at=REFERRAL_AT, reminder_wanted=True),
                ),
            ),
            organisations=(organisation,),
            goals=(
                Goal(
                    id="3e0f4a5b-6c73-4d8e-9f90-a0b1c2d3e4f5",
                    title="Een vaste job als magazijnier",
                    status=GoalStatus.REACHED,
                    steps=(
                        Step(
                            id=STEP_ID,
                            text="Het attest van de opleiding afhalen",
                            owner=Owner.CLIENT,
                            status=StepStatus.PLANNED,
                            due_on=date(2026, 12, 1),
                        ),
                    ),
                ),
            ),
            aftercare=Aftercare(
                contact_moments=(
                    AftercareMoment(
                        on=date(2026, 11, 20),
                        kind=AftercareKind.PHONE,
                        who_initiates=Initiator.COACH,
                        done=False,
                    ),
                )
            ),
        )
    )
    return demo_workspace


def expected(workspace: Workspace) -> dict[str, DueStatus]:
    items = DueItemsService(workspace.vault).between(date(2026, 11, 1), date(2026, 12, 31))
    return {i.id: i.status for i in items if i.client_id == CLIENT_ID}


def test_domain_due_has_the_four_items(with_dossier: Workspace) -> None:
    assert expected(with_dossier) == {
        AFTERCARE_ID: DueStatus.OVERDUE,
        STEP_ID: DueStatus.PLANNED,
        REFERRAL_ID: DueStatus.PLANNED,
        MEETING_ID: DueStatus.PLANNED,
    }


@pytest.fixture
def agenda(
    qtbot, with_dossier: Workspace, runner: TaskRunner, events: DataEvents, fixed_clock: FixedClock
) -> Iterator[AgendaView]:
    view = AgendaView(with_dossier, runner, events, fixed_clock)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.clear()
    runner.wait()


def agenda_rows(view: AgendaView) -> dict[str, bool]:
    proxy = view.proxy
    out = {}
    for row in range(proxy.rowCount()):
        index = proxy.index(row, COL_DAY)
        # The due items; the reminder task of the day before is the agenda's own.
        if index.data(CLIENT_ID_ROLE) == CLIENT_ID and index.data(KIND_ROLE) != "herinnering":
            out[index.data(REF_ID_ROLE)] = bool(index.data(OVERDUE_ROLE))
    return out


def test_the_agenda_shows_them_and_keeps_the_overdue_call_on_top(
    qtbot, agenda: AgendaView, with_dossier: Workspace
) -> None:
    shown: dict[str, bool] = {}
    for monday in (date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7)):
        with qtbot.waitSignal(agenda.controller.loaded, timeout=10_000):
            agenda.show_week_of(monday)
        rows = agenda_rows(agenda)
        # The call of 20 November stays in every week from now on, marked late.
        assert rows[AFTERCARE_ID] is True
        assert agenda.proxy.index(0, COL_DAY).data(OVERDUE_ROLE) is True
        shown |= rows
    late = {i: s is DueStatus.OVERDUE for i, s in expected(with_dossier).items()}
    assert shown == late


def test_the_overview_shows_the_same(
    qtbot, dossier_view: DossierWorkspace, with_dossier: Workspace
) -> None:
    open_dossier(qtbot, dossier_view, CLIENT_ID)
    overview = dossier_view.overview
    wait_for(qtbot, lambda: overview.appointments.rowCount() > 0)
    model: AppointmentModel = overview.appointments
    appointments: list[AgendaItem] = [model.record_at(r) for r in range(model.rowCount())]
    steps: list[OpenStep] = [overview.steps.record_at(r) for r in range(overview.steps.rowCount())]
    due = expected(with_dossier)
    shown = {a.ref_id: a.overdue for a in appointments} | {s.step.id: s.overdue for s in steps}
    assert shown == {i: s is DueStatus.OVERDUE for i, s in due.items()}
    # The overdue call first, in words and colour.
    first = model.index(0, AppointmentModel.COL_AT)
    assert appointments[0].ref_id == AFTERCARE_ID
    assert first.data().endswith("te laat")
    assert first.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert overview.late_appointments.text() == "⚠ 1 te laat"


def test_the_client_list_names_the_same_next_appointment_and_marks_the_late_call(
    qtbot,
    with_dossier: Workspace,
    runner: TaskRunner,
    events: DataEvents,
    dialogs: FakeDialogs,
    fixed_clock: FixedClock,
) -> None:
    panel = ClientsPanel(fixed_clock)
    panel.attach(with_dossier, runner, events, dialogs)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    wait_for(qtbot, lambda: panel.model.row_of(CLIENT_ID) >= 0)
    # The names come first; the marks of what is due follow in a second read.
    wait_for(qtbot, lambda: panel.model.client_at(panel.model.row_of(CLIENT_ID)).late > 0)
    row = panel.model.row_of(CLIENT_ID)
    summary = panel.model.client_at(row)
    # The referral appointment of 2 December comes before the round-table of the 10th.
    assert summary.next_appointment == REFERRAL_AT
    assert summary.late == 1
    cell = panel.model.index(row, COL_NEXT_APPOINTMENT)
    assert cell.data() == "⚠ 02/12"  # short: a narrow list keeps the names readable
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("te laat; 02/12/2026")
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == LATE_COLOUR
    assert "1 afspraak of taak is voorbij" in cell.data(Qt.ItemDataRole.ToolTipRole)
    due = [
        i
        for i in DueItemsService(with_dossier.vault).between(date(2026, 11, 28), date(2026, 12, 31))
        if i.client_id == CLIENT_ID and i.kind is not DueKind.STEP
    ]
    assert min(i.starts for i in due if i.status is DueStatus.PLANNED) == REFERRAL_AT
    panel.clear()
    runner.wait()


def test_the_reminder_the_referral_sheet_promises_is_a_task_the_day_before(
    qtbot, agenda: AgendaView, with_dossier: Workspace
) -> None:
    client = with_dossier.dossiers.get(CLIENT_ID).client
    with_dossier.dossiers.save(
        replace(
            with_dossier.dossiers.get(CLIENT_ID),
            client=replace(client, reminder_preference=ReminderPreference.SMS),
        )
    )
    with qtbot.waitSignal(agenda.controller.loaded, timeout=10_000):
        agenda.show_week_of(date(2026, 11, 30))
    proxy = agenda.proxy
    reminders = [
        row
        for row in range(proxy.rowCount())
        if proxy.index(row, COL_DAY).data(KIND_ROLE) == AgendaKind.REMINDER.value
    ]
    assert len(reminders) == 1
    (row,) = reminders
    assert proxy.index(row, COL_DAY).data() == "di 1 dec"  # the day before 2 December
    assert proxy.index(row, COL_WHAT).data() == "Herinnering"
    text = proxy.index(row, COL_TEXT).data()
    assert text.startswith("Herinnering sturen aan Mira Van Acker voor de afspraak van morgen")
    assert text.endswith("(per sms)")

    # Without a reminder asked on the appointment, the sheet promises none: no task.
    dossier = with_dossier.dossiers.get(CLIENT_ID)
    (referral,) = dossier.referrals
    assert referral.appointment is not None
    no_reminder = replace(referral.appointment, reminder_wanted=False)
    with_dossier.dossiers.save(
        replace(dossier, referrals=(replace(referral, appointment=no_reminder),))
    )
    items = with_dossier.agenda.between(date(2026, 11, 30), date(2026, 12, 6))
    assert not [i for i in items if i.kind is AgendaKind.REMINDER]
