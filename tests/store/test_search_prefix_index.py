"""Migration 0009 builds the search table again with prefix indexes (issue 18): every
search answers as before, a migration stopped half-way leaves the store as it was, and
a colleague's read-only team copy stays searchable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command, op
from sqlalchemy import text

from genwerkt_desktop.devtools.generate import fill
from genwerkt_desktop.domain.errors import ReadOnlyDossier
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.search import WHOLE_WORD_BELOW, SearchService
from genwerkt_desktop.services.vault import OpenVault, VaultService
from genwerkt_desktop.store import fts, migrate, team_local
from genwerkt_desktop.store.team_local import TeamCopy, TeamLink
from genwerkt_desktop.store.vault import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.store.typed_queries import typed_queries

BEFORE = "0008"

Answers = dict[str, tuple[object, ...]]


@pytest.fixture
def generated(vault: OpenVault) -> Iterator[OpenVault]:
    fill(vault, 12, max_contacts=25)
    yield vault


# Which clients have an entry matching, asked of ``search_text`` itself: the client
# list asks ``search_dossiers`` (migration 0010), which does not exist at 0008.
_ENTRY_CLIENTS = text(
    f"SELECT DISTINCT k.client_id FROM {fts.HITS_FROM} WHERE search_text MATCH :q"
)


def _answers(vault: OpenVault, queries: list[str]) -> Answers:
    search = SearchService(vault)
    answers: Answers = {}
    with vault.db.read() as conn:
        for q in queries:
            match = fts.match_query(q)
            assert match is not None
            found = conn.execute(_ENTRY_CLIENTS, {"q": "{body folded}: (" + match + ")"})
            answers[q] = (frozenset(found.scalars()), tuple(search.search(q)))
    return answers


def _search_table(vault: OpenVault) -> str:
    with vault.db.read() as conn:
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'search_text'")
        ).scalar_one()
    return str(sql)


def _down_to(vault: OpenVault, revision: str) -> None:
    config = migrate._config()
    with vault.db.write() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_every_search_answers_the_same_after_the_prefix_index_is_built(
    vault_service: VaultService, generated: OpenVault
) -> None:
    queries = typed_queries(generated)
    assert len(queries) > 100
    made_at_head = _answers(generated, queries)
    assert "prefix" in _search_table(generated)
    _down_to(generated, BEFORE)
    assert "prefix" not in _search_table(generated)
    at_0008 = _answers(generated, queries)
    generated.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        with reopened.db.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        assert "prefix = '3 4'" in _search_table(reopened)
        migrated = _answers(reopened, queries)
    finally:
        reopened.close()
    assert sum(1 for q in queries if at_0008[q][0]) > 100  # most of them find something
    assert migrated == at_0008 == made_at_head


def test_a_migration_stopped_half_way_leaves_the_store_as_it_was(
    vault_service: VaultService, generated: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = typed_queries(generated)[:60]
    _down_to(generated, BEFORE)
    before = _answers(generated, queries)
    generated.close()
    execute = op.execute

    def crash_after_the_copy(sql: object, *args: object, **kwargs: object) -> None:
        if str(sql).startswith("ALTER TABLE search_text_next"):
            raise KeyboardInterrupt  # the laptop switched off: the old table is dropped
        execute(sql, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(op, "execute", crash_after_the_copy)
    with pytest.raises(KeyboardInterrupt):
        vault_service.unlock(PASSPHRASE)
    monkeypatch.undo()
    # Opened without migrating: what the crash left behind.
    header = vault_service._header()
    key = unlock_with_passphrase(header, PASSPHRASE, vault_service.policy)
    untouched = OpenVault(vault_service.paths, header, key, vault_service.clock)
    try:
        with untouched.db.read() as conn:
            assert migrate.current_revision(conn) == BEFORE
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert "search_text_next" not in names
        assert "prefix" not in _search_table(untouched)
        assert _answers(untouched, queries) == before
    finally:
        untouched.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        assert "prefix" in _search_table(reopened)
        assert _answers(reopened, queries) == before
    finally:
        reopened.close()


def test_a_colleagues_read_only_copy_is_found_after_the_migration(
    vault_service: VaultService, generated: OpenVault
) -> None:
    dossiers = DossierService(generated)
    theirs = dossiers.list_clients(with_due=False)[0]
    with generated.db.write() as conn:
        team_local.write_link(
            conn,
            TeamLink(
                url="postgresql://coach_an@localhost/genwerkt",
                role="coach_an",
                team="Gent-Noord",
                is_lead=False,
                public_key=b"p" * 32,
                secret_key=b"s" * 32,
            ),
        )
        team_local.upsert_copy(conn, TeamCopy(theirs.id, "coach_bert", 3, 3, 3, 0))
    queries = typed_queries(generated)
    _down_to(generated, BEFORE)
    before = _answers(generated, queries)
    generated.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        after = _answers(reopened, queries)
        assert after == before
        assert any(theirs.id in found for found, _hits in after.values())
        # Still read-only: the guard triggers survived the migration.
        with pytest.raises(ReadOnlyDossier), reopened.db.write() as conn:
            conn.execute(text("DELETE FROM contacts WHERE client_id = :c"), {"c": theirs.id})
        assert SearchService(reopened).client_ids(theirs.last_name)
    finally:
        reopened.close()


def test_a_first_page_tries_whole_words_and_still_finds_every_prefix(
    generated: OpenVault,
) -> None:
    search = SearchService(generated)
    small = 5  # a page smaller than the matches of the common words here
    full = partial = 0
    for query in typed_queries(generated):
        every = search.client_ids(query)
        page = search.first_clients(query, limit=small)
        assert page.client_ids <= every, query
        asked = fts.first_page_query(query, WHOLE_WORD_BELOW)
        if asked is None or asked[1]:
            continue  # a short word counts whole on a first page: some, never all
        if len(every) < small:
            # Fewer than a page: the words as prefixes after the whole words, all found.
            assert page.client_ids == every and page.complete, query
            partial += 1
        else:
            assert len(page.client_ids) == min(small, len(every)), query
            full += 1
    assert full > 20 and partial > 20
