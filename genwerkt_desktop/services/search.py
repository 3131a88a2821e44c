"""Full-text search over every dossier (FTS5 inside the encrypted store).

Search reads on a connection of its own (``Database.search_read``): a write in progress
never delays it, and :meth:`SearchService.interrupt` stops the SQL of the search running
now, so a newer one does not queue behind it.  Nothing here ranks every match: the list
asks for a first page of clients straight from the index and then for all of them; the
hits with snippets (``genwerkt search``) come newest first (see ``fts.search_hits``).
"""

from __future__ import annotations

from dataclasses import dataclass

from genwerkt_desktop.domain.model import display_name
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
    "onthaal": "eerste onthaal",
    "binnenkant": "binnenkant",
    "levensloop": "levensloop",
    "mindmap": "mindmap",
    "vacature": "vacature",
    "keuze": "voor- en nadelen",
    "telefoonvraag": "informatievraag per telefoon",
}

# How many clients the list asks for first: more than a screen of rows.
FIRST_PAGE = 60

# In a first page, a word shorter than this matches as a whole word ("de huur": the word
# "de"); the complete answer after it takes every word as a prefix.  The desktop sends
# the full text nothing shorter (names match from the first letter).
WHOLE_WORD_BELOW = 3

# ``genwerkt search``: a word of one letter is looked for as a word ("d" in "d'Hondt"),
# not as a prefix.  As a prefix it is nearly every word of every note: FTS5 merges all
# their lists before the first hit (41 ms even as raw SQL at 2,000 clients), and the
# newest 200 of them say nothing.  Two letters stay a prefix ("de", "sa": 7 ms).
WHOLE_WORD_IN_SEARCH_BELOW = 2

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


@dataclass(frozen=True)
class FirstPage:
    """Some of the clients whose dossier matches, unranked; ``complete`` when that is all
    of them (fewer than a page matched)."""

    client_ids: frozenset[str]
    complete: bool


class SearchService:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """The ``limit`` newest hits, newest first (the dossiers opened last, then the
        text written last): as fast for "de" as for a rare name.  A one-letter word is
        a whole word here (``WHOLE_WORD_IN_SEARCH_BELOW``)."""
        asked = fts.first_page_query(query, WHOLE_WORD_IN_SEARCH_BELOW)
        if asked is None:
            return []
        match, _narrowed = asked
        with self._vault.db.search_read() as conn:
            rows = fts.search_hits(conn, match, limit, HIT_START, HIT_END)
        return [
            SearchHit(
                client_id=cid,
                client_name=display_name(first, last, preferred),
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
        with self._vault.db.search_read() as conn:
            return fts.clients_matching(conn, match)

    def first_clients(self, query: str, limit: int = FIRST_PAGE) -> FirstPage:
        """A first page of the clients whose dossier matches, unranked: the index stops
        at the ``limit``-th, however many match.  A short word in it matches as a whole
        word (see ``WHOLE_WORD_BELOW``): every client on the page matches the query, but
        then the page is never said to be complete.  Every word is first tried whole;
        only when that does not fill the page are the longer words taken as prefixes."""
        asked = fts.first_page_query(query, WHOLE_WORD_BELOW)
        if asked is None:
            return FirstPage(frozenset(), complete=True)
        match, narrowed = asked
        whole = fts.whole_words_query(query)
        with self._vault.db.search_read() as conn:
            if whole is not None and whole != match:
                # The words as typed, whole, first: for a common word that fills the page
                # at once, where its prefix would first merge every word it starts.
                ids = fts.first_clients(conn, whole, limit)
                if len(ids) >= limit:
                    return FirstPage(frozenset(ids), complete=False)
            ids = fts.first_clients(conn, match, limit)
        return FirstPage(frozenset(ids), complete=len(ids) < limit and not narrowed)

    def interrupt(self) -> None:
        """Stop the search running now, from any thread: it raises ``Interrupted``."""
        self._vault.db.interrupt_search()
