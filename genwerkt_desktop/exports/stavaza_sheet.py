"""Stand van zaken: where one trajectory stands on a date, for the coach's file or a
handover talk with the client.

Standard voice.  Phases so far, goals with their progress and steps, rights with their
status, the newest balance and ecogram as drawings, the vacancies read and the choices
weighed together (what came of them), the referrals, the aftercare and what is planned
next (the agenda's items, domain.due).
Contact notes are never on it (personal ones least of all); neither are step
evaluations, nor the binnenkant (the coach's impressions): this is a summary of where
things stand, not of what was said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.graphics.shapes import Drawing, Group
from reportlab.platypus import CondPageBreak

from genwerkt_desktop.domain.belgian_time import belgian_today, clock_time, in_brussels
from genwerkt_desktop.domain.due import (
    DueItem,
    DueKind,
    DueStatus,
    aftercare_moment_ids,
    due_items,
    sort_key,
)
from genwerkt_desktop.domain.ecogram_drawing import draw
from genwerkt_desktop.domain.enums import (
    MeetingKind,
    ReferralStatus,
    RequirementMatch,
    VacancyConclusion,
)
from genwerkt_desktop.domain.model import Dossier, Goal
from genwerkt_desktop.domain.phases import timeline
from genwerkt_desktop.domain.pop_progress import goal_progress
from genwerkt_desktop.domain.smart import step_is_overdue
from genwerkt_desktop.render.balance_pdf import balance_drawing
from genwerkt_desktop.render.ecogram_pdf import map_drawing

from .sheet import LINE_WIDTH, Sheet

ECOGRAM_SIZE = LINE_WIDTH  # the map over the full text width: its names stay readable
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


def moment(value: datetime | date) -> str:
    """ "17/12/2026 12.30" in Belgian time, or only the day for a day."""
    if isinstance(value, datetime):
        return f"{day(in_brussels(value).date())} {clock_time(value)}"
    return day(value)


@dataclass(frozen=True)
class Upcoming:
    at: datetime | date
    what: str
    where: str


AFTERCARE_KIND = {
    "gesprek": "gesprek",
    "huisbezoek": "huisbezoek",
    "telefoon": "telefoontje",
    "informeel": "informeel contact",
}
INITIATOR = {"coach": "de coach neemt contact op", "client": "de cliënt neemt contact op"}
REFERRAL_STATUS = {
    "lopend": "loopt",
    "geslaagd": "geslaagd",
    "gestopt": "gestopt",
    "time_out": "even on hold (time-out)",
}


def upcoming(dossier: Dossier, now: datetime) -> list[Upcoming]:
    """What is planned from ``now`` on: contact moments, meetings, first appointments of
    referrals and aftercare contact moments, as the agenda has them (domain.due)."""
    names = {o.id: o.name for o in dossier.organisations}
    contacts = {c.id: c for c in dossier.contacts}
    meetings = {m.id: m for m in dossier.meetings}
    referrals = {r.id: r for r in dossier.referrals}
    aftercare = dossier.aftercare
    moments = (
        dict(zip(aftercare_moment_ids(aftercare), aftercare.contact_moments, strict=True))
        if aftercare is not None
        else {}
    )
    out: list[tuple[DueItem, Upcoming]] = []
    for item in due_items(dossier, now):
        if item.status is not DueStatus.PLANNED:
            continue
        if item.kind is DueKind.CONTACT:
            c = contacts[item.id]
            shown = Upcoming(item.at, CONTACT_KIND.get(c.kind.value, "Afspraak"), c.place or "")
        elif item.kind is DueKind.MEETING:
            m = meetings[item.id]
            what = "Rondetafelgesprek" if m.kind is MeetingKind.ROUND_TABLE else "Cliëntoverleg"
            shown = Upcoming(item.at, what, m.place or "")
        elif item.kind is DueKind.REFERRAL:
            r = referrals[item.id]
            place = r.appointment.place if r.appointment is not None else None
            org = names.get(r.organisation_id, "een dienst")
            shown = Upcoming(item.at, f"Eerste afspraak bij {org}", place or "")
        elif item.kind is DueKind.AFTERCARE:
            a = moments[item.id]
            what = "Nazorg: " + (
                AFTERCARE_KIND.get(a.kind.value, "contact") if a.kind else "contact"
            )
            if a.who_initiates is not None:
                what += f" ({INITIATOR.get(a.who_initiates.value, '')})"
            shown = Upcoming(item.at, what, "")
        else:  # steps are with their goals above
            continue
        out.append((item, shown))
    return [shown for item, shown in sorted(out, key=lambda pair: sort_key(pair[0]))]


def _referrals(sheet: Sheet, dossier: Dossier) -> None:
    if not dossier.referrals:
        return
    names = {o.id: o.name for o in dossier.organisations}
    sheet.heading("Doorverwijzingen")
    rows = []
    for r in dossier.referrals:
        status = REFERRAL_STATUS.get(r.status.value, r.status.value)
        if r.status is ReferralStatus.TIME_OUT and r.revisit_on is not None:
            status += f", opnieuw bekijken op {day(r.revisit_on)}"
        appointment = r.appointment.at if r.appointment is not None else None
        rows.append(
            [
                names.get(r.organisation_id, "een dienst"),
                r.need or "",
                status,
                moment(appointment) if appointment is not None else "",
            ]
        )
    sheet.table(["Dienst", "Waarvoor", "Stand", "Afspraak"], rows, [0.22, 0.4, 0.2, 0.18])


CONCLUSION = {
    VacancyConclusion.APPLY: "gaat solliciteren",
    VacancyConclusion.LEARN_FIRST: "eerst bijleren",
    VacancyConclusion.NOT_FOR_ME: "past nu niet",
    VacancyConclusion.LOOK_LATER: "later opnieuw bekijken",
}


def _looked_at_together(sheet: Sheet, dossier: Dossier) -> None:
    """Vacancies read and choices weighed with the client, oldest first: what came of
    each (the requirements and the pros and cons stay on their own sheets)."""
    rows: list[tuple[date | None, list[str]]] = []
    for v in dossier.vacancies:
        what = f"Vacature: {v.title}" + (f" ({v.employer})" if v.employer else "")
        outcome = CONCLUSION[v.conclusion] if v.conclusion else "nog geen besluit"
        if v.requirements:
            has = sum(1 for r in v.requirements if r.client_has is RequirementMatch.YES)
            outcome += f"; {has} van {len(v.requirements)} eisen al in huis"
        rows.append((v.read_on, [day(v.read_on), what, outcome]))
    for d in dossier.decisions:
        chosen = f"gekozen: {d.chosen}" if d.chosen else "nog niet gekozen"
        rows.append((d.made_on, [day(d.made_on), f"Keuze: {d.question}", chosen]))
    if not rows:
        return
    rows.sort(key=lambda row: (row[0] is None, row[0] or date.min))
    sheet.heading("Samen bekeken")
    sheet.table(["Wanneer", "Wat", "Uitkomst"], [row for _on, row in rows], [0.16, 0.46, 0.38])


def _aftercare(sheet: Sheet, dossier: Dossier) -> None:
    aftercare = dossier.aftercare
    if aftercare is None:
        return
    sheet.heading("Nazorg")
    if aftercare.starts_on or aftercare.ends_on:
        sheet.para(
            "Nazorg "
            + (f"van {day(aftercare.starts_on)} " if aftercare.starts_on else "")
            + (f"tot {day(aftercare.ends_on)}" if aftercare.ends_on else ""),
            muted=True,
        )
    moments = sorted(aftercare.contact_moments, key=lambda m: m.on)
    if moments:
        sheet.table(
            ["Wanneer", "Wat", "Wie neemt contact op", "Gebeurd"],
            [
                [
                    day(m.on),
                    AFTERCARE_KIND.get(m.kind.value, m.kind.value) if m.kind else "contact",
                    {"coach": "coach", "client": "cliënt"}.get(
                        m.who_initiates.value if m.who_initiates else "", ""
                    ),
                    "ja" if m.done else "nog niet",
                ]
                for m in moments
            ],
            [0.2, 0.3, 0.3, 0.2],
        )
    else:
        sheet.para("Nog geen contactmomenten gepland.", muted=True)


def _cropped(picture: Drawing, pad: float = 8.0) -> Drawing:
    """The drawing without the empty bands above and below what it shows (the map is laid
    out in a square; its people rarely fill the top and the bottom)."""
    _, low, _, high = picture.getBounds()
    height = min(picture.height, high - low + 2 * pad)
    band = Group(*picture.contents)
    band.translate(0, pad - low)
    out = Drawing(picture.width, height)
    out.add(band)
    return out


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
        label = client.called
        picture = _cropped(map_drawing(draw(newest_map, label), ECOGRAM_SIZE))
        sheet.story.append(CondPageBreak(picture.height + 60))
        sheet.heading(f"Netwerk ({day(newest_map.drawn_on)})")
        sheet.drawing(picture)

    _looked_at_together(sheet, dossier)
    _referrals(sheet, dossier)
    _aftercare(sheet, dossier)

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
