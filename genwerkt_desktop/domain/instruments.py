"""Frozen records for the methodology's instruments (dossier-v1, issue 19): the first
reception, the inside of poverty (binnenkant), the life story, mind maps, vacancies read
together, decisions weighed, and information asked by telephone.

None of these is a share category: no partner sheet ever carries them.  They are the
client's own and appear in the client's right-of-access dossier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .enums import (
    InnerAspect,
    LifeDomain,
    PhoneOutcome,
    RequirementMatch,
    VacancyConclusion,
)


@dataclass(frozen=True)
class FirstReception:
    """What was explained and agreed at the start (eerste onthaal)."""

    on: date | None = None
    explained_secrecy: bool | None = None
    explained_what_is_noted: bool | None = None
    explained_team_sharing: bool | None = None
    reachability: str | None = None
    practical_help: str | None = None
    client_expectations: str | None = None


@dataclass(frozen=True)
class InnerNote:
    """One aspect of how the client lives their situation, with care.

    ``voiced_by_client``: True when the client said it, False when it is the coach's
    impression still to check with the client, None when not recorded.
    """

    id: str
    aspect: InnerAspect
    text: str
    domain: LifeDomain | None = None
    voiced_by_client: bool | None = None
    noted_on: date | None = None


@dataclass(frozen=True)
class LifeEvent:
    """A moment in the life story: a date when known, else ``when`` in words ("als kind")."""

    id: str
    text: str
    when: str | None = None
    on: date | None = None
    domain: LifeDomain | None = None


@dataclass(frozen=True)
class MindmapBranch:
    text: str
    children: tuple[MindmapBranch, ...] = ()


@dataclass(frozen=True)
class Mindmap:
    """The question in the middle, themes and thoughts branching from it."""

    id: str
    centre: str
    made_on: date | None = None
    branches: tuple[MindmapBranch, ...] = ()


@dataclass(frozen=True)
class Requirement:
    """One thing a vacancy asks, held against what the client brings."""

    text: str
    client_has: RequirementMatch | None = None
    note: str | None = None


@dataclass(frozen=True)
class Vacancy:
    id: str
    title: str
    employer: str | None = None
    read_on: date | None = None
    requirements: tuple[Requirement, ...] = ()
    conclusion: VacancyConclusion | None = None
    client_words: str | None = None


@dataclass(frozen=True)
class DecisionOption:
    text: str
    pros: tuple[str, ...] = ()
    cons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """A choice weighed together; ``chosen`` is what the client chose, in their words."""

    id: str
    question: str
    made_on: date | None = None
    options: tuple[DecisionOption, ...] = ()
    chosen: str | None = None
    client_words: str | None = None


@dataclass(frozen=True)
class PhoneRequest:
    """Another service asked by telephone; the record of who asked what and what was said.

    Nothing is shared unless the client knew and agreed: ``shared`` only with the outcome
    ``gedeeld_met_toestemming``.
    """

    id: str
    at: datetime
    caller: str
    what_asked: str
    outcome: PhoneOutcome
    organisation_id: str | None = None
    why: str | None = None
    client_informed: bool | None = None
    client_agreed: bool | None = None
    shared: str | None = None
