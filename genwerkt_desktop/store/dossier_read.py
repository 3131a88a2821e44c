"""Read a dossier back from the tables as domain records."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from genwerkt_desktop.domain import instruments as ins
from genwerkt_desktop.domain import model as m
from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    BalanceSide,
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    ContactKind,
    ContactOutcome,
    GoalStatus,
    Initiator,
    InnerAspect,
    LifeDomain,
    MeetingKind,
    NodeCategory,
    NoteScope,
    ObservationKind,
    Owner,
    Phase,
    PhoneOutcome,
    ReferralStatus,
    ReminderPreference,
    RightStatus,
    ShareCategory,
    StepStatus,
    SupportFlow,
    SupportKind,
    SupportMode,
    TeamSharing,
    TieQuality,
    TieStrength,
    VacancyConclusion,
)
from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.exchange import decode

from .directory_rows import read_organisations
from .models import (
    AftercareMomentRow,
    AftercareRow,
    BalanceFactorRow,
    BalanceRow,
    ClientRow,
    ClosureRow,
    ConsentRow,
    ContactRow,
    DecisionRow,
    EcogramNodeRow,
    EcogramRow,
    EcogramTieRow,
    FirstReceptionRow,
    GoalRow,
    InnerNoteRow,
    LifeEventRow,
    MeetingRow,
    MindmapRow,
    ObservationRow,
    PhaseEntryRow,
    PhoneRequestRow,
    ReferralRow,
    ReferralStepRow,
    RightRow,
    StepRow,
    VacancyRow,
    table_of,
)
from .row_values import opt_enum


def _rows(conn: Connection, row_class: Any, column: str, key: str) -> list[Any]:
    table = table_of(row_class)
    query = select(table).where(table.c[column] == key).order_by(table.c.position)
    return list(conn.execute(query).mappings())


def _children(
    conn: Connection, row_class: Any, column: str, keys: list[str]
) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    if not keys:
        return out
    table = table_of(row_class)
    query = (
        select(table).where(table.c[column].in_(keys)).order_by(table.c[column], table.c.position)
    )
    for row in conn.execute(query).mappings():
        out[row[column]].append(row)
    return out


def read_client(row: Any) -> m.Client:
    return m.Client(
        id=row["id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        preferred_name=row["preferred_name"],
        birth_date=row["birth_date"],
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        language=row["language"],
        reminder_preference=opt_enum(ReminderPreference, row["reminder_preference"]),
        coach=row["coach"],
        referred_by=row["referred_by"],
        support_question=row["support_question"],
        status=opt_enum(ClientStatus, row["status"]),
        started_on=row["started_on"],
        closed_on=row["closed_on"],
        team_sharing=opt_enum(TeamSharing, row["team_sharing"]),
        extra=None if row["extra_json"] is None else json.loads(row["extra_json"]),
    )


def referenced_organisation_ids(d: m.Dossier) -> set[str]:
    ids = {c.organisation_id for c in d.consents}
    ids |= {r.organisation_id for r in d.referrals}
    ids |= {p.organisation_id for mt in d.meetings for p in mt.participants if p.organisation_id}
    ids |= {n.organisation_id for e in d.ecograms for n in e.nodes if n.organisation_id}
    ids |= {p.organisation_id for p in d.phone_requests if p.organisation_id}
    return ids


def _read_phases(conn: Connection, client_id: str) -> tuple[m.PhaseEntry, ...]:
    phases = tuple(
        m.PhaseEntry(phase=Phase(p["phase"]), started_on=p["started_on"], note=p["note"])
        for p in _rows(conn, PhaseEntryRow, "client_id", client_id)
    )
    return phases


def _read_domains(
    conn: Connection, client_id: str
) -> tuple[tuple[m.Observation, ...], tuple[m.Right, ...]]:
    observations = tuple(
        m.Observation(
            id=o["id"],
            domain=LifeDomain(o["domain"]),
            kind=ObservationKind(o["kind"]),
            text=o["text"],
            voiced_by_client=o["voiced_by_client"],
            noted_on=o["noted_on"],
        )
        for o in _rows(conn, ObservationRow, "client_id", client_id)
    )
    rights = tuple(
        m.Right(
            id=r["id"],
            name=r["name"],
            status=RightStatus(r["status"]),
            domain=opt_enum(LifeDomain, r["domain"]),
            updated_on=r["updated_on"],
            note=r["note"],
        )
        for r in _rows(conn, RightRow, "client_id", client_id)
    )
    return observations, rights


def _read_ecograms(conn: Connection, client_id: str) -> tuple[m.Ecogram, ...]:
    ecogram_rows = _rows(conn, EcogramRow, "client_id", client_id)
    eco_ids = [e["id"] for e in ecogram_rows]
    nodes = _children(conn, EcogramNodeRow, "ecogram_id", eco_ids)
    ties = _children(conn, EcogramTieRow, "ecogram_id", eco_ids)
    ecograms = tuple(
        m.Ecogram(
            id=e["id"],
            drawn_on=e["drawn_on"],
            note=e["note"],
            nodes=tuple(
                m.EcogramNode(
                    id=n["node_id"],
                    label=n["label"],
                    category=NodeCategory(n["category"]),
                    organisation_id=n["organisation_id"],
                    x=n["x"],
                    y=n["y"],
                    strength=opt_enum(TieStrength, n["strength"]),
                    quality=opt_enum(TieQuality, n["quality"]),
                    flow=opt_enum(SupportFlow, n["flow"]),
                    support=tuple(SupportKind(s) for s in json.loads(n["support_json"])),
                    note=n["note"],
                )
                for n in nodes[e["id"]]
            ),
            ties=tuple(
                m.EcogramTie(
                    from_id=t["from_id"],
                    to_id=t["to_id"],
                    strength=opt_enum(TieStrength, t["strength"]),
                    quality=opt_enum(TieQuality, t["quality"]),
                )
                for t in ties[e["id"]]
            ),
        )
        for e in ecogram_rows
    )
    return ecograms


def _read_balances(conn: Connection, client_id: str) -> tuple[m.Balance, ...]:
    balance_rows = _rows(conn, BalanceRow, "client_id", client_id)
    factors = _children(conn, BalanceFactorRow, "balance_id", [b["id"] for b in balance_rows])
    balances = tuple(
        m.Balance(
            id=b["id"],
            assessed_on=b["assessed_on"],
            note=b["note"],
            factors=tuple(
                m.BalanceFactor(
                    side=BalanceSide(f["side"]),
                    text=f["text"],
                    weight=f["weight"],
                    domain=opt_enum(LifeDomain, f["domain"]),
                )
                for f in factors[b["id"]]
            ),
        )
        for b in balance_rows
    )
    return balances


def _read_goals(conn: Connection, client_id: str) -> tuple[m.Goal, ...]:
    goal_rows = _rows(conn, GoalRow, "client_id", client_id)
    steps = _children(conn, StepRow, "goal_id", [g["id"] for g in goal_rows])
    goals = tuple(
        m.Goal(
            id=g["id"],
            title=g["title"],
            status=GoalStatus(g["status"]),
            domain=opt_enum(LifeDomain, g["domain"]),
            client_words=g["client_words"],
            measure=g["measure"],
            agreed_by_client=g["agreed_by_client"],
            realistic_note=g["realistic_note"],
            due_on=g["due_on"],
            priority=g["priority"],
            steps=tuple(
                m.Step(
                    id=s["id"],
                    text=s["text"],
                    owner=Owner(s["owner"]),
                    status=StepStatus(s["status"]),
                    owner_name=s["owner_name"],
                    mode=opt_enum(SupportMode, s["mode"]),
                    due_on=s["due_on"],
                    evaluation=s["evaluation"],
                )
                for s in steps[g["id"]]
            ),
        )
        for g in goal_rows
    )
    return goals


def _read_collaboration(
    conn: Connection, client_id: str
) -> tuple[tuple[m.Consent, ...], tuple[m.Referral, ...], tuple[m.Meeting, ...]]:
    consents = tuple(
        m.Consent(
            id=c["id"],
            organisation_id=c["organisation_id"],
            granted_on=c["granted_on"],
            categories=tuple(ShareCategory(x) for x in json.loads(c["categories_json"])),
            method=opt_enum(ConsentMethod, c["method"]),
            not_to_share=c["not_to_share"],
            revoked_on=c["revoked_on"],
            note=c["note"],
        )
        for c in _rows(conn, ConsentRow, "client_id", client_id)
    )
    referral_rows = _rows(conn, ReferralRow, "client_id", client_id)
    rsteps = _children(conn, ReferralStepRow, "referral_id", [r["id"] for r in referral_rows])
    referrals = tuple(
        m.Referral(
            id=r["id"],
            organisation_id=r["organisation_id"],
            status=ReferralStatus(r["status"]),
            contact_person_id=r["contact_person_id"],
            domain=opt_enum(LifeDomain, r["domain"]),
            need=r["need"],
            revisit_on=r["revisit_on"],
            steps=tuple(
                m.ReferralStep(step=s["step"], done=s["done"], done_on=s["done_on"], note=s["note"])
                for s in rsteps[r["id"]]
            ),
            appointment=None
            if r["appointment_json"] is None
            else decode(m.Appointment, json.loads(r["appointment_json"])),
            client_questions=tuple(json.loads(r["client_questions_json"])),
            who_says_what=r["who_says_what"],
            feedback_agreement=r["feedback_agreement"],
        )
        for r in referral_rows
    )
    meetings = tuple(
        m.Meeting(
            id=mt["id"],
            at=datetime.fromisoformat(mt["at"]),
            kind=opt_enum(MeetingKind, mt["kind"]),
            place=mt["place"],
            purpose=mt["purpose"],
            coordinator=mt["coordinator"],
            client_attends=mt["client_attends"],
            participants=decode(tuple[m.Participant, ...], json.loads(mt["participants_json"])),
            client_prepared=None
            if mt["client_prepared_json"] is None
            else decode(m.ClientPrepared, json.loads(mt["client_prepared_json"])),
            themes=decode(tuple[m.Theme, ...], json.loads(mt["themes_json"])),
            privacy_agreements=mt["privacy_agreements"],
            feedback_agreements=mt["feedback_agreements"],
        )
        for mt in _rows(conn, MeetingRow, "client_id", client_id)
    )
    return consents, referrals, meetings


def _read_closure(conn: Connection, client_id: str) -> tuple[m.Closure | None, m.Aftercare | None]:
    closure_row = (
        conn.execute(
            select(table_of(ClosureRow)).where(table_of(ClosureRow).c.client_id == client_id)
        )
        .mappings()
        .first()
    )
    closure = None
    if closure_row is not None:
        closure = m.Closure(
            evaluated_on=closure_row["evaluated_on"],
            reason=opt_enum(ClosureReason, closure_row["reason"]),
            client_experience=closure_row["client_experience"],
            most_helpful=closure_row["most_helpful"],
            held_back=closure_row["held_back"],
            achieved=closure_row["achieved"],
            continues_alone=closure_row["continues_alone"],
            still_difficult=closure_row["still_difficult"],
            network_fallback=closure_row["network_fallback"],
            coach_remarks=closure_row["coach_remarks"],
        )
    aftercare_row = (
        conn.execute(
            select(table_of(AftercareRow)).where(table_of(AftercareRow).c.client_id == client_id)
        )
        .mappings()
        .first()
    )
    aftercare = None
    if aftercare_row is not None:
        aftercare = m.Aftercare(
            starts_on=aftercare_row["starts_on"],
            ends_on=aftercare_row["ends_on"],
            contact_moments=tuple(
                m.AftercareMoment(
                    on=mo["on"],
                    kind=opt_enum(AftercareKind, mo["kind"]),
                    who_initiates=opt_enum(Initiator, mo["who_initiates"]),
                    done=mo["done"],
                )
                for mo in _rows(conn, AftercareMomentRow, "client_id", client_id)
            ),
            can_come_back_for=tuple(json.loads(aftercare_row["can_come_back_for_json"])),
            not_possible=tuple(json.loads(aftercare_row["not_possible_json"])),
            network_support=tuple(json.loads(aftercare_row["network_support_json"])),
            signals_to_watch=tuple(json.loads(aftercare_row["signals_to_watch_json"])),
            useful_numbers=tuple(json.loads(aftercare_row["useful_numbers_json"])),
        )
    return closure, aftercare


def _read_first_reception(conn: Connection, client_id: str) -> ins.FirstReception | None:
    t = table_of(FirstReceptionRow)
    row = conn.execute(select(t).where(t.c.client_id == client_id)).mappings().first()
    if row is None:
        return None
    return ins.FirstReception(
        on=row["on"],
        explained_secrecy=row["explained_secrecy"],
        explained_what_is_noted=row["explained_what_is_noted"],
        explained_team_sharing=row["explained_team_sharing"],
        reachability=row["reachability"],
        practical_help=row["practical_help"],
        client_expectations=row["client_expectations"],
    )


def _read_inner_notes(conn: Connection, client_id: str) -> tuple[ins.InnerNote, ...]:
    return tuple(
        ins.InnerNote(
            id=n["id"],
            aspect=InnerAspect(n["aspect"]),
            text=n["text"],
            domain=opt_enum(LifeDomain, n["domain"]),
            voiced_by_client=n["voiced_by_client"],
            noted_on=n["noted_on"],
        )
        for n in _rows(conn, InnerNoteRow, "client_id", client_id)
    )


def _read_life_events(conn: Connection, client_id: str) -> tuple[ins.LifeEvent, ...]:
    return tuple(
        ins.LifeEvent(
            id=e["id"],
            text=e["text"],
            when=e["when_text"],
            on=e["on"],
            domain=opt_enum(LifeDomain, e["domain"]),
        )
        for e in _rows(conn, LifeEventRow, "client_id", client_id)
    )


def _read_mindmaps(conn: Connection, client_id: str) -> tuple[ins.Mindmap, ...]:
    return tuple(
        ins.Mindmap(
            id=mm["id"],
            centre=mm["centre"],
            made_on=mm["made_on"],
            branches=decode(tuple[ins.MindmapBranch, ...], json.loads(mm["branches_json"])),
        )
        for mm in _rows(conn, MindmapRow, "client_id", client_id)
    )


def _read_vacancies(conn: Connection, client_id: str) -> tuple[ins.Vacancy, ...]:
    return tuple(
        ins.Vacancy(
            id=v["id"],
            title=v["title"],
            employer=v["employer"],
            read_on=v["read_on"],
            requirements=decode(tuple[ins.Requirement, ...], json.loads(v["requirements_json"])),
            conclusion=opt_enum(VacancyConclusion, v["conclusion"]),
            client_words=v["client_words"],
        )
        for v in _rows(conn, VacancyRow, "client_id", client_id)
    )


def _read_decisions(conn: Connection, client_id: str) -> tuple[ins.Decision, ...]:
    return tuple(
        ins.Decision(
            id=dc["id"],
            question=dc["question"],
            made_on=dc["made_on"],
            options=decode(tuple[ins.DecisionOption, ...], json.loads(dc["options_json"])),
            chosen=dc["chosen"],
            client_words=dc["client_words"],
        )
        for dc in _rows(conn, DecisionRow, "client_id", client_id)
    )


def read_phone_requests(conn: Connection, client_id: str) -> tuple[ins.PhoneRequest, ...]:
    return tuple(
        ins.PhoneRequest(
            id=p["id"],
            at=datetime.fromisoformat(p["at"]),
            caller=p["caller"],
            what_asked=p["what_asked"],
            outcome=PhoneOutcome(p["outcome"]),
            organisation_id=p["organisation_id"],
            why=p["why"],
            client_informed=p["client_informed"],
            client_agreed=p["client_agreed"],
            shared=p["shared"],
        )
        for p in _rows(conn, PhoneRequestRow, "client_id", client_id)
    )


def _client_row(conn: Connection, client_id: str) -> Any:
    clients = table_of(ClientRow)
    return conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()


def client_ids(conn: Connection) -> list[str]:
    """The id of every client in the store, whatever their status, in id order."""
    clients = table_of(ClientRow)
    return list(conn.execute(select(clients.c.id).order_by(clients.c.id)).scalars())


def read_client_by_id(conn: Connection, client_id: str) -> m.Client | None:
    """The client card alone (one query), or None when there is no such client."""
    row = _client_row(conn, client_id)
    return None if row is None else read_client(row)


def _extra(row: Any) -> Any:
    return None if row["dossier_extra_json"] is None else json.loads(row["dossier_extra_json"])


def _part_fields(conn: Connection, client_id: str, part: Part) -> dict[str, Any]:
    """The dossier's fields that hold ``part``, read from the store."""
    match part:
        case Part.CLIENT:
            row = _client_row(conn, client_id)
            if row is None:
                raise StateError("deze cliënt bestaat niet meer")
            return {"client": read_client(row), "extra": _extra(row)}
        case Part.PHASES:
            return {"phases": _read_phases(conn, client_id)}
        case Part.DOMAINS:
            observations, rights = _read_domains(conn, client_id)
            return {"observations": observations, "rights": rights}
        case Part.CONTACTS:
            return {"contacts": read_contacts(conn, client_id)}
        case Part.ECOGRAMS:
            return {"ecograms": _read_ecograms(conn, client_id)}
        case Part.BALANCES:
            return {"balances": _read_balances(conn, client_id)}
        case Part.POP:
            return {"goals": _read_goals(conn, client_id)}
        case Part.COLLABORATION:
            consents, referrals, meetings = _read_collaboration(conn, client_id)
            return {"consents": consents, "referrals": referrals, "meetings": meetings}
        case Part.CLOSURE:
            closure, aftercare = _read_closure(conn, client_id)
            return {"closure": closure, "aftercare": aftercare}
        case Part.FIRST_RECEPTION:
            return {"first_reception": _read_first_reception(conn, client_id)}
        case Part.INNER_NOTES:
            return {"inner_notes": _read_inner_notes(conn, client_id)}
        case Part.LIFE_EVENTS:
            return {"life_events": _read_life_events(conn, client_id)}
        case Part.MINDMAPS:
            return {"mindmaps": _read_mindmaps(conn, client_id)}
        case Part.VACANCIES:
            return {"vacancies": _read_vacancies(conn, client_id)}
        case Part.DECISIONS:
            return {"decisions": _read_decisions(conn, client_id)}
        case Part.PHONE_REQUESTS:
            return {"phone_requests": read_phone_requests(conn, client_id)}


# The parts that may name an organisation of the sociale kaart.
_NAMING_ORGANISATIONS = frozenset({Part.ECOGRAMS, Part.COLLABORATION, Part.PHONE_REQUESTS})


def read_dossier(conn: Connection, client_id: str) -> m.Dossier | None:
    row = _client_row(conn, client_id)
    if row is None:
        return None
    fields: dict[str, Any] = {}
    for part in Part:
        if part is not Part.CLIENT:
            fields.update(_part_fields(conn, client_id, part))
    partial = m.Dossier(client=read_client(row), extra=_extra(row), **fields)
    organisations = tuple(read_organisations(conn, referenced_organisation_ids(partial)))
    return dataclasses.replace(partial, organisations=organisations)


def read_parts(conn: Connection, current: m.Dossier, parts: frozenset[Part]) -> m.Dossier:
    """``current`` with ``parts`` read again from the store; the rest is kept as it was.
    ``StateError`` when the client is gone (deleted meanwhile)."""
    client_id = current.client.id
    if not read_client_exists(conn, client_id):
        raise StateError("deze cliënt bestaat niet meer")
    fields: dict[str, Any] = {}
    for part in sorted(parts):
        fields.update(_part_fields(conn, client_id, part))
    dossier = dataclasses.replace(current, **fields)
    if parts & _NAMING_ORGANISATIONS:
        ids = referenced_organisation_ids(dossier)
        dossier = dataclasses.replace(dossier, organisations=tuple(read_organisations(conn, ids)))
    return dossier


def read_existing_dossier(conn: Connection, client_id: str) -> m.Dossier:
    """The dossier; ``StateError`` when the client is gone (deleted meanwhile)."""
    dossier = read_dossier(conn, client_id)
    if dossier is None:
        raise StateError("deze cliënt bestaat niet meer")
    return dossier


def read_contacts(conn: Connection, client_id: str) -> tuple[m.Contact, ...]:
    """One dossier's contact moments, in their order (one query)."""
    return tuple(
        m.Contact(
            id=c["id"],
            at=datetime.fromisoformat(c["at"]),
            kind=ContactKind(c["kind"]),
            place=c["place"],
            summary=c["summary"],
            note_scope=opt_enum(NoteScope, c["note_scope"]),
            client_may_read=c["client_may_read"],
            planned=c["planned"],
            outcome=opt_enum(ContactOutcome, c["outcome"]),
        )
        for c in _rows(conn, ContactRow, "client_id", client_id)
    )


def read_client_exists(conn: Connection, client_id: str) -> bool:
    clients = table_of(ClientRow)
    return conn.execute(select(clients.c.id).where(clients.c.id == client_id)).first() is not None


# The rows a dossier owns directly (each carries its client's id), by their key in the
# exchange format; "steps" belong to a client through their goal.
_OWN_ROWS: dict[str, Any] = {
    "observations": ObservationRow,
    "rights": RightRow,
    "ecograms": EcogramRow,
    "balances": BalanceRow,
    "goals": GoalRow,
    "contacts": ContactRow,
    "consents": ConsentRow,
    "referrals": ReferralRow,
    "meetings": MeetingRow,
    "inner_notes": InnerNoteRow,
    "life_events": LifeEventRow,
    "mindmaps": MindmapRow,
    "vacancies": VacancyRow,
    "decisions": DecisionRow,
    "phone_requests": PhoneRequestRow,
}


def id_of_another_client(conn: Connection, client_id: str, key: str, ids: list[str]) -> str | None:
    """One of ``ids`` that a row of ``key`` ("observations", ..., "phone_requests", or
    "steps") of another client's dossier already has; None when they are all free."""
    if key == "steps":
        steps, goals = table_of(StepRow), table_of(GoalRow)
        query = (
            select(steps.c.id)
            .join(goals, goals.c.id == steps.c.goal_id)
            .where(steps.c.id.in_(ids), goals.c.client_id != client_id)
        )
    else:
        table = table_of(_OWN_ROWS[key])
        query = select(table.c.id).where(table.c.id.in_(ids), table.c.client_id != client_id)
    clash: str | None = conn.execute(query.limit(1)).scalar()
    return clash
