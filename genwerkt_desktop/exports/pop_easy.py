"""The step plan (POP) in easy-read Dutch (makkelijk lezen): one page, large type.

What stands on the page, in this order, ranked from what matters most (rank 1) to what
is left out first when the page is full (see :mod:`easy_read` for how):

1. **Je volgende afspraak**: day, hour and place, framed.  Missing it sets everything
   back; it is never left out.
2. **Wie kun je bellen?**: the coach (kept to the last).  When a step gets stuck, one
   call puts it right.
3. **Dit doe jij**: the client's own open steps, with when.  This is what the sheet is
   for: what she does herself, this week.
4. **Je doelen**: the running goals, one short line each.  They say why the steps matter,
   and cost little room.
5. **Dit doen anderen**: the open steps of the coach, services and the network, with who
   and when.  Good to know, but not hers to do: each takes three lines.
6. **Dit is al gelukt**: the reached goals.  Said out loud in the conversation; the full
   plan keeps them.

Long lists are shortened first (past 5 own steps, 5 goals, 4 steps of others, 3 reached
goals); then blocks 6 to 4 go, the last first; then the client's own steps are shortened
to 3.  Only open steps are listed (a step still open under a reached goal too); done and
failed steps stay on the full step plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from genwerkt_desktop.domain.belgian_time import belgian_today, clock_time
from genwerkt_desktop.domain.due import DueKind, due_items, next_appointment
from genwerkt_desktop.domain.enums import GoalStatus, Owner, StepStatus
from genwerkt_desktop.domain.model import Dossier, Goal, Step
from genwerkt_desktop.domain.smart import OPEN_STEP_STATUSES

from . import easy_read
from .easy_read import Block, Item, spoken_day
from .nazorg_easy import call_items
from .pop_sheet import RUNNING, first_name, who
from .sheet import Sheet, day_in_words


def appointment(dossier: Dossier, now: datetime) -> Item | None:
    """The next appointment: the day and the hour, and where."""
    item = next_appointment(due_items(dossier, now))
    if item is None:
        return None
    today = belgian_today(now)
    when = spoken_day(item.day, today)
    if isinstance(item.at, datetime):
        when += f" om {clock_time(item.at)}"
    place: str | None = None
    if item.kind is DueKind.CONTACT:
        place = next((c.place for c in dossier.contacts if c.id == item.id), None)
    elif item.kind is DueKind.MEETING:
        place = next((m.place for m in dossier.meetings if m.id == item.id), None)
    elif item.kind is DueKind.REFERRAL:
        referral = next((r for r in dossier.referrals if r.id == item.id), None)
        if referral is not None and referral.appointment is not None:
            place = referral.appointment.place
    return Item(when, details=(f"Waar: {place}",) if place else ())


def _when(step: Step, today: date) -> str:
    if step.status is StepStatus.ON_HOLD:
        return "Dit staat even op pauze."
    if step.due_on is not None and step.due_on < today:
        # A date gone by reads as a mistake on a sheet to keep: say what to do instead.
        return "Nog niet klaar. We kiezen samen een nieuwe dag."
    if step.due_on is not None:
        return f"Tegen {spoken_day(step.due_on, today)}."
    return ""


def _open_steps(goals: Sequence[Goal]) -> list[Step]:
    steps = [s for g in goals for s in g.steps if s.status in OPEN_STEP_STATUSES]
    return sorted(steps, key=lambda s: (s.due_on is None, s.due_on or date.min))


def step_item(step: Step, today: date, coach_name: str | None, *, with_who: bool) -> Item:
    details = []
    if with_who:
        doer = who(step, coach_name)
        details.append(f"Wie: {doer[:1].upper()}{doer[1:]}")
    when = _when(step, today)
    if when:
        details.append(when)
    return Item(step.text, details=tuple(details))


def blocks(
    dossier: Dossier, now: datetime, coach_lines: Sequence[str], coach_name: str | None
) -> list[Block]:
    today = belgian_today(now)
    running = sorted(
        (g for g in dossier.goals if g.status in RUNNING),
        key=lambda g: g.priority if g.priority is not None else 10**6,
    )
    reached = [g for g in dossier.goals if g.status is GoalStatus.REACHED]
    steps = _open_steps([*running, *reached])
    next_one = appointment(dossier, now)
    lines = list(coach_lines) or ([coach_name] if coach_name else [])
    mine = [s for s in steps if s.owner is Owner.CLIENT]
    others = [s for s in steps if s.owner is not Owner.CLIENT]
    out = [
        Block(
            "Je volgende afspraak",
            (next_one or Item("Die spreken we nog samen af."),),
            rank=1,
            name="je volgende afspraak",
            more=("", ""),
            keep=1,
            boxed=True,
        ),
        Block(
            "Wie kun je bellen?",
            tuple(call_items((), lines)),
            rank=2,
            name="wie je kunt bellen",
            more=("nog 1 telefoonnummer", "nog {n} telefoonnummers"),
            keep=1,
        ),
        Block(
            "Dit doe jij",
            tuple(step_item(s, today, coach_name, with_who=False) for s in mine),
            rank=3,
            name="wat jij doet",
            more=("nog 1 stap van jou", "nog {n} stappen van jou"),
            few=3,
            core=5,
        ),
        Block(
            "Je doelen",
            tuple(Item(g.title) for g in running),
            rank=4,
            name="je doelen",
            more=("nog 1 doel", "nog {n} doelen"),
            core=5,
        ),
        Block(
            "Dit doen anderen",
            tuple(step_item(s, today, coach_name, with_who=True) for s in others),
            rank=5,
            name="wat anderen voor je doen",
            more=("nog 1 stap van iemand anders", "nog {n} stappen van anderen"),
            core=4,
        ),
        Block(
            "Dit is al gelukt",
            tuple(Item(g.title) for g in reached),
            rank=6,
            name="wat al gelukt is",
            more=("nog 1 doel dat al gelukt is", "nog {n} doelen die al gelukt zijn"),
            core=3,
        ),
    ]
    return [b for b in out if b.items]


def build(
    dossier: Dossier, now: datetime, coach_lines: Sequence[str], coach_name: str | None = None
) -> tuple[Sheet, easy_read.Layout]:
    """The sheet for ``dossier`` at ``now``, and how it was laid out."""
    coach_name = coach_name or dossier.client.coach
    name = first_name(dossier.client)
    today = belgian_today(now)
    intro = [
        "Dit zijn je volgende stappen.",
        "Lukt iets niet? Dat mag. We zoeken samen verder.",
    ]
    return easy_read.build(
        "Je stappenplan",
        f"Voor {name} · {day_in_words(today)}",
        f"Stappenplan, makkelijk lezen · {name}",
        intro,
        blocks(dossier, now, coach_lines, coach_name),
        full_sheet="je volledige stappenplan",
        closing="Meer uitleg bij elk doel staat op je volledige stappenplan.",
    )
