"""When the last backup was made, and whether it is time for a new one.

The date comes from the audit log: every backup made with ``make_backup`` (the app's
*Back-up maken* and ``genwerkt backup``) leaves a line there, so the store itself knows,
no extra file is needed and a restored vault remembers its history.  The automatic
safety copies before a migration do not count: they stay inside the data folder.
"""

from __future__ import annotations

from datetime import datetime

from genwerkt_desktop.domain.backup_reminder import REMIND_AFTER, backup_is_due
from genwerkt_desktop.store import audit

from .vault import OpenVault

__all__ = ["BACKUP_ACTION", "REMIND_AFTER", "backup_is_due", "last_backup"]

BACKUP_ACTION = "back-up"


def last_backup(vault: OpenVault) -> datetime | None:
    with vault.db.read() as conn:
        text = audit.last_at(conn, BACKUP_ACTION)
    return None if text is None else datetime.fromisoformat(text)
