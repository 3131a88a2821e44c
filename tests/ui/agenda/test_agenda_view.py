"""The agenda on the demo dossiers: what is overdue first, week navigation, opening a
dossier."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from genwerkt_desktop.services.agenda import AgendaKind
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.agenda import AgendaView
from genwerkt_desktop.ui.agenda.model import (
    CLIENT_ID_ROLE,
    COL_CLIENT,
    COL_DAY,
    COL_TEXT,
    COL_TIME,
    COL_WHAT,
    KIND_ROLE,
    OVERDUE_ROLE,
)
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from tests.ui.agenda.widget_texts import leaks
from tests.ui.conftest import demo_client_names

ALT = Qt.KeyboardModifier.AltModifier


def load(qtbot, view: AgendaView, action=None) -> None:
    """Run ``action`` (default: load) and wait until the agenda shows its outcome."""
    with qtbot.waitSignal(view.controller.loaded, timeout=10_000):
        (action or view.load)()


def rows(view: AgendaView) -> list[dict[str, Any]]:
    proxy = view.proxy
    out = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, COL_DAY)
        out.append(
            {
                "day": index.data(),
                "time": proxy.index(row, COL_TIME).data(),
                "client": proxy.index(row, COL_CLIENT).data(),
                "what": proxy.index(row, COL_WHAT).data(),
                "text": proxy.index(row, COL_TEXT).data(),
                "overdue": index.data(OVERDUE_ROLE),
                "kind": index.data(KIND_ROLE),
                "client_id": index.data(CLIENT_ID_ROLE),
                "colour": proxy.index(row, COL_WHAT).data(Qt.ItemDataRole.ForegroundRole),
            }
        )
    return out


def client_ids(workspace: Workspace) -> dict[str, str]:
    return {c.display_name: c.id for c in workspace.dossiers.list_clients()}


def test_this_week_lists_what_is_overdue_first_marked_te_laat(qtbot, agenda: AgendaView):
    load(qtbot, agenda)

    period = agenda.period()
    assert (period.first, period.last) == (date(2026, 11, 23), date(2026, 11, 29))
    assert agenda.week_button.isChecked()
    assert "23 – 29 november 2026" in agenda.period_label.text()
    shown = rows(agenda)
    assert len(shown) == 4
    assert all(r["overdue"] for r in shown)
    # Open steps stay overdue weeks after their own week; the round-table of September
    # is done (its agreements are in the dossier) and stays in its own week.
    assert [r["day"] for r in shown] == [
        "zo 15 nov",
        "wo 18 nov",
        "vr 20 nov",
        "wo 25 nov",
    ]
    assert shown[0]["kind"] == AgendaKind.STEP_OVERDUE
    for r in shown:
        assert r["time"] == "te laat"  # the word, not only the colour
        assert r["colour"] is not None and r["colour"].color() == QColor("#9b2226")
    assert all(r["what"] == "Stap te laat" for r in shown[1:])
    assert agenda.overdue_banner.isVisibleTo(agenda)
    assert "te laat" in agenda.overdue_banner.text().lower()
    # Nothing else this week: a calm sentence under what is overdue.
    assert agenda.calm_label.isVisibleTo(agenda)
    assert agenda.calm_label.text() == (
        "Buiten wat achterstallig is, staat er deze week niets gepland."
    )


def test_overdue_steps_stay_on_top_whatever_the_sort(qtbot, agenda: AgendaView):
    load(qtbot, agenda, lambda: agenda.show_week_of(date(2026, 12, 7)))
    for column in (COL_DAY, COL_TIME, COL_CLIENT, COL_WHAT, COL_TEXT):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            agenda.table.sortByColumn(column, order)
            flags = [r["overdue"] for r in rows(agenda)]
            assert flags == sorted(flags, reverse=True), (column, order)
            overdue_days = [r["day"] for r in rows(agenda) if r["overdue"]]
            assert overdue_days[0] == "zo 15 nov"


def test_the_week_of_7_december_shows_the_referral_and_the_planned_contacts(
    qtbot, agenda: AgendaView, demo_workspace: Workspace
):
    load(qtbot, agenda)
    agenda.table.setFocus()
    # Two weeks on, by keyboard.
    load(qtbot, agenda, lambda: qtbot.keyClick(agenda.table, Qt.Key.Key_Right, ALT))
    assert agenda.period().first == date(2026, 11, 30)
    load(qtbot, agenda, lambda: qtbot.keyClick(agenda.table, Qt.Key.Key_Right, ALT))
    assert (agenda.period().first, agenda.period().last) == (date(2026, 12, 7), date(2026, 12, 13))
    assert "7 – 13 december 2026" in agenda.period_label.text()
    assert not agenda.week_button.isChecked()  # not "this week" any more

    lukasz = client_ids(demo_workspace)["Łukasz Wróblewski"]
    shown = rows(agenda)
    referral = [r for r in shown if r["kind"] == AgendaKind.REFERRAL_APPOINTMENT]
    assert len(referral) == 1
    assert referral[0]["day"] == "wo 9 dec"
    assert referral[0]["time"] == "10:00"
    assert referral[0]["client"] == "Łukasz Wróblewski"
    assert referral[0]["client_id"] == lukasz
    assert referral[0]["what"] == "Eerste afspraak"
    assert "Schuldhulp Oost" in referral[0]["text"]

    planned = [(r["day"], r["time"]) for r in shown if r["kind"] == AgendaKind.APPOINTMENT]
    assert planned == [("wo 9 dec", "10:00"), ("do 10 dec", "14:00")]
    assert all(r["what"] == "Afspraak" for r in shown if r["kind"] == AgendaKind.APPOINTMENT)
    # What is overdue stays on top, then this week in order of day and hour.
    assert [r["overdue"] for r in shown[:4]] == [True] * 4
    assert not any(r["overdue"] for r in shown[4:])
    assert shown[4]["day"] == "di 8 dec"
    assert not agenda.calm_label.isVisibleTo(agenda)

    # And back again by keyboard to this week.
    load(qtbot, agenda, lambda: qtbot.keyClick(agenda.table, Qt.Key.Key_Left, ALT))
    load(qtbot, agenda, lambda: qtbot.keyClick(agenda.table, Qt.Key.Key_Left, ALT))
    assert agenda.period().first == date(2026, 11, 23)
    assert agenda.week_button.isChecked()


def test_activating_a_row_opens_that_clients_dossier(
    qtbot, agenda: AgendaView, demo_workspace: Workspace
):
    ids = client_ids(demo_workspace)
    load(qtbot, agenda, lambda: agenda.show_week_of(date(2026, 12, 9)))
    shown = rows(agenda)
    referral_row = next(
        i for i, r in enumerate(shown) if r["kind"] == AgendaKind.REFERRAL_APPOINTMENT
    )
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(agenda.proxy.index(referral_row, COL_CLIENT))
    with qtbot.waitSignal(agenda.open_dossier) as opened:
        qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    assert opened.args == [ids["Łukasz Wróblewski"]]

    ayse_row = next(i for i, r in enumerate(shown) if r["client"] == "Ayşe Yılmaz")
    rect = agenda.table.visualRect(agenda.proxy.index(ayse_row, COL_TEXT))
    viewport = agenda.table.viewport()
    with qtbot.waitSignal(agenda.open_dossier) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [ids["Ayşe Yılmaz"]]


def test_today_without_appointments_says_so_calmly(qtbot, agenda: AgendaView):
    load(qtbot, agenda, lambda: qtbot.keyClick(agenda, Qt.Key.Key_V, ALT))
    assert agenda.today_button.isChecked()
    assert (agenda.period().first, agenda.period().last) == (date(2026, 11, 28),) * 2
    assert agenda.period_label.text() == "Vandaag · zaterdag 28 november 2026"
    assert agenda.calm_label.isVisibleTo(agenda)
    assert agenda.calm_label.text() == (
        "Buiten wat achterstallig is, staat er vandaag niets gepland."
    )
    assert agenda.model.planned_count() == 0
    # Three days on (Tuesday 1 December): the next day buttons step one day.
    for _ in range(3):
        load(qtbot, agenda, agenda.next_button.click)
    assert agenda.period().first == date(2026, 12, 1)
    assert agenda.period_label.text() == "Dinsdag 1 december 2026"


def test_any_change_reloads_until_cleared(qtbot, agenda: AgendaView, events: DataEvents):
    load(qtbot, agenda)
    load(qtbot, agenda, lambda: events.emit_change(ChangeKind.DOSSIER, "someone"))
    agenda.clear()
    with qtbot.assertNotEmitted(agenda.controller.loaded, wait=300):
        events.emit_change(ChangeKind.CLIENTS)
    assert agenda.model.rowCount() == 0


def test_clear_leaves_no_client_data_anywhere(qtbot, agenda: AgendaView, demo_workspace: Workspace):
    load(qtbot, agenda, lambda: agenda.show_week_of(date(2026, 12, 9)))
    shown = rows(agenda)
    secrets = [*demo_client_names(), *(r["text"] for r in shown), *(r["client"] for r in shown)]
    assert leaks(agenda, secrets)  # the check sees them while they are shown

    agenda.clear()

    assert agenda.model.rowCount() == 0
    assert agenda.proxy.rowCount() == 0
    assert leaks(agenda, secrets) == []
    assert agenda.commit_pending() is True


def test_clear_drops_a_load_that_is_still_running(qtbot, agenda: AgendaView, runner):
    with qtbot.assertNotEmitted(agenda.controller.loaded, wait=300):
        agenda.load()
        agenda.clear()
        runner.wait()
    assert agenda.model.rowCount() == 0


def test_tab_order_and_names_for_the_keyboard(agenda: AgendaView):
    wanted = [
        agenda.today_button,
        agenda.week_button,
        agenda.previous_button,
        agenda.next_button,
        agenda.table,
    ]
    chain = []
    widget = agenda.today_button.nextInFocusChain()
    while widget is not agenda.today_button and len(chain) < 200:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(w) for w in wanted[1:]]
    assert positions == sorted(positions)
    for w in wanted:
        assert w.accessibleName()
    assert "&" in agenda.today_button.text() and "&" in agenda.next_button.text()
