"""The aftercare plan in easy-read Dutch (makkelijk lezen): one page, large type.

First what the client needs most: when we see each other next, whom to call, what you
do yourself.  Then when to call us, what you can still come to us for, who around you
helps, what we no longer do, and what you reached.  Only the client's first (or
preferred) name is printed.  What does not fit one page continues on a second, and the
first page says so (see :mod:`easy_read`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from genwerkt_desktop.domain.enums import AftercareKind, Initiator
from genwerkt_desktop.domain.model import AftercareMoment, Dossier
from genwerkt_desktop.domain.plain_words import ideas

from . import easy_read
from .easy_read import Block, Item, spoken_day
from .sheet import Sheet, day_in_words, is_phone_number

WHAT = {
    AftercareKind.CONVERSATION: "We hebben een gesprek.",
    AftercareKind.HOME_VISIT: "We zien elkaar bij jou thuis.",
    AftercareKind.PHONE: "We bellen met elkaar.",
    AftercareKind.INFORMAL: "We zien elkaar even, voor een babbel.",
}


def _coach(coach_name: str) -> str:
    first = coach_name.split(" ")[0] if coach_name else ""
    return first or "je coach"


def moment_item(moment: AftercareMoment, today: date, coach: str) -> Item:
    details = [WHAT.get(moment.kind, "We hebben contact.") if moment.kind else "We hebben contact."]
    if moment.who_initiates is Initiator.COACH:
        details.append(f"{coach[:1].upper()}{coach[1:]} neemt contact op met jou.")
    elif moment.who_initiates is Initiator.CLIENT:
        details.append(f"Jij neemt contact op met {coach}.")
    return Item(spoken_day(moment.on, today), details=tuple(details))


def number_item(line: str) -> Item:
    """ "Sociaal Huis: 015 00 00 20" → the name, and the number in bold."""
    label, sep, number = line.rpartition(":")
    if sep and is_phone_number(number):
        return Item(label.strip() + ":", strong=number.strip())
    if is_phone_number(line) and not any(ch.isalpha() for ch in line):
        return Item("", strong=line)
    return Item(line)


def call_items(numbers: Sequence[str], coach_lines: Sequence[str]) -> list[Item]:
    """The coach first, then the useful numbers; the coach once."""
    items = [number_item(n) for n in numbers]
    if coach_lines and not any(coach_lines[0] in n for n in numbers):
        phones = [line for line in coach_lines[1:] if is_phone_number(line)]
        others = [line for line in coach_lines[1:] if not is_phone_number(line)]
        items.insert(
            0, Item(f"{coach_lines[0]}, je coach:", strong=", ".join(phones), details=tuple(others))
        )
    else:  # the coach's own line among the numbers goes first
        for number, line in enumerate(numbers):
            if coach_lines and coach_lines[0] in line:
                items.insert(0, items.pop(number))
                break
    return items


def _lines(values: Sequence[str]) -> tuple[Item, ...]:
    return tuple(Item(line) for value in values for line in ideas(value))


def blocks(
    dossier: Dossier, today: date, coach_lines: Sequence[str], coach_name: str
) -> list[Block]:
    aftercare = dossier.aftercare
    if aftercare is None:
        raise ValueError("er is nog geen nazorgplan")
    closure = dossier.closure
    coach = _coach(coach_name)
    coming = [m for m in sorted(aftercare.contact_moments, key=lambda m: m.on) if not m.done]
    upcoming = [m for m in coming if m.on >= today] or coming
    out: list[Block] = []
    if upcoming:
        out.append(
            Block("Wanneer zien we elkaar?", (moment_item(upcoming[0], today, coach),), boxed=True)
        )
    else:
        out.append(
            Block(
                "Wanneer zien we elkaar?",
                (Item("Dat spreken we nog samen af."),),
                boxed=True,
            )
        )
    calls = call_items(aftercare.useful_numbers, coach_lines)
    out.append(Block("Wie kun je bellen?", tuple(calls)))
    if closure is not None:
        out.append(Block("Wat doe je zelf?", _lines([closure.continues_alone or ""])))
    out.append(
        Block(
            "Wanneer bel je ons?",
            _lines(aftercare.signals_to_watch),
            lead="Merk je een van deze dingen? Bel ons dan.",
        )
    )
    if upcoming[1:]:
        out.append(
            Block(
                "Daarna zien we elkaar nog",
                tuple(moment_item(m, today, coach) for m in upcoming[1:]),
            )
        )
    out.append(Block("Hiervoor kun je bij ons terecht", _lines(aftercare.can_come_back_for)))
    out.append(Block("Wie helpt je?", _lines(aftercare.network_support)))
    out.append(Block("Dit doen we niet meer", _lines(aftercare.not_possible)))
    if closure is not None:
        out.append(Block("Dit heb je bereikt", _lines([closure.achieved or ""])))
    return [b for b in out if b.items]


def first_name(dossier: Dossier) -> str:
    return dossier.client.preferred_name or dossier.client.first_name


def build(
    dossier: Dossier, today: date, coach_lines: Sequence[str] = (), coach_name: str = ""
) -> tuple[Sheet, easy_read.Layout]:
    """The sheet and its layout; raises ValueError when there is no plan."""
    parts = blocks(dossier, today, coach_lines, coach_name)
    aftercare = dossier.aftercare
    assert aftercare is not None  # blocks() refused a dossier without a plan
    name = first_name(dossier)
    intro = ["Je begeleiding is klaar. Je staat er niet alleen voor."]
    if aftercare.ends_on:
        intro.append(f"We houden contact tot {spoken_day(aftercare.ends_on, today)}.")
    return easy_read.build(
        "Hoe het nu verder gaat",
        f"Voor {name} · {day_in_words(today)}",
        f"Nazorgplan, makkelijk lezen · {name} · {day_in_words(today)}",
        intro,
        parts,
        full_sheet="je volledige nazorgplan",
    )


def write(
    dossier: Dossier,
    path: Path,
    today: date,
    coach_lines: Sequence[str] = (),
    coach_name: str = "",
) -> Path:
    return build(dossier, today, coach_lines, coach_name)[0].write(path)
