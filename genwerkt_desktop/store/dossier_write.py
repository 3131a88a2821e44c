"""Write a whole dossier into the tables.

Writes replace a client's rows wholesale in bulk inserts (fast even for 300 notes) and
keep the order given through ``position``, so export → import → export is stable.
Callers own the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from genwerkt_desktop.domain import model as m

from . import fts
from .directory_rows import upsert_organisation
from .models import (
    AftercareMomentRow,
    AftercareRow,
    BalanceFactorRow,
    BalanceRow,
    ClientRow,
    ClosureRow,
    ConsentRow,
    ContactRow,
    EcogramNodeRow,
    EcogramRow,
    EcogramTieRow,
    GoalRow,
    MeetingRow,
    ObservationRow,
    PhaseEntryRow,
    ReferralRow,
    ReferralStepRow,
    RightRow,
    StepRow,
    table_of,
)
from .row_values import enum_value, to_json, to_json_or_none, utc_key
from .search_entries import search_entries


def client_values(d: m.Dossier) -> dict[str, Any]:
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
        "reminder_preference": enum_value(c.reminder_preference),
        "coach": c.coach,
        "referred_by": c.referred_by,
        "support_question": c.support_question,
        "status": enum_value(c.status),
        "started_on": c.started_on,
        "closed_on": c.closed_on,
        "extra_json": None if c.extra is None else json.dumps(dict(c.extra), ensure_ascii=False),
        "dossier_extra_json": None
        if d.extra is None
        else json.dumps(dict(d.extra), ensure_ascii=False),
    }


def phase_values(cid: str, i: int, p: m.PhaseEntry) -> dict[str, Any]:
    return {
        "client_id": cid,
        "position": i,
        "phase": p.phase.value,
        "started_on": p.started_on,
        "note": p.note,
    }


def observation_values(cid: str, i: int, o: m.Observation) -> dict[str, Any]:
    return {
        "id": o.id,
        "client_id": cid,
        "position": i,
        "domain": o.domain.value,
        "kind": o.kind.value,
        "text": o.text,
        "voiced_by_client": o.voiced_by_client,
        "noted_on": o.noted_on,
    }


def right_values(cid: str, i: int, r: m.Right) -> dict[str, Any]:
    return {
        "id": r.id,
        "client_id": cid,
        "position": i,
        "domain": enum_value(r.domain),
        "name": r.name,
        "status": r.status.value,
        "updated_on": r.updated_on,
        "note": r.note,
    }


def contact_values(cid: str, i: int, c: m.Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "client_id": cid,
        "position": i,
        "at": c.at.isoformat(),
        "at_utc": utc_key(c.at),
        "kind": c.kind.value,
        "place": c.place,
        "summary": c.summary,
        "note_scope": enum_value(c.note_scope),
        "client_may_read": c.client_may_read,
        "planned": c.planned,
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
    existed = conn.execute(select(clients.c.id).where(clients.c.id == cid)).first() is not None
    if existed:
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
        conn.execute(clients.update().where(clients.c.id == cid).values(**client_values(d)))
    else:
        conn.execute(insert(clients).values(**client_values(d)))

    _bulk(conn, PhaseEntryRow, [phase_values(cid, i, p) for i, p in enumerate(d.phases)])
    _bulk(
        conn, ObservationRow, [observation_values(cid, i, o) for i, o in enumerate(d.observations)]
    )
    _bulk(conn, RightRow, [right_values(cid, i, r) for i, r in enumerate(d.rights)])
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
                "strength": enum_value(n.strength),
                "quality": enum_value(n.quality),
                "flow": enum_value(n.flow),
                "support_json": to_json(n.support),
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
                "strength": enum_value(t.strength),
                "quality": enum_value(t.quality),
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
                "domain": enum_value(f.domain),
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
                "domain": enum_value(g.domain),
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
                "mode": enum_value(s.mode),
                "due_on": s.due_on,
                "status": s.status.value,
                "evaluation": s.evaluation,
            }
            for g in d.goals
            for i, s in enumerate(g.steps)
        ],
    )
    _bulk(conn, ContactRow, [contact_values(cid, i, c) for i, c in enumerate(d.contacts)])
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
                "method": enum_value(c.method),
                "categories_json": to_json(c.categories),
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
                "domain": enum_value(r.domain),
                "need": r.need,
                "status": r.status.value,
                "revisit_on": r.revisit_on,
                "appointment_json": to_json_or_none(r.appointment),
                "appointment_at_utc": utc_key(r.appointment.at)
                if r.appointment and r.appointment.at
                else None,
                "client_questions_json": to_json(r.client_questions),
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
                "kind": enum_value(mt.kind),
                "at": mt.at.isoformat(),
                "at_utc": utc_key(mt.at),
                "place": mt.place,
                "purpose": mt.purpose,
                "coordinator": mt.coordinator,
                "client_attends": mt.client_attends,
                "participants_json": to_json(mt.participants),
                "client_prepared_json": to_json_or_none(mt.client_prepared),
                "themes_json": to_json(mt.themes),
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
                    "reason": enum_value(cl.reason),
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
                    "can_come_back_for_json": to_json(ac.can_come_back_for),
                    "not_possible_json": to_json(ac.not_possible),
                    "network_support_json": to_json(ac.network_support),
                    "signals_to_watch_json": to_json(ac.signals_to_watch),
                    "useful_numbers_json": to_json(ac.useful_numbers),
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
                    "kind": enum_value(mo.kind),
                    "who_initiates": enum_value(mo.who_initiates),
                    "done": mo.done,
                }
                for i, mo in enumerate(ac.contact_moments)
            ],
        )
    fts.replace_entries(conn, cid, search_entries(d), is_new=not existed)
