"""The instruments of a generated dossier: first reception, binnenkant, life story,
vacancies read together and choices weighed (issue 19), at rates a caseload might have.

They draw from a stream of their own, seeded from the client's id, so the rest of a
generated dossier stays exactly what it was before they came (benchmarks and tests that
count generated contacts or words keep their numbers).  All text is fictional.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from genwerkt_desktop.domain.enums import (
    InnerAspect,
    LifeDomain,
    RequirementMatch,
    VacancyConclusion,
)
from genwerkt_desktop.domain.instruments import (
    Decision,
    DecisionOption,
    FirstReception,
    InnerNote,
    LifeEvent,
    Requirement,
    Vacancy,
)

INNER_TEXTS: dict[InnerAspect, tuple[str, ...]] = {
    InnerAspect.EXPERIENCE: (
        "Voelt zich vaak een nummer aan een loket.",
        "Zegt dat de brieven haar de adem benemen.",
        "Ervaart elke afspraak als een examen.",
    ),
    InnerAspect.FEELINGS: (
        "Schaamt zich om hulp te vragen bij vrienden.",
        "Is boos op de instanties die hem lieten wachten.",
        "Voelt zich moe, al maanden.",
    ),
    InnerAspect.HURTS: (
        "Werd op vorig werk afgedankt zonder uitleg.",
        "Kreeg als kind te horen dat ze niets kon.",
    ),
    InnerAspect.BULLYING: ("Werd op school uitgelachen om de kleren.",),
    InnerAspect.LOYALTIES: (
        "Stuurt elke maand geld naar familie, ook als het krap is.",
        "Wil de broer niet laten vallen, ook al kost het veel.",
    ),
    InnerAspect.BELIEFS: (
        "Gelooft dat het toch nooit lukt met een diploma van hier.",
        "Denkt dat wie hulp vraagt, zwak is.",
    ),
    InnerAspect.INTENTIONS: (
        "Wil het beter doen dan de eigen ouders.",
        "Wil eerst alles zelf proberen.",
    ),
    InnerAspect.DREAMS: (
        "Droomt van een eigen naaiatelier.",
        "Wil ooit met de kinderen op reis naar zee.",
        "Wil chauffeur worden, zoals de vader.",
    ),
    InnerAspect.COPING: (
        "Wandelt elke avond om het hoofd leeg te maken.",
        "Legt brieven ongeopend in een schuif.",
        "Belt de zus als het te veel wordt.",
    ),
}
LIFE_EVENTS = (
    ("Verhuisd naar België", None),
    ("Eerste job in een fabriek", None),
    ("Scheiding", None),
    ("Geboorte van het eerste kind", None),
    ("Ontslagen na een herstructurering", None),
    ("Lange tijd ziek thuis", None),
    ("Opgegroeid bij de grootouders", "als kind"),
    ("School afgebroken", "op 16 jaar"),
)
JOBS = (
    ("Keukenhulp", "Sociaal restaurant De Pollepel"),
    ("Magazijnier", "Logistiek Noord"),
    ("Poetshulp", "Dienstenchequebedrijf Propere Hoek"),
    ("Kassamedewerker", "Buurtsuper Den Hoek"),
    ("Chauffeur bestelwagen", "Koerier Snel"),
    ("Productiemedewerker", "Voeding Vlaanderen"),
    ("Onthaalmedewerker", None),
)
REQUIREMENTS = (
    "Rijbewijs B",
    "Vlot Nederlands spreken",
    "Werken in ploegen",
    "Ervaring in een gelijkaardige job",
    "Flexibel inzetbaar in het weekend",
    "Attest voedselveiligheid",
    "Zwaar tillen",
    "Met een computer kunnen werken",
)
QUESTIONS = (
    ("Nu een opleiding starten of eerst werken?", ("Opleiding", "Eerst werken")),
    ("Verhuizen naar een goedkopere woning?", ("Verhuizen", "Blijven")),
    ("Deeltijds of voltijds beginnen?", ("Deeltijds", "Voltijds")),
)
PROS = ("Meer rust", "Sneller eigen inkomen", "Tijd voor de kinderen", "Dichter bij familie")
CONS = ("Minder geld", "Lange verplaatsing", "Opvang nodig", "Veel tegelijk")
REACHABILITY = ("Best 's ochtends bellen", "Liever een sms", "Via de zus, na 17 uur")


@dataclass(frozen=True)
class Instruments:
    first_reception: FirstReception | None
    inner_notes: tuple[InnerNote, ...]
    life_events: tuple[LifeEvent, ...]
    vacancies: tuple[Vacancy, ...]
    decisions: tuple[Decision, ...]


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _day(rng: random.Random, start: date, end: date) -> date:
    span = max(0, (end - start).days)
    return start + timedelta(days=rng.randint(0, span))


def _vacancy(rng: random.Random, start: date, end: date) -> Vacancy:
    title, employer = rng.choice(JOBS)
    return Vacancy(
        id=_id(rng),
        title=title,
        employer=employer,
        read_on=_day(rng, start, end),
        requirements=tuple(
            Requirement(text=text, client_has=rng.choice(tuple(RequirementMatch)))
            for text in rng.sample(REQUIREMENTS, rng.randint(3, 6))
        ),
        conclusion=rng.choice((*VacancyConclusion, None)),
    )


def _decision(rng: random.Random, start: date, end: date) -> Decision:
    question, options = rng.choice(QUESTIONS)
    chosen = rng.choice((*options, None))
    return Decision(
        id=_id(rng),
        question=question,
        made_on=_day(rng, start, end),
        options=tuple(
            DecisionOption(
                text=text, pros=tuple(rng.sample(PROS, 2)), cons=tuple(rng.sample(CONS, 1))
            )
            for text in options
        ),
        chosen=chosen,
    )


def generate_instruments(client_id: str, started_on: date, last_day: date) -> Instruments:
    rng = random.Random(client_id)  # a str seed is hashed with SHA-512: the same every run
    reception = None
    if rng.random() < 0.7:
        reception = FirstReception(
            on=started_on,
            explained_secrecy=True,
            explained_what_is_noted=True,
            explained_team_sharing=rng.random() < 0.8,
            reachability=rng.choice(REACHABILITY),
        )
    inner = tuple(
        InnerNote(
            id=_id(rng),
            aspect=aspect,
            text=rng.choice(INNER_TEXTS[aspect]),
            domain=rng.choice((*LifeDomain, None)),
            voiced_by_client=rng.random() < 0.6,
            noted_on=_day(rng, started_on, last_day),
        )
        for aspect in rng.sample(tuple(InnerAspect), rng.choice((0, 0, 1, 2, 3, 4)))
    )
    events = tuple(
        LifeEvent(
            id=_id(rng),
            text=text,
            when=when,
            on=None if when else _day(rng, started_on - timedelta(days=9000), started_on),
        )
        for text, when in rng.sample(LIFE_EVENTS, rng.choice((0, 0, 1, 2, 3)))
    )
    vacancies = tuple(
        _vacancy(rng, started_on, last_day) for _ in range(rng.choice((0, 0, 0, 1, 2)))
    )
    decisions = tuple(_decision(rng, started_on, last_day) for _ in range(rng.choice((0, 0, 0, 1))))
    return Instruments(reception, inner, events, vacancies, decisions)
