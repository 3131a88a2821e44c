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
    BalanceRow,
    ClientRow,
    ClosureRow,
    ConsentRow,
    ContactRow,
    DecisionRow,
    EcogramRow,
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
    RightRow,
    VacancyRow,
    table_of,
)
from .part_rows import dossier_part_rows
from .row_values import enum_value, utc_key
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
        "team_sharing": enum_value(c.team_sharing),
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
        "outcome": enum_value(c.outcome),
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
            FirstReceptionRow,
            InnerNoteRow,
            LifeEventRow,
            MindmapRow,
            VacancyRow,
            DecisionRow,
            PhoneRequestRow,
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
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for row_class, rows in dossier_part_rows(d):
        grouped.setdefault(row_class, []).extend(rows)
    for row_class, rows in grouped.items():
        _bulk(conn, row_class, rows)
    _bulk(conn, ContactRow, [contact_values(cid, i, c) for i, c in enumerate(d.contacts)])
    fts.replace_entries(conn, cid, search_entries(d), is_new=not existed)
