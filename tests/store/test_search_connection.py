"""The search's own connection: it reads beside an open write, an interrupt stops the SQL
it runs (from another thread), and the hits come newest first, as many as asked."""

from __future__ import annotations

import threading

import pytest

from genwerkt_desktop.domain.errors import Interrupted, StoreClosed
from genwerkt_desktop.services.demo import load_demo
from genwerkt_desktop.services.dossier_edits import DossierEdits, NewClient
from genwerkt_desktop.services.search import SearchService
from genwerkt_desktop.services.vault import OpenVault
from tests.demo_files import AYSE_ID, IOANA_ID

WAIT_S = 15


def test_a_search_reads_while_a_write_holds_the_lock(vault: OpenVault) -> None:
    load_demo(vault)
    search = SearchService(vault)
    with vault.db.write() as conn:  # the write lock taken and not let go
        conn.exec_driver_sql("UPDATE clients SET first_name = first_name")
        assert search.client_ids("fiets") == {AYSE_ID, IOANA_ID}
        assert search.first_clients("fiets", 1).client_ids <= {AYSE_ID, IOANA_ID}


def test_an_interrupt_stops_the_statement_running(vault: OpenVault) -> None:
    load_demo(vault)
    search = SearchService(vault)
    running = threading.Event()
    go_on = threading.Event()

    def hold() -> int:  # SQLite's progress handler: inside the running statement
        running.set()
        go_on.wait(WAIT_S)
        return 0

    with vault.db.search_read() as conn:
        conn.connection.dbapi_connection.set_progress_handler(hold, 1)  # type: ignore[union-attr]
    outcome: list[object] = []

    def look() -> None:
        try:
            outcome.append(search.client_ids("fiets"))
        except Interrupted as exc:
            outcome.append(exc)

    worker = threading.Thread(target=look)
    worker.start()
    assert running.wait(WAIT_S)
    search.interrupt()
    go_on.set()
    worker.join(WAIT_S)
    assert len(outcome) == 1 and isinstance(outcome[0], Interrupted)
    with vault.db.search_read() as conn:
        conn.connection.dbapi_connection.set_progress_handler(None, 1)  # type: ignore[union-attr]
    assert search.client_ids("fiets") == {AYSE_ID, IOANA_ID}  # the next search runs whole


def test_an_interrupt_with_nothing_running_changes_nothing(vault: OpenVault) -> None:
    load_demo(vault)
    search = SearchService(vault)
    search.interrupt()
    assert search.client_ids("fiets") == {AYSE_ID, IOANA_ID}


def test_hits_come_newest_first_and_stop_at_the_limit(vault: OpenVault) -> None:
    edits = DossierEdits(vault)
    older = edits.create_client(NewClient(first_name="Anna", last_name="Oud"))
    newer = edits.create_client(NewClient(first_name="Anna", last_name="Nieuw"))
    search = SearchService(vault)
    assert [hit.client_id for hit in search.search("anna")] == [newer, older]
    assert [hit.client_id for hit in search.search("anna", limit=1)] == [newer]
    page = search.first_clients("anna", limit=1)
    assert len(page.client_ids) == 1 and not page.complete
    assert search.first_clients("anna").client_ids == {older, newer}
    assert search.first_clients("anna").complete


def test_a_closed_store_refuses_a_search(vault: OpenVault) -> None:
    search = SearchService(vault)
    vault.db.close()
    with pytest.raises(StoreClosed):
        search.client_ids("anna")


def test_a_short_word_in_a_first_page_is_a_whole_word_and_the_rest_follows(
    vault: OpenVault,
) -> None:
    """For "de anna" the first page takes "de" as a word (a prefix of two letters is most
    of the index), so it holds only clients that match; it never says it was all, and
    the complete answer takes "de" as the prefix it is."""
    edits = DossierEdits(vault)
    word = edits.create_client(NewClient(first_name="Anna", last_name="De Backer"))
    prefix = edits.create_client(NewClient(first_name="Anna", last_name="Dewulf"))
    search = SearchService(vault)
    page = search.first_clients("de anna")
    assert page.client_ids == {word} and not page.complete
    assert search.client_ids("de anna") == {word, prefix}
    assert search.first_clients("dewulf anna").client_ids == {prefix}
    assert search.first_clients("dewulf anna").complete  # no short word: that was all
