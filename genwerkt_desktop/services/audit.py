"""The audit log as a coach or an auditor reads it: what happened, never content."""

from __future__ import annotations

from genwerkt_desktop.store import audit
from genwerkt_desktop.store.audit import AuditEntry

from .vault import OpenVault

ACTION_LABELS = {
    "aangemaakt": "aangemaakt",
    "geopend": "kluis geopend",
    "geïmporteerd": "dossier ingelezen",
    "geëxporteerd": "uitgevoerd (blad of bestand)",
    "inzage": "inzage voor de cliënt",
    "gedeeld": "gedeeld met een dienst",
    "afgesloten": "traject afgesloten",
    "toestemming_vastgelegd": "toestemming vastgelegd",
    "back-up": "back-up gemaakt",
    "teruggezet": "back-up teruggezet",
    "verwijderd": "dossier definitief verwijderd",
    "vernietigd": "dossier vernietigd (bewaartermijn voorbij)",
    "onderdeel_verwijderd": "onderdeel van een dossier verwijderd",
    "status_gewijzigd": "status gewijzigd",
    "wachtzin_gewijzigd": "wachtzin gewijzigd",
    "wachtzin_hersteld": "wachtzin hersteld met de herstelcode",
    "gegenereerd": "testdossiers aangemaakt",
}


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
