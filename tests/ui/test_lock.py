"""When to lock: idle time by the injected clock, and the operating system's signals."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from genwerkt_desktop.ui.lock import LockController, LockReason, SessionWatcher
from genwerkt_desktop.ui.settings import IDLE_LOCK_MINUTES, AppSettings
from tests.fakes import FixedClock


@pytest.fixture
def controller(
    qapp: QApplication, fixed_clock: FixedClock, app_settings: AppSettings
) -> Iterator[LockController]:
    lock = LockController(fixed_clock, app_settings, qapp)
    yield lock
    lock.shutdown()
    lock.deleteLater()


def test_idle_minutes_from_the_settings(
    controller: LockController, fixed_clock: FixedClock, app_settings: AppSettings
) -> None:
    asked: list[str] = []
    controller.lock_requested.connect(asked.append)
    controller.arm()
    fixed_clock.advance(minutes=4, seconds=59)
    assert not controller.check()
    fixed_clock.advance(seconds=1)
    assert controller.check()
    assert asked == [LockReason.IDLE]
    assert not controller.is_armed()  # asks once; the window arms it again after unlock

    app_settings.set(IDLE_LOCK_MINUTES, 30)
    controller.arm()
    fixed_clock.advance(minutes=29)
    controller.timer.timeout.emit()
    assert asked == [LockReason.IDLE]


def test_key_and_mouse_activity_restart_the_count(
    qtbot: QtBot, controller: LockController, fixed_clock: FixedClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    controller.arm()
    fixed_clock.advance(minutes=4)
    qtbot.keyClicks(field, "a")
    fixed_clock.advance(minutes=4)
    assert not controller.check()
    qtbot.mouseMove(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    fixed_clock.advance(minutes=4)
    assert not controller.check()
    fixed_clock.advance(minutes=1)
    assert controller.check()


def test_not_armed_never_asks(controller: LockController, fixed_clock: FixedClock) -> None:
    fixed_clock.advance(hours=3)
    assert not controller.check()


def test_session_signals_only_count_while_armed(
    qapp: QApplication, fixed_clock: FixedClock, app_settings: AppSettings
) -> None:
    watcher = SessionWatcher(platform="none")
    lock = LockController(fixed_clock, app_settings, qapp, watcher=watcher)
    asked: list[str] = []
    lock.lock_requested.connect(asked.append)
    watcher.onPrepareForSleep(True)
    assert asked == []
    lock.arm()
    watcher.onPrepareForSleep(False)  # waking up: nothing to do
    watcher.onSessionLock()
    assert asked == [LockReason.SESSION]
    lock.shutdown()


def test_without_dbus_the_watcher_does_nothing(qapp: QApplication) -> None:
    def no_bus() -> None:
        raise RuntimeError("no bus here")

    watcher = SessionWatcher(system_bus=no_bus, session_bus=lambda: None, platform="linux")
    assert watcher.start() == []
    assert SessionWatcher(platform="darwin").start() == []


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    # .ci/run installs Debian's dbus; on a desktop it is always there.
    assert daemon is not None, "dbus-daemon is needed for this test (Debian package dbus)"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        process.terminate()
        process.wait(5)


def test_prepare_for_sleep_on_the_bus_asks_for_a_lock(qapp: QApplication, private_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listener = QDBusConnection.connectToBus(private_bus, "genwerkt-test-listener")
    logind = QDBusConnection.connectToBus(private_bus, "genwerkt-test-logind")
    assert logind.registerService("org.freedesktop.login1")
    watcher = SessionWatcher(
        system_bus=lambda: listener, session_bus=lambda: None, platform="linux"
    )
    assert "login1:PrepareForSleep" in watcher.start()
    heard: list[str] = []
    watcher.locking.connect(heard.append)

    signal = QDBusMessage.createSignal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
    )
    signal.setArguments([True])
    assert logind.send(signal)
    deadline = time.monotonic() + 5
    while not heard and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert heard == [LockReason.SUSPEND]
    QDBusConnection.disconnectFromBus("genwerkt-test-listener")
    QDBusConnection.disconnectFromBus("genwerkt-test-logind")
