"""Small builders for domain records: sensible defaults, override what a test is about."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from genwerkt_desktop.domain.enums import (
    BalanceSide,
    ContactKind,
    GoalStatus,
    LifeDomain,
    NoteScope,
    ObservationKind,
    Owner,
    Phase,
    ReferralStatus,
    RightStatus,
    ShareCategory,
    StepStatus,
)
from genwerkt_desktop.domain.model import (
    Aftercare,
    Balance,
    BalanceFactor,
    Client,
    Closure,
    Consent,
    Contact,
    Dossier,
    Ecogram,
    Goal,
    Meeting,
    Observation,
    Organisation,
    PhaseEntry,
    Referral,
    ReferralStep,
    Right,
    Step,
)

D = date
JAN_1 = D(2024, 1, 1)


def entry(phase: Phase, started_on: date, note: str | None = None) -> PhaseEntry:
    return PhaseEntry(phase=phase, started_on=started_on, note=note)


def step(
    status: StepStatus = StepStatus.PLANNED,
    due_on: date | None = None,
    id: str = "s1",
    text: str = "Cv samen opmaken",
    owner: Owner = Owner.CLIENT,
) -> Step:
    return Step(id=id, text=text, owner=owner, status=status, due_on=due_on)


def goal(**overrides: Any) -> Goal:
    """A goal that passes every SMART letter unless overridden."""
    values: dict[str, Any] = {
        "id": "g1",
        "title": "Werk vinden in de zorg",
        "status": GoalStatus.IN_PROGRESS,
        "client_words": "Ik wil terug aan de slag in een rusthuis",
        "measure": "Een contract getekend",
        "agreed_by_client": True,
        "realistic_note": "Heeft al ervaring als zorgkundige",
        "due_on": D(2024, 12, 31),
        "steps": (),
    }
    values.update(overrides)
    return Goal(**values)


def factor(
    side: BalanceSide, weight: int, domain: LifeDomain | None = None, text: str = "factor"
) -> BalanceFactor:
    return BalanceFactor(side=side, text=text, weight=weight, domain=domain)


def balance(assessed_on: date, *factors: BalanceFactor, id: str = "b") -> Balance:
    return Balance(id=id, assessed_on=assessed_on, factors=factors)


def simple_balance(assessed_on: date, capacity: int, burden: int) -> Balance:
    return balance(
        assessed_on,
        factor(BalanceSide.CAPACITY, capacity),
        factor(BalanceSide.BURDEN, burden),
        id=f"b-{assessed_on.isoformat()}",
    )


def referral(
    done: tuple[int, ...] = (),
    status: ReferralStatus = ReferralStatus.ONGOING,
    revisit_on: date | None = None,
    steps: tuple[ReferralStep, ...] | None = None,
) -> Referral:
    if steps is None:
        steps = tuple(ReferralStep(step=n, done=True, done_on=D(2024, 3, n)) for n in done)
    return Referral(
        id="r1", organisation_id="cawx", status=status, revisit_on=revisit_on, steps=steps
    )


def consent(
    organisation_id: str,
    *categories: ShareCategory,
    granted_on: date = JAN_1,
    revoked_on: date | None = None,
    id: str | None = None,
) -> Consent:
    return Consent(
        id=id or f"c-{organisation_id}",
        organisation_id=organisation_id,
        granted_on=granted_on,
        categories=categories,
        revoked_on=revoked_on,
    )


def contact(
    id: str,
    note_scope: NoteScope | None = NoteScope.FILE,
    client_may_read: bool | None = True,
) -> Contact:
    return Contact(
        id=id,
        at=datetime(2024, 3, 1, 10, 0, tzinfo=UTC),
        kind=ContactKind.HOME_VISIT,
        summary=f"notitie {id}",
        note_scope=note_scope,
        client_may_read=client_may_read,
    )


def home_visit_note(summary: str) -> Contact:
    """A home visit on 30 November 2026 with ``summary`` as its note, in the file and
    readable by the client, under a fresh id."""
    from genwerkt_desktop.services.dossier_edits import new_id
    from tests.fakes import BRUSSELS_WINTER

    return Contact(
        id=new_id(),
        at=datetime(2026, 11, 30, 10, 0, tzinfo=BRUSSELS_WINTER),
        kind=ContactKind.HOME_VISIT,
        summary=summary,
        note_scope=NoteScope.FILE,
        client_may_read=True,
    )


def client() -> Client:
    return Client(
        id="cl1",
        first_name="Fatima",
        last_name="Peeters",
        preferred_name="Tima",
        birth_date=D(1988, 5, 17),
        phone="0470 12 34 56",
        email="fatima@example.org",
        address="Kerkstraat 1, 9000 Gent",
        language="nl",
        support_question="Werk vinden dat past bij de kinderopvang",
        extra={"geheim": "niet delen"},
    )


def full_dossier(
    consents: tuple[Consent, ...] = (), contacts: tuple[Contact, ...] | None = None
) -> Dossier:
    """A dossier with something in every category, so a view shows what it drops."""
    if contacts is None:
        contacts = (
            contact("file"),
            contact("personal", note_scope=NoteScope.PERSONAL),
            contact("hidden", client_may_read=False),
        )
    return Dossier(
        client=client(),
        phases=(entry(Phase.INTAKE, D(2024, 1, 5)),),
        observations=(
            Observation(
                id="o1", domain=LifeDomain.WORK, kind=ObservationKind.STRENGTH, text="Sterk"
            ),
        ),
        rights=(Right(id="ri1", name="Verhoogde tegemoetkoming", status=RightStatus.APPLIED),),
        ecograms=(Ecogram(id="e1", drawn_on=D(2024, 2, 1)),),
        balances=(simple_balance(D(2024, 2, 1), 3, 4),),
        goals=(goal(),),
        contacts=contacts,
        organisations=(
            Organisation(id="vdab", name="VDAB"),
            Organisation(id="ocmw", name="OCMW"),
            Organisation(id="cawx", name="CAW"),
        ),
        consents=consents,
        referrals=(referral(),),
        meetings=(Meeting(id="m1", at=datetime(2024, 4, 1, 9, 0, tzinfo=UTC)),),
        closure=Closure(achieved="Werk gevonden"),
        aftercare=Aftercare(can_come_back_for=("papieren",)),
        extra={"intern": True},
    )
