"""Write a whole dossier into the tables and read it back as domain records.

Writes replace a client's rows wholesale in bulk inserts (fast even for 300 notes) and
keep the order given through ``position``.  Callers own the transaction.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from genwerkt_desktop.domain import model as m
from genwerkt_desktop.domain.enums import (
    AftercareKind,
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
from genwerkt_desktop.domain.exchange import decode, encode

from . import fts
from .models import (
    AftercareMomentRow,
    AftercareRow,
    BalanceFactorRow,
    BalanceRow,
    ClientRow,
    ClosureRow,
    ConsentRow,
    ContactPersonRow,
    ContactRow,
    EcogramNodeRow,
    EcogramRow,
    EcogramTieRow,
    GoalRow,
    MeetingRow,
    ObservationRow,
    OrganisationRow,
    PhaseEntryRow,
    ReferralRow,
    ReferralStepRow,
    RightRow,
    StepRow,
    table_of,
)


def utc_key(moment: datetime) -> str:
    """A sortable text for a moment, whatever offset it was written with."""
    return moment.astimezone(UTC).isoformat()


def _json(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else _json(value)


def _enum(value: Any) -> Any:
    return None if value is None else value.value


# --- the directory -------------------------------------------------------------------


def upsert_organisation(conn: Connection, org: m.Organisation) -> None:
    values = {
        "id": org.id,
        "name": org.name,
        "services": org.services,
        "entry_criteria": org.entry_criteria,
        "way_of_working": org.way_of_working,
        "stopping_consequences": org.stopping_consequences,
        "address": org.address,
        "phone": org.phone,
        "email": org.email,
        "website": org.website,
        "opening_hours": org.opening_hours,
    }
    table = table_of(OrganisationRow)
    exists = conn.execute(select(table.c.id).where(table.c.id == org.id)).first()
    if exists:
        conn.execute(table.update().where(table.c.id == org.id).values(**values))
    else:
        conn.execute(insert(table).values(**values))
    people = table_of(ContactPersonRow)
    conn.execute(delete(people).where(people.c.organisation_id == org.id))
    if org.contacts:
        conn.execute(
            insert(people),
            [
                {
                    "id": p.id,
                    "organisation_id": org.id,
                    "position": i,
                    "name": p.name,
                    "role": p.role,
                    "phone": p.phone,
                    "email": p.email,
                    "trusted": p.trusted,
                    "backup": p.backup,
                }
                for i, p in enumerate(org.contacts)
            ],
        )


def read_organisations(conn: Connection, ids: Iterable[str] | None = None) -> list[m.Organisation]:
    """Organisations by name (then id); all of them when ``ids`` is None."""
    table = table_of(OrganisationRow)
    query = select(table).order_by(table.c.name, table.c.id)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        query = query.where(table.c.id.in_(wanted))
    orgs = conn.execute(query).mappings().all()
    people = table_of(ContactPersonRow)
    by_org: dict[str, list[m.ContactPerson]] = defaultdict(list)
    person_query = select(people).order_by(people.c.organisation_id, people.c.position)
    if ids is not None:
        person_query = person_query.where(people.c.organisation_id.in_([o["id"] for o in orgs]))
    for p in conn.execute(person_query).mappings():
        by_org[p["organisation_id"]].append(
            m.ContactPerson(
                id=p["id"],
                name=p["name"],
                role=p["role"],
                phone=p["phone"],
                email=p["email"],
                trusted=p["trusted"],
                backup=p["backup"],
            )
        )
    return [
        m.Organisation(
            id=o["id"],
            name=o["name"],
            services=o["services"],
            entry_criteria=o["entry_criteria"],
            way_of_working=o["way_of_working"],
            stopping_consequences=o["stopping_consequences"],
            address=o["address"],
            phone=o["phone"],
            email=o["email"],
            website=o["website"],
            opening_hours=o["opening_hours"],
            contacts=tuple(by_org[o["id"]]),
        )
        for o in orgs
    ]


def organisation_ids_present(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    table = table_of(OrganisationRow)
    return set(conn.execute(select(table.c.id).where(table.c.id.in_(wanted))).scalars())


# --- writing a dossier ---------------------------------------------------------------


def _client_values(d: m.Dossier) -> dict[str, Any]:
    c = d.client
    return {
        "id": c.id,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "preferred_name": c.preferred_name,
        "birth_date": c.birth_date,
        "phone": c.phone,
        "email": c.email,
        "address": c.address,
        "language": c.language,
        "reminder_preference": _enum(c.reminder_preference),
        "coach": c.coach,
        "referred_by": c.referred_by,
        "support_question": c.support_question,
        "status": _enum(c.status),
        "started_on": c.started_on,
        "closed_on": c.closed_on,
        "extra_json": None if c.extra is None else json.dumps(dict(c.extra), ensure_ascii=False),
        "dossier_extra_json": None
        if d.extra is None
        else json.dumps(dict(d.extra), ensure_ascii=False),
    }


def _bulk(conn: Connection, row_class: Any, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table_of(row_class)), list(rows))


def delete_dossier_rows(conn: Connection, client_id: str) -> None:
    """Remove a client and, through ON DELETE CASCADE, every row of their dossier."""
    conn.execute(delete(table_of(ClientRow)).where(table_of(ClientRow).c.id == client_id))
    fts.remove_client(conn, client_id)


def write_dossier(conn: Connection, d: m.Dossier) -> None:
    """Insert or replace one client's dossier (the directory entries are upserted first)."""
    for org in d.organisations:
        upsert_organisation(conn, org)
    cid = d.client.id
    clients = table_of(ClientRow)
    if conn.execute(select(clients.c.id).where(clients.c.id == cid)).first():
        # Children go; the client row stays so that nothing outside the dossier breaks.
        for row_class in (
            PhaseEntryRow,
            ObservationRow,
            RightRow,
            EcogramRow,
            BalanceRow,
            GoalRow,
            ContactRow,
            ConsentRow,
            ReferralRow,
            MeetingRow,
            ClosureRow,
            AftercareRow,
            AftercareMomentRow,
        ):
            table = table_of(row_class)
            conn.execute(delete(table).where(table.c.client_id == cid))
        conn.execute(clients.update().where(clients.c.id == cid).values(**_client_values(d)))
    else:
        conn.execute(insert(clients).values(**_client_values(d)))

    _bulk(
        conn,
        PhaseEntryRow,
        [
            {
                "client_id": cid,
                "position": i,
                "phase": p.phase.value,
                "started_on": p.started_on,
                "note": p.note,
            }
            for i, p in enumerate(d.phases)
        ],
    )
    _bulk(
        conn,
        ObservationRow,
        [
            {
                "id": o.id,
                "client_id": cid,
                "position": i,
                "domain": o.domain.value,
                "kind": o.kind.value,
                "text": o.text,
                "voiced_by_client": o.voiced_by_client,
                "noted_on": o.noted_on,
            }
            for i, o in enumerate(d.observations)
        ],
    )
    _bulk(
        conn,
        RightRow,
        [
            {
                "id": r.id,
                "client_id": cid,
                "position": i,
                "domain": _enum(r.domain),
                "name": r.name,
                "status": r.status.value,
                "updated_on": r.updated_on,
                "note": r.note,
            }
            for i, r in enumerate(d.rights)
        ],
    )
    _bulk(
        conn,
        EcogramRow,
        [
            {"id": e.id, "client_id": cid, "position": i, "drawn_on": e.drawn_on, "note": e.note}
            for i, e in enumerate(d.ecograms)
        ],
    )
    _bulk(
        conn,
        EcogramNodeRow,
        [
            {
                "ecogram_id": e.id,
                "node_id": n.id,
                "position": i,
                "label": n.label,
                "category": n.category.value,
                "organisation_id": n.organisation_id,
                "x": n.x,
                "y": n.y,
                "strength": _enum(n.strength),
                "quality": _enum(n.quality),
                "flow": _enum(n.flow),
                "support_json": _json(n.support),
                "note": n.note,
            }
            for e in d.ecograms
            for i, n in enumerate(e.nodes)
        ],
    )
    _bulk(
        conn,
        EcogramTieRow,
        [
            {
                "ecogram_id": e.id,
                "position": i,
                "from_id": t.from_id,
                "to_id": t.to_id,
                "strength": _enum(t.strength),
                "quality": _enum(t.quality),
            }
            for e in d.ecograms
            for i, t in enumerate(e.ties)
        ],
    )
    _bulk(
        conn,
        BalanceRow,
        [
            {
                "id": b.id,
                "client_id": cid,
                "position": i,
                "assessed_on": b.assessed_on,
                "note": b.note,
            }
            for i, b in enumerate(d.balances)
        ],
    )
    _bulk(
        conn,
        BalanceFactorRow,
        [
            {
                "balance_id": b.id,
                "position": i,
                "side": f.side.value,
                "domain": _enum(f.domain),
                "text": f.text,
                "weight": f.weight,
            }
            for b in d.balances
            for i, f in enumerate(b.factors)
        ],
    )
    _bulk(
        conn,
        GoalRow,
        [
            {
                "id": g.id,
                "client_id": cid,
                "position": i,
                "domain": _enum(g.domain),
                "title": g.title,
                "client_words": g.client_words,
                "measure": g.measure,
                "agreed_by_client": g.agreed_by_client,
                "realistic_note": g.realistic_note,
                "due_on": g.due_on,
                "priority": g.priority,
                "status": g.status.value,
            }
            for i, g in enumerate(d.goals)
        ],
    )
    _bulk(
        conn,
        StepRow,
        [
            {
                "id": s.id,
                "goal_id": g.id,
                "position": i,
                "text": s.text,
                "owner": s.owner.value,
                "owner_name": s.owner_name,
                "mode": _enum(s.mode),
                "due_on": s.due_on,
                "status": s.status.value,
                "evaluation": s.evaluation,
            }
            for g in d.goals
            for i, s in enumerate(g.steps)
        ],
    )
    _bulk(
        conn,
        ContactRow,
        [
            {
                "id": c.id,
                "client_id": cid,
                "position": i,
                "at": c.at.isoformat(),
                "at_utc": utc_key(c.at),
                "kind": c.kind.value,
                "place": c.place,
                "summary": c.summary,
                "note_scope": _enum(c.note_scope),
                "client_may_read": c.client_may_read,
                "planned": c.planned,
            }
            for i, c in enumerate(d.contacts)
        ],
    )
    _bulk(
        conn,
        ConsentRow,
        [
            {
                "id": c.id,
                "client_id": cid,
                "position": i,
                "organisation_id": c.organisation_id,
                "granted_on": c.granted_on,
                "method": _enum(c.method),
                "categories_json": _json(c.categories),
                "not_to_share": c.not_to_share,
                "revoked_on": c.revoked_on,
                "note": c.note,
            }
            for i, c in enumerate(d.consents)
        ],
    )
    _bulk(
        conn,
        ReferralRow,
        [
            {
                "id": r.id,
                "client_id": cid,
                "position": i,
                "organisation_id": r.organisation_id,
                "contact_person_id": r.contact_person_id,
                "domain": _enum(r.domain),
                "need": r.need,
                "status": r.status.value,
                "revisit_on": r.revisit_on,
                "appointment_json": _json_or_none(r.appointment),
                "appointment_at_utc": utc_key(r.appointment.at)
                if r.appointment and r.appointment.at
                else None,
                "client_questions_json": _json(r.client_questions),
                "who_says_what": r.who_says_what,
                "feedback_agreement": r.feedback_agreement,
            }
            for i, r in enumerate(d.referrals)
        ],
    )
    _bulk(
        conn,
        ReferralStepRow,
        [
            {
                "referral_id": r.id,
                "position": i,
                "step": s.step,
                "done": s.done,
                "done_on": s.done_on,
                "note": s.note,
            }
            for r in d.referrals
            for i, s in enumerate(r.steps)
        ],
    )
    _bulk(
        conn,
        MeetingRow,
        [
            {
                "id": mt.id,
                "client_id": cid,
                "position": i,
                "kind": _enum(mt.kind),
                "at": mt.at.isoformat(),
                "at_utc": utc_key(mt.at),
                "place": mt.place,
                "purpose": mt.purpose,
                "coordinator": mt.coordinator,
                "client_attends": mt.client_attends,
                "participants_json": _json(mt.participants),
                "client_prepared_json": _json_or_none(mt.client_prepared),
                "themes_json": _json(mt.themes),
                "privacy_agreements": mt.privacy_agreements,
                "feedback_agreements": mt.feedback_agreements,
            }
            for i, mt in enumerate(d.meetings)
        ],
    )
    if d.closure is not None:
        cl = d.closure
        _bulk(
            conn,
            ClosureRow,
            [
                {
                    "client_id": cid,
                    "evaluated_on": cl.evaluated_on,
                    "reason": _enum(cl.reason),
                    "client_experience": cl.client_experience,
                    "most_helpful": cl.most_helpful,
                    "achieved": cl.achieved,
                    "continues_alone": cl.continues_alone,
                    "still_difficult": cl.still_difficult,
                    "network_fallback": cl.network_fallback,
                    "coach_remarks": cl.coach_remarks,
                }
            ],
        )
    if d.aftercare is not None:
        ac = d.aftercare
        _bulk(
            conn,
            AftercareRow,
            [
                {
                    "client_id": cid,
                    "starts_on": ac.starts_on,
                    "ends_on": ac.ends_on,
                    "can_come_back_for_json": _json(ac.can_come_back_for),
                    "not_possible_json": _json(ac.not_possible),
                    "network_support_json": _json(ac.network_support),
                    "signals_to_watch_json": _json(ac.signals_to_watch),
                    "useful_numbers_json": _json(ac.useful_numbers),
                }
            ],
        )
        _bulk(
            conn,
            AftercareMomentRow,
            [
                {
                    "client_id": cid,
                    "position": i,
                    "on": mo.on,
                    "kind": _enum(mo.kind),
                    "who_initiates": _enum(mo.who_initiates),
                    "done": mo.done,
                }
                for i, mo in enumerate(ac.contact_moments)
            ],
        )
    fts.replace_entries(conn, cid, search_entries(d))


# --- what search sees ----------------------------------------------------------------


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def search_entries(d: m.Dossier) -> Iterator[fts.IndexEntry]:
    """Every text a coach would search for, tagged with where it lives."""
    c = d.client
    yield (
        "client",
        c.id,
        _join(c.first_name, c.last_name, c.preferred_name, c.referred_by, c.support_question),
    )
    for i, p in enumerate(d.phases):
        yield ("fase", str(i), p.note or "")
    for o in d.observations:
        yield ("observatie", o.id, o.text)
    for r in d.rights:
        yield ("recht", r.id, _join(r.name, r.note))
    for e in d.ecograms:
        yield ("ecogram", e.id, _join(e.note, *(_join(n.label, n.note) for n in e.nodes)))
    for b in d.balances:
        yield ("balans", b.id, _join(b.note, *(f.text for f in b.factors)))
    for g in d.goals:
        yield ("doel", g.id, _join(g.title, g.client_words, g.measure, g.realistic_note))
        for s in g.steps:
            yield ("stap", s.id, _join(s.text, s.owner_name, s.evaluation))
    for ct in d.contacts:
        yield ("contact", ct.id, _join(ct.place, ct.summary))
    for cs in d.consents:
        yield ("toestemming", cs.id, _join(cs.not_to_share, cs.note))
    for ref in d.referrals:
        yield (
            "verwijzing",
            ref.id,
            _join(
                ref.need,
                ref.who_says_what,
                ref.feedback_agreement,
                *ref.client_questions,
                *(s.note for s in ref.steps),
            ),
        )
    for mt in d.meetings:
        theme_texts = [
            _join(t.title, t.client_view, *(_join(a.what, a.who) for a in t.agreements))
            for t in mt.themes
        ]
        yield (
            "overleg",
            mt.id,
            _join(
                mt.purpose, mt.place, mt.privacy_agreements, mt.feedback_agreements, *theme_texts
            ),
        )
    if d.closure:
        cl = d.closure
        yield (
            "afsluiting",
            c.id,
            _join(
                cl.client_experience,
                cl.most_helpful,
                cl.achieved,
                cl.continues_alone,
                cl.still_difficult,
                cl.network_fallback,
                cl.coach_remarks,
            ),
        )
    if d.aftercare:
        ac = d.aftercare
        yield (
            "nazorg",
            c.id,
            _join(
                *ac.can_come_back_for, *ac.not_possible, *ac.network_support, *ac.signals_to_watch
            ),
        )


# --- reading a dossier ---------------------------------------------------------------


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


def _opt(enum_type: Any, value: Any) -> Any:
    return None if value is None else enum_type(value)


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
        reminder_preference=_opt(ReminderPreference, row["reminder_preference"]),
        coach=row["coach"],
        referred_by=row["referred_by"],
        support_question=row["support_question"],
        status=_opt(ClientStatus, row["status"]),
        started_on=row["started_on"],
        closed_on=row["closed_on"],
        extra=None if row["extra_json"] is None else json.loads(row["extra_json"]),
    )


def referenced_organisation_ids(d: m.Dossier) -> set[str]:
    ids = {c.organisation_id for c in d.consents}
    ids |= {r.organisation_id for r in d.referrals}
    ids |= {p.organisation_id for mt in d.meetings for p in mt.participants if p.organisation_id}
    ids |= {n.organisation_id for e in d.ecograms for n in e.nodes if n.organisation_id}
    return ids


def read_dossier(conn: Connection, client_id: str) -> m.Dossier | None:
    clients = table_of(ClientRow)
    row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
    if row is None:
        return None
    cid = client_id
    phases = tuple(
        m.PhaseEntry(phase=Phase(p["phase"]), started_on=p["started_on"], note=p["note"])
        for p in _rows(conn, PhaseEntryRow, "client_id", cid)
    )
    observations = tuple(
        m.Observation(
            id=o["id"],
            domain=LifeDomain(o["domain"]),
            kind=ObservationKind(o["kind"]),
            text=o["text"],
            voiced_by_client=o["voiced_by_client"],
            noted_on=o["noted_on"],
        )
        for o in _rows(conn, ObservationRow, "client_id", cid)
    )
    rights = tuple(
        m.Right(
            id=r["id"],
            name=r["name"],
            status=RightStatus(r["status"]),
            domain=_opt(LifeDomain, r["domain"]),
            updated_on=r["updated_on"],
            note=r["note"],
        )
        for r in _rows(conn, RightRow, "client_id", cid)
    )
    ecogram_rows = _rows(conn, EcogramRow, "client_id", cid)
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
                    strength=_opt(TieStrength, n["strength"]),
                    quality=_opt(TieQuality, n["quality"]),
                    flow=_opt(SupportFlow, n["flow"]),
                    support=tuple(SupportKind(s) for s in json.loads(n["support_json"])),
                    note=n["note"],
                )
                for n in nodes[e["id"]]
            ),
            ties=tuple(
                m.EcogramTie(
                    from_id=t["from_id"],
                    to_id=t["to_id"],
                    strength=_opt(TieStrength, t["strength"]),
                    quality=_opt(TieQuality, t["quality"]),
                )
                for t in ties[e["id"]]
            ),
        )
        for e in ecogram_rows
    )
    balance_rows = _rows(conn, BalanceRow, "client_id", cid)
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
                    domain=_opt(LifeDomain, f["domain"]),
                )
                for f in factors[b["id"]]
            ),
        )
        for b in balance_rows
    )
    goal_rows = _rows(conn, GoalRow, "client_id", cid)
    steps = _children(conn, StepRow, "goal_id", [g["id"] for g in goal_rows])
    goals = tuple(
        m.Goal(
            id=g["id"],
            title=g["title"],
            status=GoalStatus(g["status"]),
            domain=_opt(LifeDomain, g["domain"]),
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
                    mode=_opt(SupportMode, s["mode"]),
                    due_on=s["due_on"],
                    evaluation=s["evaluation"],
                )
                for s in steps[g["id"]]
            ),
        )
        for g in goal_rows
    )
    contacts = tuple(
        m.Contact(
            id=c["id"],
            at=datetime.fromisoformat(c["at"]),
            kind=ContactKind(c["kind"]),
            place=c["place"],
            summary=c["summary"],
            note_scope=_opt(NoteScope, c["note_scope"]),
            client_may_read=c["client_may_read"],
            planned=c["planned"],
        )
        for c in _rows(conn, ContactRow, "client_id", cid)
    )
    consents = tuple(
        m.Consent(
            id=c["id"],
            organisation_id=c["organisation_id"],
            granted_on=c["granted_on"],
            categories=tuple(ShareCategory(x) for x in json.loads(c["categories_json"])),
            method=_opt(ConsentMethod, c["method"]),
            not_to_share=c["not_to_share"],
            revoked_on=c["revoked_on"],
            note=c["note"],
        )
        for c in _rows(conn, ConsentRow, "client_id", cid)
    )
    referral_rows = _rows(conn, ReferralRow, "client_id", cid)
    rsteps = _children(conn, ReferralStepRow, "referral_id", [r["id"] for r in referral_rows])
    referrals = tuple(
        m.Referral(
            id=r["id"],
            organisation_id=r["organisation_id"],
            status=ReferralStatus(r["status"]),
            contact_person_id=r["contact_person_id"],
            domain=_opt(LifeDomain, r["domain"]),
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
            kind=_opt(MeetingKind, mt["kind"]),
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
        for mt in _rows(conn, MeetingRow, "client_id", cid)
    )
    closure_row = (
        conn.execute(select(table_of(ClosureRow)).where(table_of(ClosureRow).c.client_id == cid))
        .mappings()
        .first()
    )
    closure = None
    if closure_row is not None:
        closure = m.Closure(
            evaluated_on=closure_row["evaluated_on"],
            reason=_opt(ClosureReason, closure_row["reason"]),
            client_experience=closure_row["client_experience"],
            most_helpful=closure_row["most_helpful"],
            achieved=closure_row["achieved"],
            continues_alone=closure_row["continues_alone"],
            still_difficult=closure_row["still_difficult"],
            network_fallback=closure_row["network_fallback"],
            coach_remarks=closure_row["coach_remarks"],
        )
    aftercare_row = (
        conn.execute(
            select(table_of(AftercareRow)).where(table_of(AftercareRow).c.client_id == cid)
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
                    kind=_opt(AftercareKind, mo["kind"]),
                    who_initiates=_opt(Initiator, mo["who_initiates"]),
                    done=mo["done"],
                )
                for mo in _rows(conn, AftercareMomentRow, "client_id", cid)
            ),
            can_come_back_for=tuple(json.loads(aftercare_row["can_come_back_for_json"])),
            not_possible=tuple(json.loads(aftercare_row["not_possible_json"])),
            network_support=tuple(json.loads(aftercare_row["network_support_json"])),
            signals_to_watch=tuple(json.loads(aftercare_row["signals_to_watch_json"])),
            useful_numbers=tuple(json.loads(aftercare_row["useful_numbers_json"])),
        )
    partial = m.Dossier(
        client=read_client(row),
        phases=phases,
        observations=observations,
        rights=rights,
        ecograms=ecograms,
        balances=balances,
        goals=goals,
        contacts=contacts,
        consents=consents,
        referrals=referrals,
        meetings=meetings,
        closure=closure,
        aftercare=aftercare,
        extra=None if row["dossier_extra_json"] is None else json.loads(row["dossier_extra_json"]),
    )
    organisations = tuple(read_organisations(conn, referenced_organisation_ids(partial)))
    return dataclasses.replace(partial, organisations=organisations)


def read_client_exists(conn: Connection, client_id: str) -> bool:
    clients = table_of(ClientRow)
    return conn.execute(select(clients.c.id).where(clients.c.id == client_id)).first() is not None
