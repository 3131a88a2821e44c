"""The keeping periods of every client: what each one's period starts from.

Beside the client list (client_list.py, plain SQL) because these rows carry dates, which
SQLAlchemy's ``Date`` type reads back as ``date`` values.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from .models import AftercareRow, ClientRow, ClosureRow, table_of
from .row_values import Rows


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
