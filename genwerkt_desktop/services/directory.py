"""The sociale kaart: organisations and their contact persons, shared by all dossiers."""

from __future__ import annotations

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.domain.model import Organisation
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.store import directory_rows

from .vault import OpenVault


class DirectoryService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def organisations(self) -> list[Organisation]:
        with self._vault.db.read() as conn:
            return directory_rows.read_organisations(conn)

    def get(self, organisation_id: str) -> Organisation:
        with self._vault.db.read() as conn:
            found = directory_rows.read_organisations(conn, [organisation_id])
        if not found:
            raise StateError("deze organisatie staat niet (meer) in de sociale kaart")
        return found[0]

    def search(self, text: str) -> list[Organisation]:
        """Organisations whose name, offer, address or people match every typed word."""
        words = fold(text).split()
        result = []
        for org in self.organisations():
            haystack = fold(
                " ".join(
                    filter(
                        None,
                        [
                            org.name,
                            org.services,
                            org.entry_criteria,
                            org.address,
                            *(p.name for p in org.contacts),
                            *(p.role or "" for p in org.contacts),
                        ],
                    )
                )
            )
            if all(w in haystack for w in words):
                result.append(org)
        return result

    def save(self, organisation: Organisation) -> None:
        if not organisation.name.strip():
            raise ValueError("een organisatie heeft een naam nodig")
        with self._vault.db.write() as conn:
            directory_rows.upsert_organisation(conn, organisation)

    def uses(self, organisation_id: str) -> int:
        """How many consents, referrals and ecogram members point at this organisation."""
        with self._vault.db.read() as conn:
            return directory_rows.count_uses(conn, organisation_id)

    def delete(self, organisation_id: str) -> None:
        """Remove an organisation that no dossier refers to."""
        if self.uses(organisation_id):
            raise StateError("deze organisatie wordt nog gebruikt in een dossier; ze blijft staan")
        with self._vault.db.write() as conn:
            directory_rows.delete_organisation(conn, organisation_id)
