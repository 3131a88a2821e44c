"""An unlock submitted while the start-up imports still run (issue 18: the coach typed
ahead).  The key is derived at once and the client list's names are shown; the store is
opened and the vault handed to the window only once what the rest of the first screen
needs is imported; a wrong passphrase is said without waiting for the
imports; an import that fails keeps the vault closed with a clear word, and nothing hangs.

The imports are held back for real: the preload these windows get imports, before the
views, a module of this test that waits until the test lets it finish.  No timing is
asserted.
"""

from __future__ import annotations

import gc
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.main_window import MainWindow
from genwerkt_desktop.ui.preload import FOR_LATER, FOR_THE_LIST, Preload
from genwerkt_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.fakes import FixedClock
from tests.ui.conftest import FakeDialogs, client_row_count

TIMEOUT_MS = 20_000
WRONG = "dit is niet de juiste zin"

GATE_SOURCE = """
import time
from pathlib import Path

FLAG = Path({flag!r})
for _ in range(3000):  # 30 s at most: a failed test never leaves the thread waiting
    if FLAG.exists():
        break
    time.sleep(0.01)
"""
BROKEN_SOURCE = "import genwerkt_desktop.no_such_part  # noqa: F401\n"


@dataclass
class HeldImports:
    """A preload whose first part waits in an import until :meth:`finish`."""

    preload: Preload
    flag: Path

    def finish(self) -> None:
        self.flag.touch()

    def finished(self) -> bool:
        return self.flag.exists()

    def still_importing(self) -> bool:
        return self.preload.start().is_alive() and not self.finished()


def _module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> str:
    name = f"unlock_gate_{uuid.uuid4().hex}"
    folder = tmp_path / "gate"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldImports]:
    flag = tmp_path / "go"
    gate = _module(tmp_path, monkeypatch, GATE_SOURCE.format(flag=str(flag)))
    imports = HeldImports(Preload((gate, *FOR_THE_LIST), FOR_LATER), flag)
    imports.preload.start()
    yield imports
    imports.finish()  # never leave the thread (or a worker waiting for it) behind
    imports.preload.start().join(TIMEOUT_MS / 1000)


def _window(
    qtbot: QtBot,
    service: VaultService,
    preload: Preload,
    clock: FixedClock,
    dialogs: FakeDialogs,
    settings: AppSettings,
) -> MainWindow:
    window = MainWindow(service, clock, dialogs, settings=settings, preload=preload)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.start()
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(
        lambda: window.vault_screens.currentWidget() is unlock and unlock.isVisible(),
        timeout=TIMEOUT_MS,
    )
    return window


def _watch_opening(service: VaultService, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set once the worker has derived the key and opened the store (the real unlock)."""
    opened = threading.Event()
    real = service.unlock_with_names

    def unlock_with_names(*args: object, **kwargs: object) -> object:
        answer = real(*args, **kwargs)  # type: ignore[arg-type]
        opened.set()
        return answer

    monkeypatch.setattr(service, "unlock_with_names", unlock_with_names)
    return opened


def _enter(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    field = window.vault_screens.unlock.passphrase
    field.selectAll()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _names_up(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the list shows the names the unlock read (the vault not yet here)."""
    qtbot.waitUntil(
        lambda: (
            window.work_area is not None
            and window.work_area.clients.model.rowCount() == len(demo_files())
            and window.stack.currentWidget() is window.work_area
        ),
        timeout=TIMEOUT_MS,
    )


def test_an_unlock_typed_ahead_of_the_imports_opens_the_vault_and_shows_the_list(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    vault_service: VaultService,
    existing_vault: str,
    held: HeldImports,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> None:
    window = _window(qtbot, vault_service, held.preload, fixed_clock, dialogs, app_settings)
    unlock = window.vault_screens.unlock
    handed_over_after_imports: list[bool] = []
    window.controller.unlocked.connect(
        lambda _vault, _names: handed_over_after_imports.append(held.finished())
    )

    opened = _watch_opening(vault_service, monkeypatch)

    assert held.still_importing()
    _enter(qtbot, window, PASSPHRASE)
    # Feedback at once, as ever: the form is locked and the busy line says what happens.
    assert unlock.is_busy() and not unlock.form.isEnabled()
    assert "geopend" in unlock.busy_text.text()
    # The key is derived and the names are read while the imports are still held: the
    # list shows them already...
    _names_up(qtbot, window)
    assert held.still_importing()
    qtbot.wait(200)  # (room for a hand-over that should not come)
    # ...and the store is opened and the vault handed over only once they are done.
    assert not opened.is_set() and not window.is_unlocked()
    assert window.vault is None and not window.work_area.is_attached()

    held.finish()
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    assert handed_over_after_imports == [True]  # the window never waited on an import
    assert gc.isenabled()  # the collector, paused from Enter to the first list, is back
    assert client_row_count(qtbot, window) == len(demo_files())
    assert unlock.passphrase.text() == ""  # not kept in the page
    assert dialogs.warnings == []


def test_a_wrong_passphrase_typed_ahead_is_said_at_once_and_another_try_opens(
    qtbot: QtBot,
    vault_service: VaultService,
    existing_vault: str,
    held: HeldImports,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> None:
    window = _window(qtbot, vault_service, held.preload, fixed_clock, dialogs, app_settings)
    unlock = window.vault_screens.unlock

    _enter(qtbot, window, WRONG)
    # Said while the imports are still held: a wrong passphrase never waits for them.
    qtbot.waitUntil(lambda: unlock.message.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert held.still_importing()
    assert "opent de kluis niet" in unlock.message.text()
    assert not unlock.is_busy() and unlock.open_button.isEnabled()
    assert unlock.passphrase.hasFocus()
    assert unlock.passphrase.selectedText() == WRONG
    assert not window.is_unlocked()

    _enter(qtbot, window, PASSPHRASE)  # the selected text is replaced, as typed
    assert unlock.is_busy()
    held.finish()
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())


def test_an_import_that_fails_keeps_the_vault_closed_says_why_and_hangs_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vault_service: VaultService,
    existing_vault: str,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> None:
    broken = _module(tmp_path, monkeypatch, BROKEN_SOURCE)
    preload = Preload((*FOR_THE_LIST, broken), FOR_LATER)
    preload.start()
    window = _window(qtbot, vault_service, preload, fixed_clock, dialogs, app_settings)
    unlock = window.vault_screens.unlock

    for _attempt in range(2):  # and again: the same answer, no hang
        _enter(qtbot, window, PASSPHRASE)
        qtbot.waitUntil(lambda: unlock.message.isVisibleTo(window), timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT_MS)
        assert "onderdeel van genwerkt" in unlock.message.text()
        assert "Installeer genwerkt opnieuw" in unlock.message.text()
        assert not unlock.is_busy() and unlock.form.isEnabled()
        assert unlock.passphrase.hasFocus()
        assert not window.is_unlocked()
        assert window.vault is None and window.work_area is None  # closed again
        unlock.message.hide()
    assert not preload.start().is_alive()  # the preload thread gave up; it did not hang
    assert dialogs.warnings == []  # said on the page, not as an unexpected error


@pytest.fixture
def names_up(
    qtbot: QtBot,
    vault_service: VaultService,
    existing_vault: str,
    held: HeldImports,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> MainWindow:
    """A window whose unlock was typed ahead of the imports (held): the names are up,
    the vault not yet handed over."""
    window = _window(qtbot, vault_service, held.preload, fixed_clock, dialogs, app_settings)
    _enter(qtbot, window, PASSPHRASE)
    _names_up(qtbot, window)
    return window


def test_what_the_coach_typed_and_chose_while_only_the_names_were_up_is_taken_up(
    qtbot: QtBot, held: HeldImports, names_up: MainWindow
) -> None:
    window = names_up
    area = window.work_area
    assert area is not None and not area.is_attached()
    clients = area.clients
    chosen = clients.model.client_at(0)
    word = chosen.last_name[:3]
    # The coach chooses a client and types in the search before the vault is handed over.
    table = clients.view.table
    table.selectRow(clients.proxy.mapFromSource(clients.model.index(0, 0)).row())
    qtbot.keyClicks(clients.search, word)
    assert clients.proxy.rowCount() == len(demo_files())  # nothing acts on it yet

    held.finish()
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    assert window.work_area is area  # the same list, now working
    # The search typed meanwhile filters the list, and the chosen client's dossier shows.
    qtbot.waitUntil(lambda: clients.proxy.rowCount() < len(demo_files()), timeout=TIMEOUT_MS)
    shown = [clients.proxy.index(row, 0).data() for row in range(clients.proxy.rowCount())]
    assert shown and all(word.lower() in name.lower() for name in shown)
    assert clients.current_client_id() == chosen.id
    qtbot.waitUntil(lambda: area.dossier.current_client_id() == chosen.id, timeout=TIMEOUT_MS)


def test_new_client_asked_for_while_only_the_names_are_up_opens_once_the_vault_is_there(
    qtbot: QtBot, held: HeldImports, names_up: MainWindow
) -> None:
    window = names_up
    area = window.work_area
    assert area is not None
    qtbot.mouseClick(area.clients.view.new_button, Qt.MouseButton.LeftButton)
    assert area.clients.new_client_dialog is None  # no services yet to create one with

    held.finish()
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    dialog = area.clients.new_client_dialog
    assert dialog is not None and dialog.isVisible()  # the click was not lost
    dialog.reject()


def test_locking_while_only_the_names_are_up_closes_the_vault_that_was_still_opening(
    qtbot: QtBot, held: HeldImports, names_up: MainWindow
) -> None:
    window = names_up
    opened: list[object] = []
    window.controller.unlocked.connect(lambda vault, _names: opened.append(vault))

    window.lock()  # Ctrl+L, or the computer's session locked
    unlock = window.vault_screens.unlock
    assert window.work_area is None  # the names are gone at once
    assert window.stack.currentWidget() is window.vault_screens
    held.finish()
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT_MS)
    qtbot.wait(100)  # (room for a hand-over that should not come)
    # The vault the worker went on opening was closed, never handed to the window.
    assert opened == [] and window.vault is None and not window.is_unlocked()
    assert unlock.isVisible() and unlock.form.isEnabled() and unlock.message.isHidden()

    _enter(qtbot, window, PASSPHRASE)  # and it opens again as ever
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())


def test_a_pause_for_the_first_list_holds_the_imports_between_two_modules_until_required(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the key is derived and the names are shown, the preload thread waits at the
    next module it would import, so the processors go to the unlock; the worker's
    require() lets it go on (and waits for it)."""
    flag = tmp_path / "go"
    gate = _module(tmp_path, monkeypatch, GATE_SOURCE.format(flag=str(flag)))
    after_the_gate = _module(tmp_path, monkeypatch, "LOADED = True\n")
    preload = Preload((gate, after_the_gate), ())
    try:
        preload.start()
        assert preload.first_screen_ready()  # the names' list never waits for a pause
        preload.pause_for_first_list()  # Enter, while the gate is still being imported
        flag.touch()
        thread = preload.start()
        thread.join(0.5)  # (room for an import that should not come)
        assert thread.is_alive() and after_the_gate not in sys.modules

        preload.require()
        assert sys.modules[after_the_gate].LOADED
    finally:
        flag.touch()
        preload.release()
        preload.start().join(TIMEOUT_MS / 1000)


def test_the_collector_waits_from_enter_to_the_first_list_and_is_back_afterwards(
    qtbot: QtBot,
    vault_service: VaultService,
    existing_vault: str,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> None:
    preload = Preload(FOR_THE_LIST, ())
    preload.start().join(TIMEOUT_MS / 1000)  # settled: every import done
    assert gc.isenabled()
    window = _window(qtbot, vault_service, preload, fixed_clock, dialogs, app_settings)
    collecting_when_names_came: list[bool] = []
    window.controller.names_read.connect(
        lambda _names: collecting_when_names_came.append(gc.isenabled())
    )
    _enter(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    assert collecting_when_names_came == [False]
    assert gc.isenabled()
    assert client_row_count(qtbot, window) == len(demo_files())
