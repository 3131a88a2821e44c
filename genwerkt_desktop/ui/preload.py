"""Import what an open vault needs, on a thread of its own, from the start of the process.

The database layer (SQLAlchemy), every service and the first screen's views take about
half a second to import.  The unlock page needs none of them, so the window comes up
without them; this thread imports them meanwhile, in two parts:

1. what opening the vault and the first screen need, at the priority of the rest of the
   program.  First what reads the client list's names on a bare keyed connection
   (``BEFORE_THE_STORE``) and the frame and list that show them (``FIRST_SCREEN``):
   neither needs the database layer.  Then the store, every service and what the work
   area needs once it has the open vault (``FOR_THE_LIST``);
2. what the coach opens next (the other dossier tabs, Agenda, Sociale kaart, Team), at a
   lower priority, and not while an unlock reads the store for the first screen
   (:meth:`Preload.hold`): a thread importing takes the interpreter back every time the
   database lets go of it, and the first reads of the list would crawl.

An unlock submitted early (the coach typed ahead) derives its key while this thread is
still importing.  Argon2 takes both processors, so the two would slow each other down:
:meth:`Preload.pause_for_first_list` makes the thread wait at its next module (once the
first screen's are in) until the key is derived and the names are on screen.  The worker
then calls :meth:`Preload.require` before it opens the store the full way: that ends the
pause and waits for the first part (never importing beside it: two threads importing the
same modules can trip over each other's circular imports), so the main window completes
the work area without waiting for an import on the GUI thread; a module that cannot be
imported is a :class:`LoadFailure`, said on the unlock page, and the vault stays closed.

Imports only.  Nothing here touches a widget or any other Qt object: those belong to the
GUI thread.
"""

from __future__ import annotations

import gc
import importlib
import importlib.abc
import importlib.machinery
import logging
import os
import sys
import threading
import time
import types
from collections.abc import Sequence

log = logging.getLogger(__name__)

THREAD_NAME = "genwerkt-preload"
# On Linux the second part runs at a lower priority: the coach's work gets the processor
# first.  (A thread cannot take a lowered priority back, so the first part, which an early
# unlock waits for, runs at the normal one.)
LINUX_NICENESS = 10
# A hold is a courtesy to the first reads of the store, never a reason to stop: after this
# long the second part goes on anyway.
HOLD_AT_MOST_S = 5.0
# A pause for the first list (pause_for_first_list) never lasts longer than this: the key
# derivation and the names take about half a second.
PAUSE_AT_MOST_S = 2.0
# The worker never waits longer than this for the preload thread; it then imports itself
# (and so waits only for a module that is still being imported there).
REQUIRE_WAIT_AT_MOST_S = 60.0

# First of all: what the unlock reads the client list's names with before the database
# layer is there (VaultService.unlock_with_names), so that read never imports a module
# this thread is importing too.
BEFORE_THE_STORE = (
    "genwerkt_desktop.store.lean_read",
    "genwerkt_desktop.store.page_check_record",  # looked at before every open
    "genwerkt_desktop.store.wal",
    "genwerkt_desktop.services.client_list",
)
# Then the first screen's frame and its list, shown with those names: without the
# database layer (a test holds them to that).
FIRST_SCREEN = ("genwerkt_desktop.ui.work_area",)
# After the store and every service (services.vault.preload), in this order: what the
# work area needs once it has the open vault (WorkArea.attach).
FOR_THE_LIST = (
    "genwerkt_desktop.services.backups",  # the page check right after unlocking
    "genwerkt_desktop.ui.team.session",
    "genwerkt_desktop.ui.clients.presenter",
    "genwerkt_desktop.ui.dossier.workspace",
)
FOR_LATER = (
    "genwerkt_desktop.ui.dossier.contacts",
    "genwerkt_desktop.ui.dossier.domains",
    "genwerkt_desktop.ui.dossier.inner",
    "genwerkt_desktop.ui.dossier.ecogram",
    "genwerkt_desktop.ui.dossier.balance",
    "genwerkt_desktop.ui.dossier.pop",
    "genwerkt_desktop.ui.dossier.collaboration",
    "genwerkt_desktop.ui.dossier.together",
    "genwerkt_desktop.ui.dossier.closure",
    "genwerkt_desktop.ui.agenda.view",
    "genwerkt_desktop.ui.directory.view",
    "genwerkt_desktop.ui.team.area",
)


class LoadFailure(Exception):
    """A part of genwerkt could not be imported: the installation is damaged."""

    def __init__(self, module: str) -> None:
        super().__init__(module)
        self.module = module


class Preload:
    """The imports of one process: the thread, what the unlock waits for, the pauses."""

    def __init__(
        self,
        for_the_list: Sequence[str] = FOR_THE_LIST,
        for_later: Sequence[str] = FOR_LATER,
        *,
        hold_at_most_s: float = HOLD_AT_MOST_S,
        pause_at_most_s: float = PAUSE_AT_MOST_S,
    ) -> None:
        self._for_the_list = tuple(for_the_list)
        self._for_later = tuple(for_later)
        self._hold_at_most_s = hold_at_most_s
        self._pause_at_most_s = pause_at_most_s
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._screen_ready = threading.Event()  # the first screen's modules are in
        self._list_ready = threading.Event()  # the first part is done (or failed)
        self._go_on = threading.Event()  # cleared by hold(): the second part waits
        self._go_on.set()
        self._unpaused = threading.Event()  # cleared by pause_for_first_list()
        self._unpaused.set()
        self._paused_at = 0.0

    def start(self) -> threading.Thread:
        """Start the imports (once); the thread, so a caller may wait for it."""
        with self._lock:
            if self._thread is None:
                # A daemon: closing the window right away never waits for the imports.
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
            return self._thread

    def first_screen_ready(self) -> bool:
        """Wait until the first screen's modules are imported (the thread was started by
        the app); False when that took too long or failed."""
        self.start()
        return self._screen_ready.wait(REQUIRE_WAIT_AT_MOST_S) and _imported(FIRST_SCREEN)

    def pause_for_first_list(self) -> None:
        """An unlock with the passphrase begins: from the next module on (once the first
        screen's are in) the thread waits, so the processors go to the key derivation and
        the first list, until :meth:`require` (or ``PAUSE_AT_MOST_S`` at most).  Only
        between two modules: a module half imported would hold back whoever needs it."""
        self._paused_at = time.monotonic()
        self._unpaused.clear()

    def require(self) -> None:
        """What the first screen of an open vault needs, imported when this returns.

        For a worker about to hand a vault over: ends a pause, waits for the first part
        of the thread (starting it if nobody did), then makes sure of every module;
        ``LoadFailure`` when one cannot be imported."""
        self._unpaused.set()
        self.start()
        self._list_ready.wait(REQUIRE_WAIT_AT_MOST_S)
        try:
            self._import_for_the_list()
        except Exception as exc:
            module = getattr(exc, "name", None) or "?"  # an ImportError names the module
            log.error("een onderdeel kon niet geladen worden: %s (%s)", module, type(exc).__name__)
            raise LoadFailure(module) from exc

    def hold(self) -> None:
        """A vault is being opened: the second part waits (see the module's docstring)
        until :meth:`release`, or ``HOLD_AT_MOST_S`` at most."""
        self._go_on.clear()

    def release(self) -> None:
        """The worker is done opening (or failed): the second part, and a pause, end."""
        self._unpaused.set()
        self._go_on.set()

    def _import_for_the_list(self) -> None:
        for name in (*BEFORE_THE_STORE, *FIRST_SCREEN):
            importlib.import_module(name)
        self._screen_ready.set()
        from genwerkt_desktop.services.vault import preload

        preload()  # the store and every service, as the services layer knows them
        for name in self._for_the_list:
            importlib.import_module(name)

    def _wait_if_paused(self) -> None:
        """Called for every module the interpreter looks for (see _PauseFinder)."""
        if self._unpaused.is_set() or threading.current_thread() is not self._thread:
            return
        if not self._screen_ready.is_set():
            return  # the first screen needs these: on with them
        left = self._pause_at_most_s - (time.monotonic() - self._paused_at)
        if left > 0:
            self._unpaused.wait(left)

    def _run(self) -> None:
        finder = _PauseFinder(self)
        sys.meta_path.insert(0, finder)
        try:
            self._run_parts()
        finally:
            sys.meta_path.remove(finder)
            self._screen_ready.set()  # failed or not: nobody waits on it any longer

    def _run_parts(self) -> None:
        # Imports make objects that live on, and nothing to collect: a full pass of the
        # collector in between only walks what was loaded so far (50 of 500 ms).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._import_for_the_list()
        except Exception as exc:
            # Said when a vault opens (require imports it again); here only noted.
            log.warning("vooraf laden mislukt: %s", type(exc).__name__)
            return
        finally:
            _set_aside_what_was_loaded()
            if collecting:
                gc.enable()
            self._list_ready.set()
        _lower_priority()
        try:
            for name in self._for_later:
                self._go_on.wait(self._hold_at_most_s)
                importlib.import_module(name)
        except Exception as exc:
            # Opening that area or tab imports it again, and says so then.
            log.warning("vooraf laden mislukt: %s", type(exc).__name__)
        _set_aside_what_was_loaded()


class _PauseFinder(importlib.abc.MetaPathFinder):
    """First on ``sys.meta_path`` while the preload thread runs; it finds nothing.  The
    interpreter asks it before loading any module not yet loaded, so in the preload
    thread it is where a pause (:meth:`Preload.pause_for_first_list`) takes effect."""

    def __init__(self, preload: Preload) -> None:
        self._preload = preload

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        self._preload._wait_if_paused()
        return None


def _imported(names: Sequence[str]) -> bool:
    return all(name in sys.modules for name in names)


def _set_aside_what_was_loaded() -> None:
    """The modules just imported (classes, functions, tables) live as long as the process:
    moved out of the garbage collector's sight.  Else its next full pass walks them all
    again: 36 to 40 ms, which fell on the first list after an early unlock."""
    gc.freeze()


def _lower_priority() -> None:
    if sys.platform.startswith("linux"):  # a thread id is a task id there, not elsewhere
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LINUX_NICENESS)
        except OSError as exc:
            log.info("lagere prioriteit voor het vooraf laden lukte niet: %s", exc.strerror)


# The one the application uses; tests may build their own and hand it to the window.
PRELOAD = Preload()


def start_preload() -> threading.Thread:
    """Start the application's imports (once per process)."""
    return PRELOAD.start()
