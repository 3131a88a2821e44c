"""The whole dossier in readable Dutch, for the client's right of access (inzagerecht).

It is built from what :func:`domain.consent.client_view` lets the client read, so the
caller decides about personal notes there; this builder only says on the first page
whether they are in.  Every part of the dossier has a section, codes become words and
drawings (ecogram, balance) become lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from genwerkt_desktop.domain.belgian_time import clock_time, in_brussels
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
    InnerAspect,
    LifeDomain,
    MeetingKind,
    NodeCategory,
    ObservationKind,
    Owner,
    PhoneOutcome,
    ReferralStatus,
    ReminderPreference,
    RequirementMatch,
    RightStatus,
    ShareCategory,
    StepStatus,
    SupportFlow,
    SupportMode,
    TieQuality,
    TieStrength,
    VacancyConclusion,
)
from genwerkt_desktop.domain.instruments import MindmapBranch
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.domain.phases import PHASE_LABELS, timeline

from .sheet import Sheet, day_in_figures, day_in_words

_PAIRS: tuple[tuple[object, str], ...] = (
    (LifeDomain.WORK, "werk"),
    (LifeDomain.INCOME, "inkomen en schulden"),
    (LifeDomain.HOUSING, "wonen"),
    (LifeDomain.HEALTH, "gezondheid"),
    (LifeDomain.FAMILY, "gezin en kinderopvang"),
    (LifeDomain.NETWORK, "sociaal netwerk"),
    (LifeDomain.EDUCATION, "onderwijs en vorming"),
    (LifeDomain.MOBILITY, "mobiliteit"),
    (LifeDomain.LEISURE, "vrije tijd"),
    (LifeDomain.ADMINISTRATION, "administratie en justitie"),
    (LifeDomain.OTHER, "andere"),
    (ClientStatus.ACTIVE, "lopend traject"),
    (ClientStatus.AFTERCARE, "in nazorg"),
    (ClientStatus.CLOSED, "afgesloten"),
    (ClientStatus.ARCHIVED, "gearchiveerd"),
    (ReminderPreference.PAPER, "op papier"),
    (ReminderPreference.EMAIL, "per e-mail"),
    (ReminderPreference.SMS, "per sms"),
    (ReminderPreference.PHONE, "telefonisch"),
    (ReminderPreference.NONE, "geen herinnering"),
    (ObservationKind.STRENGTH, "Krachten"),
    (ObservationKind.RESOURCE, "Hulpbronnen"),
    (ObservationKind.NEED, "Noden"),
    (RightStatus.NOT_DISCUSSED, "nog niet besproken"),
    (RightStatus.DISCUSSED, "besproken"),
    (RightStatus.APPLIED, "aangevraagd"),
    (RightStatus.GRANTED, "toegekend"),
    (RightStatus.REFUSED, "geweigerd"),
    (RightStatus.NOT_APPLICABLE, "niet van toepassing"),
    (NodeCategory.HOUSEHOLD, "gezin"),
    (NodeCategory.FAMILY, "familie"),
    (NodeCategory.FRIENDS, "vrienden"),
    (NodeCategory.NEIGHBOURS, "buren"),
    (NodeCategory.WORK, "werk"),
    (NodeCategory.EDUCATION, "school en vorming"),
    (NodeCategory.SERVICES, "hulpverlening"),
    (NodeCategory.LEISURE, "vrije tijd"),
    (NodeCategory.OTHER, "andere"),
    (TieStrength.STRONG, "sterke band"),
    (TieStrength.ORDINARY, "gewone band"),
    (TieStrength.WEAK, "zwakke band"),
    (TieQuality.SUPPORTIVE, "steunt"),
    (TieQuality.NEUTRAL, "neutraal"),
    (TieQuality.STRESSFUL, "geeft stress"),
    (TieQuality.BROKEN, "verbroken"),
    (SupportFlow.TO_CLIENT, "steun naar jou"),
    (SupportFlow.FROM_CLIENT, "steun van jou"),
    (SupportFlow.MUTUAL, "steun in twee richtingen"),
    (SupportFlow.NONE, "geen steun"),
    (BalanceSide.CAPACITY, "Wat je draagt en helpt (draagkracht)"),
    (BalanceSide.BURDEN, "Wat zwaar weegt (draaglast)"),
    (GoalStatus.OPEN, "nog niet begonnen"),
    (GoalStatus.IN_PROGRESS, "bezig"),
    (GoalStatus.REACHED, "bereikt"),
    (GoalStatus.ADJUSTED, "bijgesteld"),
    (GoalStatus.LET_GO, "losgelaten"),
    (Owner.CLIENT, "jij"),
    (Owner.COACH, "de coach"),
    (Owner.NETWORK, "iemand uit je netwerk"),
    (Owner.PARTNER, "een andere dienst"),
    (SupportMode.INFORMING, "informeren"),
    (SupportMode.STRUCTURING, "structureren"),
    (SupportMode.GUIDING, "begeleiden"),
    (SupportMode.REINFORCING, "bekrachtigen"),
    (SupportMode.FOLLOWING, "meevolgen"),
    (SupportMode.LETTING_GO, "loslaten"),
    (StepStatus.PLANNED, "gepland"),
    (StepStatus.IN_PROGRESS, "bezig"),
    (StepStatus.DONE, "gedaan"),
    (StepStatus.FAILED, "niet gelukt"),
    (StepStatus.ON_HOLD, "even uitgesteld"),
    (ContactKind.CONVERSATION, "gesprek"),
    (ContactKind.HOME_VISIT, "huisbezoek"),
    (ContactKind.PHONE, "telefoon"),
    (ContactKind.OUTREACH, "bezoek bij jou in de buurt"),
    (ContactKind.INFORMAL, "informeel"),
    (ContactKind.MEETING, "overleg"),
    (ContactKind.OTHER, "andere"),
    (ConsentMethod.SPOKEN, "mondeling"),
    (ConsentMethod.WRITTEN, "schriftelijk"),
    (ShareCategory.IDENTITY, "wie je bent"),
    (ShareCategory.CONTACT_DETAILS, "hoe ze je bereiken"),
    (ShareCategory.SUPPORT_QUESTION, "je vraag en waar het traject staat"),
    (ShareCategory.LIFE_DOMAINS, "levensdomeinen"),
    (ShareCategory.RIGHTS, "rechten"),
    (ShareCategory.ECOGRAM, "je netwerk"),
    (ShareCategory.BALANCE, "draagkracht en draaglast"),
    (ShareCategory.POP, "doelen en stappen"),
    (ShareCategory.CONTACT_NOTES, "notities van gesprekken"),
    (ShareCategory.CLOSURE, "afsluiting en nazorg"),
    (ReferralStatus.ONGOING, "loopt"),
    (ReferralStatus.SUCCEEDED, "gelukt"),
    (ReferralStatus.STOPPED, "gestopt"),
    (ReferralStatus.TIME_OUT, "even gepauzeerd"),
    (AppointmentMadeBy.CLIENT, "jij"),
    (AppointmentMadeBy.COACH, "de coach"),
    (AppointmentMadeBy.TOGETHER, "samen"),
    (MeetingKind.CLIENT_MEETING, "cliëntoverleg"),
    (MeetingKind.ROUND_TABLE, "rondetafelgesprek"),
    (ClosureReason.FOUND_WORK, "werk gevonden"),
    (ClosureReason.TERM_ENDED, "de afgesproken duur is voorbij"),
    (ClosureReason.REFERRED, "doorverwezen naar een andere dienst"),
    (ClosureReason.CLIENT_ASKED, "op jouw vraag"),
    (ClosureReason.OTHER, "andere reden"),
    (AftercareKind.CONVERSATION, "gesprek"),
    (AftercareKind.HOME_VISIT, "huisbezoek"),
    (AftercareKind.PHONE, "telefoon"),
    (AftercareKind.INFORMAL, "informeel"),
    (Initiator.COACH, "de coach neemt contact op"),
    (Initiator.CLIENT, "jij neemt contact op"),
    (InnerAspect.EXPERIENCE, "Hoe je het zelf beleeft"),
    (InnerAspect.FEELINGS, "Wat je voelt"),
    (InnerAspect.HURTS, "Wat je pijn deed"),
    (InnerAspect.BULLYING, "Gepest of uitgesloten worden"),
    (InnerAspect.LOYALTIES, "Mensen aan wie je trouw bent"),
    (InnerAspect.BELIEFS, "Wat je over jezelf en de wereld denkt"),
    (InnerAspect.INTENTIONS, "Wat je van plan bent"),
    (InnerAspect.DREAMS, "Waar je van droomt"),
    (InnerAspect.COPING, "Hoe je het volhoudt"),
    (RequirementMatch.YES, "ja"),
    (RequirementMatch.PARTLY, "voor een deel"),
    (RequirementMatch.NO, "nee"),
    (RequirementMatch.DONT_KNOW, "weet je nog niet"),
    (VacancyConclusion.APPLY, "je solliciteert"),
    (VacancyConclusion.LEARN_FIRST, "eerst iets bijleren"),
    (VacancyConclusion.NOT_FOR_ME, "niet voor jou"),
    (VacancyConclusion.LOOK_LATER, "later nog eens bekijken"),
    (PhoneOutcome.NOTHING_SHARED, "er werd niets doorgegeven"),
    (PhoneOutcome.CALL_BACK, "je coach belt later terug"),
    (PhoneOutcome.SHARED_WITH_CONSENT, "doorgegeven met jouw toestemming"),
)
# Keyed by (enum class, member): StrEnum members of different lists with the same code
# ("netwerk" is a life domain and an owner) are equal as strings.
WORDS: dict[tuple[type, object], str] = {(type(k), k): v for k, v in _PAIRS}
REFERRAL_STEPS = 7


def word(value: object) -> str:
    if value is None:
        return ""
    return WORDS.get((type(value), value), str(getattr(value, "value", value)))


def _day(value: date | None) -> str | None:
    """A date in running text and in label → value lists: "5 december 2026"."""
    return None if value is None else day_in_words(value)


def _cell_day(value: date | None) -> str:
    """A date in a table column: "05/12/2026", never wrapped over lines."""
    return day_in_figures(value)


def _moment(value: datetime) -> str:
    """ "5 december 2026 om 10.30 uur", in Belgian time."""
    return f"{day_in_words(in_brussels(value).date())} om {clock_time(value)} uur"


def _given(method: ConsentMethod | None, granted: date, revoked: date | None) -> str:
    """ "mondeling op 03/11/2025", and when it was taken back, on a line of its own."""
    given = f"{word(method)} op {_cell_day(granted)}" if method else f"op {_cell_day(granted)}"
    return given + (f"\ningetrokken op {_cell_day(revoked)}" if revoked else "")


def _yes(value: bool | None) -> str | None:
    return None if value is None else ("ja" if value else "nee")


def _card(sheet: Sheet, d: Dossier) -> None:
    c = d.client
    sheet.heading("Je gegevens")
    sheet.facts(
        [
            ("Naam", f"{c.first_name} {c.last_name}"),
            ("Roepnaam", c.preferred_name),
            ("Geboortedatum", _day(c.birth_date)),
            ("Telefoon", c.phone),
            ("E-mail", c.email),
            ("Adres", c.address),
            ("Taal", c.language),
            ("Herinneringen", word(c.reminder_preference) or None),
            ("Coach", c.coach),
            ("Aangemeld door", c.referred_by),
            ("Stand", word(c.status) or None),
            ("Begonnen op", _day(c.started_on)),
            ("Afgesloten op", _day(c.closed_on)),
        ]
    )
    if c.support_question:
        sheet.heading("Je vraag")
        sheet.para(c.support_question)


def _phases(sheet: Sheet, d: Dossier, today: date) -> None:
    spans = timeline(d.phases, today)
    if not spans:
        return
    sheet.heading("Het traject, fase per fase")
    rows = [
        (
            PHASE_LABELS[s.phase],
            _cell_day(s.started_on),
            _cell_day(s.ended_on) if s.ended_on else "nu",
            s.note,
        )
        for s in spans
    ]
    sheet.table(("Fase", "Vanaf", "Tot", "Waarom"), rows, (0.25, 0.15, 0.15, 0.45))


def _domains(sheet: Sheet, d: Dossier) -> None:
    if d.observations:
        sheet.heading("Je leven, domein per domein")
        for domain in LifeDomain:
            found = [o for o in d.observations if o.domain is domain]
            if not found:
                continue
            sheet.subheading(word(domain).capitalize())
            for kind in (ObservationKind.STRENGTH, ObservationKind.RESOURCE, ObservationKind.NEED):
                items = [o for o in found if o.kind is kind]
                if not items:
                    continue
                with sheet.together():  # a list's label never ends a page alone
                    sheet.para(word(kind), muted=True)
                    sheet.bullets(_observation(o.text, o.voiced_by_client) for o in items)
    if d.rights:
        sheet.heading("Rechten")
        rows = [
            (r.name, word(r.domain), word(r.status), _cell_day(r.updated_on), r.note)
            for r in d.rights
        ]
        sheet.table(
            ("Recht", "Domein", "Stand", "Datum", "Notitie"), rows, (0.25, 0.18, 0.15, 0.14, 0.28)
        )


def _observation(text: str, voiced: bool | None) -> str:
    if voiced is False:
        return f"{text} (opgemerkt door je coach, nog samen te bespreken)"
    return text


def _first_reception(sheet: Sheet, d: Dossier) -> None:
    fr = d.first_reception
    if fr is None:
        return
    sheet.heading("Het eerste gesprek")
    sheet.facts(
        [
            ("Op", _day(fr.on)),
            ("Uitleg over het beroepsgeheim", _yes(fr.explained_secrecy)),
            ("Uitleg over wat we noteren en wie het leest", _yes(fr.explained_what_is_noted)),
            ("Uitleg dat het team kan inspringen", _yes(fr.explained_team_sharing)),
            ("Hoe we je bereiken", fr.reachability),
            ("Wat we meteen regelden", fr.practical_help),
            ("Wat je van ons verwachtte", fr.client_expectations),
        ],
        label_share=0.42,
    )


def _inside(sheet: Sheet, d: Dossier) -> None:
    """How the client lives it, and the life story: the client's own, never shared."""
    if d.inner_notes:
        sheet.heading("Wat je meemaakt, van binnenuit")
        for aspect in InnerAspect:
            notes = [n for n in d.inner_notes if n.aspect is aspect]
            if notes:
                with sheet.together():
                    sheet.para(word(aspect), muted=True)
                    sheet.bullets(
                        _observation(n.text, n.voiced_by_client)
                        + (f" ({word(n.domain)})" if n.domain else "")
                        for n in notes
                    )
    if d.life_events:
        sheet.heading("Je levensverhaal")
        sheet.bullets(
            ": ".join(p for p in (e.when or _day(e.on), e.text) if p) for e in d.life_events
        )


def _branch_lines(branches: Sequence[MindmapBranch], path: str = "") -> list[str]:
    out: list[str] = []
    for b in branches:
        here = f"{path} › {b.text}" if path else b.text
        out.append(here)
        out += _branch_lines(b.children, here)
    return out


def _instruments(sheet: Sheet, d: Dossier) -> None:
    """Mind maps, vacancies and choices worked out together."""
    if d.mindmaps:
        sheet.heading("Je mindmaps")
        for mm in d.mindmaps:
            made = f" ({day_in_words(mm.made_on)})" if mm.made_on else ""
            sheet.subheading(f"In het midden: {mm.centre}{made}")
            sheet.bullets(_branch_lines(mm.branches))
    if d.vacancies:
        sheet.heading("Vacatures die we samen lazen")
        for v in d.vacancies:
            sheet.subheading(v.title + (f" bij {v.employer}" if v.employer else ""))
            sheet.facts(
                [
                    ("Gelezen op", _day(v.read_on)),
                    ("Besluit", word(v.conclusion) or None),
                    ("In je eigen woorden", v.client_words),
                ]
            )
            rows = [(r.text, word(r.client_has), r.note) for r in v.requirements]
            sheet.table(("Wat ze vragen", "Heb jij dat?", "Notitie"), rows, (0.42, 0.2, 0.38))
    if d.decisions:
        sheet.heading("Keuzes die je afwoog")
        for dc in d.decisions:
            made = f" ({day_in_words(dc.made_on)})" if dc.made_on else ""
            sheet.subheading(dc.question + made)
            for o in dc.options:
                with sheet.together():
                    sheet.para(o.text, muted=True)
                    sheet.bullets(
                        [*(f"voordeel: {x}" for x in o.pros), *(f"nadeel: {x}" for x in o.cons)]
                    )
            sheet.facts([("Wat je koos", dc.chosen), ("In je eigen woorden", dc.client_words)])


def _phone_requests(sheet: Sheet, d: Dossier) -> None:
    if not d.phone_requests:
        return
    orgs = {o.id: o.name for o in d.organisations}
    sheet.heading("Diensten die over jou belden")
    for pr in sorted(d.phone_requests, key=lambda p: p.at):
        sheet.subheading(_moment(pr.at))
        who = pr.caller
        if pr.organisation_id in orgs:
            who += f" ({orgs[pr.organisation_id]})"
        sheet.facts(
            [
                ("Wie belde", who),
                ("Wat ze vroegen", pr.what_asked),
                ("Waarom", pr.why),
                ("Wist je ervan", _yes(pr.client_informed)),
                ("Ging je akkoord", _yes(pr.client_agreed)),
                ("Wat er gebeurde", word(pr.outcome)),
                ("Wat doorgegeven werd", pr.shared),
            ]
        )


def _network(sheet: Sheet, d: Dossier) -> None:
    if d.ecograms:
        sheet.heading("Je netwerk (ecogram)")
        for eco in sorted(d.ecograms, key=lambda e: e.drawn_on):
            sheet.subheading(f"Getekend op {day_in_words(eco.drawn_on)}")
            sheet.para(eco.note)
            labels = {n.id: n.label for n in eco.nodes}
            lines = []
            for n in eco.nodes:
                parts = [word(n.category), word(n.strength), word(n.quality), word(n.flow)]
                lines.append(f"{n.label}: " + ", ".join(p for p in parts if p))
            sheet.bullets(lines)
            ties = [
                f"{labels.get(t.from_id, '?')} en {labels.get(t.to_id, '?')}: "
                + ", ".join(p for p in (word(t.strength), word(t.quality)) if p)
                for t in eco.ties
            ]
            if ties:
                with sheet.together():
                    sheet.para("Banden tussen anderen", muted=True)
                    sheet.bullets(ties)
    if d.balances:
        sheet.heading("Draagkracht en draaglast")
        for bal in sorted(d.balances, key=lambda b: b.assessed_on):
            sheet.subheading(f"Bekeken op {day_in_words(bal.assessed_on)}")
            sheet.para(bal.note)
            for side in BalanceSide:
                factors = [f for f in bal.factors if f.side is side]
                if factors:
                    total = sum(f.weight for f in factors)
                    with sheet.together():
                        sheet.para(f"{word(side)}: samen {total}", muted=True)
                        sheet.bullets(
                            f"{f.text} (gewicht {f.weight}"
                            + (f", {word(f.domain)})" if f.domain else ")")
                            for f in factors
                        )


def _goals(sheet: Sheet, d: Dossier) -> None:
    if not d.goals:
        return
    sheet.heading("Je doelen en stappen")
    for g in d.goals:
        sheet.subheading(g.title)
        sheet.facts(
            [
                ("In je eigen woorden", g.client_words),
                ("Stand", word(g.status)),
                ("Domein", word(g.domain) or None),
                ("Hoe we zien dat het lukt", g.measure),
                ("Akkoord van jou", _yes(g.agreed_by_client)),
                ("Haalbaar?", g.realistic_note),
                ("Tegen", _day(g.due_on)),
            ]
        )
        rows = [
            (
                s.text,
                s.owner_name or word(s.owner),
                _cell_day(s.due_on),
                word(s.status),
                s.evaluation,
            )
            for s in g.steps
        ]
        sheet.table(
            ("Stap", "Wie", "Tegen", "Stand", "Hoe ging het"), rows, (0.34, 0.16, 0.14, 0.12, 0.24)
        )


def _contacts(sheet: Sheet, d: Dossier) -> None:
    """One short heading line and the note per contact: a long table that runs over dozens
    of pages is laid out again at every page break, paragraphs are not."""
    if not d.contacts:
        return
    sheet.heading("Contactmomenten")
    for c in sorted(d.contacts, key=lambda c: c.at):
        what = word(c.kind)
        if c.is_personal:
            what += " (persoonlijke notitie van je coach)"
        # A small heading per contact: it never ends a page without its note.
        sheet.subheading(" · ".join(p for p in (_moment(c.at), what, c.place) if p))
        sheet.para(c.summary)


def _cooperation(sheet: Sheet, d: Dossier) -> None:
    orgs = {o.id: o.name for o in d.organisations}
    if d.consents:
        sheet.heading("Je toestemmingen")
        # How and when in one column: six narrow columns broke words and dates.
        rows = [
            (
                orgs.get(c.organisation_id, "een dienst"),
                ", ".join(word(x) for x in c.categories),
                _given(c.method, c.granted_on, c.revoked_on),
                c.not_to_share,
            )
            for c in d.consents
        ]
        sheet.table(
            ("Dienst", "Wat mag gedeeld worden", "Gegeven", "Niet delen"),
            rows,
            (0.2, 0.34, 0.2, 0.26),
        )
    if d.referrals:
        sheet.heading("Doorverwijzingen")
        for r in d.referrals:
            sheet.subheading(orgs.get(r.organisation_id, "Een dienst"))
            done = sum(1 for s in r.steps if s.done)
            appointment = r.appointment
            sheet.facts(
                [
                    ("Waarvoor", r.need),
                    ("Stand", word(r.status)),
                    ("Stappen gezet", f"{done} van {REFERRAL_STEPS}"),
                    (
                        "Afspraak",
                        _moment(appointment.at) if appointment and appointment.at else None,
                    ),
                    ("Waar", appointment.place if appointment else None),
                    ("Gemaakt door", word(appointment.made_by) or None if appointment else None),
                    (
                        "Meebrengen",
                        ", ".join(appointment.documents_to_bring) if appointment else None,
                    ),
                    ("Opnieuw bekijken op", _day(r.revisit_on)),
                    ("Je vragen", "; ".join(r.client_questions) or None),
                    ("Wie zegt wat", r.who_says_what),
                    ("Terugkoppeling", r.feedback_agreement),
                ]
            )
    if d.meetings:
        sheet.heading("Overleg met diensten")
        for m in d.meetings:
            sheet.subheading(f"{(word(m.kind) or 'overleg').capitalize()} op {_moment(m.at)}")
            people = ", ".join(p.name + (f" ({p.role})" if p.role else "") for p in m.participants)
            sheet.facts(
                [
                    ("Waarom", m.purpose),
                    ("Waar", m.place),
                    ("Wie leidt", m.coordinator),
                    ("Wie zit mee aan tafel", people or None),
                    ("Jij was erbij", _yes(m.client_attends)),
                    ("Afspraken over privacy", m.privacy_agreements),
                    ("Terugkoppeling", m.feedback_agreements),
                ]
            )
            for t in m.themes:
                sheet.subheading(f"Thema: {t.title}")
                if t.client_view:
                    sheet.para(f"Wat jij erover zei: {t.client_view}", muted=True)
                sheet.bullets(
                    a.what
                    + (f" ({a.who})" if a.who else "")
                    + (f", tegen {day_in_words(a.due_on)}" if a.due_on else "")
                    for a in t.agreements
                )


def _ending(sheet: Sheet, d: Dossier) -> None:
    cl, ac = d.closure, d.aftercare
    if cl is not None:
        sheet.heading("Afsluiting")
        sheet.facts(
            [
                ("Besproken op", _day(cl.evaluated_on)),
                ("Reden", word(cl.reason) or None),
                ("Hoe het ging, in je eigen woorden", cl.client_experience),
                ("Wat het meest hielp", cl.most_helpful),
                ("Wat je tegenhield", cl.held_back),
                ("Wat bereikt is", cl.achieved),
                ("Wat je zelf verder doet", cl.continues_alone),
                ("Wat nog moeilijk is", cl.still_difficult),
                ("Op wie je kunt terugvallen", cl.network_fallback),
                ("Wat je coach erbij schreef", cl.coach_remarks),
            ]
        )
    if ac is not None:
        sheet.heading("Nazorg")
        sheet.facts([("Van", _day(ac.starts_on)), ("Tot", _day(ac.ends_on))])
        rows = [
            (_cell_day(m.on), word(m.kind), word(m.who_initiates), _yes(m.done) or "nee")
            for m in sorted(ac.contact_moments, key=lambda m: m.on)
        ]
        sheet.table(
            ("Wanneer", "Soort", "Wie neemt contact op", "Gebeurd"), rows, (0.2, 0.22, 0.42, 0.16)
        )
        for title, items in (
            ("Waarvoor je nog terecht kunt", ac.can_come_back_for),
            ("Wat niet meer kan", ac.not_possible),
            ("Steun in je netwerk", ac.network_support),
            ("Signalen om op te letten", ac.signals_to_watch),
            ("Handige nummers", ac.useful_numbers),
        ):
            if items:
                sheet.subheading(title)
                sheet.bullets(items)


def build(
    dossier: Dossier,
    today: date,
    *,
    with_personal_notes: bool,
    coach_lines: Sequence[str] = (),
) -> Sheet:
    """``dossier`` must already be the client's view (domain.consent.client_view)."""
    c = dossier.client
    full = f"{c.first_name} {c.last_name}".strip()
    sheet = Sheet(
        "Je dossier",
        f"{full} · opgemaakt op {day_in_words(today)}",
        footer=f"Dossier van {full} · inzage op {day_in_words(today)}",
    )
    sheet.para(
        "Je vroeg om je dossier te zien. Hier staat alles wat we over jou noteerden, "
        "deel per deel. Klopt er iets niet, of mist er iets? Zeg het ons: je mag "
        "vragen om het aan te passen."
    )
    if with_personal_notes:
        sheet.para("Ook de persoonlijke werknotities van je coach staan erin.", muted=True)
    else:
        sheet.para(
            "De persoonlijke werknotities van je coach (geheugensteuntjes voor het eigen "
            "werk) staan er niet in. Notities over andere mensen ook niet.",
            muted=True,
        )
    if coach_lines:
        sheet.para("Je coach: " + ", ".join(coach_lines), muted=True)
    _card(sheet, dossier)
    _first_reception(sheet, dossier)
    _phases(sheet, dossier, today)
    _domains(sheet, dossier)
    _inside(sheet, dossier)
    _network(sheet, dossier)
    _goals(sheet, dossier)
    _instruments(sheet, dossier)
    _contacts(sheet, dossier)
    _cooperation(sheet, dossier)
    _phone_requests(sheet, dossier)
    _ending(sheet, dossier)
    return sheet
