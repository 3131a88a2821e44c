"""What ``domain.due.due_items`` reads, for many clients in a handful of queries.

A due dossier is a :class:`~genwerkt_desktop.domain.model.Dossier` holding the client's
card and only the parts that can be due: the planned contact moments, the meetings, the
referrals with a first appointment (with their steps and organisation), the aftercare
contact moments and the goals with their open, dated steps.  Six queries for the whole
vault instead of fourteen per dossier: the agenda and the client list read every client.
Callers own the connection.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, true

from genwerkt_desktop.domain import model as m
from genwerkt_desktop.domain.enums import (
    AftercareKind,
    ContactKind,
    ContactOutcome,
    GoalStatus,
    Initiator,
    MeetingKind,
    Owner,
    ReferralStatus,
    StepStatus,
)
from genwerkt_desktop.domain.exchange import decode

from .dossier_read import read_client
from .models import (
    AftercareMomentRow,
    ClientRow,
    ContactRow,
    GoalRow,
    MeetingRow,
    OrganisationRow,
    ReferralRow,
    ReferralStepRow,
    StepRow,
    table_of,
)
from .row_values import opt_enum

_OPEN_STEPS = (StepStatus.PLANNED.value, StepStatus.IN_PROGRESS.value)


def due_dossiers(conn: Connection, only: str | None = None) -> list[m.Dossier]:
    """Every client's due dossier (or only ``only``'s), in client id order."""
    clients = table_of(ClientRow)
    query = select(clients).order_by(clients.c.id)
    if only is not None:
        query = query.where(clients.c.id == only)
    cards = [read_client(row) for row in conn.execute(query).mappings()]
    if not cards:
        return []

    def where(table: Any, column: str = "client_id") -> Any:
        return (table.c[column] == only) if only is not None else true()

    contacts = _by_client(
        _contact(r)
        for r in conn.execute(
            _ordered(table_of(ContactRow)).where(
                table_of(ContactRow).c.planned.is_(True), where(table_of(ContactRow))
            )
        ).mappings()
    )
    meetings = _by_client(
        _meeting(r)
        for r in conn.execute(
            _ordered(table_of(MeetingRow)).where(where(table_of(MeetingRow)))
        ).mappings()
    )
    referrals, organisations = _referrals(conn, where)
    moments = _by_client(
        (
            r["client_id"],
            m.AftercareMoment(
                on=r["on"],
                kind=opt_enum(AftercareKind, r["kind"]),
                who_initiates=opt_enum(Initiator, r["who_initiates"]),
                done=r["done"],
            ),
        )
        for r in conn.execute(
            _ordered(table_of(AftercareMomentRow)).where(where(table_of(AftercareMomentRow)))
        ).mappings()
    )
    goals = _goals(conn, where)
    return [
        m.Dossier(
            client=card,
            contacts=tuple(contacts.get(card.id, ())),
            meetings=tuple(meetings.get(card.id, ())),
            referrals=tuple(referrals.get(card.id, ())),
            organisations=tuple(organisations.get(card.id, ())),
            aftercare=m.Aftercare(contact_moments=tuple(moments[card.id]))
            if card.id in moments
            else None,
            goals=tuple(goals.get(card.id, ())),
        )
        for card in cards
    ]


def _ordered(table: Any) -> Any:
    return select(table).order_by(table.c.client_id, table.c.position)


def _by_client(pairs: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for client_id, value in pairs:
        out[client_id].append(value)
    return out


def _contact(r: Any) -> tuple[str, m.Contact]:
    return r["client_id"], m.Contact(
        id=r["id"],
        at=datetime.fromisoformat(r["at"]),
        kind=ContactKind(r["kind"]),
        place=r["place"],
        planned=r["planned"],
        outcome=opt_enum(ContactOutcome, r["outcome"]),
    )


def _meeting(r: Any) -> tuple[str, m.Meeting]:
    return r["client_id"], m.Meeting(
        id=r["id"],
        at=datetime.fromisoformat(r["at"]),
        kind=opt_enum(MeetingKind, r["kind"]),
        place=r["place"],
        purpose=r["purpose"],
        # Its agreements tell whether it is done (the report reached the dossier).
        themes=_themes(r["themes_json"]),
    )


def _referrals(
    conn: Connection, where: Any
) -> tuple[dict[str, list[m.Referral]], dict[str, list[m.Organisation]]]:
    r, s, o = table_of(ReferralRow), table_of(ReferralStepRow), table_of(OrganisationRow)
    rows = list(
        conn.execute(_ordered(r).where(r.c.appointment_json.is_not(None), where(r))).mappings()
    )
    steps: dict[str, list[m.ReferralStep]] = defaultdict(list)
    names: dict[str, str] = {}
    if rows:
        ids = [row["id"] for row in rows]
        for step in conn.execute(
            select(s).where(s.c.referral_id.in_(ids)).order_by(s.c.referral_id, s.c.position)
        ).mappings():
            steps[step["referral_id"]].append(
                m.ReferralStep(step=step["step"], done=step["done"], done_on=step["done_on"])
            )
        org_ids = sorted({row["organisation_id"] for row in rows})
        names = {
            row.id: row.name
            for row in conn.execute(select(o.c.id, o.c.name).where(o.c.id.in_(org_ids)))
        }
    referrals: dict[str, list[m.Referral]] = defaultdict(list)
    organisations: dict[str, list[m.Organisation]] = defaultdict(list)
    for row in rows:
        referrals[row["client_id"]].append(
            m.Referral(
                id=row["id"],
                organisation_id=row["organisation_id"],
                status=ReferralStatus(row["status"]),
                need=row["need"],
                steps=tuple(steps[row["id"]]),
                appointment=decode(m.Appointment, json.loads(row["appointment_json"])),
            )
        )
        name = names.get(row["organisation_id"])
        known = {org.id for org in organisations[row["client_id"]]}
        if name is not None and row["organisation_id"] not in known:
            organisations[row["client_id"]].append(
                m.Organisation(id=row["organisation_id"], name=name)
            )
    return referrals, organisations


def _goals(conn: Connection, where: Any) -> dict[str, list[m.Goal]]:
    g, s = table_of(GoalRow), table_of(StepRow)
    rows = conn.execute(
        select(
            g.c.id.label("goal_id"),
            g.c.client_id,
            g.c.title,
            g.c.status.label("goal_status"),
            s.c.id.label("step_id"),
            s.c.text,
            s.c.owner,
            s.c.status.label("step_status"),
            s.c.due_on,
        )
        .join(s, s.c.goal_id == g.c.id)
        .where(s.c.status.in_(_OPEN_STEPS), s.c.due_on.is_not(None), where(g))
        .order_by(g.c.client_id, g.c.position, s.c.position)
    ).mappings()
    # Steps gathered first and each goal built once: a client may have many open steps.
    heads: dict[str, dict[str, Any]] = defaultdict(dict)
    steps: dict[str, list[m.Step]] = defaultdict(list)
    for row in rows:
        heads[row["client_id"]].setdefault(row["goal_id"], row)
        steps[row["goal_id"]].append(
            m.Step(
                id=row["step_id"],
                text=row["text"],
                owner=_OWNERS[row["owner"]],
                status=_STEP_STATUSES[row["step_status"]],
                due_on=row["due_on"],
            )
        )
    return {
        client_id: [
            m.Goal(
                id=goal_id,
                title=head["title"],
                status=_GOAL_STATUSES[head["goal_status"]],
                steps=tuple(steps[goal_id]),
            )
            for goal_id, head in by_id.items()
        ]
        for client_id, by_id in heads.items()
    }


# Plain lookups: an Enum call per row costs more than the row itself here.
_OWNERS = {o.value: o for o in Owner}
_STEP_STATUSES = {s.value: s for s in StepStatus}
_GOAL_STATUSES = {g.value: g for g in GoalStatus}


def _themes(raw: str) -> tuple[m.Theme, ...]:
    """A meeting's themes with their agreements' words: all that tells whether it is
    done (the generic decoder is far slower for the thousands of meetings of a vault)."""
    return tuple(
        m.Theme(
            title=theme.get("title", ""),
            agreements=tuple(m.Agreement(a.get("what", "")) for a in theme.get("agreements", ())),
        )
        for theme in json.loads(raw)
    )
