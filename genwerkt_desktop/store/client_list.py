"""The client list: every client (or one) sorted by name, in one query; and the count.

Plain SQL, run through ``exec_driver_sql``: the services run it on a SQLAlchemy
connection, the lean read path (lean_read.py, ``genwerkt clients``) on a bare keyed one,
so both print the same list from the same statement, and this module loads no
SQLAlchemy.  Callers own the connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .connection import SqlConnection

# The last contact held (not only planned) up to :now_utc.  A planned contact whose day
# has passed is overdue (domain.due), not the last time the coach saw the client.  One
# index seek per client on (client_id, at_utc), instead of grouping every contact note of
# the vault.  The dearest part of the list (43 ms of 55 at 2,000 clients, cold cache):
# left out (NULL) when the caller does not show it.
_LAST_CONTACT: Final = """(
    SELECT max(contacts.at_utc) FROM contacts
    WHERE contacts.client_id = clients.id AND contacts.at_utc <= :now_utc
      AND (contacts.planned IS NULL OR contacts.planned IS 0))"""

# The phase today, as domain.phases.current_phase has it: the latest entry started on or
# before :today; of the same day, the last recorded (highest position).  One seek per
# client on its few entries, not every entry of the vault turned into Python objects.
_PHASE_TODAY: Final = """(
    SELECT phase_entries.phase FROM phase_entries
    WHERE phase_entries.client_id = clients.id AND phase_entries.started_on <= :today
    ORDER BY phase_entries.started_on DESC, phase_entries.position DESC,
      phase_entries.pk DESC
    LIMIT 1)"""

_SUMMARY: Final = """SELECT clients.id, clients.first_name, clients.last_name,
  clients.preferred_name, clients.status, {last_contact}, {phase_today}
FROM clients{where}
ORDER BY lower(clients.last_name), lower(clients.first_name)"""


def _summary_sql(*, last_contact: bool, one: bool) -> str:
    return _SUMMARY.format(
        last_contact=_LAST_CONTACT if last_contact else "NULL",
        phase_today=_PHASE_TODAY,
        where=" WHERE clients.id = :only" if one else "",
    )


def summary_rows(
    conn: SqlConnection, now_utc: str | None, today: date, only: str | None = None
) -> Sequence[Sequence[Any]]:
    """Every client (or only ``only``), sorted by name: ``id, first_name, last_name,
    preferred_name, status``, the last contact held (not only planned) up to ``now_utc``
    (a UTC key, or None), and the phase ``today`` (or None).  Without ``now_utc`` the last
    contact is not read: that column is None.  What is ahead is not here: ``due_rows``
    answers it for ``domain.due``."""
    params: dict[str, str] = {"today": today.isoformat()}
    if now_utc is not None:
        params["now_utc"] = now_utc
    if only is not None:
        params["only"] = only
    statement = _summary_sql(last_contact=now_utc is not None, one=only is not None)
    return conn.exec_driver_sql(statement, params).fetchall()


def count_clients(conn: SqlConnection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM clients").fetchone()[0])
