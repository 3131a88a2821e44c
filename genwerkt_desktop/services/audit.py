"""The audit log as a coach or an auditor reads it: what happened, never content."""

from __future__ import annotations

from genwerkt_desktop.store import audit
from genwerkt_desktop.store.audit import AuditEntry

from .vault import OpenVault


class AuditService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        """Newest first."""
        with self._vault.db.read() as conn:
            return list(audit.entries(conn, limit))

    def chain_problem(self) -> str | None:
        """None when no line was removed or altered."""
        with self._vault.db.read() as conn:
            return audit.verify_chain(conn)
