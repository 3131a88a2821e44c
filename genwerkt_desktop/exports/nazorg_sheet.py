"""The aftercare sheet for the client: the plan in plain words, then a one-page reminder.

The plan says what was reached, when we keep in touch, what the client can still come
back for (and what not), who in their network helps, what to watch for together and the
useful numbers.  The last page, the *reminderblad*, repeats the four things to keep at
hand in large type: when we call, what you can still come to us for, who helps, numbers.
Only the client's first (or preferred) name is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from genwerkt_desktop.domain.enums import AftercareKind, Initiator
from genwerkt_desktop.domain.model import Aftercare, AftercareMoment, Closure, Dossier
from genwerkt_desktop.render import fonts

from .sheet import INK, MUTED, Sheet, day_in_words, text

KIND_WORDS = {
    AftercareKind.CONVERSATION: "een gesprek",
    AftercareKind.HOME_VISIT: "een huisbezoek",
    AftercareKind.PHONE: "een telefoontje",
    AftercareKind.INFORMAL: "even langs, informeel",
}
REMINDER_ITEMS = 5  # per block: the reminder must stay one page


def long_date(day: date) -> str:
    """ "maandag 14 december 2026"."""
    return day_in_words(day, weekday=True)


def short_date(day: date) -> str:
    return day_in_words(day)


def moment_line(moment: AftercareMoment) -> tuple[str, str]:
    """What happens and who takes the first step, in the client's words."""
    what = KIND_WORDS.get(moment.kind, "contact") if moment.kind else "contact"
    if moment.who_initiates is Initiator.CLIENT:
        who = "Jij neemt contact op met ons."
    elif moment.who_initiates is Initiator.COACH:
        who = "Wij nemen contact op met jou."
    else:
        who = ""
    return f"{long_date(moment.on)}: {what}", who


def first_name(dossier: Dossier) -> str:
    return dossier.client.called


def _plan(sheet: Sheet, aftercare: Aftercare, closure: Closure | None, name: str) -> None:
    if aftercare.ends_on:
        sheet.para(
            f"Je traject is afgesloten, maar je staat er niet alleen voor. "
            f"Tot {short_date(aftercare.ends_on)} houden we nog contact, {name}. "
            "Hier lees je wat we samen afspraken."
        )
    else:
        sheet.para(
            "Je traject is afgesloten, maar je staat er niet alleen voor. "
            "Hier lees je wat we samen afspraken voor de tijd die komt."
        )
    if closure is not None and (closure.achieved or closure.continues_alone):
        sheet.heading("Wat je bereikt hebt")
        sheet.para(closure.achieved)
        if closure.continues_alone:
            sheet.subheading("Wat je nu zelf verder doet")
            sheet.para(closure.continues_alone)
    moments = sorted(aftercare.contact_moments, key=lambda m: m.on)
    if moments:
        sheet.heading("Wanneer we contact hebben")
        sheet.checklist([moment_line(m) for m in moments], ticked=[bool(m.done) for m in moments])
    if aftercare.can_come_back_for:
        sheet.heading("Hiervoor kun je nog bij ons terecht")
        sheet.bullets(aftercare.can_come_back_for)
    if aftercare.not_possible:
        sheet.heading("Dit doen we niet meer")
        sheet.bullets(aftercare.not_possible)
    if aftercare.network_support:
        sheet.heading("Wie in je omgeving je helpt")
        sheet.bullets(aftercare.network_support)
    if aftercare.signals_to_watch:
        sheet.heading("Waar we samen op letten")
        with sheet.together():  # the lead sentence stays with its list
            sheet.para(
                "Merk je een van deze dingen? Dan is het een goed moment om ons te bellen.",
                muted=True,
            )
            sheet.bullets(aftercare.signals_to_watch)


def _reminder_styles() -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, font: str, color: object = INK) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * 1.3,
            textColor=color,
            spaceAfter=size * 0.35,
        )

    return {
        "title": style("rtitle", 26, fonts.BOLD),
        "heading": style("rheading", 19, fonts.BOLD),
        "body": style("rbody", 16, fonts.REGULAR),
        "muted": style("rmuted", 13, fonts.REGULAR, MUTED),
    }


def _reminder(
    sheet: Sheet, aftercare: Aftercare, name: str, today: date, coach_lines: Sequence[str]
) -> None:
    styles = _reminder_styles()
    add = sheet.story.append
    add(Paragraph(text(f"Om te onthouden, {name}"), styles["title"]))

    def block(heading: str, items: Sequence[str]) -> None:
        if not items:
            return
        add(Paragraph(text(heading), styles["heading"]))
        for item in items[:REMINDER_ITEMS]:
            add(Paragraph(text(item), styles["body"], bulletText="•"))

    coming = [m for m in sorted(aftercare.contact_moments, key=lambda m: m.on) if not m.done]
    upcoming = [m for m in coming if m.on >= today] or coming
    calls = [". ".join(part.rstrip(".") for part in moment_line(m) if part) + "." for m in upcoming]
    block("Wanneer we contact hebben", calls)
    block("Hiervoor kun je bij ons terecht", aftercare.can_come_back_for)
    block("Wie in je omgeving helpt", aftercare.network_support)
    numbers = list(aftercare.useful_numbers)
    coach = ", ".join(coach_lines[:3])
    if coach and not any(coach_lines[0] in n for n in numbers):
        numbers.insert(0, f"Je coach: {coach}")
    block("Handige nummers", numbers)
    if aftercare.ends_on:
        add(
            Paragraph(text(f"Dit blad geldt tot {short_date(aftercare.ends_on)}."), styles["muted"])
        )


def build(
    dossier: Dossier, today: date, coach_lines: Sequence[str] = (), coach_name: str = ""
) -> Sheet:
    """The plan and the reminder page; raises ValueError when there is no plan."""
    aftercare = dossier.aftercare
    if aftercare is None:
        raise ValueError("er is nog geen nazorgplan")
    name = first_name(dossier)
    subtitle = f"Voor {name} · {short_date(today)}"
    if coach_name:
        subtitle += f" · van {coach_name}"
    sheet = Sheet(
        "Je nazorgplan",
        subtitle,
        plain=True,
        footer=f"Nazorgplan van {name} · {short_date(today)}",
    )
    _plan(sheet, aftercare, dossier.closure, name)
    numbers = list(aftercare.useful_numbers)
    if numbers or coach_lines:
        sheet.heading("Handige nummers")
        with sheet.together():
            if coach_lines:
                sheet.para("Je coach: " + ", ".join(coach_lines))
            sheet.bullets(numbers)
    sheet.page_break()
    _reminder(sheet, aftercare, name, today, coach_lines)
    return sheet


def write(
    dossier: Dossier,
    path: Path,
    today: date,
    coach_lines: Sequence[str] = (),
    coach_name: str = "",
) -> Path:
    return build(dossier, today, coach_lines, coach_name).write(path)
