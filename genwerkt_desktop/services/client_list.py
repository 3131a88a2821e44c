"""The client list: one line per client, from one query (store/client_list.py).

Light on purpose: ``genwerkt clients`` builds its list here on a lean vault, without the
database layer; the desktop's list (DossierService) builds the same lines here too, with
the last contact and what is due added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.domain.model import display_name
from genwerkt_desktop.store import client_list

if TYPE_CHECKING:
    from .vault import UnlockedVault


@dataclass(frozen=True)
class ClientSummary:
    """One line of the client list."""

    id: str
    first_name: str
    last_name: str
    display_name: str
    status: ClientStatus | None
    phase: Phase | None
    last_contact: datetime | None  # the last contact that was not only planned
    next_appointment: datetime | None  # domain.due: the first appointment still ahead
    late: int = 0  # how many due items are overdue (domain.due)
    # False in a list of names only: the last contact and what is due were not read (not
    # "never seen", "nothing due"); the full list follows.
    contacts_read: bool = True


# Per client: the next appointment and how many due items are overdue.
Due = Mapping[str, tuple[datetime | None, int]]


def summaries(
    rows: Sequence[Sequence[Any]], due: Due | None = None, *, contacts_read: bool = True
) -> list[ClientSummary]:
    """The lines for ``client_list.summary_rows``; without ``due``, nothing is due.
    ``contacts_read``: False for rows read without the last contact."""
    due = due or {}
    out: list[ClientSummary] = []
    for cid, first, last_name, preferred, status, last, phase in rows:
        next_appointment, late = due.get(cid, (None, 0))
        out.append(
            ClientSummary(
                id=cid,
                first_name=first,
                last_name=last_name,
                display_name=display_name(first, last_name, preferred),
                status=ClientStatus(status) if status else None,
                phase=Phase(phase) if phase else None,
                last_contact=None if last is None else datetime.fromisoformat(last),
                next_appointment=next_appointment,
                late=late,
                contacts_read=contacts_read,
            )
        )
    return out


def names_and_phases(vault: UnlockedVault) -> list[ClientSummary]:
    """Every client, sorted by name, with status and phase today: what ``genwerkt
    clients`` prints.  The last contact (most of the query's time) and what is due (every
    open appointment and step read) are not asked for: None and 0."""
    with vault.db.read() as conn:
        rows = client_list.summary_rows(conn, None, vault.clock.today())
    return summaries(rows, contacts_read=False)
