"""Fictional dossiers in bulk, for scale, search and performance tests.

Pure and deterministic: every choice comes from the ``random.Random`` passed in, so a seed
always gives the same dossiers. No I/O and nothing but the standard library and our domain
records. The people, organisations, phone numbers (``09 000 …``) and e-mail domains
(``.example``) are invented; any likeness to a real person or service is accidental.

Ecogram coordinates are relative to the client in the centre: ``x`` and ``y`` lie in
[-1, 1], a strong tie close to the centre and a weak one near the edge.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

from genwerkt_desktop.domain.enums import (
    AftercareKind,
    AppointmentMadeBy,
    BalanceSide,
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    ContactKind,
    GoalStatus,
    Initiator,
    LifeDomain,
    MeetingKind,
    NodeCategory,
    NoteScope,
    ObservationKind,
    Owner,
    Phase,
    ReferralStatus,
    ReminderPreference,
    RightStatus,
    ShareCategory,
    StepStatus,
    SupportFlow,
    SupportKind,
    SupportMode,
    TieQuality,
    TieStrength,
)
from genwerkt_desktop.domain.model import (
    Aftercare,
    AftercareMoment,
    Agreement,
    Appointment,
    Balance,
    BalanceFactor,
    Client,
    ClientPrepared,
    Closure,
    Consent,
    Contact,
    ContactPerson,
    Dossier,
    Ecogram,
    EcogramNode,
    EcogramTie,
    Goal,
    Meeting,
    Observation,
    Organisation,
    Participant,
    PhaseEntry,
    Referral,
    ReferralStep,
    Right,
    Step,
    Theme,
)

__all__ = ["TZ", "generate_dossier", "generate_dossiers", "generate_organisations"]

T = TypeVar("T")

TZ = timezone(timedelta(hours=1))
"""The fixed offset of every generated date-time (Belgian winter time)."""

# --------------------------------------------------------------------------- names

# fmt: off

_FLEMISH_FIRST = (
    "Jan", "Pieter", "Els", "An", "Koen", "Sofie", "Tom", "Lien", "Bart", "Nathalie",
    "Kevin", "Jessica", "Dirk", "Marleen", "Jens", "Laura", "Wim", "Sandra", "Stijn",
    "Kelly", "Ruben", "Nele", "Glenn", "Tamara", "Rik", "Inge", "Brent", "Melissa",
    "Yves", "Chantal", "Jelle", "Femke",
)
_FLEMISH_LAST = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Van den Broeck", "Vermeulen", "Dubois", "Lambrechts",
    "De Clercq", "Hermans", "Van Damme", "Verstraete", "De Backer", "Michiels", "Smets",
    "Aerts", "Cools", "Van Acker", "De Wilde", "Verhaegen",
)
_TURKISH_FIRST = (
    "Ayşe", "Fatma", "Gülşen", "Şükrü", "Çağlar", "Mehmet", "Emre", "Elif", "Özlem",
    "Hüseyin", "Yasemin", "Murat", "Büşra", "Oğuz", "İbrahim", "Gökhan",
)
_TURKISH_LAST = (
    "Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Kılıç", "Aydın", "Arslan",
    "Yıldız", "Koç", "Güneş", "Erdoğdu",
)
_POLISH_FIRST = (
    "Łukasz", "Małgorzata", "Paweł", "Wojciech", "Agnieszka", "Zofia", "Grzegorz",
    "Katarzyna", "Michał", "Bożena", "Jędrzej", "Anna", "Piotr", "Jolanta",
)
_POLISH_LAST = (
    "Wróblewski", "Nowak", "Kowalczyk", "Wiśniewska", "Dąbrowski", "Zieliński",
    "Lewandowska", "Wójcik", "Kamiński", "Szymańska", "Łuczak", "Pietrzyk",
)
_ROMANIAN_FIRST = (
    "Ioana", "Ștefan", "Mihaela", "Răzvan", "Andreea", "Cătălina", "Florin", "Ionuț",
    "Alexandru", "Bianca", "Mădălina", "Gheorghe", "Raluca",
)
_ROMANIAN_LAST = (
    "Popescu", "Constantinescu", "Țurcanu", "Ionescu", "Stănescu", "Mureșan",
    "Dumitrescu", "Rădulescu", "Căpraru", "Niță", "Constanțescu",
)
_ARABIC_FIRST = (
    "Youssef", "Fatima", "Nour", "Karim", "Samira", "Hamza", "Mohamed", "Khadija",
    "Bilal", "Imane", "Rachid", "Souad", "Ayoub", "Zineb",
)
_ARABIC_LAST = (
    "El Amrani", "Benali", "Haddad", "El Idrissi", "Bouzid", "Ait Lahcen", "Azzouzi",
    "Boukhari", "El Ouardi", "Chaoui", "Mansouri",
)

# (first names, last names, languages); weighted by _ORIGIN_WEIGHTS
_ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (_FLEMISH_FIRST, _FLEMISH_LAST, ("Nederlands",)),
    (_TURKISH_FIRST, _TURKISH_LAST, ("Turks; Nederlands", "Nederlands en Turks")),
    (_POLISH_FIRST, _POLISH_LAST, ("Pools; Nederlands basis", "Pools; Engels")),
    (_ROMANIAN_FIRST, _ROMANIAN_LAST, ("Roemeens; Nederlands niveau 1", "Roemeens; Frans")),
    (_ARABIC_FIRST, _ARABIC_LAST, ("Arabisch; Nederlands", "Tamazight; Nederlands; Frans")),
)
_ORIGIN_WEIGHTS = (52, 13, 11, 10, 14)
_ORIGIN_CUMULATIVE = tuple(itertools.accumulate(_ORIGIN_WEIGHTS))
_ALL_FIRST = (
    _FLEMISH_FIRST + _TURKISH_FIRST + _POLISH_FIRST + _ROMANIAN_FIRST + _ARABIC_FIRST
)

_COACHES = (
    "Sam Peeters", "Lies Vandenberghe", "Hatice Kaya", "Jeroen De Wilde", "Marie Leclercq",
    "Ilias Tahiri",
)

# (city, postcode, phone zone)
_CITIES = (
    ("Gent", "9000", "09"), ("Antwerpen", "2000", "03"), ("Mechelen", "2800", "015"),
    ("Aalst", "9300", "053"), ("Sint-Niklaas", "9100", "03"), ("Leuven", "3000", "016"),
    ("Brugge", "8000", "050"), ("Kortrijk", "8500", "056"), ("Genk", "3600", "089"),
    ("Oostende", "8400", "059"), ("Turnhout", "2300", "014"), ("Hasselt", "3500", "011"),
    ("Borgerhout", "2140", "03"), ("Ledeberg", "9050", "09"), ("Vilvoorde", "1800", "02"),
)
_STREETS = (
    "Kerkstraat", "Molenstraat", "Stationsstraat", "Lindenlaan", "Kouterstraat",
    "Nieuwstraat", "Beekstraat", "Hoogstraat", "Dorpsplein", "Sint-Jansstraat", "Vaartkaai",
    "Zandstraat", "Bloemenhof", "Klaprooslaan", "Schoolstraat", "Heirweg", "Ringlaan",
)

# fmt: on

# --------------------------------------------------------------------------- directory

# (kind, services, entry criteria, way of working, consequences of stopping)
_ORG_KINDS = (
    (
        "Sociaal Huis",
        "Leefloon, aanvullende steun, budgetbeheer, huurwaarborg, hulp bij energiefacturen.",
        "Voor inwoners van de gemeente; eerste gesprek zonder afspraak.",
        "Vaste maatschappelijk werker; sociaal onderzoek met huisbezoek voor elke beslissing.",
        "Wie niet meewerkt aan het onderzoek, kan aanvullende steun verliezen.",
    ),
    (
        "Schuldhulp",
        "Schuldbemiddeling, afbetalingsplannen, onderhandelen met deurwaarders.",
        "Iedereen met betalingsproblemen; aanmelden zelf of via een hulpverlener.",
        "Zitdag voor het eerste gesprek, daarna een vaste bemiddelaar om de drie weken.",
        "Lopende afbetalingsplannen blijven gelden; bij nieuwe schulden geen bemiddeling.",
    ),
    (
        "Werkpunt",
        "Begeleiding naar werk, sollicitatietraining, korte beroepsopleidingen met stage.",
        "Ingeschreven als werkzoekende; intakegesprek en korte proef voor opleidingen.",
        "Trajectbegeleider en actieplan; opleidingen in groep tijdens de schooluren.",
        "Zonder reden stoppen kan gevolgen hebben voor de uitkering.",
    ),
    (
        "Taalpunt",
        "Lessen Nederlands als tweede taal, oefenmomenten, hulp bij brieven.",
        "Volwassenen die Nederlands willen leren; eerst een niveautest.",
        "Kleine groepen, twee keer per week; wie drie keer afwezig is, wordt opgebeld.",
        "Na een onderbreking soms opnieuw een niveautest en een wachtlijst.",
    ),
    (
        "Kinderopvang",
        "Opvang voor kinderen tot drie jaar, prijs volgens inkomen.",
        "Voorrang voor alleenstaande ouders en ouders in een traject naar werk.",
        "Kennismaking en een wenweek; elke ochtend een kort overdrachtsmoment.",
        "Een plaats die een maand niet gebruikt wordt, kan vergeven worden.",
    ),
    (
        "Buurtwerk",
        "Buurtrestaurant, huiswerkklas, praatcafé, uitstappen aan een kleine prijs.",
        "Open voor iedereen uit de buurt.",
        "Vrijwilligers en buurtbewoners organiseren mee.",
        "Geen; wegblijven en terugkomen kan altijd.",
    ),
    (
        "Onthaalhuis",
        "Algemeen welzijnswerk: onthaal, psychosociale begeleiding, woonbegeleiding.",
        "Volwassenen met vragen over wonen, relaties, geld of welzijn.",
        "Onthaal zonder afspraak, daarna een vaste begeleider.",
        "Begeleiding stopt na een afsluitgesprek; opnieuw aanmelden kan.",
    ),
    (
        "Praatpunt",
        "Psychologische gesprekken aan een kleine prijs, ook in andere talen.",
        "Volwassenen met lichte tot matige psychische klachten.",
        "Kennismakingsgesprek en daarna tot tien gesprekken.",
        "Stoppen kan altijd; herstarten vraagt een nieuw kennismakingsgesprek.",
    ),
    (
        "Wijkgezondheidscentrum",
        "Huisartsen, verpleging en kinesitherapie onder één dak, zonder betaling per bezoek.",
        "Wonen in het werkingsgebied en aangesloten bij een ziekenfonds.",
        "Vast team; open spreekuur in de voormiddag.",
        "Uitschrijven kan op het einde van de maand.",
    ),
    (
        "Woonmaatschappij",
        "Sociale huurwoningen, inschrijving op de wachtlijst, woonconsulenten.",
        "Inkomen onder de grens voor sociale huur, geen eigen woning.",
        "Inschrijven op afspraak; elk jaar de inschrijving bevestigen.",
        "Wie de jaarlijkse bevestiging mist, verliest de opgebouwde wachttijd.",
    ),
    (
        "Mutualiteit",
        "Ziekteverzekering, verhoogde tegemoetkoming, sociale dienst, tandzorg.",
        "Iedereen die zich aansluit.",
        "Loket zonder afspraak; de sociale dienst komt ook aan huis.",
        "Wie de bijdrage niet betaalt, verliest de aanvullende voordelen.",
    ),
    (
        "Fietsatelier",
        "Tweedehands fietsen aan een kleine prijs, herstellingen, fietslessen.",
        "Mensen met een beperkt inkomen, op verwijzing of op eigen initiatief.",
        "Samen herstellen: de klant helpt mee aan de eigen fiets.",
        "Geen.",
    ),
    (
        "Vrijwilligerspunt",
        "Vrijwilligerswerk op maat als opstap naar werk of om mensen te ontmoeten.",
        "Iedereen vanaf achttien jaar.",
        "Kennismakingsgesprek en een proefperiode van een maand.",
        "Stoppen kan na een kort gesprek met de coördinator.",
    ),
)
# fmt: off
_ORG_SUFFIXES = (
    "Oost", "Noord", "Zuid", "West", "De Brug", "De Waaier", "Het Anker", "De Horizon",
    "De Kering", "Den Akker", "De Schakel", "De Vonk", "Het Kompas", "De Linde", "Samen",
)
# Names the hand-written demo dossiers (resources/demo) use: never generated again.
_DEMO_ORGANISATIONS = (
    "Sociaal Huis Leiemeersen", "Schuldhulp Oost", "Werkpunt Vaart",
    "Woonmaatschappij Scheldeland", "Kinderopvang De Knikker", "Buurtwerk De Brug",
    "Onthaalhuis De Waaier", "Praatpunt Zuid", "Wijkgezondheidscentrum Den Akker",
    "Taalpunt Noord", "Mutualiteit Samen Gezond", "Sociaal Huis Dijlepoort",
)
_ROLES = (
    "maatschappelijk werker", "trajectbegeleider", "onthaalmedewerker", "coördinator",
    "schuldbemiddelaar", "psycholoog", "woonconsulent", "leerkracht NT2", "buurtwerker",
)

# fmt: on

# --------------------------------------------------------------------------- texts

_WORK_WISHES = (
    "terug gaan werken, liefst in de zorg",
    "een job in een magazijn vinden",
    "werk vinden dat past bij de schooluren van mijn kinderen",
    "een opleiding volgen zodat ik meer kans maak",
    "een vast contract, niet altijd maar interim",
    "als chauffeur aan de slag, maar ik heb mijn rijbewijs nog niet",
    "in een keuken of een kantine werken",
    "iets met mijn handen doen, in de bouw of als klusjesman",
    "eerst vrijwilligerswerk doen en dan weer echt werken",
    "als poetshulp werken met een echt contract",
)
_OBSTACLES = (
    "Maar ik heb schulden en de brieven stapelen zich op.",
    "Maar ik vind geen opvang voor mijn jongste.",
    "Maar mijn rug laat zwaar werk niet meer toe.",
    "Mijn Nederlands is nog niet goed genoeg, zeggen ze.",
    "Ik woon nu tijdelijk bij mijn zus en weet niet hoe lang dat nog kan.",
    "Zonder auto raak ik niet op de industriezone.",
    "Sinds mijn scheiding lukt het allemaal niet meer.",
    "Ik slaap slecht en ben altijd moe.",
    "Mijn huur is te hoog voor mijn uitkering.",
)
_WISHES = (
    "Ik wil dat iemand mij helpt het overzicht te houden.",
    "Ik wil zelf beslissen, maar niet alleen staan.",
    "Ik wil dat mijn kinderen zien dat ik werk.",
    "Ik wil niet van het ene loket naar het andere gestuurd worden.",
    "",
)

_OPENERS: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.CONVERSATION: (
        "Gesprek op kantoor.",
        "Afspraak zoals gepland.",
        "{name} kwam wat te laat door de bus.",
        "Gesprek in het lokaal van {org}.",
        "",
    ),
    ContactKind.HOME_VISIT: (
        "Huisbezoek.",
        "Op bezoek bij {name} thuis.",
        "Huisbezoek; de kinderen waren thuis.",
        "Huisbezoek, koffie aan de keukentafel.",
    ),
    ContactKind.PHONE: (
        "Telefoon van {name}.",
        "Teruggebeld na een gemiste oproep.",
        "Kort telefonisch contact.",
        "{name} belde in paniek.",
    ),
    ContactKind.OUTREACH: (
        "{name} reageerde niet op berichten; langsgegaan.",
        "Aangesproken aan de schoolpoort.",
        "Opgezocht in het buurthuis.",
        "Na twee gemiste afspraken aangebeld.",
    ),
    ContactKind.INFORMAL: (
        "Toevallig tegengekomen op de markt.",
        "Koffie in het buurthuis.",
        "Na de les even gepraat.",
        "Samen een stukje gewandeld naar de halte.",
    ),
    ContactKind.MEETING: (
        "Overleg met {org}.",
        "Cliëntoverleg met {org}; {name} was erbij.",
        "Kort overleg met {org}, met akkoord van {name}.",
    ),
    ContactKind.OTHER: (
        "Samen naar een afspraak gegaan.",
        "Samen naar het loket van {org}.",
        "",
    ),
}
_TOPICS = (
    "Samen de brief over de huurachterstand gelezen; {name} belt zelf de huisbaas.",
    "De aanvraag voor schuldbemiddeling bij {org} besproken; de documenten liggen klaar.",
    "{name} had een sollicitatiegesprek bij een schoonmaakbedrijf en vertelde hoe het ging.",
    "Het cv aangepast voor een vacature als magazijnier.",
    "Nog geen plaats in de kinderopvang; {name} staat op de wachtlijst.",
    "Het busabonnement aan verminderd tarief is aangevraagd.",
    "{name} ging naar de huisarts voor de rugklachten; een attest volgt.",
    "De taalles loopt goed; {name} oefent met de buren.",
    "Uitleg gegeven over de opleiding logistiek van {org}; {name} wil naar de infosessie.",
    "De energiefactuur is te hoog; samen de meterstanden nagekeken.",
    "Het leefloon werd te laat gestort; samen naar het Sociaal Huis gebeld.",
    "De deurwaarder stuurde een nieuwe aanmaning; doorgegeven aan de schuldbemiddelaar.",
    "Gesproken over de verhoogde tegemoetkoming bij het ziekenfonds.",
    "{name} staat nu op de wachtlijst voor een sociale huurwoning.",
    "De tandarts is te duur; de derdebetalersregeling uitgelegd.",
    "Vrijwilligerswerk in de kringwinkel besproken als tussenstap naar werk.",
    "Theorie-examen voor het rijbewijs gepland; rijlessen kosten te veel.",
    "De kinderen hebben geen schoolmateriaal; schooltoeslag nagevraagd.",
    "Een interimkantoor bood een weekcontract in de voedingsindustrie aan.",
    "De psycholoog van {org} heeft een plaats vrij; {name} twijfelt nog.",
    "{name} kreeg de sleutel van een nieuwe woning; de huurwaarborg is geregeld.",
    "Het huurcontract loopt af; samen zoekertjes voor een studio bekeken.",
    "Het attest van arbeidsongeschiktheid vernieuwd; formulieren samen ingevuld.",
    "De stage in het woonzorgcentrum loopt goed, zegt de mentor.",
    "{name} wil met de fiets naar het werk; het fietsatelier kan helpen.",
    "Met de vrijetijdspas een voetbalclub voor de kinderen gezocht.",
    "Het maandbudget overlopen: na de vaste kosten blijft weinig leefgeld over.",
    "Gesprek over eenzaamheid; {name} wil eens naar het praatcafé van {org}.",
    "Ruzie met de ex-partner over de omgangsregeling; {name} zoekt juridisch advies.",
    "De sollicitatiebrief voor een job als keukenhulp samen nagelezen.",
    "{name} heeft een proefdag gedaan in een groentenveiling.",
    "De brief over de werkloosheidsuitkering was onduidelijk; samen uitgezocht.",
    "Het afbetalingsplan loopt: al drie maanden op tijd betaald.",
    "Schimmel in de badkamer; een brief aan de verhuurder opgesteld.",
    "{name} volgt een computercursus om online te solliciteren.",
    "Het attest voor de opleidingscheques aangevraagd.",
)
_FOLLOW_UPS = (
    "Volgende afspraak over twee weken.",
    "{name} doet dit zelf en laat iets weten.",
    "Ik bel {org} morgen.",
    "Afspraak: {name} brengt de documenten mee.",
    "Herinnering per sms gestuurd.",
    "Niets meer afgesproken; {name} laat zelf iets horen.",
    "Stappenplan op papier meegegeven.",
    "Bekrachtigd wat al gelukt is.",
    "Op de volgende afspraak evalueren.",
    "",
)
_QUOTES = (
    '{name} zei: "Ik wil het eerst zelf proberen."',
    '"Dit is de eerste goede week in lang," zei {name}.',
    'Bij het afscheid zei {name} "شكراً".',
    '"Çok teşekkürler," zei {name} lachend.',
    '"Dziękuję, naprawdę," zei {name}.',
    '"Mulțumesc," zei {name} aan de deur.',
    '"Ik ben het beu om altijd te moeten wachten," zei {name}.',
    '"Mijn kinderen gaan voor," zei {name}.',
)
_PERSONAL_NOTES = (
    "Eigen notitie: {name} leek moe; volgende keer vragen hoe het echt gaat.",
    "Voor mezelf: niet vergeten het attest na te vragen bij {org}.",
    "Voor mezelf: {name} wil niet dat de familie iets weet over de schulden.",
    "Eigen indruk: mogelijk zorgen over drankgebruik; eerst zelf met {name} bespreken.",
    "Eigen notitie: {name} vertelde iets over geweld thuis; voorzichtig opvolgen.",
    "Voor mezelf: rustiger praten, {name} raakte de draad kwijt.",
)
_PLANNED = (
    "Gepland: samen de vacatures van deze week doornemen.",
    "Gepland: eerste afspraak bij {org}; samen vertrekken aan de halte.",
    "Gepland: huisbezoek om de post te overlopen.",
    "Gepland: evaluatie van het stappenplan met {name}.",
    "Gepland: telefoon om te horen hoe het sollicitatiegesprek ging.",
)
_PLACES: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.CONVERSATION: ("Kantoor", "Sociaal Huis", "Bibliotheek, vergaderlokaal"),
    ContactKind.HOME_VISIT: ("Thuis",),
    ContactKind.PHONE: ("",),
    ContactKind.OUTREACH: ("Schoolpoort", "Buurthuis", "Markt", "Aan de voordeur"),
    ContactKind.INFORMAL: ("Buurthuis", "Markt", "Park", "Buurtrestaurant"),
    ContactKind.MEETING: ("Kantoor", "Lokaal van de partner"),
    ContactKind.OTHER: ("Loket", "Onderweg", ""),
}
_KINDS = tuple(ContactKind)
_OPENER_LIST = tuple(_OPENERS[k] for k in _KINDS)
_PLACE_LIST = tuple(_PLACES[k] for k in _KINDS)
_KIND_WEIGHTS = (36, 16, 22, 6, 8, 5, 7)

_OBSERVATIONS: dict[LifeDomain, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # (needs, strengths, resources)
    LifeDomain.WORK: (
        ("Geen recente werkervaring in België.", "Weet niet hoe solliciteren online gaat."),
        ("Jarenlange ervaring in de schoonmaak.", "Werkt nauwkeurig en is stipt."),
        ("Vorige werkgever wil een referentie geven.",),
    ),
    LifeDomain.INCOME: (
        ("Huurachterstand en aanmaningen van een deurwaarder.", "Geen vast inkomen."),
        ("Houdt een schriftje bij met alle uitgaven.",),
        ("Leefloon loopt correct.", "Kinderbijslag komt elke maand op tijd."),
    ),
    LifeDomain.HOUSING: (
        ("Vochtige woning met schimmel.", "Huurcontract loopt binnenkort af."),
        ("Houdt de woning netjes ondanks weinig middelen.",),
        ("Ingeschreven op de wachtlijst voor sociale huur.",),
    ),
    LifeDomain.HEALTH: (
        ("Rugpijn maakt zwaar werk onmogelijk.", "Slaapt slecht door piekeren."),
        ("Gaat elke dag wandelen om gezond te blijven.",),
        ("Vaste huisarts die goed luistert.",),
    ),
    LifeDomain.FAMILY: (
        ("Geen opvang voor het jongste kind.", "Conflict met de ex-partner over de kinderen."),
        ("Zorgt met veel liefde voor de kinderen.",),
        ("Grootmoeder haalt de kinderen op van school.",),
    ),
    LifeDomain.NETWORK: (
        ("Weinig mensen om op terug te vallen.", "Contact met de familie is verbroken."),
        ("Maakt gemakkelijk contact met buren.",),
        ("Een vriendin gaat mee naar moeilijke afspraken.",),
    ),
    LifeDomain.EDUCATION: (
        ("Diploma niet erkend in België.", "Leest en schrijft moeilijk Nederlands."),
        ("Leert snel en vraagt door.",),
        ("Volgt taalles bij een taalpunt in de buurt.",),
    ),
    LifeDomain.MOBILITY: (
        ("Geen rijbewijs; werk op de industriezone is onbereikbaar.",),
        ("Fietst overal naartoe.",),
        ("Heeft een busabonnement aan verminderd tarief.",),
    ),
    LifeDomain.LEISURE: (
        ("Komt bijna nooit buiten.",),
        ("Kookt graag voor anderen.", "Speelt voetbal in een buurtploeg."),
        ("Het buurthuis organiseert goedkope uitstappen.",),
    ),
    LifeDomain.ADMINISTRATION: (
        ("Laat brieven ongeopend liggen.", "Lopende procedure bij de vrederechter."),
        ("Bewaart alle papieren in een map.",),
        ("Een buurman helpt met de belastingaangifte.",),
    ),
}
_OBS_DOMAINS = tuple(_OBSERVATIONS)
_OBS_FLAT = tuple(
    (domain, kind, text)
    for domain, texts in _OBSERVATIONS.items()
    for kind, options in zip(
        (ObservationKind.NEED, ObservationKind.STRENGTH, ObservationKind.RESOURCE),
        texts,
        strict=True,
    )
    for text in options
)

_RIGHTS = (
    ("Leefloon", LifeDomain.INCOME),
    ("Verhoogde tegemoetkoming ziekteverzekering", LifeDomain.HEALTH),
    ("Sociaal tarief energie", LifeDomain.INCOME),
    ("Kortingsabonnement openbaar vervoer", LifeDomain.MOBILITY),
    ("Inkomensgerelateerde prijs kinderopvang", LifeDomain.FAMILY),
    ("Schooltoeslag", LifeDomain.FAMILY),
    ("Inschrijving sociale huurwoning", LifeDomain.HOUSING),
    ("Huurpremie", LifeDomain.HOUSING),
    ("Huurwaarborg via het Sociaal Huis", LifeDomain.HOUSING),
    ("Vrijetijdspas met korting", LifeDomain.LEISURE),
    ("Opleidingscheques", LifeDomain.EDUCATION),
    ("Tegemoetkoming voor personen met een handicap", LifeDomain.INCOME),
    ("Derdebetalersregeling bij de huisarts", LifeDomain.HEALTH),
    ("Gratis juridisch eerstelijnsadvies", LifeDomain.ADMINISTRATION),
    ("Verwarmingstoelage", LifeDomain.INCOME),
)
_RIGHT_NOTES = (
    "Aanvraag samen ingediend.",
    "Wacht op een attest.",
    "Automatisch toegekend.",
    "Eerst het inkomen laten berekenen.",
    "",
)

# (domain, title, client's words, measure)
_GOALS = (
    (
        LifeDomain.WORK,
        "Werk met een contract",
        "Ik wil een echt contract en een loonbrief.",
        "Contract van minstens 19 uur per week.",
    ),
    (
        LifeDomain.WORK,
        "Een opleiding afmaken",
        "Ik wil een getuigschrift, dan tel ik mee.",
        "Getuigschrift van de opleiding behaald.",
    ),
    (
        LifeDomain.INCOME,
        "Rust in de schulden",
        "Ik wil weten wat ik moet betalen en aan wie.",
        "Er is een afbetalingsplan en er blijft leefgeld over.",
    ),
    (
        LifeDomain.HOUSING,
        "Een betaalbare woning",
        "Een plek waar de kinderen een eigen kamer hebben.",
        "Huurcontract van hoogstens een derde van het inkomen.",
    ),
    (
        LifeDomain.FAMILY,
        "Opvang voor de kinderen",
        "Ik wil dat ze veilig zijn als ik werk.",
        "Vaste opvang op de dagen dat er gewerkt wordt.",
    ),
    (
        LifeDomain.HEALTH,
        "Beter slapen",
        "Ik wil 's morgens niet meer zo moe zijn.",
        "Vijf nachten per week doorslapen.",
    ),
    (
        LifeDomain.MOBILITY,
        "Rijbewijs halen",
        "Dan kan ik ook vroege ploegen doen.",
        "Praktijkexamen geslaagd.",
    ),
    (
        LifeDomain.EDUCATION,
        "Beter Nederlands",
        "Ik wil zelf aan de telefoon kunnen.",
        "Taalniveau 2 behaald.",
    ),
    (
        LifeDomain.NETWORK,
        "Meer mensen rond mij",
        "Ik wil iemand om mee te praten.",
        "Eén vaste activiteit per week buitenshuis.",
    ),
)
_STEP_TEXTS: dict[Owner, tuple[str, ...]] = {
    Owner.CLIENT: (
        "De brieven verzamelen in één map.",
        "Zelf bellen voor een afspraak.",
        "Drie vacatures per week opzoeken.",
        "Het formulier invullen.",
        "Elke week de post openen.",
    ),
    Owner.COACH: (
        "Navragen welke documenten nodig zijn.",
        "Het eerste gesprek samen voorbereiden.",
        "Meegaan naar de eerste afspraak.",
        "Een overzicht op papier maken.",
    ),
    Owner.NETWORK: (
        "Mee naar de afspraak gaan.",
        "Op de kinderen passen tijdens de les.",
        "Helpen met vervoer naar de proefdag.",
    ),
    Owner.PARTNER: (
        "Een afbetalingsvoorstel opmaken.",
        "Intakegesprek en niveautest.",
        "De aanvraag behandelen en laten weten.",
    ),
}
_STEP_MODES = tuple(SupportMode)

_BALANCE_TEXTS: dict[BalanceSide, tuple[tuple[str, LifeDomain], ...]] = {
    BalanceSide.CAPACITY: (
        ("De kinderen geven moed", LifeDomain.FAMILY),
        ("Een vriendin die klaarstaat", LifeDomain.NETWORK),
        ("Werkervaring", LifeDomain.WORK),
        ("Leert snel", LifeDomain.EDUCATION),
        ("Vast inkomen", LifeDomain.INCOME),
        ("Sport en beweging", LifeDomain.LEISURE),
        ("Een afbetalingsplan loopt", LifeDomain.INCOME),
        ("Goede huisarts", LifeDomain.HEALTH),
    ),
    BalanceSide.BURDEN: (
        ("Schulden en aanmaningen", LifeDomain.INCOME),
        ("Vochtige woning", LifeDomain.HOUSING),
        ("Geen opvang", LifeDomain.FAMILY),
        ("Pijn en vermoeidheid", LifeDomain.HEALTH),
        ("Alleen staan", LifeDomain.NETWORK),
        ("Geen rijbewijs", LifeDomain.MOBILITY),
        ("Brieven die niet begrepen worden", LifeDomain.ADMINISTRATION),
        ("Huurcontract loopt af", LifeDomain.HOUSING),
    ),
}

# label templates per category; {f} is a first name
_NODE_LABELS: dict[NodeCategory, tuple[str, ...]] = {
    NodeCategory.HOUSEHOLD: ("Partner {f}", "Zoon {f}", "Dochter {f}", "Ex-partner"),
    NodeCategory.FAMILY: ("Moeder", "Vader", "Zus {f}", "Broer {f}", "Oma (جدّتي)", "Tante {f}"),
    NodeCategory.FRIENDS: ("Vriend {f}", "Vriendin {f}", "Vrienden van het voetbal"),
    NodeCategory.NEIGHBOURS: ("Buurvrouw {f}", "Buurman {f}"),
    NodeCategory.WORK: ("Ex-werkgever", "Collega {f}", "Interimkantoor"),
    NodeCategory.EDUCATION: ("Leerkracht Nederlands", "Klasgenoten"),
    NodeCategory.LEISURE: ("Sportclub", "Geloofsgemeenschap", "Buurthuis", "Zangkoor"),
    NodeCategory.OTHER: ("Huisbaas", "Deurwaarder", "Huisarts"),
}
_PEOPLE_CATEGORIES = tuple(_NODE_LABELS)
_STRENGTHS = tuple(TieStrength)
_QUALITIES = tuple(TieQuality)
_QUALITY_WEIGHTS = (50, 25, 18, 7)
_QUALITY_CUMULATIVE = tuple(itertools.accumulate(_QUALITY_WEIGHTS))
_FLOWS = tuple(SupportFlow)
_SUPPORTS = tuple(SupportKind)
_RADIUS = {TieStrength.STRONG: 0.35, TieStrength.ORDINARY: 0.6, TieStrength.WEAK: 0.85}

_CATEGORIES = tuple(ShareCategory)
_RIGHT_STATUSES = tuple(RightStatus)
_REMINDERS = tuple(ReminderPreference)
_PHASES = tuple(Phase)

_OWNERS = (Owner.CLIENT, Owner.CLIENT, Owner.COACH, Owner.NETWORK, Owner.PARTNER)
_PAST_STEP = (
    StepStatus.DONE,
    StepStatus.DONE,
    StepStatus.IN_PROGRESS,
    StepStatus.FAILED,
    StepStatus.PLANNED,
)
_FUTURE_STEP = (StepStatus.PLANNED, StepStatus.IN_PROGRESS, StepStatus.ON_HOLD)
_EVALUATIONS = ("Gelukt, sneller dan verwacht.", "Gelukt met wat hulp.", "Gedaan.")
_OPEN_REFERRAL = (
    ReferralStatus.ONGOING,
    ReferralStatus.ONGOING,
    ReferralStatus.TIME_OUT,
    ReferralStatus.STOPPED,
)

_CLOSURE_TEXTS = (
    "Ik voelde me gehoord, ook als het over andere dingen ging dan werk.",
    "Soms ging het te snel, maar ik kon altijd bellen.",
    "Het hielp dat iemand mee naar de afspraken ging.",
)
_ACHIEVED = (
    "Een contract als magazijnier.",
    "Een afbetalingsplan en een vaste opvang voor de kinderen.",
    "Een opleiding afgerond en een job in een keuken.",
)
_CAN_COME_BACK = (
    "Vragen over brieven",
    "Problemen op het werk bespreken",
    "Hulp bij een nieuwe aanvraag",
    "Opnieuw starten als het werk stopt",
)
_SIGNALS = (
    "Vaak ziek melden",
    "Ongeopende post",
    "Opnieuw achterstallige huur",
    "Klinkt moe of somber aan de telefoon",
)


# --------------------------------------------------------------------------- helpers


def _uid(rng: random.Random) -> str:
    """``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, computed faster."""
    return _hex_uuid4(rng.getrandbits(128))


_VERSION_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_VERSION_SET = (0x8000 << 48) | (4 << 76)


def _hex_uuid4(n: int) -> str:
    """The same text as ``str(uuid.UUID(int=n, version=4))``, without building a UUID."""
    h = f"{(n & _VERSION_CLEAR) | _VERSION_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _phone(rng: random.Random, zone: str) -> str:
    return f"{zone} 000 {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------- directory


def generate_organisations(rng: random.Random, count: int = 25) -> tuple[Organisation, ...]:
    """``count`` fictional entries for the sociale kaart, each with two or three contacts."""
    out: list[Organisation] = []
    names: set[str] = set(_DEMO_ORGANISATIONS)
    for _ in range(count):
        kind, services, entry, way, stopping = rng.choice(_ORG_KINDS)
        city, postcode, zone = rng.choice(_CITIES)
        name = f"{kind} {rng.choice(_ORG_SUFFIXES)}"
        if name in names:
            name = f"{name} ({city})"
        while name in names:
            name = f"{name} {len(names)}"
        names.add(name)
        domain = _slug(name) + ".example"
        people: list[ContactPerson] = []
        for i in range(rng.randint(2, 3)):
            first = rng.choice(_ALL_FIRST)
            last = rng.choice(_FLEMISH_LAST if rng.random() < 0.6 else _ARABIC_LAST)
            people.append(
                ContactPerson(
                    id=_uid(rng),
                    name=f"{first} {last}",
                    role=rng.choice(_ROLES),
                    phone=_phone(rng, zone),
                    email=f"{_slug(first)}.{_slug(last)}@{domain}",
                    trusted=True if i == 0 else None,
                    backup=True if i == 1 else None,
                )
            )
        out.append(
            Organisation(
                id=_uid(rng),
                name=name,
                services=services,
                entry_criteria=entry,
                way_of_working=way,
                stopping_consequences=stopping,
                address=f"{rng.choice(_STREETS)} {rng.randint(1, 160)}, {postcode} {city}",
                phone=_phone(rng, zone),
                email=f"info@{domain}",
                website=f"www.{domain}",
                opening_hours=rng.choice(
                    ("ma–vr 9–12 u", "ma–vr 9–16 u", "di en do 13–19 u", "op afspraak")
                ),
                contacts=tuple(people),
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- dossier


class _Builder:
    """What one dossier's parts share: the rng, the day, and the organisations referred to.

    ``pick``, ``between`` and ``weighted`` are deterministic stand-ins for ``rng.choice``,
    ``rng.randint`` and ``rng.choices`` that cost a fraction of them: they all draw from
    ``rng.random`` only.
    """

    def __init__(
        self, rng: random.Random, today: date, organisations: Sequence[Organisation]
    ) -> None:
        self.rng = rng
        self.rand = rng.random
        self.today = today
        self.orgs = organisations
        self.used: set[str] = set()

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rand() * len(seq))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.rand() * (high - low + 1))

    def weighted(self, seq: Sequence[T], cumulative: Sequence[float]) -> T:
        return seq[bisect.bisect(cumulative, self.rand() * cumulative[-1])]

    def uid(self) -> str:
        return _hex_uuid4(self.rng.getrandbits(128))

    def day(self, start: date, end: date) -> date:
        first = start.toordinal()
        span = end.toordinal() - first
        return date.fromordinal(first + int(self.rand() * (span + 1))) if span > 0 else start

    def org(self) -> Organisation | None:
        if not self.orgs:
            return None
        org = self.pick(self.orgs)
        self.used.add(org.id)
        return org

    def org_name(self) -> str:
        # Mentioned in free text only: not a reference, so not marked as used.
        return self.pick(self.orgs).name if self.orgs else "de partner"


def _client(b: _Builder, started_on: date) -> Client:
    (firsts, lasts, languages) = b.weighted(_ORIGINS, _ORIGIN_CUMULATIVE)
    first = b.pick(firsts)
    last = b.pick(lasts) if b.rand() < 0.85 else b.pick(_FLEMISH_LAST)
    city, postcode, _zone = b.pick(_CITIES)
    question = " ".join(
        part
        for part in (
            f"Ik wil {b.pick(_WORK_WISHES)}.",
            b.pick(_OBSTACLES),
            b.pick(_WISHES),
        )
        if part
    )
    referrer = b.org_name() if b.rand() < 0.7 else b.pick(("huisarts", "eigen initiatief"))
    return Client(
        id=b.uid(),
        first_name=first,
        last_name=last,
        birth_date=b.today - timedelta(days=b.between(18 * 365, 62 * 365)),
        phone=f"04{b.between(70, 99)} 00 {b.between(10, 99)} {b.between(10, 99)}",
        email=f"{_slug(first)}.{_slug(last)}@mail.example" if b.rand() < 0.6 else None,
        address=f"{b.pick(_STREETS)} {b.between(1, 220)}, {postcode} {city}",
        language=b.pick(languages),
        reminder_preference=b.pick(_REMINDERS),
        coach=b.pick(_COACHES),
        referred_by=referrer,
        support_question=question,
        started_on=started_on,
    )


def _phases(b: _Builder, started_on: date) -> tuple[PhaseEntry, ...]:
    rng = b.rng
    wanted = b.between(3, 8)
    sequence = [0]
    idx = 0
    while len(sequence) < wanted:
        if idx >= 3 and b.rand() < 0.3:
            idx = b.between(1, idx - 1)  # back to clarifying or goal setting
        elif idx < len(_PHASES) - 1:
            idx += 1
        else:
            break
        sequence.append(idx)
    span = (b.today - started_on).days
    offsets = sorted(rng.sample(range(1, span), len(sequence) - 1))
    days = [0, *offsets]
    notes = ("", "", "Nieuwe vraag na een gebeurtenis thuis.", "Samen beslist.", "")
    return tuple(
        PhaseEntry(
            phase=_PHASES[p],
            started_on=started_on + timedelta(days=d),
            note=b.pick(notes) or None,
        )
        for p, d in zip(sequence, days, strict=True)
    )


def _contacts(
    b: _Builder, name: str, started_on: date, last_day: date, planned_ahead: bool
) -> tuple[Contact, ...]:
    """The busiest part of a dossier, so the loop avoids ``rng.choice`` and enum hashing.

    ``seq[int(random() * len(seq))]`` is a deterministic pick at a fraction of the cost;
    moments are drawn as sortable integers (day * 44 + quarter-hour slot) and sorted once.
    """
    rng = b.rng
    rand = rng.random
    bits = rng.getrandbits
    start_ord = started_on.toordinal()
    span = max(last_day.toordinal() - start_ord, 1)  # past contacts: [start, last_day - 1]
    ahead = b.today.toordinal() - start_ord  # planned ones lie after today
    # Longer trajectories have more contacts (at most about one every two days): uniform
    # between 30 and that ceiling, about 120 on average over the generated trajectories.
    ceiling = max(30, min(300, span // 2))
    count = min(ceiling, 30 + int(rand() * (ceiling - 29)))
    planned = b.between(1, 3) if planned_ahead else 0
    moments = sorted(int(rand() * span * 44) for _ in range(count - planned))
    moments += sorted(
        (ahead + 1 + int(rand() * 40)) * 44 + int(rand() * 44) for _ in range(planned)
    )
    names = tuple(o.name for o in b.orgs) or ("de partner",)
    n_names = len(names)
    kinds = rng.choices(range(len(_KINDS)), _KIND_WEIGHTS, k=count)
    n_topics, n_follow, n_quotes = len(_TOPICS), len(_FOLLOW_UPS), len(_QUOTES)
    personal_scope, file_scope = NoteScope.PERSONAL, NoteScope.FILE
    past = count - planned
    out: list[Contact] = []
    for i in range(count):
        k = kinds[i]
        day_offset, slot = divmod(moments[i], 44)
        day = date.fromordinal(start_ord + day_offset)
        at = datetime(day.year, day.month, day.day, 8 + slot // 4, 15 * (slot % 4), tzinfo=TZ)
        is_planned = i >= past
        personal = not is_planned and rand() < 0.1
        org = names[int(rand() * n_names)]
        if is_planned:
            template = _PLANNED[int(rand() * len(_PLANNED))]
        elif personal:
            template = _PERSONAL_NOTES[int(rand() * len(_PERSONAL_NOTES))]
        else:
            openers = _OPENER_LIST[k]
            template = openers[int(rand() * len(openers))]
            template += " " + _TOPICS[int(rand() * n_topics)]
            if rand() < 0.5:
                template += " " + _TOPICS[int(rand() * n_topics)]
            if rand() < 0.15:
                template += " " + _QUOTES[int(rand() * n_quotes)]
            template += " " + _FOLLOW_UPS[int(rand() * n_follow)]
        places = _PLACE_LIST[k]
        out.append(
            Contact(
                id=_hex_uuid4(bits(128)),
                at=at,
                kind=_KINDS[k],
                place=places[int(rand() * len(places))] or None,
                summary=template.strip().format(name=name, org=org),
                note_scope=personal_scope if personal else file_scope,
                client_may_read=False if personal else rand() >= 0.1,
                planned=True if is_planned else None,
            )
        )
    return tuple(out)


def _observations(b: _Builder, started_on: date, last_day: date) -> tuple[Observation, ...]:
    return tuple(
        Observation(
            id=b.uid(),
            domain=domain,
            kind=kind,
            text=text,
            voiced_by_client=b.rand() >= 0.25,
            noted_on=b.day(started_on, last_day),
        )
        for domain, kind, text in b.rng.sample(_OBS_FLAT, b.between(5, 20))
    )


def _rights(b: _Builder, started_on: date, last_day: date) -> tuple[Right, ...]:
    rng = b.rng
    out: list[Right] = []
    for name, domain in rng.sample(_RIGHTS, b.between(2, 6)):
        status = b.pick(_RIGHT_STATUSES)
        discussed = status is not RightStatus.NOT_DISCUSSED
        out.append(
            Right(
                id=b.uid(),
                name=name,
                status=status,
                domain=domain,
                updated_on=b.day(started_on, last_day) if discussed else None,
                note=(b.pick(_RIGHT_NOTES) or None) if discussed else None,
            )
        )
    return tuple(out)


def _node(b: _Builder, index: int, total: int) -> EcogramNode:
    strength = b.pick(_STRENGTHS)
    quality = b.weighted(_QUALITIES, _QUALITY_CUMULATIVE)
    angle = 2 * math.pi * index / total + (b.rand() - 0.5) * 0.4
    radius = _RADIUS[strength] + (b.rand() - 0.5) * 0.16
    organisation_id: str | None = None
    if b.rand() < 0.3 and b.orgs:
        org = b.org()
        assert org is not None
        label, category, organisation_id = org.name, NodeCategory.SERVICES, org.id
    else:
        category = b.pick(_PEOPLE_CATEGORIES)
        label = b.pick(_NODE_LABELS[category]).format(f=b.pick(_ALL_FIRST))
    broken = quality is TieQuality.BROKEN
    return EcogramNode(
        id=b.uid(),
        label=label,
        category=category,
        organisation_id=organisation_id,
        x=round(radius * math.cos(angle), 3) + 0.0,  # + 0.0: never -0.0
        y=round(radius * math.sin(angle), 3) + 0.0,
        strength=TieStrength.WEAK if broken else strength,
        quality=quality,
        flow=SupportFlow.NONE if broken else b.pick(_FLOWS),
        support=() if broken else tuple(k for k in _SUPPORTS if b.rand() < 0.35),
    )


def _ecograms(b: _Builder, dates: list[date]) -> tuple[Ecogram, ...]:
    rng = b.rng
    out: list[Ecogram] = []
    for drawn_on in dates:
        total = b.between(4, 12)
        nodes = tuple(_node(b, i, total) for i in range(total))
        ties = tuple(
            EcogramTie(
                from_id=a.id,
                to_id=z.id,
                strength=b.pick(_STRENGTHS),
                quality=b.weighted(_QUALITIES, _QUALITY_CUMULATIVE),
            )
            for a, z in (rng.sample(nodes, 2) for _ in range(b.between(0, 4)))
        )
        out.append(Ecogram(id=b.uid(), drawn_on=drawn_on, nodes=nodes, ties=ties))
    return tuple(out)


def _balances(b: _Builder, dates: list[date]) -> tuple[Balance, ...]:
    out: list[Balance] = []
    for n, assessed_on in enumerate(dates):
        factors: list[BalanceFactor] = []
        for _ in range(b.between(4, 10)):
            side = BalanceSide.CAPACITY if b.rand() < 0.45 + 0.1 * n else BalanceSide.BURDEN
            text, domain = b.pick(_BALANCE_TEXTS[side])
            factors.append(BalanceFactor(side, text, b.between(1, 5), domain))
        out.append(Balance(id=b.uid(), assessed_on=assessed_on, factors=tuple(factors)))
    return tuple(out)


def _goals(b: _Builder, client: Client, network: Sequence[str]) -> tuple[Goal, ...]:
    rng = b.rng
    today = b.today
    out: list[Goal] = []
    for priority, (domain, title, words, measure) in enumerate(
        rng.sample(_GOALS, b.between(1, 4)), start=1
    ):
        steps: list[Step] = []
        for _ in range(b.between(1, 5)):
            owner = b.pick(_OWNERS)
            if owner is Owner.CLIENT:
                owner_name: str | None = client.display_name
            elif owner is Owner.COACH:
                owner_name = client.coach
            elif owner is Owner.NETWORK:
                owner_name = b.pick(network) if network else None
            else:
                owner_name = b.org_name()
            due = today + timedelta(days=b.between(-90, 75))
            status = b.pick(_PAST_STEP if due < today else _FUTURE_STEP)
            steps.append(
                Step(
                    id=b.uid(),
                    text=b.pick(_STEP_TEXTS[owner]),
                    owner=owner,
                    status=status,
                    owner_name=owner_name,
                    mode=b.pick(_STEP_MODES),
                    due_on=due,
                    evaluation=b.pick(_EVALUATIONS) if status is StepStatus.DONE else None,
                )
            )
        complete = b.rand() >= 0.2  # some goals are not yet SMART on purpose
        out.append(
            Goal(
                id=b.uid(),
                title=title,
                status=b.pick(tuple(GoalStatus)),
                domain=domain,
                client_words=words,
                measure=measure if complete else None,
                agreed_by_client=True if complete else None,
                realistic_note="Haalbaar in kleine stappen." if complete else None,
                due_on=today + timedelta(days=b.between(-30, 240)) if complete else None,
                priority=priority,
                steps=tuple(steps),
            )
        )
    return tuple(out)


def _consents(b: _Builder, started_on: date) -> tuple[Consent, ...]:
    rng = b.rng
    out: list[Consent] = []
    for _ in range(b.between(0, 3) if b.orgs else 0):
        org = b.org()
        assert org is not None
        granted = b.day(started_on, b.today)
        k = b.between(1, 5)
        chosen = set(rng.sample(_CATEGORIES, k))
        revoked = b.day(granted, b.today) if b.rand() < 0.15 else None
        out.append(
            Consent(
                id=b.uid(),
                organisation_id=org.id,
                granted_on=granted,
                categories=tuple(c for c in _CATEGORIES if c in chosen),
                method=b.pick((ConsentMethod.SPOKEN, ConsentMethod.WRITTEN)),
                not_to_share=b.pick(
                    (None, "Niets over de ex-partner.", "Niets over de gezondheid.")
                ),
                revoked_on=revoked,
            )
        )
    return tuple(out)


def _referrals(b: _Builder, started_on: date) -> tuple[Referral, ...]:
    out: list[Referral] = []
    for _ in range(b.between(0, 2) if b.orgs else 0):
        org = b.org()
        assert org is not None
        done_until = b.between(1, 7)
        first = b.day(started_on, b.today)
        steps = tuple(
            ReferralStep(
                step=n,
                done=n <= done_until,
                done_on=min(first + timedelta(days=5 * n), b.today) if n <= done_until else None,
            )
            for n in range(1, 8)
        )
        done_all = done_until == 7
        status = ReferralStatus.SUCCEEDED if done_all else b.pick(_OPEN_REFERRAL)
        appointment = None
        if done_until >= 4:
            day = first + timedelta(days=30)  # the day of step 6, the first contact
            appointment = Appointment(
                at=datetime(day.year, day.month, day.day, b.between(9, 16), 0, tzinfo=TZ),
                place=org.address,
                made_by=b.pick(tuple(AppointmentMadeBy)),
                documents_to_bring=("Identiteitskaart", "Laatste brieven"),
                coach_comes_along=b.rand() < 0.5,
                transport=b.pick(("Met de bus", "Met de fiets", "Te voet")),
                reminder_wanted=True,
            )
        out.append(
            Referral(
                id=b.uid(),
                organisation_id=org.id,
                status=status,
                contact_person_id=b.pick(org.contacts).id if org.contacts else None,
                domain=b.pick(_OBS_DOMAINS),
                need=b.pick(_TOPICS).format(name="de cliënt", org=org.name),
                revisit_on=(
                    b.today + timedelta(days=b.between(14, 90))
                    if status is ReferralStatus.TIME_OUT
                    else None
                ),
                steps=steps,
                appointment=appointment,
                client_questions=("Wat kost het?",) if b.rand() < 0.5 else (),
            )
        )
    return tuple(out)


def _meetings(b: _Builder, started_on: date, client: Client) -> tuple[Meeting, ...]:
    rng = b.rng
    if len(b.orgs) < 2 or b.rand() >= 0.2:
        return ()
    day = b.day(started_on, b.today)
    participants = [Participant(name=client.display_name, role="cliënt")]
    for org in rng.sample(list(b.orgs), b.between(2, 3)):
        b.used.add(org.id)
        person = org.contacts[0].name if org.contacts else org.name
        participants.append(Participant(name=person, organisation_id=org.id, role="partner"))
    agreement = Agreement(
        what="Een afbetalingsvoorstel opmaken.",
        who=participants[1].name,
        due_on=day + timedelta(days=30),
        client_agrees=True,
    )
    return (
        Meeting(
            id=b.uid(),
            at=datetime(day.year, day.month, day.day, 10, 0, tzinfo=TZ),
            kind=b.pick((MeetingKind.CLIENT_MEETING, MeetingKind.ROUND_TABLE)),
            place="Kantoor",
            purpose="Samen afspreken wie wat opneemt rond schulden en wonen.",
            coordinator=client.coach,
            client_attends=True,
            participants=tuple(participants),
            client_prepared=ClientPrepared(True, True, True, b.rand() < 0.8, True, True),
            themes=(
                Theme(
                    title="Schulden",
                    client_view="Ik wil elke maand iets afbetalen.",
                    agreements=(agreement,),
                ),
            ),
            privacy_agreements="Enkel wat over schulden en wonen gaat, wordt gedeeld.",
            feedback_agreements="Verslag in gewone taal binnen de week.",
        ),
    )


def _spread(b: _Builder, start: date, end: date, count: int) -> list[date]:
    return sorted(b.day(start, end) for _ in range(count))


def generate_dossier(
    rng: random.Random, today: date, organisations: Sequence[Organisation]
) -> Dossier:
    """One fictional dossier. ``organisations`` holds only the organisations it refers to."""
    b = _Builder(rng, today, organisations)
    started_on = today - timedelta(days=b.between(60, 1100))
    client = _client(b, started_on)
    phases = _phases(b, started_on)
    last = phases[-1]
    if last.phase is Phase.AFTERCARE:
        status = ClientStatus.AFTERCARE
    elif last.phase is Phase.CLOSURE:
        status = ClientStatus.CLOSED
    else:
        status = ClientStatus.ACTIVE
    closed_on = last.started_on if status is ClientStatus.CLOSED else None
    client = dataclasses.replace(client, status=status, closed_on=closed_on)
    network = [
        f"{b.pick(('Zus', 'Broer', 'Buurvrouw', 'Vriend'))} {b.pick(_ALL_FIRST)}" for _ in range(2)
    ]
    last_day = closed_on or today
    planned_ahead = status is not ClientStatus.CLOSED
    contacts = _contacts(b, client.first_name, started_on, last_day, planned_ahead)
    closure: Closure | None = None
    aftercare: Aftercare | None = None
    if status is not ClientStatus.ACTIVE:
        closure = Closure(
            evaluated_on=last.started_on,
            reason=b.pick(tuple(ClosureReason)),
            client_experience=b.pick(_CLOSURE_TEXTS),
            achieved=b.pick(_ACHIEVED),
            network_fallback=f"{network[0]} en {network[1]}",
        )
    if status is ClientStatus.AFTERCARE:
        starts = last.started_on
        aftercare = Aftercare(
            starts_on=starts,
            ends_on=starts + timedelta(days=180),
            contact_moments=tuple(
                AftercareMoment(
                    on=starts + timedelta(days=30 * n),
                    kind=b.pick(tuple(AftercareKind)),
                    who_initiates=b.pick((Initiator.COACH, Initiator.CLIENT)),
                    done=starts + timedelta(days=30 * n) < today,
                )
                for n in range(1, 5)
            ),
            can_come_back_for=tuple(rng.sample(_CAN_COME_BACK, 2)),
            signals_to_watch=tuple(rng.sample(_SIGNALS, 2)),
            useful_numbers=(f"{client.coach} (coach): 09 000 00 00",),
        )
    observations = _observations(b, started_on, last_day)
    rights = _rights(b, started_on, last_day)
    ecograms = _ecograms(b, _spread(b, started_on, last_day, b.between(1, 3)))
    balances = _balances(b, _spread(b, started_on, last_day, b.between(1, 3)))
    goals = _goals(b, client, network)
    consents = _consents(b, started_on)
    referrals = _referrals(b, started_on)
    meetings = _meetings(b, started_on, client)
    return Dossier(
        client=client,
        phases=phases,
        observations=observations,
        rights=rights,
        ecograms=ecograms,
        balances=balances,
        goals=goals,
        contacts=contacts,
        organisations=tuple(o for o in organisations if o.id in b.used),
        consents=consents,
        referrals=referrals,
        meetings=meetings,
        closure=closure,
        aftercare=aftercare,
    )


def generate_dossiers(seed: int, count: int, today: date) -> Iterator[Dossier]:
    """``count`` dossiers from one seed, sharing one directory of organisations."""
    rng = random.Random(seed)
    organisations = generate_organisations(rng)
    for _ in range(count):
        yield generate_dossier(rng, today, organisations)
