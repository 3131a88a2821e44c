"""The unlocked shell: the three areas, their shortcuts, and locking (on demand, idle, OS).

Everything runs through the real widgets on a real vault (fast KDF, in-memory keyring,
the fixed demo-day clock).  The lock tests walk the whole window tree afterwards: no
widget, item model or action may still hold a client's name or a note.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.agenda.model import CLIENT_ID_ROLE
from genwerkt_desktop.ui.lock import SessionWatcher
from genwerkt_desktop.ui.main_window import WINDOW_TITLE, MainWindow
from genwerkt_desktop.ui.settings import IDLE_LOCK_MINUTES, AppSettings
from genwerkt_desktop.ui.work_area import Area
from tests.conftest import PASSPHRASE
from tests.fakes import FixedClock
from tests.ui.conftest import (
    FakeDialogs,
    MainWindowFactory,
    all_widget_texts,
    application_texts,
    client_row_count,
    demo_client_names,
    wait_idle,
)

TIMEOUT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _demo(stem: str) -> dict:
    for path in demo_files():
        if stem in path.name:
            return json.loads(path.read_text(encoding="utf-8"))
    raise LookupError(stem)


def _unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(
        lambda: window.vault_screens.currentWidget() is unlock and unlock.isVisible(),
        timeout=TIMEOUT_MS,
    )
    unlock.passphrase.setText(passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)


def _open(qtbot: QtBot, make_window: MainWindowFactory, service: VaultService) -> MainWindow:
    window = make_window(service)
    _unlock(qtbot, window)
    return window


def _press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL
) -> None:
    """A window shortcut as the coach types it (offscreen does not re-activate the window
    after a dialog closed; a window manager would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)
    wait_idle(qtbot, window)


def _is_locked(window: MainWindow) -> bool:
    screens = window.vault_screens
    return (
        window.work_area is None
        and window.vault is None
        and window.stack.currentWidget() is screens
        and screens.currentWidget() is screens.unlock
    )


def _leaks(texts: list[str], secrets: list[str]) -> list[str]:
    joined = "\n".join(texts)
    return [secret for secret in secrets if secret and secret in joined]


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# --------------------------------------------------------------------------- areas


def test_ctrl_1_2_3_switch_areas_and_the_title_stays(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    area = window.work_area
    assert area is not None
    assert area.current_area() is Area.CLIENTS
    assert client_row_count(qtbot, window) == len(demo_files())

    _press(qtbot, window, Qt.Key.Key_2)
    assert area.current_area() is Area.AGENDA
    assert area.agenda.isVisible() and not area.clients.isVisible()
    assert window.area_action[Area.AGENDA].isChecked()
    _press(qtbot, window, Qt.Key.Key_3)
    assert area.current_area() is Area.DIRECTORY
    assert area.directory.isVisible() and not area.agenda.isVisible()
    _press(qtbot, window, Qt.Key.Key_1)
    assert area.current_area() is Area.CLIENTS
    assert window.windowTitle() == WINDOW_TITLE

    window.setWindowTitle("Ayşe Yılmaz")  # whoever tries: the title stays the product name
    assert window.windowTitle() == WINDOW_TITLE


def test_agenda_sociale_kaart_and_team_are_built_when_first_opened(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    area = window.work_area
    assert area is not None
    assert client_row_count(qtbot, window) == len(demo_files())
    # Unlocking built the first screen only: the list and the dossier pane beside it,
    # without a tab until a client is chosen.
    assert (area._agenda, area._directory, area._team_area) == (None, None, None)
    assert area.views() == [area.clients, area.dossier]
    assert set(area.dossier._built) == set()

    _press(qtbot, window, Qt.Key.Key_2)
    assert area._agenda is not None and area._directory is None
    assert area.current_area() is Area.AGENDA and area.agenda.isVisible()
    assert area.pages.currentWidget().isAncestorOf(area.agenda)
    _press(qtbot, window, Qt.Key.Key_3)
    assert area.directory.isVisible() and area._team_area is None
    assert area.pages.count() == 4
    assert area.views() == [area.clients, area.dossier, area.agenda, area.directory]

    window.lock()  # a view never opened holds nothing, and is gone with the rest
    qtbot.waitUntil(lambda: _is_locked(window), timeout=TIMEOUT_MS)


def test_navigation_and_menus_only_while_open(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = make_window(vault_service)
    qtbot.waitUntil(lambda: window.vault_screens.currentWidget() is window.vault_screens.unlock)
    assert not window.navigation.isVisible()
    assert not window.lock_action.isEnabled()
    assert not window.area_action[Area.AGENDA].isEnabled()
    assert window.settings_action.isEnabled()  # settings hold no client data
    _unlock(qtbot, window)
    assert window.navigation.isVisible()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    shortcuts = [window.area_action[a].shortcut().toString() for a in Area]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    wait_idle(qtbot, window)
    assert not window.area_action[Area.TEAM].isVisible()  # this vault has no team
    for action in (*window.area_action.values(), window.lock_action):
        button = window.navigation.widgetForAction(action)
        assert button is not None and button.accessibleName()


def test_agenda_opens_the_dossier_of_the_chosen_row(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    area = window.work_area
    assert area is not None
    _press(qtbot, window, Qt.Key.Key_2)
    agenda = area.agenda
    agenda.show_this_week()
    wait_idle(qtbot, window)
    model = agenda.table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(CLIENT_ID_ROLE)]
    assert rows, "the demo week has agenda items (its overdue steps)"
    row = rows[0]
    client_id = str(model.index(row, 0).data(CLIENT_ID_ROLE))
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    assert area.current_area() is Area.CLIENTS
    assert window.area_action[Area.CLIENTS].isChecked()
    assert area.clients.current_client_id() == client_id


# --------------------------------------------------------------------------- locking


def test_lock_leaves_no_client_data_anywhere_and_unlock_brings_it_back(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    area = window.work_area
    assert area is not None
    ayse = _demo("ayse")
    secrets = [*demo_client_names(), ayse["client"]["support_question"][:40]]
    secrets += [c["note"][:40] for c in ayse.get("contacts", []) if c.get("note")][:5]

    area.clients.select(ayse["client"]["id"])  # the dossier opens on the right
    wait_idle(qtbot, window)
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):  # every area has loaded
        _press(qtbot, window, key)
    assert _leaks(all_widget_texts(window), secrets), "the test should see the data first"

    _press(qtbot, window, Qt.Key.Key_L)
    assert _is_locked(window)
    assert window.windowTitle() == WINDOW_TITLE
    assert _leaks(all_widget_texts(window), secrets) == []
    _flush_deletes()  # the deleted views are gone from the application too
    assert _leaks(application_texts(), secrets) == []

    _unlock(qtbot, window)
    assert client_row_count(qtbot, window) == len(demo_files())


def test_idle_lock_follows_the_injected_clock_and_activity_resets_it(
    qtbot: QtBot,
    make_window: MainWindowFactory,
    vault_service: VaultService,
    existing_vault: str,
    fixed_clock: FixedClock,
    app_settings: AppSettings,
) -> None:
    window = _open(qtbot, make_window, vault_service)
    lock = window.lock_controller
    assert lock.is_armed()
    assert lock.timer.isActive()

    fixed_clock.advance(minutes=4)
    qtbot.keyClicks(window.focusWidget() or window, "x")  # the coach is still there
    fixed_clock.advance(minutes=4)
    lock.timer.timeout.emit()
    assert window.is_unlocked()

    fixed_clock.advance(minutes=1, seconds=1)
    lock.timer.timeout.emit()
    assert _is_locked(window)
    assert _leaks(all_widget_texts(window), demo_client_names()) == []

    app_settings.set(IDLE_LOCK_MINUTES, 30)  # the setting counts at once
    _unlock(qtbot, window)
    fixed_clock.advance(minutes=29)
    lock.timer.timeout.emit()
    assert window.is_unlocked()
    fixed_clock.advance(minutes=1)
    lock.timer.timeout.emit()
    assert _is_locked(window)


def test_session_lock_or_suspend_locks_the_window(
    qtbot: QtBot,
    vault_service: VaultService,
    existing_vault: str,
    fixed_clock: FixedClock,
    dialogs: FakeDialogs,
    app_settings: AppSettings,
) -> None:
    watcher = SessionWatcher(platform="none")
    window = MainWindow(
        vault_service, fixed_clock, dialogs, settings=app_settings, session_watcher=watcher
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    _unlock(qtbot, window)
    watcher.onPrepareForSleep(True)
    assert _is_locked(window)
    _unlock(qtbot, window)
    watcher.onSessionLock()
    assert _is_locked(window)


def test_settings_open_with_ctrl_comma_and_are_kept(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    _press(qtbot, window, Qt.Key.Key_Comma)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.idle_minutes.setValue(9)
    dialog.save_button.click()
    assert window.settings.idle_lock_minutes == 9
    assert window.settings_dialog is None
    assert window.lock_controller.idle_limit().total_seconds() == 9 * 60


def test_quit_saves_geometry_and_closes_the_vault(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> None:
    window = _open(qtbot, make_window, vault_service)
    window.quit_action.trigger()
    assert window.vault is None
    assert window.work_area is None
    assert not window.isVisible()
    assert QApplication.activeModalWidget() is None


# --------------------------------------------------------------------------- end to end

NEW_FIRST, NEW_LAST = "Mirela", "Dumitrescu-Oancea"
QUESTION = "Ik zoek een opleiding tot zorgkundige in de buurt van Aalst."
NOTE = "Huisbezoek: samen de premie voor de kinderopvang aangevraagd, volgende week bellen."


def _create_vault_without_demo(qtbot: QtBot, window: MainWindow) -> None:
    screens = window.vault_screens
    create = screens.create
    qtbot.keyClicks(create.passphrases.first, PASSPHRASE)
    qtbot.keyClicks(create.passphrases.second, PASSPHRASE)
    qtbot.keyClick(create.passphrases.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screens.currentWidget() is screens.recovery_code, timeout=TIMEOUT_MS)
    screens.recovery_code.stored.setChecked(True)
    qtbot.mouseClick(screens.recovery_code.continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screens.demo_offer.no_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)


def _add_client_through_the_dialog(qtbot: QtBot, window: MainWindow) -> str:
    area = window.work_area
    assert area is not None
    _press(qtbot, window, Qt.Key.Key_N)  # Nieuwe cliënt
    dialog = area.clients.new_client_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.first_name, NEW_FIRST)
    qtbot.keyClicks(dialog.last_name, NEW_LAST)
    dialog.question.setPlainText(QUESTION)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.dossier.is_loaded(), timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    client_id = area.dossier.current_client_id()
    assert client_id and area.clients.current_client_id() == client_id
    assert area.dossier.name.text() == f"{NEW_FIRST} {NEW_LAST}"
    return client_id


def _type_a_note(qtbot: QtBot, window: MainWindow) -> None:
    area = window.work_area
    assert area is not None
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, window, Qt.Key.Key_N, shift)  # Nieuwe notitie
    contacts = area.dossier.contacts
    assert area.dossier.tabs.currentWidget() is contacts
    contacts.editor.text.setFocus()
    contacts.editor.text.setPlainText(NOTE)
    assert contacts.has_unsaved_note()


def _notes_shown(window: MainWindow) -> str:
    area = window.work_area
    assert area is not None
    model = area.dossier.contacts.model
    from tests.ui.conftest import model_texts

    return "\n".join(model_texts(model))


def test_create_add_client_and_note_lock_then_unlock_brings_it_back(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService
) -> None:
    window = make_window(vault_service)
    _create_vault_without_demo(qtbot, window)
    assert client_row_count(qtbot, window) == 0
    client_id = _add_client_through_the_dialog(qtbot, window)
    assert client_row_count(qtbot, window) == 1
    _type_a_note(qtbot, window)  # typed, not saved: the lock must save it first
    secrets = [NEW_FIRST, NEW_LAST, QUESTION[:30], NOTE[:30]]
    assert _leaks(all_widget_texts(window), secrets)

    _press(qtbot, window, Qt.Key.Key_L)
    assert _is_locked(window)
    assert window.windowTitle() == WINDOW_TITLE
    assert _leaks(all_widget_texts(window), secrets) == []
    _flush_deletes()
    assert _leaks(application_texts(), secrets) == []

    _unlock(qtbot, window)
    area = window.work_area
    assert area is not None
    assert client_row_count(qtbot, window) == 1
    area.clients.select(client_id)
    qtbot.waitUntil(lambda: area.dossier.is_loaded(), timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert NOTE in _notes_shown(window)
