"""Hypothesis strategies for whole dossiers that the exchange format accepts."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

from genwerkt_desktop.domain import enums as e
from genwerkt_desktop.domain import instruments as ins
from genwerkt_desktop.domain import model as m

OFFSETS = [
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5, minutes=-30)),
]

# Letters from many scripts (Turkish, Polish, Romanian, Arabic) and punctuation; no
# surrogates and no NUL (an import refuses both).
_alphabet = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00")
line = st.text(_alphabet, max_size=40)
text = st.text(_alphabet, max_size=120)
# A name is never blank: an import refuses one of only spaces.
name = st.text(
    st.sampled_from([*"AaBbÇçĞğIıİiŁłŃńȚțȘșÉéÖöü -'", "ع", "ل", "ي"]), min_size=1, max_size=20
).filter(str.strip)
named = st.text(_alphabet, min_size=1, max_size=40).filter(str.strip)
ids = st.uuids(version=4).map(str)
dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2040, 12, 31))
moments = st.builds(
    lambda d, t, tz: datetime.combine(d, t, tzinfo=tz),
    dates,
    st.times().map(lambda t: t.replace(microsecond=t.microsecond - t.microsecond % 1000)),
    st.sampled_from(OFFSETS),
)
flag = st.none() | st.booleans()


def opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def tuples(strategy: st.SearchStrategy, max_size: int = 3) -> st.SearchStrategy:
    return st.lists(strategy, max_size=max_size).map(tuple)


def unique_enum_tuple(enum_type: type) -> st.SearchStrategy:
    return st.lists(st.sampled_from(list(enum_type)), unique=True, max_size=4).map(tuple)


ORGANISATIONS = (
    m.Organisation(
        id=str(uuid.UUID(int=1, version=4)),
        name="Buurthuis Ş",
        contacts=(
            m.ContactPerson(id=str(uuid.UUID(int=2, version=4)), name="Łucja", trusted=True),
        ),
    ),
    m.Organisation(id=str(uuid.UUID(int=3, version=4)), name="Dienst Ț", services="hulp"),
)
org_ids = st.sampled_from([o.id for o in ORGANISATIONS])


@st.composite
def ecograms(draw: st.DrawFn) -> m.Ecogram:
    nodes = draw(
        st.lists(
            st.builds(
                m.EcogramNode,
                id=ids,
                label=name,
                category=st.sampled_from(list(e.NodeCategory)),
                organisation_id=opt(org_ids),
                x=opt(st.floats(-1000, 1000).map(lambda v: v + 0.0)),
                y=opt(st.floats(-1000, 1000).map(lambda v: v + 0.0)),
                strength=opt(st.sampled_from(list(e.TieStrength))),
                quality=opt(st.sampled_from(list(e.TieQuality))),
                flow=opt(st.sampled_from(list(e.SupportFlow))),
                support=unique_enum_tuple(e.SupportKind),
                note=opt(text),
            ),
            max_size=5,
            unique_by=lambda n: n.id,
        )
    )
    ties: tuple[m.EcogramTie, ...] = ()
    if len(nodes) >= 2:
        node_ids = [n.id for n in nodes]
        ties = tuple(
            draw(
                st.lists(
                    st.builds(
                        m.EcogramTie,
                        from_id=st.sampled_from(node_ids),
                        to_id=st.sampled_from(node_ids),
                        strength=opt(st.sampled_from(list(e.TieStrength))),
                        quality=opt(st.sampled_from(list(e.TieQuality))),
                    ),
                    max_size=3,
                )
            )
        )
    return m.Ecogram(
        id=draw(ids), drawn_on=draw(dates), nodes=tuple(nodes), ties=ties, note=draw(opt(text))
    )


@st.composite
def referrals(draw: st.DrawFn) -> m.Referral:
    numbers = draw(st.lists(st.integers(1, 7), unique=True, max_size=7))
    steps = tuple(
        m.ReferralStep(
            step=n, done=draw(st.booleans()), done_on=draw(opt(dates)), note=draw(opt(text))
        )
        for n in numbers
    )
    org = draw(org_ids)
    person = ORGANISATIONS[0].contacts[0].id if org == ORGANISATIONS[0].id else None
    appointment = draw(
        opt(
            st.builds(
                m.Appointment,
                at=opt(moments),
                place=opt(text),
                made_by=opt(st.sampled_from(list(e.AppointmentMadeBy))),
                documents_to_bring=tuples(line),
                coach_comes_along=flag,
                transport=opt(line),
                reminder_wanted=flag,
            )
        )
    )
    return m.Referral(
        id=draw(ids),
        organisation_id=org,
        status=draw(st.sampled_from(list(e.ReferralStatus))),
        contact_person_id=draw(opt(st.just(person))) if person else None,
        domain=draw(opt(st.sampled_from(list(e.LifeDomain)))),
        need=draw(opt(text)),
        revisit_on=draw(opt(dates)),
        steps=steps,
        appointment=appointment,
        client_questions=draw(tuples(text)),
        who_says_what=draw(opt(text)),
        feedback_agreement=draw(opt(text)),
    )


meetings = st.builds(
    m.Meeting,
    id=ids,
    at=moments,
    kind=opt(st.sampled_from(list(e.MeetingKind))),
    place=opt(line),
    purpose=opt(text),
    coordinator=opt(line),
    client_attends=flag,
    participants=tuples(
        st.builds(m.Participant, name=name, organisation_id=opt(org_ids), role=opt(line))
    ),
    client_prepared=opt(
        st.builds(
            m.ClientPrepared,
            what_it_is=flag,
            why_and_consequences=flag,
            who_attends=flag,
            how_it_goes=flag,
            what_is_shared=flag,
            themes=flag,
        )
    ),
    themes=tuples(
        st.builds(
            m.Theme,
            title=line,
            client_view=opt(text),
            agreements=tuples(
                st.builds(
                    m.Agreement, what=text, who=opt(line), due_on=opt(dates), client_agrees=flag
                )
            ),
        )
    ),
    privacy_agreements=opt(text),
    feedback_agreements=opt(text),
)

goals = st.builds(
    m.Goal,
    id=ids,
    title=line,
    status=st.sampled_from(list(e.GoalStatus)),
    domain=opt(st.sampled_from(list(e.LifeDomain))),
    client_words=opt(text),
    measure=opt(text),
    agreed_by_client=flag,
    realistic_note=opt(text),
    due_on=opt(dates),
    priority=opt(st.integers(1, 99)),
    steps=tuples(
        st.builds(
            m.Step,
            id=ids,
            text=text,
            owner=st.sampled_from(list(e.Owner)),
            status=st.sampled_from(list(e.StepStatus)),
            owner_name=opt(line),
            mode=opt(st.sampled_from(list(e.SupportMode))),
            due_on=opt(dates),
            evaluation=opt(text),
        )
    ),
)


def _revoked_after_granted(consent: m.Consent) -> m.Consent:
    """Consent is revoked on or after the day it was given; an import refuses otherwise."""
    if consent.revoked_on is not None and consent.revoked_on < consent.granted_on:
        return dataclasses.replace(consent, revoked_on=consent.granted_on)
    return consent


# -- the methodology's instruments (issue 19)

first_receptions = st.builds(
    ins.FirstReception,
    on=opt(dates),
    explained_secrecy=flag,
    explained_what_is_noted=flag,
    explained_team_sharing=flag,
    reachability=opt(text),
    practical_help=opt(text),
    client_expectations=opt(text),
)
inner_notes = st.builds(
    ins.InnerNote,
    id=ids,
    aspect=st.sampled_from(list(e.InnerAspect)),
    text=text,
    domain=opt(st.sampled_from(list(e.LifeDomain))),
    voiced_by_client=flag,
    noted_on=opt(dates),
)
life_events = st.builds(
    ins.LifeEvent,
    id=ids,
    text=text,
    when=opt(line),
    on=opt(dates),
    domain=opt(st.sampled_from(list(e.LifeDomain))),
)
mindmap_branches = st.recursive(
    st.builds(ins.MindmapBranch, text=line),
    lambda inner: st.builds(ins.MindmapBranch, text=line, children=tuples(inner)),
    max_leaves=6,
)
mindmaps = st.builds(
    ins.Mindmap, id=ids, centre=line, made_on=opt(dates), branches=tuples(mindmap_branches)
)
vacancies = st.builds(
    ins.Vacancy,
    id=ids,
    title=line,
    employer=opt(line),
    read_on=opt(dates),
    requirements=tuples(
        st.builds(
            ins.Requirement,
            text=line,
            client_has=opt(st.sampled_from(list(e.RequirementMatch))),
            note=opt(text),
        ),
        4,
    ),
    conclusion=opt(st.sampled_from(list(e.VacancyConclusion))),
    client_words=opt(text),
)
decisions = st.builds(
    ins.Decision,
    id=ids,
    question=line,
    made_on=opt(dates),
    options=tuples(st.builds(ins.DecisionOption, text=line, pros=tuples(line), cons=tuples(line))),
    chosen=opt(line),
    client_words=opt(text),
)
phone_requests = st.builds(
    ins.PhoneRequest,
    id=ids,
    at=moments,
    caller=line,
    what_asked=text,
    outcome=st.sampled_from(list(e.PhoneOutcome)),
    organisation_id=opt(org_ids),
    why=opt(text),
    client_informed=flag,
    client_agreed=flag,
    shared=opt(text),
)


_short = st.text(_alphabet, max_size=8)
extra = opt(st.dictionaries(_short, st.integers() | _short, max_size=3))
# The dossier's own "extra": an empty one is written as none at all (it says nothing).
dossier_extra = opt(st.dictionaries(_short, st.integers() | _short, min_size=1, max_size=3))


@st.composite
def dossiers(draw: st.DrawFn) -> m.Dossier:
    client = m.Client(
        id=draw(ids),
        first_name=draw(name),
        last_name=draw(name),
        preferred_name=draw(opt(name)),
        birth_date=draw(opt(dates)),
        phone=draw(opt(line)),
        email=draw(opt(line)),
        address=draw(opt(text)),
        language=draw(opt(line)),
        reminder_preference=draw(opt(st.sampled_from(list(e.ReminderPreference)))),
        coach=draw(opt(line)),
        referred_by=draw(opt(line)),
        support_question=draw(opt(text)),
        status=draw(opt(st.sampled_from(list(e.ClientStatus)))),
        started_on=draw(opt(dates)),
        closed_on=draw(opt(dates)),
        team_sharing=draw(opt(st.sampled_from(list(e.TeamSharing)))),
        extra=draw(extra),
    )
    dossier = m.Dossier(
        client=client,
        phases=draw(
            tuples(
                st.builds(
                    m.PhaseEntry,
                    phase=st.sampled_from(list(e.Phase)),
                    started_on=dates,
                    note=opt(text),
                ),
                4,
            )
        ),
        observations=draw(
            tuples(
                st.builds(
                    m.Observation,
                    id=ids,
                    domain=st.sampled_from(list(e.LifeDomain)),
                    kind=st.sampled_from(list(e.ObservationKind)),
                    text=text,
                    voiced_by_client=flag,
                    noted_on=opt(dates),
                )
            )
        ),
        rights=draw(
            tuples(
                st.builds(
                    m.Right,
                    id=ids,
                    name=named,
                    status=st.sampled_from(list(e.RightStatus)),
                    domain=opt(st.sampled_from(list(e.LifeDomain))),
                    updated_on=opt(dates),
                    note=opt(text),
                )
            )
        ),
        ecograms=draw(tuples(ecograms(), 2)),
        balances=draw(
            tuples(
                st.builds(
                    m.Balance,
                    id=ids,
                    assessed_on=dates,
                    note=opt(text),
                    factors=tuples(
                        st.builds(
                            m.BalanceFactor,
                            side=st.sampled_from(list(e.BalanceSide)),
                            text=line,
                            weight=st.integers(1, 5),
                            domain=opt(st.sampled_from(list(e.LifeDomain))),
                        ),
                        4,
                    ),
                ),
                2,
            )
        ),
        goals=draw(tuples(goals, 2)),
        contacts=draw(
            tuples(
                st.builds(
                    m.Contact,
                    id=ids,
                    at=moments,
                    kind=st.sampled_from(list(e.ContactKind)),
                    place=opt(line),
                    summary=opt(text),
                    note_scope=opt(st.sampled_from(list(e.NoteScope))),
                    client_may_read=flag,
                    planned=flag,
                    outcome=opt(st.sampled_from(list(e.ContactOutcome))),
                ),
                4,
            )
        ),
        consents=draw(
            tuples(
                st.builds(
                    m.Consent,
                    id=ids,
                    organisation_id=org_ids,
                    granted_on=dates,
                    categories=unique_enum_tuple(e.ShareCategory),
                    method=opt(st.sampled_from(list(e.ConsentMethod))),
                    not_to_share=opt(text),
                    revoked_on=opt(dates),
                    note=opt(text),
                ).map(_revoked_after_granted),
                2,
            )
        ),
        referrals=draw(tuples(referrals(), 2)),
        meetings=draw(tuples(meetings, 1)),
        closure=draw(
            opt(
                st.builds(
                    m.Closure,
                    evaluated_on=opt(dates),
                    reason=opt(st.sampled_from(list(e.ClosureReason))),
                    client_experience=opt(text),
                    most_helpful=opt(text),
                    held_back=opt(text),
                    achieved=opt(text),
                    continues_alone=opt(text),
                    still_difficult=opt(text),
                    network_fallback=opt(text),
                    coach_remarks=opt(text),
                )
            )
        ),
        aftercare=draw(
            opt(
                st.builds(
                    m.Aftercare,
                    starts_on=opt(dates),
                    ends_on=opt(dates),
                    contact_moments=tuples(
                        st.builds(
                            m.AftercareMoment,
                            on=dates,
                            kind=opt(st.sampled_from(list(e.AftercareKind))),
                            who_initiates=opt(st.sampled_from(list(e.Initiator))),
                            done=flag,
                        )
                    ),
                    can_come_back_for=tuples(text),
                    not_possible=tuples(text),
                    network_support=tuples(text),
                    signals_to_watch=tuples(text),
                    useful_numbers=tuples(line),
                )
            )
        ),
        first_reception=draw(opt(first_receptions)),
        inner_notes=draw(tuples(inner_notes)),
        life_events=draw(tuples(life_events)),
        mindmaps=draw(tuples(mindmaps, 2)),
        vacancies=draw(tuples(vacancies, 2)),
        decisions=draw(tuples(decisions, 2)),
        phone_requests=draw(tuples(phone_requests, 2)),
        extra=draw(dossier_extra),
    )
    all_ids = [
        x.id
        for group in (
            dossier.observations,
            dossier.rights,
            dossier.ecograms,
            dossier.balances,
            dossier.goals,
            dossier.contacts,
            dossier.consents,
            dossier.referrals,
            dossier.meetings,
            dossier.inner_notes,
            dossier.life_events,
            dossier.mindmaps,
            dossier.vacancies,
            dossier.decisions,
            dossier.phone_requests,
        )
        for x in group
    ] + [s.id for g in dossier.goals for s in g.steps]
    if len(all_ids) != len(set(all_ids)):
        from hypothesis import reject

        reject()
    referenced = (
        {c.organisation_id for c in dossier.consents}
        | {r.organisation_id for r in dossier.referrals}
        | {
            p.organisation_id
            for mt in dossier.meetings
            for p in mt.participants
            if p.organisation_id
        }
        | {n.organisation_id for eco in dossier.ecograms for n in eco.nodes if n.organisation_id}
        | {p.organisation_id for p in dossier.phone_requests if p.organisation_id}
    )
    return m.Dossier(
        **{
            **dossier.__dict__,
            "organisations": tuple(
                o for o in sorted(ORGANISATIONS, key=lambda o: (o.name, o.id)) if o.id in referenced
            ),
        }
    )
