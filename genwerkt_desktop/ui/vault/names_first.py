"""One unlock with the passphrase, from Enter to the hand-over: the client list's names,
read by the worker right after the key, go to the window before the store is opened the
full way (``VaultService.unlock_with_names``).

Meanwhile the preload thread and the garbage collector wait (the processors go to the key
and the first list), and the worker waits until the names are painted.  A lock while only
the names are up withdraws them, and the vault that comes is closed, never shown.
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.ui.preload import Preload

if TYPE_CHECKING:
    from genwerkt_desktop.services.client_list import ClientSummary

# The worker waits at most this long for the window to paint the names it read, before
# it goes on opening the store (normally a few tens of milliseconds).
FIRST_LIST_WAIT_S = 1.0


class NamesFirst(QObject):
    names_read = Signal(object)  # a list of ClientSummary, for the window to show
    names_withdrawn = Signal()  # the unlock failed after them, or the coach locked
    # From the worker: the names, and the event it waits on until they are shown.
    _from_worker = Signal(object, object)

    def __init__(self, preload: Preload, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preload = preload
        self._shown: threading.Event | None = None  # the worker waits on it
        self._out = False  # names_read was said, neither handed over nor withdrawn yet
        self._cancelled = False  # locked while the names were up: close, not show
        self._collector_paused = False
        self._closing = False
        self._from_worker.connect(self._show)

    def begin(self) -> None:
        """Enter: the preload thread waits at its next module, the collector waits."""
        self._preload.pause_for_first_list()
        if gc.isenabled():  # the names are thousands of new objects and no garbage
            gc.disable()
            self._collector_paused = True

    def in_worker(self, names: list[ClientSummary] | None) -> None:
        """In the worker, after the key and the names, before the store is opened the
        full way: the names to the window, then what the rest needs is imported."""
        if names is not None and not self._closing and self._preload.first_screen_ready():
            shown = threading.Event()
            self._from_worker.emit(names, shown)
            shown.wait(FIRST_LIST_WAIT_S)
        self._preload.require()

    def _show(self, names: list[ClientSummary], shown: threading.Event) -> None:
        if self._closing or self._cancelled:
            shown.set()
            return
        self._shown = shown
        self._out = True
        self.names_read.emit(names)

    def shown(self) -> None:
        """The window painted the names (or cannot show them): the worker goes on."""
        self._resume_collector()
        shown, self._shown = self._shown, None
        if shown is not None:
            shown.set()

    def handed_over(self) -> None:
        self._out = False

    def end(self) -> bool:
        """The unlock's answer came; True when the coach locked while the names were up
        (the vault, if any, is then closed and never shown)."""
        self._resume_collector()
        cancelled, self._cancelled = self._cancelled, False
        return cancelled

    def withdraw(self) -> None:
        self.shown()
        if self._out:
            self._out = False
            self.names_withdrawn.emit()

    def cancel(self) -> None:
        """The coach locked while only the names were up."""
        if self._out:
            self._cancelled = True
            self.withdraw()

    def close(self) -> None:
        """The window closes: a worker waiting for the paint goes on at once."""
        self._closing = True
        self.shown()

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()
