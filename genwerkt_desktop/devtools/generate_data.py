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

from genwerkt_desktop.devtools import lexicon
from genwerkt_desktop.devtools import vocabulary as v
from genwerkt_desktop.devtools.generate_instruments import generate_instruments
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    AppointmentMadeBy,
    BalanceSide,
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    GoalStatus,
    Initiator,
    MeetingKind,
    NodeCategory,
    NoteScope,
    Owner,
    Phase,
    ReferralStatus,
    ReminderPreference,
    RightStatus,
    ShareCategory,
    StepStatus,
    SupportFlow,
    SupportKind,
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
# The share of ordinary notes that get a sentence of the natural vocabulary (lexicon).
SENTENCE_SHARE = 0.85
"""The fixed offset of every generated date-time (Belgian winter time)."""

_PEOPLE_CATEGORIES = tuple(v.NODE_LABELS)
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


def _uid(rng: random.Random) -> str:
    """``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, computed faster."""
    return _hex_uuid4(rng.getrandbits(128))


def generate_organisations(rng: random.Random, count: int = 25) -> tuple[Organisation, ...]:
    """``count`` fictional entries for the sociale kaart, each with two or three contacts."""
    out: list[Organisation] = []
    names: set[str] = set(v.DEMO_ORGANISATIONS)
    for _ in range(count):
        kind, services, entry, way, stopping = rng.choice(v.ORG_KINDS)
        city, postcode, zone = rng.choice(v.CITIES)
        name = f"{kind} {rng.choice(v.ORG_SUFFIXES)}"
        if name in names:
            name = f"{name} ({city})"
        while name in names:
            name = f"{name} {len(names)}"
        names.add(name)
        domain = _slug(name) + ".example"
        people: list[ContactPerson] = []
        for i in range(rng.randint(2, 3)):
            first = rng.choice(v.ALL_FIRST)
            last = rng.choice(v.FLEMISH_LAST if rng.random() < 0.6 else v.ARABIC_LAST)
            people.append(
                ContactPerson(
                    id=_uid(rng),
                    name=f"{first} {last}",
                    role=rng.choice(v.ROLES),
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
                address=f"{rng.choice(v.STREETS)} {rng.randint(1, 160)}, {postcode} {city}",
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
        # The notes' free sentences draw from their own stream, seeded from the dossier's
        # (without advancing it): every other field stays what it was before they came.
        self.words = random.Random(hash(rng.getstate()))

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
    (firsts, lasts, languages) = b.weighted(v.ORIGINS, v.ORIGIN_CUMULATIVE)
    first = b.pick(firsts)
    last = b.pick(lasts) if b.rand() < 0.85 else b.pick(v.FLEMISH_LAST)
    city, postcode, _zone = b.pick(v.CITIES)
    question = " ".join(
        part
        for part in (
            f"Ik wil {b.pick(v.WORK_WISHES)}.",
            b.pick(v.OBSTACLES),
            b.pick(v.WISHES),
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
        address=f"{b.pick(v.STREETS)} {b.between(1, 220)}, {postcode} {city}",
        language=b.pick(languages),
        reminder_preference=b.pick(_REMINDERS),
        coach=b.pick(v.COACHES),
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
    words = b.words.random
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
    kinds = rng.choices(range(len(v.KINDS)), v.KIND_WEIGHTS, k=count)
    n_topics, n_follow, n_quotes = len(v.TOPICS), len(v.FOLLOW_UPS), len(v.QUOTES)
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
            template = v.PLANNED[int(rand() * len(v.PLANNED))]
        elif personal:
            template = v.PERSONAL_NOTES[int(rand() * len(v.PERSONAL_NOTES))]
        else:
            openers = v.OPENER_LIST[k]
            template = openers[int(rand() * len(openers))]
            template += " " + v.TOPICS[int(rand() * n_topics)]
            if rand() < 0.5:
                template += " " + v.TOPICS[int(rand() * n_topics)]
            if rand() < 0.15:
                template += " " + v.QUOTES[int(rand() * n_quotes)]
            template += " " + v.FOLLOW_UPS[int(rand() * n_follow)]
            if words() < SENTENCE_SHARE:
                template += " " + lexicon.sentence(words)
        places = v.PLACE_LIST[k]
        out.append(
            Contact(
                id=_hex_uuid4(bits(128)),
                at=at,
                kind=v.KINDS[k],
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
        for domain, kind, text in b.rng.sample(v.OBS_FLAT, b.between(5, 20))
    )


def _rights(b: _Builder, started_on: date, last_day: date) -> tuple[Right, ...]:
    rng = b.rng
    out: list[Right] = []
    for name, domain in rng.sample(v.RIGHTS, b.between(2, 6)):
        status = b.pick(_RIGHT_STATUSES)
        discussed = status is not RightStatus.NOT_DISCUSSED
        out.append(
            Right(
                id=b.uid(),
                name=name,
                status=status,
                domain=domain,
                updated_on=b.day(started_on, last_day) if discussed else None,
                note=(b.pick(v.RIGHT_NOTES) or None) if discussed else None,
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
        label = b.pick(v.NODE_LABELS[category]).format(f=b.pick(v.ALL_FIRST))
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
            text, domain = b.pick(v.BALANCE_TEXTS[side])
            factors.append(BalanceFactor(side, text, b.between(1, 5), domain))
        out.append(Balance(id=b.uid(), assessed_on=assessed_on, factors=tuple(factors)))
    return tuple(out)


def _goals(b: _Builder, client: Client, network: Sequence[str]) -> tuple[Goal, ...]:
    rng = b.rng
    today = b.today
    out: list[Goal] = []
    for priority, (domain, title, words, measure) in enumerate(
        rng.sample(v.GOALS, b.between(1, 4)), start=1
    ):
        steps: list[Step] = []
        for _ in range(b.between(1, 5)):
            owner = b.pick(v.OWNERS)
            if owner is Owner.CLIENT:
                owner_name: str | None = client.display_name
            elif owner is Owner.COACH:
                owner_name = client.coach
            elif owner is Owner.NETWORK:
                owner_name = b.pick(network) if network else None
            else:
                owner_name = b.org_name()
            due = today + timedelta(days=b.between(-90, 75))
            status = b.pick(v.PAST_STEP if due < today else v.FUTURE_STEP)
            steps.append(
                Step(
                    id=b.uid(),
                    text=b.pick(v.STEP_TEXTS[owner]),
                    owner=owner,
                    status=status,
                    owner_name=owner_name,
                    mode=b.pick(v.STEP_MODES),
                    due_on=due,
                    evaluation=b.pick(v.EVALUATIONS) if status is StepStatus.DONE else None,
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
        status = ReferralStatus.SUCCEEDED if done_all else b.pick(v.OPEN_REFERRAL)
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
                domain=b.pick(v.OBS_DOMAINS),
                need=b.pick(v.TOPICS).format(name="de cliënt", org=org.name),
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
        f"{b.pick(('Zus', 'Broer', 'Buurvrouw', 'Vriend'))} {b.pick(v.ALL_FIRST)}" for _ in range(2)
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
            client_experience=b.pick(v.CLOSURE_TEXTS),
            achieved=b.pick(v.ACHIEVED),
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
            can_come_back_for=tuple(rng.sample(v.CAN_COME_BACK, 2)),
            signals_to_watch=tuple(rng.sample(v.SIGNALS, 2)),
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
    instruments = generate_instruments(client.id, started_on, last_day)
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
        first_reception=instruments.first_reception,
        inner_notes=instruments.inner_notes,
        life_events=instruments.life_events,
        vacancies=instruments.vacancies,
        decisions=instruments.decisions,
    )


def generate_dossiers(seed: int, count: int, today: date) -> Iterator[Dossier]:
    """``count`` dossiers from one seed, sharing one directory of organisations."""
    rng = random.Random(seed)
    organisations = generate_organisations(rng)
    for _ in range(count):
        yield generate_dossier(rng, today, organisations)
