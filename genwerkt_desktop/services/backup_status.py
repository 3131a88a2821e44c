"""When the last backup was made, and whether it is time for a new one.

The date comes from the audit log: every backup made with ``make_backup`` (the app's
*Back-up maken* and ``genwerkt backup``) leaves a line there, so the store itself knows,
no extra file is needed and a restored vault remembers its history.  The automatic
safety copies before a migration do not count: they stay inside the data folder.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from genwerkt_desktop.domain.backup_reminder import REMIND_AFTER, backup_is_due
from genwerkt_desktop.store.models import AuditRow, table_of

from .vault import OpenVault

__all__ = ["BACKUP_ACTION", "REMIND_AFTER", "backup_is_due", "last_backup"]

BACKUP_ACTION = "back-up"


def last_backup(vault: OpenVault) -> datetime | None:
    table = table_of(AuditRow)
    with vault.db.read() as conn:
        at = conn.execute(
            select(func.max(table.c.seq)).where(table.c.action == BACKUP_ACTION)
        ).scalar()
        if at is None:
            return None
        text = conn.execute(select(table.c.at).where(table.c.seq == at)).scalar_one()
    return datetime.fromisoformat(text)
