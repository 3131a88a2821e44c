"""Which planned contact is happening now (domain/conversation.py): the moment to offer
conversation mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from genwerkt_desktop.domain.conversation import AFTER, BEFORE, contact_now, is_now
from genwerkt_desktop.domain.enums import ContactKind, ContactOutcome
from genwerkt_desktop.domain.model import Contact

WINTER = timezone(timedelta(hours=1))
AT = datetime(2026, 12, 3, 10, 0, tzinfo=WINTER)


def planned(
    at: datetime = AT,
    kind: ContactKind = ContactKind.CONVERSATION,
    *,
    id: str = "k1",
    planned: bool | None = True,
    outcome: ContactOutcome | None = None,
) -> Contact:
    return Contact(id=id, at=at, kind=kind, planned=planned, outcome=outcome)


@pytest.mark.parametrize(
    ("offset", "now"),
    [
        (-BEFORE - timedelta(minutes=1), False),
        (-BEFORE, True),
        (timedelta(0), True),
        (AFTER, True),
        (AFTER + timedelta(minutes=1), False),
        (timedelta(days=1), False),
    ],
)
def test_a_planned_contact_is_now_from_a_little_before_until_well_after(
    offset: timedelta, now: bool
) -> None:
    assert is_now(planned(), AT + offset) is now


def test_a_home_visit_counts_and_a_phone_call_does_not() -> None:
    assert is_now(planned(kind=ContactKind.HOME_VISIT), AT)
    assert not is_now(planned(kind=ContactKind.PHONE), AT)


def test_a_contact_that_took_place_or_was_missed_is_over() -> None:
    assert not is_now(planned(planned=False), AT)
    assert not is_now(planned(planned=None), AT)
    assert not is_now(planned(outcome=ContactOutcome.HELD), AT)
    assert not is_now(planned(outcome=ContactOutcome.NO_SHOW), AT)
    assert is_now(planned(outcome=ContactOutcome.MOVED), AT)  # moved to this moment


def test_a_moment_without_offset_is_belgian_time() -> None:
    naive = planned(at=datetime(2026, 12, 3, 10, 0))
    assert is_now(naive, datetime(2026, 12, 3, 9, 5, tzinfo=UTC))  # 10.05 in Brussels


def test_the_nearest_of_two_is_chosen_and_none_when_nothing_is_now() -> None:
    early = planned(at=AT - timedelta(minutes=60), id="early")
    next_one = planned(at=AT + timedelta(minutes=10), id="next")
    assert contact_now([early, next_one], AT) == next_one
    assert contact_now([early, next_one], AT - timedelta(hours=3)) is None
    assert contact_now([], AT) is None
