"""Migration 0009 builds the search table again with prefix indexes (issue 18): every
search answers as before, a migration stopped half-way leaves the store as it was, and
a colleague's read-only team copy stays searchable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

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

BEFORE = "0008"

Answers = dict[str, tuple[object, ...]]


@pytest.fixture
def generated(vault: OpenVault) -> Iterator[OpenVault]:
    fill(vault, 12, max_contacts=25)
    yield vault


def _typed(vault: OpenVault) -> list[str]:
    """What a coach types: the first one to six letters of words in the store, and some
    pairs of words."""
    with vault.db.read() as conn:
        bodies = conn.execute(text("SELECT body FROM search_text ORDER BY rowid")).scalars()
        words = sorted({w.lower() for b in bodies for w in re.findall(r"\w+", b)})
    picked = words[:: max(1, len(words) // 40)]
    queries = {w[:n] for w in picked for n in range(1, 7)}
    queries |= {f"{a} {b[:3]}" for a, b in pairwise(picked)}
    return sorted(queries)


def _answers(vault: OpenVault, queries: list[str]) -> Answers:
    search = SearchService(vault)
    return {
        q: (
            frozenset(search.client_ids(q)),
            search.first_clients(q),
            tuple(search.search(q)),
        )
        for q in queries
    }


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
    queries = _typed(generated)
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
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION == "0009"
        assert "prefix = '3 4'" in _search_table(reopened)
        migrated = _answers(reopened, queries)
    finally:
        reopened.close()
    assert sum(1 for q in queries if at_0008[q][0]) > 100  # most of them find something
    assert migrated == at_0008 == made_at_head


def test_a_migration_stopped_half_way_leaves_the_store_as_it_was(
    vault_service: VaultService, generated: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _typed(generated)[:60]
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
    queries = _typed(generated)
    _down_to(generated, BEFORE)
    before = _answers(generated, queries)
    generated.close()
    reopened = vault_service.unlock(PASSPHRASE)
    try:
        after = _answers(reopened, queries)
        assert after == before
        assert any(theirs.id in found for found, _page, _hits in after.values())
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
    for query in _typed(generated):
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
