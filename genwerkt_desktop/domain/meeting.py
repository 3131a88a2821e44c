"""Meetings around the client: their agreements, and how one becomes a step of the POP.

After a cliëntoverleg the agreements are what counts.  Turning one into a POP step keeps
the words, the person and the date; the owner (client, coach, network, partner) is a
first guess from the name, which the coach can change before saving.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from .belgian_time import in_brussels
from .enums import GoalStatus, LifeDomain, Owner, StepStatus
from .model import Agreement, Client, Goal, Meeting, Step
from .text import fold


@dataclass(frozen=True)
class PlacedAgreement:
    """An agreement with where it sits: the theme's position and its own."""

    theme_index: int
    index: int
    theme: str
    agreement: Agreement


def has_taken_place(meeting: Meeting, now: datetime) -> bool:
    """True once the meeting's hour has passed by ``now``, or as soon as agreements are
    written down (the coach may note them before the clock says it is over)."""
    return in_brussels(meeting.at) <= in_brussels(now) or any(
        theme.agreements for theme in meeting.themes
    )


def agreements_of(meeting: Meeting) -> tuple[PlacedAgreement, ...]:
    return tuple(
        PlacedAgreement(t, a, theme.title, agreement)
        for t, theme in enumerate(meeting.themes)
        for a, agreement in enumerate(theme.agreements)
    )


def guess_owner(who: str | None, client: Client, meeting: Meeting) -> Owner:
    """Whose step it is, judged from the name in "who".

    The client comes first (a shared task is still the client's own step); then the
    coach (the client's coach or the meeting's coordinator); then someone at the table
    for a service (partner) or without one (network).  An unknown name is a partner.
    """
    if not who or not who.strip():
        return Owner.COACH
    said = fold(who)

    def named(name: str | None) -> bool:
        return bool(name and name.strip()) and fold(name or "").split()[0] in said.split()

    if named(client.first_name) or named(client.preferred_name):
        return Owner.CLIENT
    if named(client.coach) or named(meeting.coordinator):
        return Owner.COACH
    for person in meeting.participants:
        if named(person.name):
            return Owner.PARTNER if person.organisation_id else Owner.NETWORK
    return Owner.PARTNER


def step_from_agreement(step_id: str, agreement: Agreement, owner: Owner) -> Step:
    return Step(
        id=step_id,
        text=agreement.what.strip(),
        owner=owner,
        status=StepStatus.PLANNED,
        owner_name=(agreement.who or "").strip() or None,
        due_on=agreement.due_on,
    )


def with_step(goal: Goal, step: Step) -> Goal:
    """The goal with ``step`` added at the end of its steps."""
    return replace(goal, steps=(*goal.steps, step))


def new_goal(goal_id: str, title: str, domain: LifeDomain | None, step: Step) -> Goal:
    """A fresh goal holding one first step; the client's words are still to be asked."""
    return Goal(
        id=goal_id, title=title.strip(), status=GoalStatus.OPEN, domain=domain, steps=(step,)
    )
