"""Mijn stappenplan: the POP in the client's hands.

Plain voice, large type, "je" to the client.  Per goal the client's own words, then the
steps as boxes to tick, each with who does it and by when, in words ("jij", "je coach",
a name).  No method words, no ways of working, no evaluations, no notes: only what the
client needs to know what comes next.  The coach's contact details close the sheet.
"""

from __future__ import annotations

from datetime import date

from genwerkt_desktop.domain.enums import GoalStatus, Owner, StepStatus
from genwerkt_desktop.domain.model import Client, Dossier, Goal, Step
from genwerkt_desktop.domain.smart import OPEN_STEP_STATUSES

from .sheet import Sheet, day_in_words, text

RUNNING = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.ADJUSTED)
KEEP_STEPS = 4  # up to this many steps stay on the page of their goal


def spoken_date(day: date, *, weekday: bool = True) -> str:
    """``vrijdag 4 december 2026``: how people say a date, not how forms write it."""
    return day_in_words(day, weekday=weekday)


def first_name(client: Client) -> str:
    return client.called


def _first_word(name: str | None) -> str:
    return (name or "").split(" ")[0]


def who(step: Step, coach_name: str | None) -> str:
    """Who does the step, said to the client."""
    if step.owner is Owner.CLIENT:
        return "jij"
    if step.owner is Owner.COACH:
        name = _first_word(step.owner_name or coach_name)
        return f"je coach {name}" if name else "je coach"
    if step.owner is Owner.NETWORK:
        return step.owner_name or "iemand uit je omgeving"
    return step.owner_name or "een dienst"


def step_line(step: Step, coach_name: str | None) -> str:
    parts = [f"Wie: {who(step, coach_name)}"]
    if step.status is StepStatus.ON_HOLD:
        parts.append("even op pauze")
    elif step.status is StepStatus.DONE:
        parts.append("klaar")
    elif step.due_on is not None:
        parts.append(f"tegen {spoken_date(step.due_on)}")
    return " · ".join(parts)


def _goal(sheet: Sheet, goal: Goal, coach_name: str | None) -> None:
    steps = [s for s in goal.steps if s.status is not StepStatus.FAILED]
    items = [(s.text, step_line(s, coach_name)) for s in steps]
    ticked = [s.status is StepStatus.DONE for s in steps]
    # A goal never stands on one page with its steps on the next: its heading, words and
    # at least its first steps (all of them when there are few) go over together.
    first = len(items) if len(items) <= KEEP_STEPS else 2
    with sheet.together():
        sheet.heading(goal.title)
        if goal.client_words:
            sheet.markup(f"<i>“{text(goal.client_words.strip())}”</i>")
        if goal.measure:
            sheet.para(f"Zo weet je dat het gelukt is: {goal.measure}")
        if goal.due_on is not None:
            sheet.para(f"We bekijken dit samen tegen {spoken_date(goal.due_on, weekday=False)}.")
        if not steps:
            sheet.para("De eerste stap spreken we samen af.", muted=True)
        else:
            sheet.subheading("De stappen")
            sheet.checklist(items[:first], ticked=ticked[:first], continued=first < len(items))
    if first < len(items):
        sheet.checklist(items[first:], ticked=ticked[first:])


def _reached(sheet: Sheet, reached: list[Goal], coach_name: str | None) -> None:
    """The goals that worked out.  A step still open under one (closed before every step
    had its answer) stands right under its goal, as still to do: it never drops out."""
    sheet.heading("Dit is al gelukt")
    done = [g for g in reached if not any(s.status in OPEN_STEP_STATUSES for s in g.steps)]
    sheet.bullets([g.title for g in done])
    for goal in reached:
        still_open = [s for s in goal.steps if s.status in OPEN_STEP_STATUSES]
        if not still_open:
            continue
        with sheet.together():
            sheet.bullets([goal.title])
            sheet.para("Nog open: dit doen we nog, ook al is het doel gelukt.")
            sheet.checklist([(s.text, step_line(s, coach_name)) for s in still_open])


def build_pop_sheet(
    dossier: Dossier, today: date, coach_lines: list[str], coach_name: str | None = None
) -> Sheet:
    """The sheet for ``dossier`` on ``today``; ``coach_lines``: how to reach the coach."""
    name = first_name(dossier.client)
    coach_name = coach_name or dossier.client.coach
    sheet = Sheet(
        "Mijn stappenplan",
        f"Voor {name} · {spoken_date(today, weekday=False)}",
        plain=True,
        footer=f"Mijn stappenplan · {name}",
    )
    running = sorted(
        (g for g in dossier.goals if g.status in RUNNING),
        key=lambda g: g.priority if g.priority is not None else 10**6,
    )
    reached = [g for g in dossier.goals if g.status is GoalStatus.REACHED]
    sheet.para(
        "Hier staan de doelen die we samen kozen, met de kleine stappen ernaartoe. "
        "Zet een kruisje bij wat klaar is. Lukt iets niet? Dat mag: we zoeken dan samen "
        "een andere weg."
    )
    if not running:
        sheet.para("Er staan nu geen doelen open. We kiezen ze samen bij een volgend gesprek.")
    for goal in running:
        _goal(sheet, goal, coach_name)
    if reached:
        _reached(sheet, reached, coach_name)
    sheet.heading("Mijn vragen voor het volgende gesprek")
    sheet.writing_lines(3)
    sheet.heading("Je coach")
    lines = coach_lines or ([coach_name] if coach_name else [])
    if lines:
        sheet.para("\n".join(lines))
    else:
        sheet.para("Vraag je coach om de gegevens hier op te schrijven.", muted=True)
        sheet.writing_lines(2)
    return sheet
