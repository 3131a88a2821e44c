"""Change one part of a dossier (the client card, a contact, an observation, a right)
without rewriting the rest; the search index follows each change.  Callers own the
transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

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
from .models import ClientRow, ContactRow, ObservationRow, PhaseEntryRow, RightRow, table_of
from .search_entries import client_entry, contact_entry, observation_entry, right_entry


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
