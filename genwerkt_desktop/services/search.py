"""Full-text search over every dossier (FTS5 inside the encrypted store)."""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.store import fts

from .vault import OpenVault

SOURCE_LABELS = {
    "client": "cliëntgegevens",
    "fase": "fase",
    "observatie": "levensdomein",
    "recht": "recht",
    "ecogram": "ecogram",
    "balans": "balans",
    "doel": "doel",
    "stap": "stap",
    "contact": "contactmoment",
    "toestemming": "toestemming",
    "verwijzing": "doorverwijzing",
    "overleg": "overleg",
    "afsluiting": "afsluiting",
    "nazorg": "nazorg",
}

# Marks around the matched words in a snippet; views turn them into emphasis.
HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    client_id: str
    client_name: str
    source: str
    ref_id: str
    snippet: str

    @property
    def where(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    def plain_snippet(self) -> str:
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


class SearchService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        match = fts.match_query(query)
        if match is None:
            return []
        with self._vault.db.read() as conn:
            rows = fts.search_hits(conn, match, limit, HIT_START, HIT_END)
        return [
            SearchHit(
                client_id=cid,
                client_name=f"{preferred or first} {last}".strip(),
                source=source,
                ref_id=ref,
                snippet=" ".join(snip.split()),
            )
            for cid, first, last, preferred, source, ref, snip in rows
        ]

    def client_ids(self, query: str) -> set[str]:
        """The clients whose dossier matches every word typed (names and full text)."""
        match = fts.match_query(query)
        if match is None:
            return set()
        with self._vault.db.read() as conn:
            return fts.clients_matching(conn, match)
