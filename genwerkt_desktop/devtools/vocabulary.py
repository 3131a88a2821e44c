"""The words the generator builds fictional dossiers from (Dutch, invented).

Names of people and services are made up; phone numbers and e-mail domains are not
real ones.
"""

from __future__ import annotations

import itertools

from genwerkt_desktop.domain.enums import (
    BalanceSide,
    ContactKind,
    LifeDomain,
    NodeCategory,
    ObservationKind,
    Owner,
    ReferralStatus,
    StepStatus,
    SupportMode,
)

# --------------------------------------------------------------------------- names

# fmt: off

FLEMISH_FIRST = (
    "Jan", "Pieter", "Els", "An", "Koen", "Sofie", "Tom", "Lien", "Bart", "Nathalie",
    "Kevin", "Jessica", "Dirk", "Marleen", "Jens", "Laura", "Wim", "Sandra", "Stijn",
    "Kelly", "Ruben", "Nele", "Glenn", "Tamara", "Rik", "Inge", "Brent", "Melissa",
    "Yves", "Chantal", "Jelle", "Femke",
)
FLEMISH_LAST = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Van den Broeck", "Vermeulen", "Dubois", "Lambrechts",
    "De Clercq", "Hermans", "Van Damme", "Verstraete", "De Backer", "Michiels", "Smets",
    "Aerts", "Cools", "Van Acker", "De Wilde", "Verhaegen",
)
TURKISH_FIRST = (
    "Ayşe", "Fatma", "Gülşen", "Şükrü", "Çağlar", "Mehmet", "Emre", "Elif", "Özlem",
    "Hüseyin", "Yasemin", "Murat", "Büşra", "Oğuz", "İbrahim", "Gökhan",
)
TURKISH_LAST = (
    "Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Kılıç", "Aydın", "Arslan",
    "Yıldız", "Koç", "Güneş", "Erdoğdu",
)
POLISH_FIRST = (
    "Łukasz", "Małgorzata", "Paweł", "Wojciech", "Agnieszka", "Zofia", "Grzegorz",
    "Katarzyna", "Michał", "Bożena", "Jędrzej", "Anna", "Piotr", "Jolanta",
)
POLISH_LAST = (
    "Wróblewski", "Nowak", "Kowalczyk", "Wiśniewska", "Dąbrowski", "Zieliński",
    "Lewandowska", "Wójcik", "Kamiński", "Szymańska", "Łuczak", "Pietrzyk",
)
ROMANIAN_FIRST = (
    "Ioana", "Ștefan", "Mihaela", "Răzvan", "Andreea", "Cătălina", "Florin", "Ionuț",
    "Alexandru", "Bianca", "Mădălina", "Gheorghe", "Raluca",
)
ROMANIAN_LAST = (
    "Popescu", "Constantinescu", "Țurcanu", "Ionescu", "Stănescu", "Mureșan",
    "Dumitrescu", "Rădulescu", "Căpraru", "Niță", "Constanțescu",
)
ARABIC_FIRST = (
    "Youssef", "Fatima", "Nour", "Karim", "Samira", "Hamza", "Mohamed", "Khadija",
    "Bilal", "Imane", "Rachid", "Souad", "Ayoub", "Zineb",
)
ARABIC_LAST = (
    "El Amrani", "Benali", "Haddad", "El Idrissi", "Bouzid", "Ait Lahcen", "Azzouzi",
    "Boukhari", "El Ouardi", "Chaoui", "Mansouri",
)

# (first names, last names, languages); weighted by ORIGIN_WEIGHTS
ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (FLEMISH_FIRST, FLEMISH_LAST, ("Nederlands",)),
    (TURKISH_FIRST, TURKISH_LAST, ("Turks; Nederlands", "Nederlands en Turks")),
    (POLISH_FIRST, POLISH_LAST, ("Pools; Nederlands basis", "Pools; Engels")),
    (ROMANIAN_FIRST, ROMANIAN_LAST, ("Roemeens; Nederlands niveau 1", "Roemeens; Frans")),
    (ARABIC_FIRST, ARABIC_LAST, ("Arabisch; Nederlands", "Tamazight; Nederlands; Frans")),
)
ORIGIN_WEIGHTS = (52, 13, 11, 10, 14)
ORIGIN_CUMULATIVE = tuple(itertools.accumulate(ORIGIN_WEIGHTS))
ALL_FIRST = (
    FLEMISH_FIRST + TURKISH_FIRST + POLISH_FIRST + ROMANIAN_FIRST + ARABIC_FIRST
)

COACHES = (
    "Sam Peeters", "Lies Vandenberghe", "Hatice Kaya", "Jeroen De Wilde", "Marie Leclercq",
    "Ilias Tahiri",
)

# (city, postcode, phone zone)
CITIES = (
    ("Gent", "9000", "09"), ("Antwerpen", "2000", "03"), ("Mechelen", "2800", "015"),
    ("Aalst", "9300", "053"), ("Sint-Niklaas", "9100", "03"), ("Leuven", "3000", "016"),
    ("Brugge", "8000", "050"), ("Kortrijk", "8500", "056"), ("Genk", "3600", "089"),
    ("Oostende", "8400", "059"), ("Turnhout", "2300", "014"), ("Hasselt", "3500", "011"),
    ("Borgerhout", "2140", "03"), ("Ledeberg", "9050", "09"), ("Vilvoorde", "1800", "02"),
)
STREETS = (
    "Kerkstraat", "Molenstraat", "Stationsstraat", "Lindenlaan", "Kouterstraat",
    "Nieuwstraat", "Beekstraat", "Hoogstraat", "Dorpsplein", "Sint-Jansstraat", "Vaartkaai",
    "Zandstraat", "Bloemenhof", "Klaprooslaan", "Schoolstraat", "Heirweg", "Ringlaan",
)

# fmt: on

# --------------------------------------------------------------------------- directory

# (kind, services, entry criteria, way of working, consequences of stopping)
ORG_KINDS = (
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
ORG_SUFFIXES = (
    "Oost", "Noord", "Zuid", "West", "De Brug", "De Waaier", "Het Anker", "De Horizon",
    "De Kering", "Den Akker", "De Schakel", "De Vonk", "Het Kompas", "De Linde", "Samen",
)
# Names the hand-written demo dossiers (resources/demo) use: never generated again.
DEMO_ORGANISATIONS = (
    "Sociaal Huis Leiemeersen", "Schuldhulp Oost", "Werkpunt Vaart",
    "Woonmaatschappij Scheldeland", "Kinderopvang De Knikker", "Buurtwerk De Brug",
    "Onthaalhuis De Waaier", "Praatpunt Zuid", "Wijkgezondheidscentrum Den Akker",
    "Taalpunt Noord", "Mutualiteit Samen Gezond", "Sociaal Huis Dijlepoort",
)
ROLES = (
    "maatschappelijk werker", "trajectbegeleider", "onthaalmedewerker", "coördinator",
    "schuldbemiddelaar", "psycholoog", "woonconsulent", "leerkracht NT2", "buurtwerker",
)

# fmt: on

# --------------------------------------------------------------------------- texts

WORK_WISHES = (
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
OBSTACLES = (
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
WISHES = (
    "Ik wil dat iemand mij helpt het overzicht te houden.",
    "Ik wil zelf beslissen, maar niet alleen staan.",
    "Ik wil dat mijn kinderen zien dat ik werk.",
    "Ik wil niet van het ene loket naar het andere gestuurd worden.",
    "",
)

OPENERS: dict[ContactKind, tuple[str, ...]] = {
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
TOPICS = (
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
FOLLOW_UPS = (
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
QUOTES = (
    '{name} zei: "Ik wil het eerst zelf proberen."',
    '"Dit is de eerste goede week in lang," zei {name}.',
    'Bij het afscheid zei {name} "شكراً".',
    '"Çok teşekkürler," zei {name} lachend.',
    '"Dziękuję, naprawdę," zei {name}.',
    '"Mulțumesc," zei {name} aan de deur.',
    '"Ik ben het beu om altijd te moeten wachten," zei {name}.',
    '"Mijn kinderen gaan voor," zei {name}.',
)
PERSONAL_NOTES = (
    "Eigen notitie: {name} leek moe; volgende keer vragen hoe het echt gaat.",
    "Voor mezelf: niet vergeten het attest na te vragen bij {org}.",
    "Voor mezelf: {name} wil niet dat de familie iets weet over de schulden.",
    "Eigen indruk: mogelijk zorgen over drankgebruik; eerst zelf met {name} bespreken.",
    "Eigen notitie: {name} vertelde iets over geweld thuis; voorzichtig opvolgen.",
    "Voor mezelf: rustiger praten, {name} raakte de draad kwijt.",
)
PLANNED = (
    "Gepland: samen de vacatures van deze week doornemen.",
    "Gepland: eerste afspraak bij {org}; samen vertrekken aan de halte.",
    "Gepland: huisbezoek om de post te overlopen.",
    "Gepland: evaluatie van het stappenplan met {name}.",
    "Gepland: telefoon om te horen hoe het sollicitatiegesprek ging.",
)
PLACES: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.CONVERSATION: ("Kantoor", "Sociaal Huis", "Bibliotheek, vergaderlokaal"),
    ContactKind.HOME_VISIT: ("Thuis",),
    ContactKind.PHONE: ("",),
    ContactKind.OUTREACH: ("Schoolpoort", "Buurthuis", "Markt", "Aan de voordeur"),
    ContactKind.INFORMAL: ("Buurthuis", "Markt", "Park", "Buurtrestaurant"),
    ContactKind.MEETING: ("Kantoor", "Lokaal van de partner"),
    ContactKind.OTHER: ("Loket", "Onderweg", ""),
}
KINDS = tuple(ContactKind)
OPENER_LIST = tuple(OPENERS[k] for k in KINDS)
PLACE_LIST = tuple(PLACES[k] for k in KINDS)
KIND_WEIGHTS = (36, 16, 22, 6, 8, 5, 7)

OBSERVATIONS: dict[LifeDomain, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
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
OBS_DOMAINS = tuple(OBSERVATIONS)
OBS_FLAT = tuple(
    (domain, kind, text)
    for domain, texts in OBSERVATIONS.items()
    for kind, options in zip(
        (ObservationKind.NEED, ObservationKind.STRENGTH, ObservationKind.RESOURCE),
        texts,
        strict=True,
    )
    for text in options
)

RIGHTS = (
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
RIGHT_NOTES = (
    "Aanvraag samen ingediend.",
    "Wacht op een attest.",
    "Automatisch toegekend.",
    "Eerst het inkomen laten berekenen.",
    "",
)

# (domain, title, client's words, measure)
GOALS = (
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
STEP_TEXTS: dict[Owner, tuple[str, ...]] = {
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
STEP_MODES = tuple(SupportMode)

BALANCE_TEXTS: dict[BalanceSide, tuple[tuple[str, LifeDomain], ...]] = {
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
NODE_LABELS: dict[NodeCategory, tuple[str, ...]] = {
    NodeCategory.HOUSEHOLD: ("Partner {f}", "Zoon {f}", "Dochter {f}", "Ex-partner"),
    NodeCategory.FAMILY: ("Moeder", "Vader", "Zus {f}", "Broer {f}", "Oma (جدّتي)", "Tante {f}"),
    NodeCategory.FRIENDS: ("Vriend {f}", "Vriendin {f}", "Vrienden van het voetbal"),
    NodeCategory.NEIGHBOURS: ("Buurvrouw {f}", "Buurman {f}"),
    NodeCategory.WORK: ("Ex-werkgever", "Collega {f}", "Interimkantoor"),
    NodeCategory.EDUCATION: ("Leerkracht Nederlands", "Klasgenoten"),
    NodeCategory.LEISURE: ("Sportclub", "Geloofsgemeenschap", "Buurthuis", "Zangkoor"),
    NodeCategory.OTHER: ("Huisbaas", "Deurwaarder", "Huisarts"),
}


EVALUATIONS = ("Gelukt, sneller dan verwacht.", "Gelukt met wat hulp.", "Gedaan.")
CLOSURE_TEXTS = (
    "Ik voelde me gehoord, ook als het over andere dingen ging dan werk.",
    "Soms ging het te snel, maar ik kon altijd bellen.",
    "Het hielp dat iemand mee naar de afspraken ging.",
)
ACHIEVED = (
    "Een contract als magazijnier.",
    "Een afbetalingsplan en een vaste opvang voor de kinderen.",
    "Een opleiding afgerond en een job in een keuken.",
)
CAN_COME_BACK = (
    "Vragen over brieven",
    "Problemen op het werk bespreken",
    "Hulp bij een nieuwe aanvraag",
    "Opnieuw starten als het werk stopt",
)
SIGNALS = (
    "Vaak ziek melden",
    "Ongeopende post",
    "Opnieuw achterstallige huur",
    "Klinkt moe of somber aan de telefoon",
)

# Who takes a step, and how steps and referrals tend to stand.
OWNERS = (Owner.CLIENT, Owner.CLIENT, Owner.COACH, Owner.NETWORK, Owner.PARTNER)
PAST_STEP = (
    StepStatus.DONE,
    StepStatus.DONE,
    StepStatus.IN_PROGRESS,
    StepStatus.FAILED,
    StepStatus.PLANNED,
)
FUTURE_STEP = (StepStatus.PLANNED, StepStatus.IN_PROGRESS, StepStatus.ON_HOLD)
OPEN_REFERRAL = (
    ReferralStatus.ONGOING,
    ReferralStatus.ONGOING,
    ReferralStatus.TIME_OUT,
    ReferralStatus.STOPPED,
)
