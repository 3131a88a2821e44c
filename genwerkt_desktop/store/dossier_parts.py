"""Change one part of a dossier (the client card, a contact, an observation, a right)
without rewriting the rest; the search index follows each change.  Callers own the
transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from genwerkt_desktop.domain import instruments as ins
from genwerkt_desktop.domain import model as m
from genwerkt_desktop.domain.errors import StateError

from . import fts
from .dossier_write import (
    client_values,
    contact_values,
    observation_values,
    phase_values,
    right_values,
)
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
    StepRow,
    VacancyRow,
    table_of,
)
from .part_rows import (
    Rows,
    aftercare_rows,
    balance_rows,
    closure_rows,
    consent_rows,
    decision_values,
    ecogram_rows,
    first_reception_rows,
    goal_rows,
    inner_note_values,
    life_event_values,
    meeting_rows,
    mindmap_values,
    phone_request_values,
    referral_rows,
    vacancy_values,
)
from .row_values import utc_key
from .search_entries import (
    aftercare_entry,
    balance_entry,
    client_entry,
    closure_entry,
    consent_entry,
    contact_entry,
    decision_entry,
    ecogram_entry,
    first_reception_entry,
    goal_entries,
    inner_note_entry,
    life_event_entry,
    meeting_entry,
    mindmap_entry,
    observation_entry,
    phone_request_entry,
    referral_entry,
    right_entry,
    vacancy_entry,
)


def _require_client(conn: Connection, client_id: str) -> None:
    clients = table_of(ClientRow)
    if conn.execute(select(clients.c.id).where(clients.c.id == client_id)).first() is None:
        raise StateError(f"geen cliënt met id {client_id}")


def _next_position(conn: Connection, row_class: Any, client_id: str) -> int:
    t = table_of(row_class)
    current = conn.execute(
        select(func.max(t.c.position)).where(t.c.client_id == client_id)
    ).scalar()
    return 0 if current is None else int(current) + 1


def _upsert(conn: Connection, row_class: Any, client_id: str, values: dict[str, Any]) -> None:
    """Update the row with this id (keeping its place) or append it to the dossier."""
    t = table_of(row_class)
    row = conn.execute(select(t.c.client_id, t.c.position).where(t.c.id == values["id"])).first()
    if row is not None and row.client_id != client_id:
        raise StateError("dit id hoort bij het dossier van een andere cliënt")
    if row is None:
        values["position"] = _next_position(conn, row_class, client_id)
        conn.execute(insert(t).values(**values))
    else:
        values["position"] = row.position
        conn.execute(update(t).where(t.c.id == values["id"]).values(**values))


def _delete(conn: Connection, row_class: Any, client_id: str, item_id: str, source: str) -> None:
    t = table_of(row_class)
    done = conn.execute(delete(t).where(t.c.id == item_id, t.c.client_id == client_id))
    if done.rowcount == 0:
        raise StateError("dit onderdeel bestaat niet (meer)")
    fts.remove_entry(conn, client_id, source, item_id)


def insert_client(conn: Connection, dossier: m.Dossier) -> None:
    """A brand-new client (first reception): the card and the opening phase."""
    conn.execute(insert(table_of(ClientRow)).values(**client_values(dossier)))
    for i, phase in enumerate(dossier.phases):
        conn.execute(
            insert(table_of(PhaseEntryRow)).values(**phase_values(dossier.client.id, i, phase))
        )
    fts.replace_entries(conn, dossier.client.id, [client_entry(dossier.client)], is_new=True)


def update_client(conn: Connection, client: m.Client) -> None:
    clients = table_of(ClientRow)
    _require_client(conn, client.id)
    values = client_values(m.Dossier(client=client))
    values.pop("dossier_extra_json")  # the dossier's own extra is not on the card
    conn.execute(update(clients).where(clients.c.id == client.id).values(**values))
    fts.replace_entry(conn, client.id, client_entry(client))


def append_phase(conn: Connection, client_id: str, entry: m.PhaseEntry) -> None:
    _require_client(conn, client_id)
    position = _next_position(conn, PhaseEntryRow, client_id)
    conn.execute(insert(table_of(PhaseEntryRow)).values(**phase_values(client_id, position, entry)))
    fts.replace_entry(conn, client_id, ("fase", str(position), entry.note or ""))


def save_contact(conn: Connection, client_id: str, contact: m.Contact) -> None:
    _require_client(conn, client_id)
    _upsert(conn, ContactRow, client_id, contact_values(client_id, 0, contact))
    fts.replace_entry(conn, client_id, contact_entry(contact))


def delete_contact(conn: Connection, client_id: str, contact_id: str) -> None:
    _delete(conn, ContactRow, client_id, contact_id, "contact")


def save_observation(conn: Connection, client_id: str, observation: m.Observation) -> None:
    _require_client(conn, client_id)
    _upsert(conn, ObservationRow, client_id, observation_values(client_id, 0, observation))
    fts.replace_entry(conn, client_id, observation_entry(observation))


def delete_observation(conn: Connection, client_id: str, observation_id: str) -> None:
    _delete(conn, ObservationRow, client_id, observation_id, "observatie")


def save_right(conn: Connection, client_id: str, right: m.Right) -> None:
    _require_client(conn, client_id)
    _upsert(conn, RightRow, client_id, right_values(client_id, 0, right))
    fts.replace_entry(conn, client_id, right_entry(right))


def delete_right(conn: Connection, client_id: str, right_id: str) -> None:
    _delete(conn, RightRow, client_id, right_id, "recht")


# -- composite parts: the part's row and its children are replaced together, in place


def _replace_part(
    conn: Connection, client_id: str, row_class: Any, item_id: str, build: Any
) -> None:
    """Delete the part (its children go by cascade) and write it again at its place."""
    _require_client(conn, client_id)
    t = table_of(row_class)
    row = conn.execute(select(t.c.client_id, t.c.position).where(t.c.id == item_id)).first()
    if row is not None and row.client_id != client_id:
        raise StateError("dit id hoort bij het dossier van een andere cliënt")
    position = _next_position(conn, row_class, client_id) if row is None else row.position
    conn.execute(delete(t).where(t.c.id == item_id))
    _insert_rows(conn, build(client_id, position))


def _insert_rows(conn: Connection, rows: Rows) -> None:
    for row_class, values in rows:
        if values:
            conn.execute(insert(table_of(row_class)), values)


def save_ecogram(conn: Connection, client_id: str, ecogram: m.Ecogram) -> None:
    _replace_part(conn, client_id, EcogramRow, ecogram.id, lambda c, i: ecogram_rows(c, i, ecogram))
    fts.replace_entry(conn, client_id, ecogram_entry(ecogram))


def delete_ecogram(conn: Connection, client_id: str, ecogram_id: str) -> None:
    _delete(conn, EcogramRow, client_id, ecogram_id, "ecogram")


def save_balance(conn: Connection, client_id: str, balance: m.Balance) -> None:
    _replace_part(conn, client_id, BalanceRow, balance.id, lambda c, i: balance_rows(c, i, balance))
    fts.replace_entry(conn, client_id, balance_entry(balance))


def delete_balance(conn: Connection, client_id: str, balance_id: str) -> None:
    _delete(conn, BalanceRow, client_id, balance_id, "balans")


def _forget_steps(conn: Connection, client_id: str, goal_id: str) -> None:
    steps = table_of(StepRow)
    for (step_id,) in conn.execute(select(steps.c.id).where(steps.c.goal_id == goal_id)):
        fts.remove_entry(conn, client_id, "stap", step_id)


def save_goal(conn: Connection, client_id: str, goal: m.Goal) -> None:
    _forget_steps(conn, client_id, goal.id)
    _replace_part(conn, client_id, GoalRow, goal.id, lambda c, i: goal_rows(c, i, goal))
    for entry in goal_entries(goal):
        fts.replace_entry(conn, client_id, entry)


def delete_goal(conn: Connection, client_id: str, goal_id: str) -> None:
    _forget_steps(conn, client_id, goal_id)
    _delete(conn, GoalRow, client_id, goal_id, "doel")


def reorder_goals(conn: Connection, client_id: str, goal_ids: list[str]) -> None:
    """Put the goals in this order (the POP's priority order)."""
    goals = table_of(GoalRow)
    known = {
        gid for (gid,) in conn.execute(select(goals.c.id).where(goals.c.client_id == client_id))
    }
    if set(goal_ids) != known:
        raise StateError("de doelen zijn intussen gewijzigd; open het dossier opnieuw")
    for i, gid in enumerate(goal_ids):
        conn.execute(update(goals).where(goals.c.id == gid).values(position=i, priority=i + 1))


def save_consent(conn: Connection, client_id: str, consent: m.Consent) -> None:
    _replace_part(conn, client_id, ConsentRow, consent.id, lambda c, i: consent_rows(c, i, consent))
    fts.replace_entry(conn, client_id, consent_entry(consent))


def delete_consent(conn: Connection, client_id: str, consent_id: str) -> None:
    _delete(conn, ConsentRow, client_id, consent_id, "toestemming")


def save_referral(conn: Connection, client_id: str, referral: m.Referral) -> None:
    _replace_part(
        conn, client_id, ReferralRow, referral.id, lambda c, i: referral_rows(c, i, referral)
    )
    fts.replace_entry(conn, client_id, referral_entry(referral))


def delete_referral(conn: Connection, client_id: str, referral_id: str) -> None:
    _delete(conn, ReferralRow, client_id, referral_id, "verwijzing")


def save_meeting(conn: Connection, client_id: str, meeting: m.Meeting) -> None:
    _replace_part(conn, client_id, MeetingRow, meeting.id, lambda c, i: meeting_rows(c, i, meeting))
    fts.replace_entry(conn, client_id, meeting_entry(meeting))


def delete_meeting(conn: Connection, client_id: str, meeting_id: str) -> None:
    _delete(conn, MeetingRow, client_id, meeting_id, "overleg")


def set_closure(conn: Connection, client_id: str, closure: m.Closure | None) -> None:
    """Write (or, with None, remove) the closing evaluation."""
    _require_client(conn, client_id)
    t = table_of(ClosureRow)
    conn.execute(delete(t).where(t.c.client_id == client_id))
    fts.remove_entry(conn, client_id, "afsluiting", client_id)
    if closure is not None:
        _insert_rows(conn, closure_rows(client_id, closure))
        fts.replace_entry(conn, client_id, closure_entry(client_id, closure))


def set_aftercare(conn: Connection, client_id: str, aftercare: m.Aftercare | None) -> None:
    """Write (or, with None, remove) the aftercare plan and its contact moments."""
    _require_client(conn, client_id)
    plan = table_of(AftercareRow)
    moments = table_of(AftercareMomentRow)
    conn.execute(delete(moments).where(moments.c.client_id == client_id))
    conn.execute(delete(plan).where(plan.c.client_id == client_id))
    fts.remove_entry(conn, client_id, "nazorg", client_id)
    if aftercare is not None:
        _insert_rows(conn, aftercare_rows(client_id, aftercare))
        fts.replace_entry(conn, client_id, aftercare_entry(client_id, aftercare))


# -- the methodology's instruments: each one row, saved in place or removed


def set_first_reception(
    conn: Connection, client_id: str, reception: ins.FirstReception | None
) -> None:
    """Write (or, with None, remove) what was explained and agreed at the start."""
    _require_client(conn, client_id)
    t = table_of(FirstReceptionRow)
    conn.execute(delete(t).where(t.c.client_id == client_id))
    fts.remove_entry(conn, client_id, "onthaal", client_id)
    if reception is not None:
        _insert_rows(conn, first_reception_rows(client_id, reception))
        fts.replace_entry(conn, client_id, first_reception_entry(client_id, reception))


def save_inner_note(conn: Connection, client_id: str, note: ins.InnerNote) -> None:
    _require_client(conn, client_id)
    _upsert(conn, InnerNoteRow, client_id, inner_note_values(client_id, 0, note))
    fts.replace_entry(conn, client_id, inner_note_entry(note))


def delete_inner_note(conn: Connection, client_id: str, note_id: str) -> None:
    _delete(conn, InnerNoteRow, client_id, note_id, "binnenkant")


def save_life_event(conn: Connection, client_id: str, event: ins.LifeEvent) -> None:
    _require_client(conn, client_id)
    _upsert(conn, LifeEventRow, client_id, life_event_values(client_id, 0, event))
    fts.replace_entry(conn, client_id, life_event_entry(event))


def delete_life_event(conn: Connection, client_id: str, event_id: str) -> None:
    _delete(conn, LifeEventRow, client_id, event_id, "levensloop")


def save_mindmap(conn: Connection, client_id: str, mindmap: ins.Mindmap) -> None:
    _require_client(conn, client_id)
    _upsert(conn, MindmapRow, client_id, mindmap_values(client_id, 0, mindmap))
    fts.replace_entry(conn, client_id, mindmap_entry(mindmap))


def delete_mindmap(conn: Connection, client_id: str, mindmap_id: str) -> None:
    _delete(conn, MindmapRow, client_id, mindmap_id, "mindmap")


def save_vacancy(conn: Connection, client_id: str, vacancy: ins.Vacancy) -> None:
    _require_client(conn, client_id)
    _upsert(conn, VacancyRow, client_id, vacancy_values(client_id, 0, vacancy))
    fts.replace_entry(conn, client_id, vacancy_entry(vacancy))


def delete_vacancy(conn: Connection, client_id: str, vacancy_id: str) -> None:
    _delete(conn, VacancyRow, client_id, vacancy_id, "vacature")


def save_decision(conn: Connection, client_id: str, decision: ins.Decision) -> None:
    _require_client(conn, client_id)
    _upsert(conn, DecisionRow, client_id, decision_values(client_id, 0, decision))
    fts.replace_entry(conn, client_id, decision_entry(decision))


def delete_decision(conn: Connection, client_id: str, decision_id: str) -> None:
    _delete(conn, DecisionRow, client_id, decision_id, "keuze")


def save_phone_request(conn: Connection, client_id: str, request: ins.PhoneRequest) -> None:
    _require_client(conn, client_id)
    _upsert(conn, PhoneRequestRow, client_id, phone_request_values(client_id, 0, request))
    fts.replace_entry(conn, client_id, phone_request_entry(request))


def delete_phone_request(conn: Connection, client_id: str, request_id: str) -> None:
    _delete(conn, PhoneRequestRow, client_id, request_id, "telefoonvraag")


def move_contact(conn: Connection, client_id: str, contact_id: str, at: datetime) -> None:
    """Set a contact moment's time, leaving what the coach wrote in it as it is."""
    t = table_of(ContactRow)
    conn.execute(
        update(t)
        .where(t.c.id == contact_id, t.c.client_id == client_id)
        .values(at=at.isoformat(), at_utc=utc_key(at))
    )


def contact_exists(conn: Connection, client_id: str, contact_id: str) -> bool:
    t = table_of(ContactRow)
    query = select(t.c.id).where(t.c.id == contact_id, t.c.client_id == client_id)
    return conn.execute(query).first() is not None
