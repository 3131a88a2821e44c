"""Queries over every client at once: the client list, the keeping periods, the count.

Each answers plain rows, one per client; the services turn them into their summaries.
Callers own the connection.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, func, or_, select

from .models import AftercareRow, ClientRow, ClosureRow, ContactRow, PhaseEntryRow, table_of
from .row_values import Rows


def summary_rows(conn: Connection, now_utc: str, today: date, only: str | None = None) -> Rows:
    """Every client (or only ``only``), sorted by name: ``id, first_name, last_name,
    preferred_name, status``, the last contact held (not only planned) up to ``now_utc``
    (a UTC key, or None), and the phase ``today`` (or None).  What is ahead is not here:
    ``due_rows`` answers it for ``domain.due``."""
    clients = table_of(ClientRow)
    contacts = table_of(ContactRow)
    phases = table_of(PhaseEntryRow)
    # Correlated max: one index seek per client on (client_id, at_utc), instead of
    # grouping every contact note of the vault.
    last_contact = (
        select(func.max(contacts.c.at_utc))
        .where(
            contacts.c.client_id == clients.c.id,
            contacts.c.at_utc <= now_utc,
            # A planned contact whose day has passed is overdue (domain.due), not the
            # last time the coach saw the client.
            or_(contacts.c.planned.is_(None), contacts.c.planned.is_(False)),
        )
        .scalar_subquery()
    )
    # The phase today, as domain.phases.current_phase has it: the latest entry started
    # on or before today; of the same day, the last recorded (highest position).  In
    # SQL: one seek per client on its few entries, not every entry of the vault
    # turned into Python objects.
    phase_today = (
        select(phases.c.phase)
        .where(phases.c.client_id == clients.c.id, phases.c.started_on <= today)
        .order_by(phases.c.started_on.desc(), phases.c.position.desc(), phases.c.pk.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = select(
        clients.c.id,
        clients.c.first_name,
        clients.c.last_name,
        clients.c.preferred_name,
        clients.c.status,
        last_contact,
        phase_today,
    ).order_by(func.lower(clients.c.last_name), func.lower(clients.c.first_name))
    if only is not None:
        query = query.where(clients.c.id == only)
    return conn.execute(query).all()


def retention_rows(conn: Connection) -> Rows:
    """Every client with what its keeping period starts from: ``id, first_name,
    last_name, preferred_name, status, closed_on``, the aftercare plan's ``ends_on`` and
    the closing talk's ``evaluated_on`` (None without a plan or a closing talk)."""
    clients, plans, closures = table_of(ClientRow), table_of(AftercareRow), table_of(ClosureRow)
    query = (
        select(
            clients.c.id,
            clients.c.first_name,
            clients.c.last_name,
            clients.c.preferred_name,
            clients.c.status,
            clients.c.closed_on,
            plans.c.ends_on,
            closures.c.evaluated_on,
        )
        .outerjoin(plans, plans.c.client_id == clients.c.id)
        .outerjoin(closures, closures.c.client_id == clients.c.id)
    )
    return conn.execute(query).all()


def count_clients(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(table_of(ClientRow))).scalar_one())
