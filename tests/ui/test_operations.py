"""The one way the desktop runs work: stale answers dropped, failures worded once,
and a lock that waits for what is still running."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from genwerkt_desktop.domain.errors import DiskFull, ReadOnlyDossier
from genwerkt_desktop.ui import operations
from genwerkt_desktop.ui.operations import Failure, Operations, Report
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


def test_drop_all_forgets_answers_but_a_write_still_announces_what_it_changed(
    qtbot, ops: Operations
) -> None:
    release = threading.Event()
    seen: list[str] = []
    ops.query(lambda: release.wait(5) and "gelezen", seen.append, key="dossier")
    ops.write(
        lambda: "bewaard",
        lambda _r: seen.append("getoond in het gesloten dossier"),
        announce=lambda r: seen.append(f"aangekondigd: {r}"),
    )
    ops.drop_all()  # the lock: nothing of a dossier may arrive after it
    release.set()
    ops.flush()
    # The store did change, so the other views hear it; the dossier that asked is gone.
    assert seen == ["aangekondigd: bewaard"]


def test_a_failed_write_is_worded_once(qtbot, ops: Operations) -> None:
    told: list[str] = []
    ops.failed.connect(told.append)

    def full() -> None:
        raise DiskFull()

    ops.write(full)
    ops.flush()
    assert told == ["De schijf is vol; er is niets verloren. Maak ruimte en probeer opnieuw."]
    handled: list[Failure] = []
    ops.write(full, failure=handled.append)
    ops.flush()
    assert [f.text for f in handled] == told and len(told) == 1
    assert isinstance(handled[0].error, DiskFull)  # a caller may tell a refusal apart


def test_a_failure_after_the_lock_is_still_said_once(qtbot, ops: Operations) -> None:
    told: list[str] = []
    handled: list[Failure] = []
    ops.failed.connect(told.append)
    release = threading.Event()

    def full() -> None:
        release.wait(5)
        raise DiskFull()

    ops.write(full, failure=handled.append)
    ops.drop_all()  # the view that asked is gone: the window says it instead
    release.set()
    ops.flush()
    assert handled == [] and len(told) == 1


def test_a_long_write_reports_whole_percentages_on_the_gui_thread(
    qtbot, ops: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operations, "PROGRESS_INTERVAL_S", 0.0)
    gui = threading.get_ident()
    shown: list[tuple[int, bool]] = []

    def copy(report: Report) -> str:
        for done in range(0, 401, 50):
            report(done, 400)
        return "klaar"

    finished: list[str] = []
    ops.write_reporting(
        copy,
        finished.append,
        progress=lambda p: shown.append((p, threading.get_ident() == gui)),
    )
    ops.flush()
    qtbot.waitUntil(lambda: bool(finished))
    assert [p for p, _ in shown] == sorted({p for p, _ in shown})  # only ever up
    assert all(on_gui for _, on_gui in shown)
    assert finished == ["klaar"]
    late = len(shown)
    ops._moved.emit(1, 100)  # a report that arrives after the end is not shown
    qtbot.wait(10)
    assert len(shown) == late


def test_queries_without_a_key_never_drop_each_other(qtbot, ops: Operations) -> None:
    release = threading.Event()
    answers: list[str] = []
    ops.query(lambda: release.wait(5) and "ontgrendeld", answers.append)
    ops.query(lambda: "vooraf geladen", answers.append)
    release.set()
    ops.flush()
    assert sorted(answers) == ["ontgrendeld", "vooraf geladen"]


def test_flush_waits_for_running_work(qtbot, ops: Operations) -> None:
    done: list[int] = []
    ops.write(lambda: threading.Event().wait(0.2) or 1, done.append)
    assert done == []
    ops.flush()
    assert done == [1]


def test_a_write_to_a_colleagues_dossier_says_who_holds_it(qtbot, ops: Operations) -> None:
    told: list[str] = []
    ops.failed.connect(told.append)

    def held(holder: str | None) -> None:
        raise ReadOnlyDossier(holder)

    ops.write(lambda: held("coach_bert"))
    ops.write(lambda: held(None))
    ops.flush()
    assert told == [
        "Dit dossier is in handen van coach_bert. Op dit toestel kunt u het alleen lezen; "
        "er is niets gewijzigd.",
        "Dit dossier is in handen van een collega. Op dit toestel kunt u het alleen lezen; "
        "er is niets gewijzigd.",
    ]
