"""The start pages driven like a coach would: typing, clicking, waiting for the worker."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.fakes_keystore import MemoryKeyStore
from tests.ui.conftest import (
    FakeDialogs,
    MainWindowFactory,
    all_widget_texts,
    client_row_count,
    demo_client_names,
)

NEW_PASSPHRASE = "rode fiets langs de Leie"
TIMEOUT_MS = 10_000


def _shows(window: MainWindow, page: object) -> bool:
    screens = window.vault_screens
    return window.stack.currentWidget() is screens and screens.currentWidget() is page


def _unlocked(window: MainWindow) -> bool:
    return window.is_unlocked()


def test_create_vault_show_code_load_demo_lock_and_unlock(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(vault_service)
    screens = window.vault_screens
    create = screens.create
    assert _shows(window, create)
    assert window.windowTitle() == "genwerkt"
    assert not create.create_button.isEnabled()

    qtbot.keyClicks(create.passphrases.first, "kort")
    assert create.passphrases.meter.value() == 0
    assert "te kort" in create.passphrases.strength_text.text()
    create.passphrases.first.clear()
    qtbot.keyClicks(create.passphrases.first, PASSPHRASE)
    assert create.passphrases.meter.value() >= 2
    qtbot.keyClicks(create.passphrases.second, PASSPHRASE[:-1])
    assert not create.create_button.isEnabled()
    assert "niet gelijk" in create.passphrases.match_text.text()
    qtbot.keyClicks(create.passphrases.second, PASSPHRASE[-1])
    assert create.create_button.isEnabled()

    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    code_page = screens.recovery_code
    qtbot.waitUntil(lambda: _shows(window, code_page), timeout=TIMEOUT_MS)
    assert vault_service.exists()
    code = code_page.code.text().replace("\n", "-")
    assert len(code.split("-")) == 8
    assert create.passphrases.first.text() == ""  # the passphrase is not kept in a widget

    assert not code_page.continue_button.isEnabled()
    qtbot.mouseClick(code_page.print_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.printed) == 1
    assert code in dialogs.printed[0][1]
    code_page.stored.setChecked(True)
    assert code_page.continue_button.isEnabled()
    qtbot.mouseClick(code_page.continue_button, Qt.MouseButton.LeftButton)
    assert code_page.code.text() == ""  # shown once

    demo_page = screens.demo_offer
    assert _shows(window, demo_page)
    qtbot.mouseClick(demo_page.yes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())
    assert window.windowTitle() == "genwerkt"

    # Lock with Ctrl+L: no client data left anywhere, back at the unlock page.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _shows(window, screens.unlock)
    assert window.vault is None
    assert window.work_area is None
    texts = "\n".join(all_widget_texts(window))
    for name in demo_client_names():
        assert name not in texts

    # The new passphrase opens it again and the list comes back.
    qtbot.keyClicks(screens.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(screens.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())


def test_create_vault_without_demo_starts_empty(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService
) -> None:
    window = make_window(vault_service)
    create = window.vault_screens.create
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    qtbot.keyClick(create.passphrases.second, Qt.Key.Key_Return)
    code_page = window.vault_screens.recovery_code
    qtbot.waitUntil(lambda: _shows(window, code_page), timeout=TIMEOUT_MS)
    code_page.stored.setChecked(True)
    qtbot.mouseClick(code_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.vault_screens.demo_offer.no_button, Qt.MouseButton.LeftButton)
    assert _unlocked(window)
    assert client_row_count(qtbot, window) == 0


def test_weak_passphrase_cannot_create(
    make_window: MainWindowFactory, vault_service: VaultService
) -> None:
    window = make_window(vault_service)
    pair = window.vault_screens.create.passphrases
    pair.first.setText("aaaaaaaaaaaa")
    pair.second.setText("aaaaaaaaaaaa")
    assert not window.vault_screens.create.create_button.isEnabled()
    assert pair.meter.property("strength") < 2


def test_wrong_passphrase_says_so_and_keeps_focus(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)

    qtbot.keyClicks(unlock.passphrase, "dit is niet de juiste zin")
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.message.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert "opent de kluis niet" in unlock.message.text()
    assert unlock.passphrase.hasFocus()
    assert unlock.passphrase.selectedText() == "dit is niet de juiste zin"
    assert unlock.open_button.isEnabled()
    assert not _unlocked(window)

    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)  # replaces the selected text
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())
    assert unlock.passphrase.text() == ""


def test_busy_while_unlocking(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    # Until the worker answers, the form is disabled and the busy line is shown.
    assert not unlock.form.isEnabled()
    assert unlock.is_busy()
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert unlock.form.isEnabled()
    assert not unlock.is_busy()


def test_recovery_code_opens_and_sets_new_passphrase(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    window = make_window(vault_service)
    screens = window.vault_screens
    qtbot.waitUntil(lambda: _shows(window, screens.unlock), timeout=TIMEOUT_MS)
    qtbot.mouseClick(screens.unlock.recovery_button, Qt.MouseButton.LeftButton)
    recover = screens.recover
    assert _shows(window, recover)

    qtbot.keyClicks(recover.code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(recover.passphrases.first, NEW_PASSPHRASE)
    qtbot.keyClicks(recover.passphrases.second, NEW_PASSPHRASE)
    qtbot.mouseClick(recover.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recover.code_message.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert "herstelcode" in recover.code_message.text()
    assert recover.code.hasFocus()

    recover.code.setText(existing_vault.lower())
    qtbot.mouseClick(recover.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, window) == len(demo_files())
    window.lock()
    vault_service.unlock(NEW_PASSPHRASE).close()


def test_damaged_vault_shows_a_message_not_a_traceback(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    vault_service.paths.header.unlink()  # the key file is gone, the database is still there
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: unlock.message.isVisibleTo(window), timeout=TIMEOUT_MS)
    text = unlock.message.text()
    assert "vault.json" in text
    assert "Traceback" not in text
    assert not _unlocked(window)


def test_a_vanished_database_is_said_and_the_backups_are_one_click_away(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    from genwerkt_desktop.ui.backups.restore_dialog import RestoreDialog

    database = vault_service.paths.database
    database.unlink()  # vault.json stays: the store itself has gone missing
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    assert not unlock.restore_button.isVisibleTo(window)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: unlock.restore_button.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert "databank ontbreekt" in unlock.message.text()
    assert "back-up terug" in unlock.message.text()
    assert not database.exists()  # never an empty store in its place
    assert not _unlocked(window)
    qtbot.keyClick(unlock.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(window.tools.dialog, RestoreDialog), timeout=TIMEOUT_MS)
    window.tools.close_dialog()


def test_a_damaged_page_anywhere_is_said_right_after_unlocking(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    dialogs: FakeDialogs,
) -> None:
    database = vault_service.paths.database
    data = bytearray(database.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 + 300] ^= 0x5A  # a page the client list never reads
    database.write_bytes(bytes(data))
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=TIMEOUT_MS)
    assert "beschadigd" in dialogs.warnings[0]
    assert "Back-up terugzetten" in dialogs.warnings[0]


def test_after_the_window_checked_every_page_a_command_need_not_read_them_again(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    dialogs: FakeDialogs,
) -> None:
    from genwerkt_desktop.services.backups import check_pages

    paths = vault_service.paths
    assert not paths.page_check.exists()
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(paths.page_check.exists, timeout=TIMEOUT_MS)  # the clean pass, noted
    window.lock()
    assert not dialogs.warnings
    # As a command would: the files as the window left them on locking are vouched for.
    vault = vault_service.unlock(PASSPHRASE)
    try:
        assert not check_pages(vault).full_pass
    finally:
        vault.close()


def test_garbled_header_shows_a_message(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
) -> None:
    vault_service.paths.header.write_text("{ dit is geen kluis", encoding="utf-8")
    window = make_window(vault_service)
    screens = window.vault_screens
    # The remembered-key attempt at start already reads the header: the message shows there.
    qtbot.waitUntil(lambda: _shows(window, screens.unlock), timeout=TIMEOUT_MS)
    if not screens.unlock.message.isVisibleTo(window):
        screens.unlock.passphrase.setText(PASSPHRASE)
        screens.unlock.open_button.click()
        qtbot.waitUntil(lambda: screens.unlock.message.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert screens.unlock.message.text()
    assert not _unlocked(window)


def test_remember_checkbox_hidden_without_keyring(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    data_dir,
    fixed_clock,
    existing_vault: str,
) -> None:
    from tests.fakes import FAST_POLICY

    reason = "er is geen sleutelhanger van het besturingssysteem beschikbaar"
    service = VaultService(
        data_dir, policy=FAST_POLICY, clock=fixed_clock, keystore=MemoryKeyStore(reason)
    )
    window = make_window(service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    assert not unlock.remember.isVisibleTo(window)
    assert unlock.remember_note.isVisibleTo(window)
    assert reason in unlock.remember_note.text().lower()


def test_no_keyring_known_after_creating_then_locking(
    qtbot: QtBot, make_window: MainWindowFactory, data_dir, fixed_clock
) -> None:
    from tests.fakes import FAST_POLICY

    service = VaultService(
        data_dir, policy=FAST_POLICY, clock=fixed_clock, keystore=MemoryKeyStore("staat uit")
    )
    window = make_window(service)
    create = window.vault_screens.create
    create.passphrases.first.setText(PASSPHRASE)
    create.passphrases.second.setText(PASSPHRASE)
    create.create_button.click()
    code_page = window.vault_screens.recovery_code
    qtbot.waitUntil(lambda: _shows(window, code_page), timeout=TIMEOUT_MS)
    code_page.stored.setChecked(True)
    code_page.continue_button.click()
    window.vault_screens.demo_offer.no_button.click()
    assert _unlocked(window)
    window.lock()
    unlock = window.vault_screens.unlock
    assert not unlock.remember.isVisibleTo(window)
    assert "Staat uit" in unlock.remember_note.text()


def test_remember_on_device_then_start_opens_without_passphrase(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    keystore: MemoryKeyStore,
    existing_vault: str,
) -> None:
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
    assert unlock.remember.isVisibleTo(window)
    assert not unlock.remember_note.isVisibleTo(window)
    assert not unlock.remember.isChecked()  # off by default
    unlock.passphrase.setText(PASSPHRASE)
    unlock.remember.setChecked(True)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: _unlocked(window), timeout=TIMEOUT_MS)
    assert len(keystore.keys) == 1
    window.close()

    second = make_window(vault_service)
    qtbot.waitUntil(lambda: _unlocked(second), timeout=TIMEOUT_MS)
    assert client_row_count(qtbot, second) == len(demo_files())

    # Locking asks for the passphrase again; unticking forgets the key.
    second.lock()
    unlock = second.vault_screens.unlock
    assert unlock.remember.isChecked()
    unlock.remember.setChecked(False)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.open_button.click()
    qtbot.waitUntil(lambda: _unlocked(second), timeout=TIMEOUT_MS)
    assert keystore.keys == {}


def test_a_second_unlock_trusts_the_record_but_not_a_store_changed_behind_its_back(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    dialogs: FakeDialogs,
) -> None:
    """The window reads every page after an unlock only when the store may have changed
    outside genwerkt (or the last full pass is a day old): a damaged page is still said."""
    import json

    paths = vault_service.paths
    window = make_window(vault_service)
    unlock = window.vault_screens.unlock

    def open_vault() -> None:
        qtbot.waitUntil(lambda: _shows(window, unlock), timeout=TIMEOUT_MS)
        unlock.passphrase.setText(PASSPHRASE)
        unlock.open_button.click()

    def checked_at() -> str:
        return str(json.loads(paths.page_check.read_text("utf-8"))["checked_at"])

    def page_check():  # type: ignore[no-untyped-def]
        return window._session._page_check  # the window's answer, once the worker gave it

    open_vault()
    qtbot.waitUntil(lambda: page_check() is not None, timeout=TIMEOUT_MS)
    assert page_check().full_pass  # no record yet: every page read
    first = checked_at()
    window.lock()
    open_vault()
    qtbot.waitUntil(lambda: page_check() is not None, timeout=TIMEOUT_MS)
    assert not page_check().full_pass  # vouched for: no second pass over the whole file
    window.lock()
    assert checked_at() == first
    assert not dialogs.warnings

    before = paths.database.stat()
    data = bytearray(paths.database.read_bytes())
    middle = len(data) // 2
    data[middle + 300] ^= 0x5A
    paths.database.write_bytes(bytes(data))
    os.utime(paths.database, ns=(before.st_atime_ns, before.st_mtime_ns))
    open_vault()
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=TIMEOUT_MS)
    assert "beschadigd" in str(dialogs.warnings[-1])
