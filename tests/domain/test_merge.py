"""A save lays the coach's edits over what changed elsewhere; it never writes back stale."""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.domain.merge import merge
from genwerkt_desktop.domain.model import Aftercare, AftercareMoment

BASE = Aftercare(
    starts_on=date(2026, 12, 1),
    contact_moments=(AftercareMoment(date(2026, 12, 10)), AftercareMoment(date(2027, 1, 10))),
    signals_to_watch=("Slaapt slecht",),
)


def test_a_tick_elsewhere_and_a_text_here_both_survive() -> None:
    ticked = Aftercare(
        starts_on=BASE.starts_on,
        contact_moments=(
            AftercareMoment(date(2026, 12, 10), done=True),
            BASE.contact_moments[1],
        ),
        signals_to_watch=BASE.signals_to_watch,
    )
    edited = Aftercare(
        starts_on=BASE.starts_on,
        contact_moments=BASE.contact_moments,
        signals_to_watch=("Slaapt slecht", "Zegt afspraken af"),
    )
    merged = merge(BASE, edited, ticked)
    assert merged.value.contact_moments[0].done is True
    assert merged.value.signals_to_watch == ("Slaapt slecht", "Zegt afspraken af")
    assert merged.taken == (".contact_moments",)  # only the agenda touched them
    assert merged.conflicts == ()


def test_the_same_field_changed_twice_keeps_the_coach_value_and_says_so() -> None:
    here = Aftercare(starts_on=date(2026, 12, 2), contact_moments=BASE.contact_moments)
    there = Aftercare(starts_on=date(2026, 12, 3), contact_moments=BASE.contact_moments)
    merged = merge(BASE, here, there)
    assert merged.value.starts_on == date(2026, 12, 2)
    assert merged.conflicts == (".starts_on",)


def test_nothing_changed_elsewhere_is_just_the_coach_version() -> None:
    here = Aftercare(starts_on=date(2026, 12, 2))
    merged = merge(BASE, here, BASE)
    assert merged.value == here and not merged.changed_elsewhere
