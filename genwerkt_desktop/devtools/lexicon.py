"""A natural vocabulary for the generated notes: thousands of Dutch words, Zipf-distributed.

The fixed sentences of :mod:`vocabulary` give a corpus of some 800 distinct words, each
about as frequent as the next: a search benchmark on it is kind.  Real notes are not
like that: a few words ("afspraak", "brief") come back in every other note, most words
turn up a handful of times in a whole caseload.  This module adds one sentence of that
kind to a note:

* the words: simple nouns, and the compound nouns Dutch makes of them
  ("huur" + "achterstand", "opleiding" + "s" + "cheque"), adjectives and past participles,
  about 4,000 distinct words in all, every one fictional-plausible in a coach's note;
* their frequency: the word of rank *r* (a fixed, seeded order) is drawn with weight
  ``1 / (r + 1) ** ZIPF_S``, so the most common noun is some thousand times as frequent
  as the rarest;
* the sentences: short templates a coach writes ("Ook de {noun} besproken.").

Deterministic: every draw comes from the ``random.Random`` given.
"""

from __future__ import annotations

import bisect
import itertools
import random
import string
from collections.abc import Callable, Sequence

ZIPF_S = 1.05
ORDER_SEED = 18  # the fixed order of the compounds (issue 18)

# fmt: off
# Simple nouns, roughly from the most to the least common in a coach's notes.
NOUNS = (
    "afspraak", "brief", "huur", "werk", "vraag", "documenten", "school", "attest",
    "formulier", "factuur", "uitkering", "budget", "schulden", "woning", "opleiding",
    "sollicitatie", "kinderen", "gezondheid", "huisbaas", "contract", "rekening", "premie",
    "vacature", "cursus", "stage", "aanvraag", "planning", "loket", "verzekering", "bank",
    "post", "taal", "fiets", "bus", "energie", "water", "medicatie", "therapie", "familie",
    "buren", "partner", "werkgever", "consulent", "dossier", "beslissing", "termijn",
    "achterstand", "aanmaning", "herinnering", "uitnodiging", "verslag", "overzicht",
    "bewijs", "kaart", "pas", "abonnement", "korting", "cheque", "pakket", "traject",
    "project", "groep", "club", "moment", "probleem", "schema", "voorstel", "regeling",
    "vergoeding", "bijdrage", "tarief", "lijst", "dienst", "begeleider", "mentor",
    "advocaat", "notaris", "rechter", "deurwaarder", "tandarts", "huisarts", "apotheek",
    "ziekenhuis", "mutualiteit", "belastingen", "pensioen", "kinderbijslag", "groeipakket",
    "leefloon", "studietoelage", "huurpremie", "waarborg", "elektriciteit", "verwarming",
    "internet", "gsm", "laptop", "printer", "rijbewijs", "auto", "trein", "tram", "parking",
    "voedselbank", "kringwinkel", "sociale", "buurthuis", "bibliotheek", "sportclub",
    "zwemles", "muziekschool", "speelplein", "jeugdwerking", "kinderopvang", "crèche",
    "kleuterklas", "middelbare", "hogeschool", "avondschool", "werkplaats", "magazijn",
    "keuken", "schoonmaak", "tuinonderhoud", "bouwwerf", "logistiek", "productie",
    "zorgsector", "horeca", "winkel", "markt", "kantoor", "nachtploeg", "dagploeg",
    "weekendwerk", "deeltijds", "voltijds", "interim", "proefperiode", "opzeg",
    "ontslag", "ziekte", "herval", "rugpijn", "slaapproblemen", "stress", "eenzaamheid",
    "verdriet", "rouw", "verhuis", "dakloosheid", "noodopvang", "crisisopvang",
    "vluchtelingen", "inburgering", "nationaliteit", "verblijfsvergunning", "identiteitskaart",
    "paspoort", "geboorteakte", "trouwboekje", "echtscheiding", "omgangsregeling",
    "alimentatie", "jeugdrechter", "pleegzorg", "schoolverzuim", "huiswerk", "rapport",
    "oudercontact", "leerkracht", "zorgleerkracht", "clb", "ocmw", "vdab", "rva", "riziv",
)
# First parts of compounds (with their linking -s where Dutch writes one).
HEADS = (
    "huur", "school", "werk", "zorg", "gezins", "kinder", "energie", "water", "gas", "bus",
    "trein", "fiets", "taal", "computer", "sollicitatie", "opleidings", "stage",
    "vakantie", "ziekte", "tandarts", "huisarts", "apotheek", "verzekerings", "belasting",
    "pensioen", "budget", "schuld", "afbetalings", "loon", "uitkerings", "premie", "woon",
    "buurt", "jeugd", "sport", "muziek", "kook", "bibliotheek", "wijk", "markt", "winkel",
    "keuken", "magazijn", "schoonmaak", "tuin", "post", "bank", "identiteits", "verblijfs",
    "inburgerings", "vrijwilligers", "interim", "proef", "nacht", "weekend", "maand",
    "week", "jaar", "ouder", "familie", "partner", "rechts", "medicatie", "therapie",
    "revalidatie", "mutualiteits", "ziekenhuis", "crisis", "onthaal", "wachtlijst",
)
# Second parts of compounds.
TAILS = (
    "aanvraag", "attest", "brief", "formulier", "afspraak", "factuur", "kosten", "premie",
    "toelage", "plan", "gesprek", "dossier", "contract", "regeling", "cursus", "les",
    "groep", "club", "kaart", "pas", "abonnement", "rekening", "achterstand", "vergoeding",
    "bijdrage", "termijn", "datum", "lijst", "loket", "dienst", "consulent", "begeleider",
    "verslag", "overzicht", "bewijs", "nummer", "code", "uitnodiging", "herinnering",
    "aanmaning", "beslissing", "voorstel", "tarief", "korting", "cheque", "bon", "pakket",
    "project", "traject", "moment", "vraag", "probleem", "schema", "planning", "zaak",
    "vergadering", "evaluatie", "opvolging", "wijziging", "berekening",
)
ADJECTIVES = (
    "nieuwe", "oude", "volgende", "vorige", "dringende", "lastige", "dure", "goedkopere",
    "tijdelijke", "vaste", "jaarlijkse", "maandelijkse", "aangepaste", "ontbrekende",
    "onduidelijke", "verkeerde", "juiste", "ingevulde", "ondertekende", "geweigerde",
    "goedgekeurde", "herziene", "uitgestelde", "verlengde", "bijkomende", "eerste",
    "tweede", "laatste", "gezamenlijke", "eigen", "officiële", "voorlopige", "definitieve",
    "digitale", "papieren", "aangetekende", "vertaalde", "gedeeltelijke", "volledige",
    "openstaande", "betaalde", "onbetaalde", "lopende", "afgesloten", "geplande",
    "gemiste", "verplaatste", "gewijzigde", "kleine", "grote",
)
PARTICIPLES = (
    "besproken", "nagevraagd", "geregeld", "doorgestuurd", "aangevraagd", "ingevuld",
    "uitgesteld", "opgevolgd", "nagelezen", "ondertekend", "verstuurd", "ontvangen",
    "betaald", "geweigerd", "goedgekeurd", "aangepast", "vertaald", "gekopieerd",
    "ingescand", "opgezocht", "uitgelegd", "afgeprint", "gebeld", "gemaild", "bevestigd",
    "geannuleerd", "verplaatst", "herbekeken", "doorgenomen", "afgewerkt", "opgestart",
    "stopgezet", "verlengd", "opgevraagd", "bezorgd", "afgegeven", "voorbereid",
    "genoteerd", "gecontroleerd", "nagekeken",
)
# {n} a noun, {a} an adjective, {p} a participle; {name} and {org} as in the other texts.
TEMPLATES = (
    "Ook de {n} {p}.",
    "De {a} {n} {p}.",
    "{name} vroeg naar de {n}.",
    "Samen gekeken naar de {a} {n} en de {n}.",
    "Nog geen nieuws over de {n}.",
    "Vraag over de {n} doorgegeven aan {org}.",
    "{name} maakt zich zorgen over de {a} {n}.",
    "Tip: de {n} bij {org} navragen.",
    "De {n} en de {n} {p}.",
    "Kort de {n} {p}; {name} brengt de {a} {n} mee.",
    "Voor de {n} is nog een {a} {n} nodig.",
    "{name} heeft de {n} zelf {p}.",
)
# fmt: on


def _compounds() -> list[str]:
    words = [head + tail for head in HEADS for tail in TAILS if head != tail]
    random.Random(ORDER_SEED).shuffle(words)
    return words


def _ranked_nouns() -> tuple[str, ...]:
    """Simple nouns first (the common ones), then the compounds in a seeded order."""
    seen: set[str] = set()
    out: list[str] = []
    for word in itertools.chain(NOUNS, _compounds()):
        if word not in seen:
            seen.add(word)
            out.append(word)
    return tuple(out)


def _zipf(count: int) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (rank + 1) ** ZIPF_S for rank in range(count)))


RANKED_NOUNS = _ranked_nouns()
_NOUN_CUMULATIVE = _zipf(len(RANKED_NOUNS))
_ADJ_CUMULATIVE = _zipf(len(ADJECTIVES))
_PART_CUMULATIVE = _zipf(len(PARTICIPLES))


def _draw(rand: Callable[[], float], words: Sequence[str], cumulative: Sequence[float]) -> str:
    index = bisect.bisect(cumulative, rand() * cumulative[-1])
    return words[min(index, len(words) - 1)]


def sentence(rand: Callable[[], float]) -> str:
    """One sentence of a note, ``{name}`` and ``{org}`` still to fill in."""
    template = TEMPLATES[int(rand() * len(TEMPLATES))]
    out: list[str] = []
    for literal, field, _, _ in _PARSED[template]:
        out.append(literal)
        if field == "n":
            out.append(_draw(rand, RANKED_NOUNS, _NOUN_CUMULATIVE))
        elif field == "a":
            out.append(_draw(rand, ADJECTIVES, _ADJ_CUMULATIVE))
        elif field == "p":
            out.append(_draw(rand, PARTICIPLES, _PART_CUMULATIVE))
        elif field is not None:
            out.append("{" + field + "}")
    return "".join(out)


def _parse(template: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return list(string.Formatter().parse(template))


_PARSED = {template: _parse(template) for template in TEMPLATES}


def distinct_words() -> int:
    """How many different words the sentences can hold (the templates' own words aside)."""
    return len(set(RANKED_NOUNS) | set(ADJECTIVES) | set(PARTICIPLES))
