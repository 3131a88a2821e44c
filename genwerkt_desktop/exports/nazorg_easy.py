"""The aftercare plan in easy-read Dutch (makkelijk lezen): one page, large type.

What stands on the page, in this order, ranked from what matters most (rank 1) to what
is left out first when the page is full (see :mod:`easy_read` for how):

1. **Wanneer zien we elkaar?**: the next moment, framed.  The one date to remember, and
   who takes the first step; it is never left out.
2. **Wie kun je bellen?**: the coach first (kept to the last), then the useful numbers.
   When something goes wrong, help is one phone call away only if the number is on the
   fridge.
3. **Daarna zien we elkaar nog**: the later moments, one line each ("maandag 15 februari
   2027: jij belt Sam."), printed under the framed moment it continues.  So no agreed
   moment comes as a surprise, and the client knows when the first step is hers.
4. **Merk je dit? Bel ons dan.**: the warning signs (when to call us).  Catching a
   slide early is what aftercare is for; they sit right under the numbers they lead to.
5. **Wat doe je zelf?**: what the client carries on alone.  She already does it; the
   sheet reminds her, and it is hers to be proud of.
6. **Hiervoor kun je bij ons terecht**: the door that stays open.
7. **Wie helpt je?**: the network; the client knows these people without a sheet.
8. **Dit doen we niet meer**: told in the closing conversation; on the full plan.
9. **Dit heb je bereikt**: celebrated in the closing conversation; on the full plan.

Long lists are shortened first (past 4 later moments, 8 numbers, 6 signs, 6 own
things, 4 reasons to come back, 4 helpers, 3 of the rest); then blocks 9 to 6 go, the
last first; then the essential blocks 5 to 2 are shortened to a few lines each (2 later
moments, 3 numbers, 3 signs, 3 own things), so a huge plan still shows a bit of each.
Only the client's first (or preferred) name is printed.
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

# The later moments, one line each: what happens, and who takes the first step.
SHORT = {
    AftercareKind.CONVERSATION: "een gesprek",
    AftercareKind.HOME_VISIT: "een bezoek bij jou thuis",
    AftercareKind.INFORMAL: "een babbel",
}

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


def later_item(moment: AftercareMoment, today: date, coach: str) -> Item:
    """ "maandag 15 februari 2027: jij belt Sam.": one line, the first step named only
    when it is the client's (or when it is a phone call: who calls whom)."""
    day = spoken_day(moment.on, today)
    noun = SHORT.get(moment.kind) if moment.kind else None
    if moment.kind is AftercareKind.PHONE and moment.who_initiates is Initiator.COACH:
        what = f"{coach[:1].upper()}{coach[1:]} belt jou"
    elif moment.kind is AftercareKind.PHONE and moment.who_initiates is Initiator.CLIENT:
        what = f"jij belt {coach}"
    elif moment.kind is AftercareKind.PHONE:
        what = "we bellen"
    elif moment.who_initiates is Initiator.CLIENT:
        what = f"jij belt {coach} voor {noun}" if noun else f"jij neemt contact op met {coach}"
    else:
        what = noun or "we hebben contact"
    return Item(f"{day}: {what}.")


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
        colon = ":" if phones else ""  # no colon before nothing
        coach = Item(f"{coach_lines[0]}, je coach{colon}", ", ".join(phones), tuple(others))
        items.insert(0, coach)
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
    first = (
        moment_item(upcoming[0], today, coach) if upcoming else Item("Dat spreken we nog samen af.")
    )
    out = [
        Block(
            "Wanneer zien we elkaar?",
            (first,),
            rank=1,
            name="wanneer we elkaar zien",
            more=("", ""),
            keep=1,
            boxed=True,
        ),
        Block(
            "Daarna zien we elkaar nog",
            tuple(later_item(m, today, coach) for m in upcoming[1:]),
            rank=3,
            name="de afspraken daarna",
            more=("nog 1 afspraak", "nog {n} afspraken"),
            few=2,
            core=4,
        ),
        Block(
            "Wie kun je bellen?",
            tuple(call_items(aftercare.useful_numbers, coach_lines)),
            rank=2,
            name="wie je kunt bellen",
            more=("nog 1 telefoonnummer", "nog {n} telefoonnummers"),
            keep=1,
            few=3,
            core=8,
        ),
        Block(
            "Merk je dit? Bel ons dan.",
            _lines(aftercare.signals_to_watch),
            rank=4,
            name="wanneer je ons belt",
            more=("nog 1 ding om op te letten", "nog {n} dingen om op te letten"),
            few=3,
            core=6,
        ),
        Block(
            "Wat doe je zelf?",
            _lines([closure.continues_alone or ""] if closure is not None else []),
            rank=5,
            name="wat je zelf doet",
            more=("nog 1 ding dat je zelf doet", "nog {n} dingen die je zelf doet"),
            few=3,
            core=6,
        ),
        Block(
            "Hiervoor kun je bij ons terecht",
            _lines(aftercare.can_come_back_for),
            rank=6,
            name="waarvoor je bij ons terecht kunt",
            more=(
                "nog 1 ding waarvoor je bij ons terecht kunt",
                "nog {n} dingen waarvoor je bij ons terecht kunt",
            ),
            core=4,
        ),
        Block(
            "Wie helpt je?",
            _lines(aftercare.network_support),
            rank=7,
            name="wie je helpt",
            more=("nog 1 helper", "nog {n} helpers"),
            core=4,
        ),
        Block(
            "Dit doen we niet meer",
            _lines(aftercare.not_possible),
            rank=8,
            name="wat we niet meer doen",
            more=("nog 1 ding dat we niet meer doen", "nog {n} dingen die we niet meer doen"),
            core=3,
        ),
        Block(
            "Dit heb je bereikt",
            _lines([closure.achieved or ""] if closure is not None else []),
            rank=9,
            name="wat je bereikt hebt",
            more=("nog 1 ding dat je bereikt hebt", "nog {n} dingen die je bereikt hebt"),
            core=3,
        ),
    ]
    return [b for b in out if b.items]


def first_name(dossier: Dossier) -> str:
    return dossier.client.called


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
