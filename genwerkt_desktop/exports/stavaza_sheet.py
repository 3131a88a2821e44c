"""Stand van zaken: where one trajectory stands on a date, for the coach's file or a
handover talk with the client.

Standard voice.  Phases so far, goals with their progress and steps, rights with their
status, the newest balance and ecogram as small drawings, and what is planned next.
Contact notes are never on it (personal ones least of all); neither are step
evaluations: this is a summary of where things stand, not of what was said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak

from genwerkt_desktop.domain.belgian_time import belgian_today, clock_time, in_brussels
from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.model import Dossier, Goal
from genwerkt_desktop.domain.phases import timeline
from genwerkt_desktop.domain.pop_progress import goal_progress
from genwerkt_desktop.domain.smart import step_is_overdue
from genwerkt_desktop.render.balance_pdf import balance_drawing
from genwerkt_desktop.render.ecogram_pdf import map_drawing

from .sheet import Sheet

ECOGRAM_SIZE = 360.0
BALANCE_WIDTH = 420.0

PHASES = {
    "onthaal": "Onthaal",
    "vraagverduidelijking": "Vraagverduidelijking",
    "doelbepaling": "Doel- en strategiebepaling",
    "uitvoering": "Uitvoering",
    "afsluiting": "Afsluiting",
    "nazorg": "Nazorg",
}
GOAL_STATUS = {
    "open": "open",
    "bezig": "bezig",
    "bereikt": "bereikt",
    "bijgesteld": "bijgesteld",
    "losgelaten": "losgelaten",
}
STEP_STATUS = {
    "gepland": "gepland",
    "bezig": "bezig",
    "gedaan": "gedaan",
    "niet_gelukt": "niet gelukt",
    "on_hold": "even on hold",
}
OWNER = {"client": "cliënt", "coach": "coach", "netwerk": "netwerk", "partner": "partner"}
RIGHT_STATUS = {
    "niet_besproken": "nog niet besproken",
    "besproken": "besproken",
    "aangevraagd": "aangevraagd",
    "toegekend": "toegekend",
    "geweigerd": "geweigerd",
    "niet_van_toepassing": "niet van toepassing",
}
CONTACT_KIND = {
    "gesprek": "Gesprek",
    "huisbezoek": "Huisbezoek",
    "telefoon": "Telefoongesprek",
    "outreachend": "Outreachend contact",
    "informeel": "Informeel contact",
    "overleg": "Overleg",
    "andere": "Afspraak",
}


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def moment(value: datetime) -> str:
    """ "17/12/2026 12.30", in Belgian time."""
    return f"{day(in_brussels(value).date())} {clock_time(value)}"


@dataclass(frozen=True)
class Upcoming:
    at: datetime
    what: str
    where: str


def upcoming(dossier: Dossier, now: datetime) -> list[Upcoming]:
    """Planned contacts, first appointments of referrals and meetings still to come."""
    names = {o.id: o.name for o in dossier.organisations}
    out = [
        Upcoming(c.at, CONTACT_KIND.get(c.kind.value, "Afspraak"), c.place or "")
        for c in dossier.contacts
        if c.at > now
    ]
    for r in dossier.referrals:
        a = r.appointment
        if a is not None and a.at is not None and a.at > now:
            out.append(
                Upcoming(
                    a.at,
                    f"Eerste afspraak bij {names.get(r.organisation_id, 'een dienst')}",
                    a.place or "",
                )
            )
    for m in dossier.meetings:
        if m.at > now:
            what = (
                "Rondetafelgesprek" if m.kind and m.kind.value == "rondetafel" else "Cliëntoverleg"
            )
            out.append(Upcoming(m.at, what, m.place or ""))
    return sorted(out, key=lambda u: u.at)


def _balance_drawing(dossier: Dossier) -> Drawing | None:
    if not dossier.balances:
        return None
    ordered = sorted(dossier.balances, key=lambda b: b.assessed_on)
    return balance_drawing(ordered[-1], ordered, BALANCE_WIDTH)


def _goal(sheet: Sheet, goal: Goal, today: date) -> None:
    progress = goal_progress(goal)
    # A goal's title and status never stand alone at the foot of a page.
    sheet.story.append(CondPageBreak(110))
    status = GOAL_STATUS.get(goal.status.value, goal.status.value)
    sheet.subheading(goal.title)
    facts = f"Status: {status}"
    if goal.due_on is not None:
        facts += f" · tegen {day(goal.due_on)}"
    if progress.counted:
        facts += f" · {progress.done} van {progress.counted} stappen gedaan ({progress.percent}%)"
    sheet.para(facts, muted=True)
    rows = []
    for s in goal.steps:
        due = day(s.due_on)
        if step_is_overdue(s, today):
            due = f"{due} (te laat)"
        who = OWNER.get(s.owner.value, s.owner.value)
        if s.owner_name:
            who = f"{who}: {s.owner_name}"
        rows.append([s.text, who, due, STEP_STATUS.get(s.status.value, s.status.value)])
    sheet.table(["Tussenstap", "Wie", "Tegen", "Status"], rows, [0.46, 0.24, 0.15, 0.15])


def build_stavaza_sheet(dossier: Dossier, now: datetime, coach: str | None) -> Sheet:
    today = belgian_today(now)
    client = dossier.client
    coach = coach or client.coach
    subtitle = f"{client.display_name} · op {day(today)}"
    if coach:
        subtitle += f" · coach {coach}"
    sheet = Sheet(
        "Stand van zaken",
        subtitle,
        footer=f"Stand van zaken · {client.display_name} · {day(today)}",
    )

    sheet.heading("Het traject tot nu")
    spans = timeline(dossier.phases, today)
    if spans:
        sheet.table(
            ["Fase", "Van", "Tot", "Duur"],
            [
                [
                    ("↩ " if s.went_back else "") + PHASES.get(s.phase.value, s.phase.value),
                    day(s.started_on),
                    day(s.ended_on) if s.ended_on else "nu",
                    f"{s.days} dagen" if s.days is not None else "",
                ]
                for s in spans
            ],
            [0.46, 0.18, 0.18, 0.18],
        )
    else:
        sheet.para("Nog geen fase vastgelegd.", muted=True)

    sheet.heading("Doelen en tussenstappen")
    goals = sorted(dossier.goals, key=lambda g: g.priority if g.priority is not None else 10**6)
    if not goals:
        sheet.para("Nog geen doelen afgesproken.", muted=True)
    for goal in goals:
        _goal(sheet, goal, today)

    sheet.heading("Rechten")
    if dossier.rights:
        sheet.table(
            ["Recht", "Status", "Sinds"],
            [
                [r.name, RIGHT_STATUS.get(r.status.value, r.status.value), day(r.updated_on)]
                for r in dossier.rights
            ],
            [0.56, 0.26, 0.18],
        )
    else:
        sheet.para("Nog geen rechten besproken.", muted=True)

    balance = _balance_drawing(dossier)
    if balance is not None:
        newest = max(dossier.balances, key=lambda b: b.assessed_on)
        sheet.story.append(CondPageBreak(balance.height + 60))
        sheet.heading(f"Draagkracht en draaglast ({day(newest.assessed_on)})")
        sheet.drawing(balance)
    if dossier.ecograms:
        newest_map = max(dossier.ecograms, key=lambda e: e.drawn_on)
        label = client.preferred_name or client.first_name
        picture = map_drawing(draw(newest_map, label), ECOGRAM_SIZE)
        sheet.story.append(CondPageBreak(picture.height + 60))
        sheet.heading(f"Netwerk ({day(newest_map.drawn_on)})")
        sheet.drawing(picture)

    sheet.heading("Wat gepland is")
    coming = upcoming(dossier, now)
    if coming:
        sheet.table(
            ["Wanneer", "Wat", "Waar"],
            [[moment(u.at), u.what, u.where] for u in coming],
            [0.22, 0.42, 0.36],
        )
    else:
        sheet.para("Er staat niets gepland.", muted=True)
    return sheet
