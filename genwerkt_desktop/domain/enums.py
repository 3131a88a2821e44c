"""Every closed list of the exchange format, with the Dutch codes as values."""

from __future__ import annotations

from enum import StrEnum


class LifeDomain(StrEnum):
    WORK = "werk"
    INCOME = "inkomen"
    HOUSING = "wonen"
    HEALTH = "gezondheid"
    FAMILY = "gezin"
    NETWORK = "netwerk"
    EDUCATION = "vorming"
    MOBILITY = "mobiliteit"
    LEISURE = "vrije_tijd"
    ADMINISTRATION = "administratie"
    OTHER = "andere"


class Phase(StrEnum):
    INTAKE = "onthaal"
    CLARIFYING = "vraagverduidelijking"
    GOAL_SETTING = "doelbepaling"
    EXECUTION = "uitvoering"
    CLOSURE = "afsluiting"
    AFTERCARE = "nazorg"


class ShareCategory(StrEnum):
    IDENTITY = "identiteit"
    CONTACT_DETAILS = "contactgegevens"
    SUPPORT_QUESTION = "begeleidingsvraag"
    LIFE_DOMAINS = "levensdomeinen"
    RIGHTS = "rechten"
    ECOGRAM = "ecogram"
    BALANCE = "balans"
    POP = "pop"
    CONTACT_NOTES = "contactnotities"
    CLOSURE = "afsluiting"


class ContactOutcome(StrEnum):
    """What became of a planned contact once its moment passed."""

    HELD = "doorgegaan"
    NO_SHOW = "niet_gekomen"
    MOVED = "verzet"


class ReminderPreference(StrEnum):
    PAPER = "papier"
    EMAIL = "e-mail"
    SMS = "sms"
    PHONE = "telefoon"
    NONE = "geen"


class TeamSharing(StrEnum):
    """What the client said at the first reception about the team (dossier-v1
    ``client.team_sharing``); no value: not asked yet."""

    TEAM = "team"
    THIS_DEVICE_ONLY = "alleen_dit_toestel"


class ClientStatus(StrEnum):
    ACTIVE = "actief"
    AFTERCARE = "nazorg"
    CLOSED = "afgesloten"
    ARCHIVED = "gearchiveerd"


class ObservationKind(StrEnum):
    NEED = "nood"
    STRENGTH = "kracht"
    RESOURCE = "hulpbron"


class RightStatus(StrEnum):
    NOT_DISCUSSED = "niet_besproken"
    DISCUSSED = "besproken"
    APPLIED = "aangevraagd"
    GRANTED = "toegekend"
    REFUSED = "geweigerd"
    NOT_APPLICABLE = "niet_van_toepassing"


class NodeCategory(StrEnum):
    HOUSEHOLD = "gezin"
    FAMILY = "familie"
    FRIENDS = "vrienden"
    NEIGHBOURS = "buren"
    WORK = "werk"
    EDUCATION = "vorming"
    SERVICES = "hulpverlening"
    LEISURE = "vrije_tijd"
    OTHER = "andere"


class TieStrength(StrEnum):
    STRONG = "sterk"
    ORDINARY = "gewoon"
    WEAK = "zwak"


class TieQuality(StrEnum):
    SUPPORTIVE = "ondersteunend"
    NEUTRAL = "neutraal"
    STRESSFUL = "stressvol"
    BROKEN = "verbroken"


class SupportFlow(StrEnum):
    TO_CLIENT = "naar_client"
    FROM_CLIENT = "van_client"
    MUTUAL = "wederzijds"
    NONE = "geen"


class SupportKind(StrEnum):
    EMOTIONAL = "emotioneel"
    PRACTICAL = "praktisch"
    COMPANY = "gezelschap"
    ADVICE = "advies"


class BalanceSide(StrEnum):
    CAPACITY = "draagkracht"
    BURDEN = "draaglast"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "bezig"
    REACHED = "bereikt"
    ADJUSTED = "bijgesteld"
    LET_GO = "losgelaten"


class Owner(StrEnum):
    CLIENT = "client"
    COACH = "coach"
    NETWORK = "netwerk"
    PARTNER = "partner"


class SupportMode(StrEnum):
    INFORMING = "informeren"
    STRUCTURING = "structureren"
    GUIDING = "begeleiden"
    REINFORCING = "bekrachtigen"
    FOLLOWING = "meevolgen"
    LETTING_GO = "loslaten"


class StepStatus(StrEnum):
    PLANNED = "gepland"
    IN_PROGRESS = "bezig"
    DONE = "gedaan"
    FAILED = "niet_gelukt"
    ON_HOLD = "on_hold"


class ContactKind(StrEnum):
    CONVERSATION = "gesprek"
    HOME_VISIT = "huisbezoek"
    PHONE = "telefoon"
    OUTREACH = "outreachend"
    INFORMAL = "informeel"
    MEETING = "overleg"
    OTHER = "andere"


class NoteScope(StrEnum):
    FILE = "dossier"
    PERSONAL = "persoonlijk"


class ConsentMethod(StrEnum):
    SPOKEN = "mondeling"
    WRITTEN = "schriftelijk"


class ReferralStatus(StrEnum):
    ONGOING = "lopend"
    SUCCEEDED = "geslaagd"
    STOPPED = "gestopt"
    TIME_OUT = "time_out"


class AppointmentMadeBy(StrEnum):
    CLIENT = "client"
    COACH = "coach"
    TOGETHER = "samen"


class MeetingKind(StrEnum):
    CLIENT_MEETING = "clientoverleg"
    ROUND_TABLE = "rondetafel"


class ClosureReason(StrEnum):
    FOUND_WORK = "werk_gevonden"
    TERM_ENDED = "duur_verstreken"
    REFERRED = "doorverwezen"
    CLIENT_ASKED = "op_vraag_client"
    OTHER = "andere"


class AftercareKind(StrEnum):
    CONVERSATION = "gesprek"
    HOME_VISIT = "huisbezoek"
    PHONE = "telefoon"
    INFORMAL = "informeel"


class Initiator(StrEnum):
    COACH = "coach"
    CLIENT = "client"


class InnerAspect(StrEnum):
    """The inside of poverty (binnenkant): how the client lives it."""

    EXPERIENCE = "beleving"
    FEELINGS = "gevoelens"
    HURTS = "kwetsuren"
    BULLYING = "pestervaringen"
    LOYALTIES = "loyaliteiten"
    BELIEFS = "overtuigingen"
    INTENTIONS = "intenties"
    DREAMS = "dromen"
    COPING = "coping"


class RequirementMatch(StrEnum):
    YES = "ja"
    PARTLY = "deels"
    NO = "nee"
    DONT_KNOW = "weet_niet"


class VacancyConclusion(StrEnum):
    APPLY = "solliciteren"
    LEARN_FIRST = "eerst_bijleren"
    NOT_FOR_ME = "niet_voor_mij"
    LOOK_LATER = "later_bekijken"


class PhoneOutcome(StrEnum):
    NOTHING_SHARED = "niets_gedeeld"
    CALL_BACK = "later_terugbellen"
    SHARED_WITH_CONSENT = "gedeeld_met_toestemming"
