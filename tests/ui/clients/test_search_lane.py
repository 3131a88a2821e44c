"""Searching the dossiers as the coach types, on the demo vault with the real worker and
the store's own search connection: a key typed interrupts the SQL of the search running,
the first page shows before the complete answer, and a write in progress holds nothing
up.  The SQL is held where it runs by a gate in SQLite's progress handler on the search
connection (called between the steps of a running statement), so nothing depends on
timing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from genwerkt_desktop.services.vault import OpenVault
from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.clients.panel import ClientsPanel
from genwerkt_desktop.ui.worker import TaskRunner
from tests.demo_files import AYSE_ID, IOANA_ID
from tests.ui.clients.support import TIMEOUT_MS, model_texts, wait_for

FIET = "fiet"  # only in Ayşe's and Ioana's notes, in no name
ELIF = "elif"  # only in Ayşe's dossier


class Gate:
    """Holds the search connection's full-text statement while armed, until opened; and
    notes every statement the search connection starts."""

    def __init__(self) -> None:
        self.armed = False
        self.held = threading.Event()  # a full-text statement is being held now
        self._open = threading.Event()
        self.statements: list[str] = []

    def trace(self, sql: str) -> None:  # SQLite's trace callback: a statement starts
        self.statements.append(sql)

    def progress(self) -> int:  # SQLite's progress handler: between steps of a statement
        running_match = bool(self.statements) and "MATCH" in self.statements[-1]
        if self.armed and running_match and not self._open.is_set():
            self.held.set()
            self._open.wait(TIMEOUT_MS / 1000)
        return 0  # go on (an interrupt, if one came, ends the statement now)

    def matches_after_hold(self) -> list[str]:
        held = next(i for i, sql in enumerate(self.statements) if "MATCH" in sql)
        return [sql for sql in self.statements[held + 1 :] if "MATCH" in sql]

    def open(self) -> None:
        self.armed = False
        self._open.set()


@pytest.fixture
def gate(vault: OpenVault, panel: ClientsPanel) -> Iterator[Gate]:
    shut = Gate()
    with vault.db.search_read() as conn:  # the search's one connection, kept open
        raw = conn.connection.dbapi_connection
        raw.set_trace_callback(shut.trace)  # type: ignore[union-attr]
        raw.set_progress_handler(shut.progress, 1)  # type: ignore[union-attr]
    shut.statements.clear()
    yield shut
    shut.open()


def shown_ids(panel: ClientsPanel) -> list[str]:
    proxy = panel.view.table.model()
    return sorted(
        panel.model.client_at(proxy.mapToSource(proxy.index(row, 0)).row()).id
        for row in range(proxy.rowCount())
    )


def heard(signal) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    got: list[tuple[str, ...]] = []
    signal.connect(lambda *args: got.append(args))
    return got


def test_a_key_typed_interrupts_the_search_running(qtbot, panel: ClientsPanel, gate: Gate) -> None:
    controller = panel.controller
    interrupted = heard(controller.search_interrupted)
    first_pages = heard(controller.fulltext_first_page)
    found = heard(controller.fulltext_found)
    gate.armed = True
    panel.search.setText(FIET)
    wait_for(qtbot, gate.held.is_set)  # its full-text SQL is running, held mid-statement
    panel.search.setText(ELIF)  # the coach typed on: the running SQL is interrupted
    gate.open()  # the held statement goes on and meets the interrupt
    wait_for(qtbot, lambda: interrupted)
    wait_for(qtbot, lambda: found)
    controller.search_runner.wait()
    assert interrupted == [(FIET,)]  # its SQL stopped: no answer at all for "fiet"
    # After the held statement, only the searches for "elif" ran on that connection: the
    # first page of "fiet" is one statement, so it ended in SQLite's interrupt.
    after = gate.matches_after_hold()
    assert after and all(FIET not in sql and ELIF in sql for sql in after)
    assert first_pages == []  # one dossier matches "elif": the first page was all of it
    assert [(query, sorted(ids)) for query, ids in found] == [(ELIF, [AYSE_ID])]
    assert shown_ids(panel) == [AYSE_ID]
    assert not panel.view.searching_label.isVisible()


def test_the_first_page_shows_before_the_complete_answer(
    qtbot, panel: ClientsPanel, gate: Gate
) -> None:
    controller = panel.controller
    controller.first_page = 1  # two dossiers match: the first page holds one of them
    found = heard(controller.fulltext_found)
    first_pages = heard(controller.fulltext_first_page)
    # Once the first page is in, the complete answer's SQL is held where it runs.
    controller.fulltext_first_page.connect(lambda *_args: setattr(gate, "armed", True))
    panel.search.setText(FIET)
    wait_for(qtbot, gate.held.is_set)
    try:
        assert found == []  # the complete answer is still running
        assert len(first_pages) == 1 and len(first_pages[0][1]) == 1  # type: ignore[arg-type]
        first = next(iter(first_pages[0][1]))
        assert first in (AYSE_ID, IOANA_ID)
        wait_for(qtbot, lambda: shown_ids(panel) == [first])  # shown already
        assert panel.view.searching_label.isVisible()  # and the rest is being looked for
        assert any("gevonden in dossier" in text for text in model_texts(panel.model))
    finally:
        gate.open()
    wait_for(qtbot, lambda: found)
    assert shown_ids(panel) == sorted([AYSE_ID, IOANA_ID])
    assert not panel.view.searching_label.isVisible()


def test_a_write_in_progress_does_not_hold_a_search_up(
    qtbot, panel: ClientsPanel, demo_workspace: Workspace, vault: OpenVault, runner: TaskRunner
) -> None:
    writing = threading.Event()
    done_writing = threading.Event()

    def long_write() -> None:  # on the shared worker: the write lock taken, not let go
        with vault.db.write() as conn:
            conn.exec_driver_sql("UPDATE clients SET first_name = first_name")
            writing.set()
            done_writing.wait(TIMEOUT_MS / 1000)

    runner.submit(long_write, lambda _r: None, lambda _e: None)
    assert writing.wait(TIMEOUT_MS / 1000)
    try:
        found = heard(panel.controller.fulltext_found)
        panel.search.setText(FIET)
        wait_for(qtbot, lambda: found)  # answered while the write is still open
        assert not done_writing.is_set() and runner.is_busy()
        assert shown_ids(panel) == sorted([AYSE_ID, IOANA_ID])
    finally:
        done_writing.set()
    runner.wait()
