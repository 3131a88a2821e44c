"""What every referral and meeting sheet shares: the sheet's facts (date, coach), Dutch
dates, and for partner sheets the shared content and the consent it rests on.

Partner sheets are drawn from a :class:`~genwerkt_desktop.domain.consent.SharedView`
alone: :func:`shared_content` and :func:`consent_basis` take nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from genwerkt_desktop.domain.belgian_time import clock_time, in_brussels
from genwerkt_desktop.domain.consent import SharedView
from genwerkt_desktop.domain.enums import (
    ConsentMethod,
    LifeDomain,
    ObservationKind,
    RightStatus,
    ShareCategory,
)
from genwerkt_desktop.domain.model import ContactPerson, Organisation

from .sheet import Sheet, day_in_words


@dataclass(frozen=True)
class SheetFacts:
    """About the sheet, not the client: its date, who made it, and the clock's moment
    (what is past by then has taken place).  Times are shown in Belgian time, never in
    the computer's own zone."""

    on: date
    coach_name: str = ""
    coach_lines: tuple[str, ...] = ()
    now: datetime | None = None


def short_date(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


def long_date(value: date) -> str:
    return day_in_words(value, weekday=True)


def moment_text(moment: datetime | None) -> str:
    """ "dinsdag 6 oktober 2026 om 9.30 uur", in Belgian time."""
    if moment is None:
        return ""
    return f"{long_date(in_brussels(moment).date())} om {clock_time(moment)} uur"


CATEGORY_NAMES: dict[ShareCategory, str] = {
    ShareCategory.IDENTITY: "identiteit (familienaam, geboortedatum)",
    ShareCategory.CONTACT_DETAILS: "contactgegevens",
    ShareCategory.SUPPORT_QUESTION: "begeleidingsvraag en traject",
    ShareCategory.LIFE_DOMAINS: "levensdomeinen (krachten en noden)",
    ShareCategory.RIGHTS: "rechten",
    ShareCategory.ECOGRAM: "ecogram (netwerk)",
    ShareCategory.BALANCE: "draagkracht en draaglast",
    ShareCategory.POP: "persoonlijk ontwikkelingsplan",
    ShareCategory.CONTACT_NOTES: "verslagen van contactmomenten",
    ShareCategory.CLOSURE: "afsluiting en nazorg",
}

PLAIN_CATEGORY_NAMES: dict[ShareCategory, str] = {
    ShareCategory.IDENTITY: "je volledige naam en je geboortedatum",
    ShareCategory.CONTACT_DETAILS: "hoe ze je kunnen bereiken (telefoon, adres, e-mail)",
    ShareCategory.SUPPORT_QUESTION: "je vraag aan mij en hoe ver we staan",
    ShareCategory.LIFE_DOMAINS: "wat goed gaat en wat moeilijk is in je leven",
    ShareCategory.RIGHTS: "de rechten en premies waar we mee bezig zijn",
    ShareCategory.ECOGRAM: "de tekening van je netwerk",
    ShareCategory.BALANCE: "wat je draagt en wat je helpt",
    ShareCategory.POP: "je plan met je doelen en stappen",
    ShareCategory.CONTACT_NOTES: "de verslagjes van onze gesprekken",
    ShareCategory.CLOSURE: "hoe we de begeleiding afronden",
}

METHOD_NAMES = {ConsentMethod.SPOKEN: "mondeling", ConsentMethod.WRITTEN: "schriftelijk"}

DOMAIN_NAMES = {
    LifeDomain.WORK: "werk",
    LifeDomain.INCOME: "inkomen en schulden",
    LifeDomain.HOUSING: "wonen",
    LifeDomain.HEALTH: "gezondheid",
    LifeDomain.FAMILY: "gezin en kinderopvang",
    LifeDomain.NETWORK: "sociaal netwerk",
    LifeDomain.EDUCATION: "onderwijs en vorming",
    LifeDomain.MOBILITY: "mobiliteit",
    LifeDomain.LEISURE: "vrije tijd",
    LifeDomain.ADMINISTRATION: "administratie en justitie",
    LifeDomain.OTHER: "andere",
}

RIGHT_STATUS_NAMES = {
    RightStatus.NOT_DISCUSSED: "nog niet besproken",
    RightStatus.DISCUSSED: "besproken",
    RightStatus.APPLIED: "aangevraagd",
    RightStatus.GRANTED: "toegekend",
    RightStatus.REFUSED: "geweigerd",
    RightStatus.NOT_APPLICABLE: "niet van toepassing",
}


def contact_person(org: Organisation | None, person_id: str | None) -> ContactPerson | None:
    """The chosen person, else the trusted contact, else nobody."""
    if org is None:
        return None
    people = org.contacts
    chosen = next((p for p in people if person_id and p.id == person_id), None)
    return chosen or next((p for p in people if p.trusted), None)


def person_line(person: ContactPerson) -> str:
    return ", ".join(v for v in (person.name, person.role, person.phone, person.email) if v)


def shared_content(sheet: Sheet, view: SharedView) -> None:
    """Everything in the shared view, section by section; nothing else."""
    shared = view.dossier
    client = shared.client
    sheet.heading("Wat de cliënt liet delen")
    sheet.facts(
        [
            ("Naam", " ".join(v for v in (client.first_name, client.last_name) if v)),
            ("Roepnaam", client.preferred_name),
            ("Geboortedatum", short_date(client.birth_date)),
            ("Telefoon", client.phone),
            ("E-mail", client.email),
            ("Adres", client.address),
            ("Taal", client.language),
            ("Begeleidingsvraag", client.support_question),
            ("Begeleid sinds", short_date(client.started_on)),
            ("Coach", client.coach),
        ]
    )
    if shared.observations:
        sheet.subheading("Levensdomeinen")
        order = {ObservationKind.STRENGTH: 0, ObservationKind.RESOURCE: 1, ObservationKind.NEED: 2}
        kinds = {
            ObservationKind.STRENGTH: "kracht",
            ObservationKind.RESOURCE: "hulpbron",
            ObservationKind.NEED: "nood",
        }
        rows = [
            (DOMAIN_NAMES[o.domain], kinds[o.kind], o.text)
            for o in sorted(shared.observations, key=lambda o: (order[o.kind], o.domain.value))
        ]
        sheet.table(["Domein", "Soort", "Wat"], rows, [0.22, 0.14, 0.64])
    if shared.rights:
        sheet.subheading("Rechten")
        sheet.table(
            ["Recht", "Stand van zaken", "Sinds"],
            [
                (r.name, RIGHT_STATUS_NAMES[r.status], short_date(r.updated_on))
                for r in shared.rights
            ],
            [0.52, 0.3, 0.18],
        )
    for goal in shared.goals:
        sheet.subheading(f"Doel: {goal.title}")
        sheet.para(goal.client_words and f"In eigen woorden: {goal.client_words}")
        sheet.bullets(
            f"{s.text} ({s.owner_name or s.owner.value}"
            + (f", tegen {short_date(s.due_on)}" if s.due_on else "")
            + ")"
            for s in goal.steps
        )
    if shared.ecograms:
        newest = max(shared.ecograms, key=lambda e: e.drawn_on)
        sheet.subheading(f"Netwerk (ecogram van {short_date(newest.drawn_on)})")
        sheet.bullets(node.label for node in newest.nodes)
    if shared.balances:
        newest_balance = max(shared.balances, key=lambda b: b.assessed_on)
        sheet.subheading(f"Draagkracht en draaglast ({short_date(newest_balance.assessed_on)})")
        sheet.bullets(
            f"{'draagkracht' if f.side.value == 'draagkracht' else 'draaglast'}: {f.text}"
            for f in newest_balance.factors
        )
    if shared.contacts:
        sheet.subheading("Verslagen van contactmomenten")
        sheet.table(
            ["Datum", "Verslag"],
            [
                (short_date(in_brussels(c.at).date()), c.summary)
                for c in shared.contacts
                if c.summary
            ],
            [0.18, 0.82],
        )
    if shared.closure is not None:
        sheet.subheading("Afsluiting")
        sheet.facts(
            [
                ("Bereikt", shared.closure.achieved),
                ("Gaat zelf verder met", shared.closure.continues_alone),
            ]
        )
    if not view.categories:
        sheet.para("De cliënt gaf voor deze ontvanger(s) geen gegevens vrij, behalve de voornaam.")


def consent_basis(sheet: Sheet, view: SharedView) -> None:
    """Which consents this sheet rests on, and what stays out.  With several services
    (around one table) only what every one of them may know is shared, so what one of
    them may know can still be left out: the sheet says so, rather than that the client
    refused it."""
    sheet.heading("Waarop dit blad steunt")
    names = {o.id: o.name for o in view.dossier.organisations}
    for consent in view.dossier.consents:
        method = METHOD_NAMES.get(consent.method, "") if consent.method else "wijze niet genoteerd"
        shown = [CATEGORY_NAMES[c] for c in ShareCategory if c in consent.categories]
        sheet.para(
            f"Toestemming voor {names.get(consent.organisation_id, 'de ontvanger')}, "
            f"{method} gegeven op {short_date(consent.granted_on)}: {', '.join(shown)}."
        )
    several = len(view.dossier.organisations) > 1
    if several:
        sheet.para(
            "Met meerdere diensten samen staat hier enkel wat elke dienst aan tafel mag weten.",
            muted=True,
        )
    if view.left_out:
        left_out = ", ".join(CATEGORY_NAMES[c] for c in view.left_out)
        if several:
            sheet.para(
                "Niet gedeeld, omdat niet iedereen aan tafel er toestemming voor heeft: "
                f"{left_out}."
            )
        else:
            sheet.para(f"Niet gedeeld, want daar gaf de cliënt geen toestemming voor: {left_out}.")
    sheet.para(
        "Persoonlijke werknotities van de coach worden nooit gedeeld. Wilt u meer weten, "
        "vraag het dan aan de cliënt zelf.",
        muted=True,
    )


def limits_box(sheet: Sheet, view: SharedView) -> None:
    """The client's limits toward the receivers (``SharedView.limits``), in a box near the
    top of a partner sheet: what the client does not want shared or asked about.  Around
    one table only the limits toward everyone there; that there are more is said without
    their words."""
    if len(view.dossier.organisations) > 1:
        items = list(view.limits)
        if view.limits_withheld:
            items.append(
                "De cliënt stelde ook grenzen die niet voor iedereen aan tafel gelden. De "
                "coach kent ze en bewaakt ze: sluit de coach een onderwerp af, ga er dan "
                "niet verder op in."
            )
        sheet.box(
            "Grenzen die de cliënt stelt",
            items,
            "Begint de cliënt er zelf over, dan beslist de cliënt wat u hoort.",
        )
        return
    note = (
        "Hierover deelt de coach niets. Vraag er ook niet naar; begint de cliënt er "
        "zelf over, dan beslist de cliënt wat u hoort."
    )
    sheet.box("Grenzen die de cliënt stelt", view.limits, note)
