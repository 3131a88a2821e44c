"""The one way the desktop runs work: stale answers dropped, failures worded once,
and a lock that waits for what is still running."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from genwerkt_desktop.domain.errors import DiskFull
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.worker import TaskRunner


@pytest.fixture
def ops(qapp: object) -> Iterator[Operations]:
    runner = TaskRunner()
    operations = Operations(runner)
    yield operations
    operations.flush()


def test_only_the_newest_answer_per_key_arrives(qtbot, ops: Operations) -> None:
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "Ayşe (oud)"

    ops.query(slow, answers.append, key="dossier")
    ops.query(lambda: "Łukasz (nieuw)", answers.append, key="dossier")
    ops.query(lambda: "lijst", answers.append, key="list")  # another key is not stale
    release.set()
    ops.flush()
    assert answers == ["Łukasz (nieuw)", "lijst"]


def test_drop_all_forgets_answers_on_their_way_but_never_a_write(qtbot, ops: Operations) -> None:
    release = threading.Event()
    seen: list[str] = []
    ops.query(lambda: release.wait(5) and "gelezen", seen.append, key="dossier")
    ops.write(lambda: "bewaard", seen.append)
    ops.drop_all()  # the lock: nothing of a dossier may arrive after it
    release.set()
    ops.flush()
    assert seen == ["bewaard"]


def test_a_failed_write_is_worded_once(qtbot, ops: Operations) -> None:
    told: list[str] = []
    ops.failed.connect(told.append)

    def full() -> None:
        raise DiskFull()

    ops.write(full)
    ops.flush()
    assert told == ["De schijf is vol; er is niets verloren. Maak ruimte en probeer opnieuw."]
    handled: list[str] = []
    ops.write(full, failure=handled.append)
    ops.flush()
    assert handled == told and len(told) == 1


def test_flush_waits_for_running_work(qtbot, ops: Operations) -> None:
    done: list[int] = []
    ops.write(lambda: threading.Event().wait(0.2) or 1, done.append)
    assert done == []
    ops.flush()
    assert done == [1]
