"""What is due in one dossier (domain/due.py), on a fixed ``now``."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from genwerkt_desktop.domain.due import (
    DueItem,
    DueKind,
    DueStatus,
    belgian_today,
    due_items,
    in_period,
)
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ContactKind,
    ContactOutcome,
    GoalStatus,
    MeetingKind,
    Owner,
    ReferralStatus,
    StepStatus,
)
from genwerkt_desktop.domain.model import (
    Aftercare,
    AftercareMoment,
    Agreement,
    Appointment,
    Client,
    Contact,
    Dossier,
    Goal,
    Meeting,
    Organisation,
    Referral,
    ReferralStep,
    Step,
    Theme,
)

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # 10.30 in Brussels
CLIENT = Client(id="c-1", first_name="Ayşe", last_name="Yılmaz")


def dossier(**parts: object) -> Dossier:
    return Dossier(client=CLIENT, **parts)  # type: ignore[arg-type]


def only(items: tuple[DueItem, ...]) -> DueItem:
    assert len(items) == 1, items
    return items[0]


def contact(at: datetime, planned: bool | None = True, id: str = "k1") -> Contact:
    return Contact(id=id, at=at, kind=ContactKind.HOME_VISIT, place="Thuis", planned=planned)


def step(due_on: date | None, status: StepStatus = StepStatus.IN_PROGRESS, id: str = "s1") -> Step:
    return Step(id=id, text="Bellen naar de VDAB", owner=Owner.COACH, status=status, due_on=due_on)


def goal(*steps: Step, status: GoalStatus = GoalStatus.IN_PROGRESS) -> Goal:
    return Goal(id="g1", title="Werk vinden", status=status, steps=steps)


def referral(at: datetime | None, first_contact_done: bool = False) -> Referral:
    return Referral(
        id="r1",
        organisation_id="o1",
        status=ReferralStatus.ONGOING,
        need="Schuldhulp",
        steps=(ReferralStep(step=6, done=first_contact_done),),
        appointment=Appointment(at=at) if at else None,
    )


def moments(*moments: AftercareMoment) -> Aftercare:
    return Aftercare(contact_moments=moments)


# --- each kind -------------------------------------------------------------------------


def test_a_planned_contact_in_the_future_is_planned_with_its_kind_and_place() -> None:
    at = datetime(2026, 3, 12, 14, 0, tzinfo=WINTER)
    item = only(due_items(dossier(contacts=(contact(at),)), NOW))
    assert item == DueItem(
        DueKind.CONTACT, "k1", "c-1", at, "huisbezoek – Thuis", DueStatus.PLANNED
    )


def test_only_contacts_marked_planned_are_due() -> None:
    at = datetime(2026, 3, 12, 14, 0, tzinfo=WINTER)
    notes = (contact(at, planned=False, id="a"), contact(at, planned=None, id="b"))
    assert due_items(dossier(contacts=notes), NOW) == ()


def test_a_planned_contact_whose_moment_passed_is_overdue() -> None:
    # Until the coach records what became of it.
    item = only(due_items(dossier(contacts=(contact(NOW - timedelta(days=1)),)), NOW))
    assert item.status is DueStatus.OVERDUE


def test_a_contact_the_client_did_not_come_to_is_missed_not_overdue() -> None:
    past = replace(contact(NOW - timedelta(days=1)), outcome=ContactOutcome.NO_SHOW)
    item = only(due_items(dossier(contacts=(past,)), NOW))
    assert (item.id, item.status) == ("k1", DueStatus.MISSED)


def test_a_contact_that_took_place_is_done_and_one_moved_counts_from_its_new_moment() -> None:
    held = replace(contact(NOW - timedelta(days=1), id="a"), outcome=ContactOutcome.HELD)
    moved = replace(contact(NOW + timedelta(days=2), id="b"), outcome=ContactOutcome.MOVED)
    moved_past = replace(contact(NOW - timedelta(days=2), id="c"), outcome=ContactOutcome.MOVED)
    items = due_items(dossier(contacts=(held, moved, moved_past)), NOW)
    assert [(i.id, i.status) for i in items] == [
        ("a", DueStatus.DONE),
        ("b", DueStatus.PLANNED),
        ("c", DueStatus.OVERDUE),
    ]


def test_a_meeting_is_titled_by_its_purpose_else_its_kind() -> None:
    at = datetime(2026, 3, 20, 10, 0, tzinfo=WINTER)
    with_purpose = Meeting(id="m1", at=at, purpose="Samen een plan voor de schulden\nmeer")
    bare = Meeting(id="m2", at=at - timedelta(days=30), kind=MeetingKind.ROUND_TABLE)
    first, second = due_items(dossier(meetings=(with_purpose, bare)), NOW)
    assert (first.kind, first.id, first.title, first.status) == (
        DueKind.MEETING,
        "m1",
        "Samen een plan voor de schulden",
        DueStatus.PLANNED,
    )
    assert (second.title, second.status) == ("rondetafel", DueStatus.OVERDUE)


def test_a_past_meeting_is_done_once_its_agreements_are_written_down() -> None:
    at = NOW - timedelta(days=20)
    reported = Meeting(
        id="m1",
        at=at,
        themes=(Theme("Huur", agreements=(Agreement("Afbetalingsplan opmaken", "Nadia"),)),),
    )
    silent = Meeting(id="m2", at=at, themes=(Theme("Huur"),))
    statuses = {i.id: i.status for i in due_items(dossier(meetings=(reported, silent)), NOW)}
    # Without its agreements in the dossier, what was agreed still has to be written down.
    assert statuses == {"m1": DueStatus.DONE, "m2": DueStatus.OVERDUE}


def test_a_referral_appointment_carries_the_organisation_name_when_the_dossier_has_it() -> None:
    at = datetime(2026, 3, 11, 10, 30, tzinfo=WINTER)
    with_name = dossier(
        referrals=(referral(at),), organisations=(Organisation(id="o1", name="CAW Oost"),)
    )
    item = only(due_items(with_name, NOW))
    assert (item.kind, item.id, item.at, item.title, item.status) == (
        DueKind.REFERRAL,
        "r1",
        at,
        "CAW Oost",
        DueStatus.PLANNED,
    )
    assert only(due_items(dossier(referrals=(referral(at),)), NOW)).title == "Schuldhulp"


def test_a_referral_appointment_is_done_once_the_first_contact_is_ticked() -> None:
    at = datetime(2026, 3, 2, 10, 30, tzinfo=WINTER)
    kept = only(due_items(dossier(referrals=(referral(at, first_contact_done=True),)), NOW))
    open_ = only(due_items(dossier(referrals=(referral(at),)), NOW))
    assert (kept.status, open_.status) == (DueStatus.DONE, DueStatus.OVERDUE)


def test_a_referral_without_an_appointment_is_not_due() -> None:
    assert due_items(dossier(referrals=(referral(None),)), NOW) == ()


def test_aftercare_moments_have_a_day_a_stable_id_and_each_status() -> None:
    plan = moments(
        AftercareMoment(on=date(2026, 2, 20), kind=AftercareKind.PHONE, done=True),
        AftercareMoment(on=date(2026, 3, 2), kind=AftercareKind.PHONE),
        AftercareMoment(on=date(2026, 3, 2), done=False),
        AftercareMoment(on=date(2026, 4, 1), kind=AftercareKind.HOME_VISIT),
    )
    items = due_items(dossier(aftercare=plan), NOW)
    assert [(i.kind, i.id, i.at, i.title, i.status) for i in items] == [
        (DueKind.AFTERCARE, "aftercare-2026-02-20", date(2026, 2, 20), "telefoon", DueStatus.DONE),
        (
            DueKind.AFTERCARE,
            "aftercare-2026-03-02",
            date(2026, 3, 2),
            "telefoon",
            DueStatus.OVERDUE,
        ),
        (
            DueKind.AFTERCARE,
            "aftercare-2026-03-02-2",
            date(2026, 3, 2),
            "nazorg",
            DueStatus.OVERDUE,
        ),
        (
            DueKind.AFTERCARE,
            "aftercare-2026-04-01",
            date(2026, 4, 1),
            "huisbezoek",
            DueStatus.PLANNED,
        ),
    ]


def test_an_unticked_aftercare_call_in_the_past_is_overdue() -> None:
    plan = moments(AftercareMoment(on=date(2026, 3, 9), kind=AftercareKind.PHONE))
    assert only(due_items(dossier(aftercare=plan), NOW)).status is DueStatus.OVERDUE


def test_open_steps_are_due_and_done_or_undated_ones_are_not() -> None:
    steps = (
        step(date(2026, 3, 20), StepStatus.PLANNED, id="planned"),
        step(date(2026, 3, 1), StepStatus.IN_PROGRESS, id="late"),
        step(date(2026, 3, 10), StepStatus.PLANNED, id="today"),
        step(date(2026, 3, 1), StepStatus.DONE, id="done"),
        step(None, StepStatus.PLANNED, id="undated"),
    )
    items = due_items(dossier(goals=(goal(*steps),)), NOW)
    assert [(i.kind, i.id, i.at, i.title, i.status) for i in items] == [
        (DueKind.STEP, "planned", date(2026, 3, 20), "Bellen naar de VDAB", DueStatus.PLANNED),
        (DueKind.STEP, "late", date(2026, 3, 1), "Bellen naar de VDAB", DueStatus.OVERDUE),
        (DueKind.STEP, "today", date(2026, 3, 10), "Bellen naar de VDAB", DueStatus.PLANNED),
    ]


def test_a_step_in_progress_under_a_reached_goal_is_still_due_and_overdue() -> None:
    reached = goal(step(date(2026, 2, 1)), status=GoalStatus.REACHED)
    item = only(due_items(dossier(goals=(reached,)), NOW))
    assert (item.kind, item.id, item.status) == (DueKind.STEP, "s1", DueStatus.OVERDUE)


def test_steps_under_an_adjusted_goal_are_still_due() -> None:
    adjusted = goal(step(date(2026, 3, 30), StepStatus.PLANNED), status=GoalStatus.ADJUSTED)
    assert only(due_items(dossier(goals=(adjusted,)), NOW)).status is DueStatus.PLANNED


# --- time zones ------------------------------------------------------------------------


def test_an_appointment_keeps_its_offset_and_compares_as_an_instant() -> None:
    one_hour = datetime(2026, 3, 10, 10, 29, tzinfo=WINTER)  # 09:29Z: a minute ago
    later = datetime(2026, 3, 10, 11, 31, tzinfo=SUMMER)  # 09:31Z: in a minute
    items = due_items(dossier(contacts=(contact(one_hour, id="a"), contact(later, id="b"))), NOW)
    assert [(i.at.utcoffset(), i.status) for i in items] == [  # type: ignore[union-attr]
        (timedelta(hours=1), DueStatus.OVERDUE),
        (timedelta(hours=2), DueStatus.PLANNED),
    ]


def test_an_appointment_exactly_now_is_planned_whatever_its_offset() -> None:
    same_instant = (
        datetime(2026, 3, 10, 10, 30, tzinfo=WINTER),
        datetime(2026, 3, 10, 11, 30, tzinfo=SUMMER),
        datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
    )
    contacts = tuple(contact(at, id=str(n)) for n, at in enumerate(same_instant))
    items = due_items(dossier(contacts=contacts), NOW)
    assert {i.status for i in items} == {DueStatus.PLANNED}
    assert len({i.starts for i in items}) == 1


def test_a_day_is_past_from_the_next_day_in_brussels_not_in_utc() -> None:
    late_evening_utc = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)  # 11 March 00.30 in Brussels
    assert belgian_today(late_evening_utc) == date(2026, 3, 11)
    plan = moments(AftercareMoment(on=date(2026, 3, 10), kind=AftercareKind.PHONE))
    assert only(due_items(dossier(aftercare=plan), late_evening_utc)).status is (DueStatus.OVERDUE)
    assert only(due_items(dossier(aftercare=plan), NOW)).status is DueStatus.PLANNED


def test_summer_time_starts_late_march() -> None:
    # 29 March 2026: Brussels goes from +01:00 to +02:00 at 01:00Z.
    now = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    at = datetime(2026, 3, 29, 3, 30, tzinfo=SUMMER)  # the same instant
    before = datetime(2026, 3, 29, 1, 59, tzinfo=WINTER)  # 00:59Z, just before the switch
    items = due_items(dossier(contacts=(contact(at, id="a"), contact(before, id="b"))), now)
    assert [i.status for i in items] == [DueStatus.PLANNED, DueStatus.OVERDUE]
    assert [i.day for i in items] == [date(2026, 3, 29), date(2026, 3, 29)]


def test_the_same_wall_time_twice_when_summer_time_ends_in_october() -> None:
    # 25 October 2026: 02.30 happens twice in Brussels, an hour apart.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=SUMMER)  # 00:30Z
    second = datetime(2026, 10, 25, 2, 30, tzinfo=WINTER)  # 01:30Z
    now = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    items = due_items(dossier(contacts=(contact(second, id="b"), contact(first, id="a"))), now)
    assert [(i.id, i.status) for i in items] == [
        ("b", DueStatus.PLANNED),
        ("a", DueStatus.OVERDUE),
    ]
    assert [i.id for i in in_period(items, date(2026, 10, 25), date(2026, 10, 25))] == ["a", "b"]


def test_the_belgian_day_decides_the_period_and_the_order_is_by_instant() -> None:
    night = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)  # 1 April 01.30 in Brussels
    morning = datetime(2026, 4, 1, 9, 0, tzinfo=SUMMER)
    plan = moments(AftercareMoment(on=date(2026, 4, 1)), AftercareMoment(on=date(2026, 4, 2)))
    items = due_items(
        dossier(
            contacts=(contact(morning, id="morning"), contact(night, id="night")), aftercare=plan
        ),
        NOW,
    )
    period = in_period(items, date(2026, 4, 1), date(2026, 4, 1))
    assert [i.id for i in period] == ["aftercare-2026-04-01", "night", "morning"]
    assert [i.id for i in in_period(items, date(2026, 3, 31), date(2026, 3, 31))] == []
    assert len(in_period(items, date(2026, 4, 1), date(2026, 4, 2))) == 4


def test_a_step_is_titled_by_its_first_line_whatever_ends_that_line() -> None:
    """The title is the text's first non-blank line (as ``str.splitlines`` sees lines),
    cut at 80 characters: found without splitting the whole text."""
    texts = [
        "Bellen naar de VDAB",
        "  Bellen\nnaar de VDAB  ",
        "Bellen\r\nnaar de VDAB",
        "Bellen\rnaar",
        "Bellen\u2028naar",
        "Bellen\x0cnaar\x85verder",
        "\n\n  Bellen  \n",
        "x" * 79,
        "x" * 200 + "\nrest",
        "woord " * 40,
        "   ",
    ]
    steps = tuple(step(date(2026, 3, 20), id=f"s{n}") for n in range(len(texts)))
    steps = tuple(replace(s, text=t) for s, t in zip(steps, texts, strict=True))
    items = due_items(dossier(goals=(goal(*steps),)), NOW)

    def first_line(text: str) -> str:
        line = text.strip().splitlines()[0].strip() if text.strip() else ""
        return line if len(line) <= 80 else line[:79].rstrip() + "…"

    assert [i.title for i in items] == [first_line(t) or "stap" for t in texts]
    assert items[1].title == "Bellen" and items[8].title == "x" * 79 + "…"
