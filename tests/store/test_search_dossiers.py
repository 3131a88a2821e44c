"""The client list asks one row of words per dossier (migration 0010): two words typed
find a dossier that holds them in different places, every edit keeps the words current,
and the migration gives every existing dossier its words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import NewClient
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.store import fts, migrate
from tests.conftest import PASSPHRASE
from tests.domain.builders import home_visit_note
from tests.store.typed_queries import typed_queries

BEFORE = "0009"

_ENTRY_CLIENTS = text(
    f"SELECT DISTINCT k.client_id FROM {fts.HITS_FROM} WHERE search_text MATCH :q"
)


def _with_entry_matching(vault: OpenVault, word: str) -> frozenset[str]:
    """The clients with one entry holding ``word`` (as a prefix), asked of the text."""
    match = fts.match_query(word)
    assert match is not None
    with vault.db.read() as conn:
        found = conn.execute(_ENTRY_CLIENTS, {"q": "{body folded}: (" + match + ")"})
        return frozenset(found.scalars())


@pytest.fixture
def generated(vault: OpenVault) -> Iterator[OpenVault]:
    fill(vault, 12, max_contacts=25)
    yield vault


def test_two_words_find_the_dossier_that_holds_them_in_different_places(
    vault: OpenVault,
) -> None:
    ws = Workspace.open(vault)
    yasmina = ws.edits.create_client(NewClient(first_name="Yasmina", last_name="Peeters"))
    jan = ws.edits.create_client(NewClient(first_name="Jan", last_name="Peeters"))
    other = ws.edits.create_client(NewClient(first_name="Rita", last_name="Claes"))
    ws.edits.save_contact(
        yasmina, home_visit_note("Schimmel in de badkamer, de huisbaas komt kijken.")
    )
    ws.edits.save_contact(jan, home_visit_note("Samen de cv bijgewerkt."))
    ws.edits.save_contact(
        other, home_visit_note("Schimmel op de slaapkamer gemeld bij de huisvesting.")
    )
    # The name is one entry, the note another: the dossier holds both words.
    assert ws.search.client_ids("peeters schimmel") == {yasmina}
    assert ws.search.client_ids("peet schim") == {yasmina}
    page = ws.search.first_clients("peeters schimmel")
    assert page.client_ids == {yasmina} and page.complete
    assert ws.search.client_ids("schimmel") == {yasmina, other}


def test_every_query_typed_finds_the_dossiers_holding_every_word(generated: OpenVault) -> None:
    search = SearchService(generated)
    queries = typed_queries(generated)
    two_words_apart = 0
    for query in queries:
        words = query.split()
        expected = frozenset.intersection(*(_with_entry_matching(generated, w) for w in words))
        assert search.client_ids(query) == expected, query
        if len(words) > 1 and expected != _with_entry_matching(generated, query):
            two_words_apart += 1  # found only because the words sit in different entries
    assert two_words_apart > 5


def test_the_words_follow_every_edit_and_leave_with_the_dossier(vault: OpenVault) -> None:
    ws = Workspace.open(vault)
    cid = ws.edits.create_client(NewClient(first_name="Tomasz", last_name="Nowicki"))
    note = home_visit_note("Aanvraag studietoelage voor de dochter ingediend.")
    ws.edits.save_contact(cid, note)
    assert ws.search.client_ids("studietoelage") == {cid}
    ws.edits.save_contact(cid, Contact(**{**note.__dict__, "summary": "Kinderbijslag nagevraagd."}))
    assert ws.search.client_ids("studietoelage") == set()
    assert ws.search.client_ids("kinderbijslag") == {cid}
    ws.edits.delete_contact(cid, note.id)
    assert ws.search.client_ids("kinderbijslag") == set()
    assert ws.search.client_ids("nowicki") == {cid}
    ws.dossiers.delete_for_good(cid)
    assert ws.search.client_ids("nowicki") == set()
    with vault.db.read() as conn:
        rows = conn.execute(text("SELECT count(*) FROM search_dossiers")).scalar_one()
    assert rows == 0


def _down_to(vault: OpenVault, revision: str) -> None:
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_the_migration_gives_every_dossier_its_words(
    vault_service: VaultService, generated: OpenVault
) -> None:
    search = SearchService(generated)
    queries = typed_queries(generated)
    made_at_head = {q: (search.client_ids(q), search.first_clients(q)) for q in queries}
    _down_to(generated, BEFORE)
    with generated.db.read() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert "search_dossiers" not in names
    generated.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            rows = conn.execute(text("SELECT count(*) FROM search_dossiers")).scalar_one()
        assert rows == 12
        search = SearchService(reopened)
        migrated = {q: (search.client_ids(q), search.first_clients(q)) for q in queries}
    finally:
        reopened.close()
    assert sum(1 for found, _page in migrated.values() if found) > 100
    assert migrated == made_at_head
