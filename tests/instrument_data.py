"""Every instrument of issue 19 filled in, each text marked so a test can look for it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

from genwerkt_desktop.domain.enums import (
    InnerAspect,
    LifeDomain,
    PhoneOutcome,
    RequirementMatch,
    VacancyConclusion,
)
from genwerkt_desktop.domain.instruments import (
    Decision,
    DecisionOption,
    FirstReception,
    InnerNote,
    LifeEvent,
    Mindmap,
    MindmapBranch,
    PhoneRequest,
    Requirement,
    Vacancy,
)
from genwerkt_desktop.domain.model import Dossier

BRUSSELS = timezone(timedelta(hours=1))

# One distinctive word per instrument: none may reach a partner sheet, all must reach the
# client's own dossier.
MARKERS = {
    "first_reception": "Onthaalwoord",
    "inner_note": "Binnenkantwoord",
    "life_event": "Levensloopwoord",
    "mindmap": "Mindmapwoord",
    "vacancy": "Vacaturewoord",
    "decision": "Keuzewoord",
    "phone_request": "Telefoonwoord",
}


def first_reception() -> FirstReception:
    return FirstReception(
        on=date(2026, 9, 1),
        explained_secrecy=True,
        explained_what_is_noted=True,
        explained_team_sharing=False,
        reachability=f"Bellen na 10 uur {MARKERS['first_reception']}",
        practical_help="Voedselpakket aangevraagd",
        client_expectations="Hulp bij de brieven",
    )


def inner_note(note_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000001") -> InnerNote:
    return InnerNote(
        id=note_id,
        aspect=InnerAspect.DREAMS,
        text=f"Wil ooit een eigen kraam {MARKERS['inner_note']}",
        domain=LifeDomain.WORK,
        voiced_by_client=True,
        noted_on=date(2026, 9, 8),
    )


def life_event(event_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000002") -> LifeEvent:
    return LifeEvent(
        id=event_id,
        text=f"Verhuisde naar Gent {MARKERS['life_event']}",
        when="als tiener",
        domain=LifeDomain.HOUSING,
    )


def mindmap(mindmap_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000003") -> Mindmap:
    return Mindmap(
        id=mindmap_id,
        centre="Wat wil ik met werk?",
        made_on=date(2026, 9, 15),
        branches=(
            MindmapBranch(
                "Koken",
                children=(MindmapBranch(f"Restaurant {MARKERS['mindmap']}"),),
            ),
            MindmapBranch("Kinderopvang regelen"),
        ),
    )


def vacancy(vacancy_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000004") -> Vacancy:
    return Vacancy(
        id=vacancy_id,
        title="Hulpkok",
        employer="Brasserie Oost",
        read_on=date(2026, 9, 22),
        requirements=(
            Requirement("Ervaring in een keuken", RequirementMatch.PARTLY, "thuis koken"),
            Requirement(f"Rijbewijs {MARKERS['vacancy']}", RequirementMatch.NO),
        ),
        conclusion=VacancyConclusion.LEARN_FIRST,
        client_words="Eerst een opleiding",
    )


def decision(decision_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000005") -> Decision:
    return Decision(
        id=decision_id,
        question="Opleiding of meteen werken?",
        made_on=date(2026, 9, 29),
        options=(
            DecisionOption(
                "Opleiding", pros=(f"Diploma {MARKERS['decision']}",), cons=("Minder geld",)
            ),
            DecisionOption("Meteen werken", pros=("Inkomen",), cons=("Lange dagen",)),
        ),
        chosen="Opleiding",
        client_words="Ik wil het goed leren",
    )


def phone_request(request_id: str = "3f2b7a40-1c1d-4c1e-9d1a-000000000006") -> PhoneRequest:
    return PhoneRequest(
        id=request_id,
        at=datetime(2026, 10, 2, 14, 30, tzinfo=BRUSSELS),
        caller="Maatschappelijk werker",
        what_asked=f"Of de huur betaald is {MARKERS['phone_request']}",
        outcome=PhoneOutcome.CALL_BACK,
        why="Dossier huurachterstand",
        client_informed=False,
    )


def with_instruments(dossier: Dossier) -> Dossier:
    return dataclasses.replace(
        dossier,
        first_reception=first_reception(),
        inner_notes=(inner_note(),),
        life_events=(life_event(),),
        mindmaps=(mindmap(),),
        vacancies=(vacancy(),),
        decisions=(decision(),),
        phone_requests=(phone_request(),),
    )
