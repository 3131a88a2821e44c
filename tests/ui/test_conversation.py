"""Conversation mode (issue 19): with a client, the window shows that client only, the idle
lock waits longer (never above an hour) and the lock is one key away.

A real window on a real vault with the demo dossiers; the clock is the injected fake.
"Visible" is what a client beside the coach could read: every widget on screen, and every
row of a list or table on screen.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from genwerkt_desktop.services.demo import demo_files
from genwerkt_desktop.services.vault import VaultService
from genwerkt_desktop.ui.main_window import WINDOW_TITLE, MainWindow
from genwerkt_desktop.ui.settings import CONVERSATION_LOCK_MINUTES, IDLE_LOCK_MINUTES, AppSettings
from genwerkt_desktop.ui.work_area import Area, WorkArea
from tests.conftest import PASSPHRASE
from tests.fakes import BRUSSELS_WINTER, FixedClock
from tests.ui.conftest import (
    MainWindowFactory,
    all_widget_texts,
    demo_client_names,
    model_texts,
    wait_idle,
    widget_texts,
)

TIMEOUT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier
# Ayşe's planned conversation in the demo is on 3 December at 10.00.
AYSE_APPOINTMENT = datetime(2026, 12, 3, 10, 0, tzinfo=BRUSSELS_WINTER)


def _client(stem: str) -> dict:
    for path in demo_files():
        if stem in path.name:
            return json.loads(path.read_text(encoding="utf-8"))["client"]
    raise LookupError(stem)


def _names(client: dict) -> list[str]:
    return [client[key] for key in ("first_name", "last_name") if client.get(key)]


AYSE = _client("ayse")
OTHERS = [name for name in demo_client_names() if name not in _names(AYSE)]


def _unlock(qtbot: QtBot, window: MainWindow) -> WorkArea:
    unlock = window.vault_screens.unlock
    qtbot.waitUntil(
        lambda: window.vault_screens.currentWidget() is unlock and unlock.isVisible(),
        timeout=TIMEOUT_MS,
    )
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert window.work_area is not None
    return window.work_area


def _open_client(qtbot: QtBot, window: MainWindow, area: WorkArea, stem: str) -> None:
    client_id = _client(stem)["id"]
    area.open_client(client_id)
    qtbot.waitUntil(lambda: area.dossier.current_client_id() == client_id, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window.focusWidget() or window, key, CTRL)
    wait_idle(qtbot, window)


def _start_button(area: WorkArea):
    return area.dossier.findChild(QWidget, "startConversation")


def visible_texts(window: MainWindow) -> str:
    """Everything a person beside the coach could read in the window now."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += widget_texts(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    for action in window.findChildren(QAction):
        if action.isVisible():
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return "\n".join(texts)


def _shown(texts: str, names: list[str]) -> list[str]:
    return [name for name in names if name in texts]


def _is_locked(window: MainWindow) -> bool:
    screens = window.vault_screens
    return window.work_area is None and window.stack.currentWidget() is screens


@pytest.fixture
def window(
    qtbot: QtBot, make_window: MainWindowFactory, vault_service: VaultService, existing_vault: str
) -> MainWindow:
    return make_window(vault_service)


# --------------------------------------------------------------------------- the offer


def test_a_planned_contact_now_offers_the_mode_quietly(
    qtbot: QtBot, window: MainWindow, fixed_clock: FixedClock
) -> None:
    fixed_clock.moment = AYSE_APPOINTMENT + timedelta(minutes=5)
    area = _unlock(qtbot, window)
    offer = area.conversation_offer

    _open_client(qtbot, window, area, "lukasz")  # nothing planned now
    assert not offer.isVisible()
    assert _start_button(area).isVisible()  # starting by hand is always possible

    _open_client(qtbot, window, area, "ayse")
    assert offer.isVisible()
    assert "10.00" in offer.text.text()
    assert not _start_button(area).isVisible()  # one Gesprek starten at a time
    assert window.isActiveWindow()  # a bar, not a dialog in front of the coach
    qtbot.mouseClick(offer.start_button, Qt.MouseButton.LeftButton)
    assert area.conversation.is_active()
    assert not offer.isVisible()
    assert area.conversation_bar.isVisible()


def test_the_offer_can_be_put_aside_and_is_gone_once_the_moment_passed(
    qtbot: QtBot, window: MainWindow, fixed_clock: FixedClock
) -> None:
    fixed_clock.moment = AYSE_APPOINTMENT - timedelta(minutes=10)
    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    offer = area.conversation_offer
    assert offer.isVisible()
    qtbot.mouseClick(offer.later_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert _start_button(area).isVisible()
    assert not area.conversation.is_active()
    assert area.clients_scroll.isVisible()

    window.lock()
    fixed_clock.moment = AYSE_APPOINTMENT + timedelta(hours=3)
    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    assert not area.conversation_offer.isVisible()


# --------------------------------------------------------------------------- in conversation


def test_no_other_client_is_visible_during_a_conversation_and_ending_brings_them_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    before = visible_texts(window)
    assert _shown(before, OTHERS) == OTHERS  # the walk sees the list in the ordinary window

    qtbot.mouseClick(_start_button(area), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    texts = visible_texts(window)
    assert _shown(texts, OTHERS) == []
    assert _shown(texts, _names(AYSE))  # her own dossier stays
    assert window.windowTitle() == WINDOW_TITLE
    assert not area.clients_scroll.isVisible()
    assert area.conversation_bar.lock_button.isVisible()
    assert not window.navigation.isVisible()  # Agenda, Sociale kaart: out of sight

    # The areas that list every client are out of reach, their keys too.
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        _press(qtbot, window, key)
        assert area.current_area() is Area.CLIENTS
    _press(qtbot, window, Qt.Key.Key_N)  # a new client's form may name look-alikes
    assert area.clients.new_client_dialog is None
    area.open_client(_client("ioana")["id"])  # nothing may open another dossier
    wait_idle(qtbot, window)
    assert area.dossier.current_client_id() == AYSE["id"]
    assert not window.go_menu.menuAction().isVisible()
    assert not window.tools.audit_action.isEnabled()
    assert not window.tools.retention_action.isEnabled()
    assert _shown(visible_texts(window), OTHERS) == []

    qtbot.mouseClick(area.conversation_bar.end_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not area.conversation.is_active()
    assert area.clients_scroll.isVisible()
    assert area.clients.current_client_id() == AYSE["id"]
    assert _shown(visible_texts(window), OTHERS) == OTHERS
    assert window.go_menu.menuAction().isVisible()
    assert window.navigation.isVisible()
    assert window.tools.audit_action.isEnabled()
    _press(qtbot, window, Qt.Key.Key_2)
    assert area.current_area() is Area.AGENDA


# --------------------------------------------------------------------------- the lock


def test_the_idle_lock_waits_longer_in_a_conversation(
    qtbot: QtBot, window: MainWindow, fixed_clock: FixedClock, app_settings: AppSettings
) -> None:
    assert app_settings.idle_lock_minutes == IDLE_LOCK_MINUTES.default == 5
    assert app_settings.conversation_lock_minutes == CONVERSATION_LOCK_MINUTES.default == 30
    area = _unlock(qtbot, window)
    lock = window.lock_controller
    _open_client(qtbot, window, area, "ayse")
    qtbot.mouseClick(_start_button(area), Qt.MouseButton.LeftButton)

    fixed_clock.advance(minutes=29)
    lock.timer.timeout.emit()
    assert window.is_unlocked()  # the ordinary five minutes are long past
    fixed_clock.advance(minutes=1)
    lock.timer.timeout.emit()
    assert _is_locked(window)
    assert [n for n in demo_client_names() if n in "\n".join(all_widget_texts(window))] == []

    # The same unlock page as ever; afterwards the ordinary window and the ordinary limit.
    area = _unlock(qtbot, window)
    assert not area.conversation.is_active()
    assert area.clients_scroll.isVisible()
    assert window.go_menu.menuAction().isVisible()
    fixed_clock.advance(minutes=5)
    lock.timer.timeout.emit()
    assert _is_locked(window)


def test_the_conversation_wait_is_never_above_an_hour(
    qtbot: QtBot, window: MainWindow, ui_settings: QSettings, app_settings: AppSettings
) -> None:
    with pytest.raises(ValueError):
        app_settings.set(CONVERSATION_LOCK_MINUTES, 61)
    ui_settings.setValue(CONVERSATION_LOCK_MINUTES.key, 240)  # edited by hand in the file
    assert app_settings.conversation_lock_minutes == 60
    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    area.conversation.start()
    assert window.lock_controller.idle_limit() == timedelta(minutes=60)

    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    assert dialog.conversation_minutes.maximum() == 60
    dialog.conversation_minutes.setValue(45)
    dialog.save_button.click()
    assert app_settings.conversation_lock_minutes == 45
    assert window.lock_controller.idle_limit() == timedelta(minutes=45)


def test_the_lock_is_one_key_away_in_a_conversation(qtbot: QtBot, window: MainWindow) -> None:
    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    area.conversation.start()
    _press(qtbot, window, Qt.Key.Key_L)
    assert _is_locked(window)
    assert [n for n in demo_client_names() if n in "\n".join(all_widget_texts(window))] == []

    area = _unlock(qtbot, window)
    _open_client(qtbot, window, area, "ayse")
    area.conversation.start()
    bar = area.conversation_bar
    assert bar.lock_button.isVisible() and "Vergrendelen" in bar.lock_button.text()
    qtbot.mouseClick(bar.lock_button, Qt.MouseButton.LeftButton)
    assert _is_locked(window)
    area = _unlock(qtbot, window)
    assert not area.conversation.is_active()
    assert window.area_action[Area.AGENDA].isVisible()
