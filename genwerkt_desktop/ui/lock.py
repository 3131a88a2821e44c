"""When to lock the vault: after idle minutes, and when the session locks or the machine sleeps.

:class:`LockController` only *decides*; the main window does the locking (save, clear,
close the vault).  Idle time is measured with the injected :class:`Clock`: an application
event filter notes the moment of the last key or mouse event, and a :class:`QTimer`
regularly compares it with ``clock.now()``.  While the coach is with a client
(conversation mode, :meth:`LockController.set_conversation`) the limit is the longer
conversation setting, never above an hour; every unlock starts at the ordinary one.  A
test moves a fake clock and calls :meth:`LockController.check` (or fires the timer)
instead of waiting.

:class:`SessionWatcher` hears the operating system:

- Linux: over D-Bus (QtDBus) on the system bus, ``org.freedesktop.login1``:
  ``Manager.PrepareForSleep(true)`` (suspend, hibernate) and ``Session.Lock`` of our own
  session; on the session bus the screensaver's ``ActiveChanged(true)``
  (``org.freedesktop.ScreenSaver``, ``org.gnome.ScreenSaver``).  No bus, no logind, a
  sandbox that forbids it: each source is skipped silently.
- Windows: a native event filter sees ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` (the
  machine is about to sleep) and, once the window registered with
  ``WTSRegisterSessionNotification``, ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK``
  (Win+L, the lock screen).
- macOS and others: Qt offers no signal for a locked screen or a coming sleep there
  (``QGuiApplication.applicationStateChanged`` only says the app lost focus, which is no
  lock).  The idle lock and Ctrl+L remain; after a sleep the idle check fires at once,
  since the clock moved on.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.settings import CONVERSATION_LOCK_MINUTES, AppSettings

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 15_000

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class LockReason:
    IDLE = "idle"
    SUSPEND = "suspend"
    SESSION = "session"


class LockController(QObject):
    """Asks for a lock after the configured idle minutes; armed only while unlocked."""

    lock_requested = Signal(str)  # a LockReason

    def __init__(
        self,
        clock: Clock,
        settings: AppSettings,
        app: QCoreApplication,
        *,
        watcher: SessionWatcher | None = None,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._armed = False
        self._conversation = False
        self._last_activity = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self._app = app
        app.installEventFilter(self)
        self.watcher = watcher
        if watcher is not None:
            watcher.locking.connect(self._on_session_locking)

    def arm(self) -> None:
        """The vault is open: start counting idle time from now, with the ordinary limit."""
        self._armed = True
        self._conversation = False
        self._last_activity = self._clock.now()
        self.timer.start()

    def disarm(self) -> None:
        self._armed = False
        self.timer.stop()

    def is_armed(self) -> bool:
        return self._armed

    def set_conversation(self, on: bool) -> None:
        """The coach is with a client (True) or back at the desk (False)."""
        self._conversation = on

    def in_conversation(self) -> bool:
        return self._conversation

    def idle_limit(self) -> timedelta:
        if self._conversation:
            minutes = min(
                self._settings.conversation_lock_minutes, CONVERSATION_LOCK_MINUTES.maximum
            )
            return timedelta(minutes=minutes)
        return timedelta(minutes=self._settings.idle_lock_minutes)

    def idle_for(self) -> timedelta:
        return self._clock.now() - self._last_activity

    def note_activity(self) -> None:
        self._last_activity = self._clock.now()

    @Slot()
    def check(self) -> bool:
        """Ask for a lock when the coach was idle too long; True when it asked."""
        if not self._armed or self.idle_for() < self.idle_limit():
            return False
        self.disarm()
        self.lock_requested.emit(LockReason.IDLE)
        return True

    def shutdown(self) -> None:
        self.disarm()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in ACTIVITY_EVENTS:
            self._last_activity = self._clock.now()
        return False

    def _on_session_locking(self, reason: str) -> None:
        if self._armed:
            self.disarm()
            self.lock_requested.emit(reason)


# --------------------------------------------------------------------------- the OS


BusFactory = Callable[[], Any]  # returns a connected QDBusConnection, or None

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
DBUS_TIMEOUT_MS = 1000


def _system_bus() -> Any:
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.systemBus()


def _session_bus() -> Any:
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.sessionBus()


class SessionWatcher(QObject):
    """Says when the operating system locks the session or is about to sleep.

    ``start()`` attaches every source this platform offers and returns their names;
    anything missing is skipped without a word.  The bus factories are injectable so
    a test can point them at a private bus.
    """

    locking = Signal(str)  # LockReason.SUSPEND or LockReason.SESSION

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: BusFactory | None = None,
        session_bus: BusFactory | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self._system_bus = system_bus or _system_bus
        self._session_bus = session_bus or _session_bus
        self._platform = platform
        self._native: _WindowsSessionFilter | None = None
        self.sources: list[str] = []

    def start(self) -> list[str]:
        try:
            if self._platform.startswith("linux") or "bsd" in self._platform:
                self._attach_dbus()
            elif self._platform == "win32":
                self._attach_windows()
        except Exception as exc:  # never let the OS plumbing break the app
            log.info("sessiebewaking niet beschikbaar: %s", type(exc).__name__)
        return list(self.sources)

    def watch_window(self, win_id: int) -> None:
        """Windows: ask for session-change messages for this top-level window."""
        if self._native is None:
            return
        try:
            import ctypes

            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if wtsapi.WTSRegisterSessionNotification(win_id, 0):  # NOTIFY_FOR_THIS_SESSION
                self.sources.append("windows:session")
        except Exception as exc:
            log.info("sessiemeldingen niet beschikbaar: %s", type(exc).__name__)

    # -- slots called by D-Bus (the names are in the match rules below)

    @Slot(bool)
    def onPrepareForSleep(self, starting: bool) -> None:
        if starting:
            self.locking.emit(LockReason.SUSPEND)

    @Slot()
    def onSessionLock(self) -> None:
        self.locking.emit(LockReason.SESSION)

    @Slot(bool)
    def onScreenSaverActive(self, active: bool) -> None:
        if active:
            self.locking.emit(LockReason.SESSION)

    # -- Linux

    def _attach_dbus(self) -> None:
        try:
            import PySide6.QtDBus  # noqa: F401  (absent in some builds)
        except ImportError:
            return
        system = self._bus(self._system_bus)
        if system is not None:
            if system.connect(
                LOGIN1,
                LOGIN1_PATH,
                LOGIN1_MANAGER,
                "PrepareForSleep",
                self,
                SLOT("onPrepareForSleep(bool)"),
            ):
                self.sources.append("login1:PrepareForSleep")
            session_path = self._own_session_path(system)
            if session_path and system.connect(
                LOGIN1, session_path, LOGIN1_SESSION, "Lock", self, SLOT("onSessionLock()")
            ):
                self.sources.append("login1:Session.Lock")
        session = self._bus(self._session_bus)
        if session is not None:
            for service, path, interface in SCREENSAVERS:
                if session.connect(
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    SLOT("onScreenSaverActive(bool)"),
                ):
                    self.sources.append(f"{service}:ActiveChanged")

    @staticmethod
    def _bus(factory: BusFactory) -> Any:
        try:
            bus = factory()
        except Exception:
            return None
        return bus if bus is not None and bus.isConnected() else None

    @staticmethod
    def _own_session_path(bus: Any) -> str | None:
        """The object path of our own logind session ("auto": the caller's session)."""
        from PySide6.QtDBus import QDBusMessage

        session_id = os.environ.get("XDG_SESSION_ID") or "auto"
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        call.setArguments([session_id])
        reply = bus.call(call, timeout=DBUS_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        path = reply.arguments()[0]
        text = path.path() if hasattr(path, "path") else str(path)
        return text or None

    # -- Windows

    def _attach_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native = _WindowsSessionFilter(self.locking.emit)
        app.installNativeEventFilter(self._native)
        self.sources.append("windows:power")


WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x0007


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, emit: Callable[[str], None]) -> None:
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        try:
            if bytes(event_type) != b"windows_generic_MSG":
                return False, 0
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._emit(LockReason.SUSPEND)
            elif msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._emit(LockReason.SESSION)
        except Exception:
            pass
        return False, 0
