"""Import what an open vault needs, on a thread of its own, from the start of the process.

The database layer (SQLAlchemy), every service and the first screen's views take about
half a second to import.  The unlock page needs none of them, so the window comes up
without them; this thread imports them meanwhile, in two parts:

1. what opening the vault and painting the client list need (``FOR_THE_LIST``), at the
   priority of the rest of the program: an unlock submitted early (the coach typed ahead)
   waits for exactly these, while its key is derived on the worker (Argon2 lets go of
   the interpreter, so the two run side by side);
2. what the coach opens next (the other dossier tabs, Agenda, Sociale kaart, Team), at a
   lower priority, and not while an unlock reads the store for the first screen
   (:meth:`Preload.hold`): a thread importing takes the interpreter back every time the
   database lets go of it, and the first reads of the list would crawl.

The worker that opens a vault calls :meth:`Preload.require` before handing it over: it
waits for the first part (never imports beside it: two threads importing the same modules
can trip over each other's circular imports), so the main window builds the work area
without waiting for an import on the GUI thread; a module that cannot be imported is a
:class:`LoadFailure`, said on the unlock page, and the vault stays closed.

Imports only.  Nothing here touches a widget or any other Qt object: those belong to the
GUI thread.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
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
# The worker never waits longer than this for the preload thread; it then imports itself
# (and so waits only for a module that is still being imported there).
REQUIRE_WAIT_AT_MOST_S = 60.0

# First of all: what the unlock reads the client list's names with before the database
# layer is there (VaultService.unlock_with_names), so that read never imports a module
# this thread is importing too.
BEFORE_THE_STORE = (
    "genwerkt_desktop.store.lean_read",
    "genwerkt_desktop.services.client_list",
)
# After the store and every service (services.vault.preload), in this order.
FOR_THE_LIST = (
    "genwerkt_desktop.services.backups",  # the page check right after unlocking
    "genwerkt_desktop.ui.team.session",
    "genwerkt_desktop.ui.clients.panel",
    "genwerkt_desktop.ui.dossier.workspace",
    "genwerkt_desktop.ui.work_area",
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
    """The imports of one process: the thread, what the unlock waits for, the hold."""

    def __init__(
        self,
        for_the_list: Sequence[str] = FOR_THE_LIST,
        for_later: Sequence[str] = FOR_LATER,
        *,
        hold_at_most_s: float = HOLD_AT_MOST_S,
    ) -> None:
        self._for_the_list = tuple(for_the_list)
        self._for_later = tuple(for_later)
        self._hold_at_most_s = hold_at_most_s
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._list_ready = threading.Event()  # the first part is done (or failed)
        self._go_on = threading.Event()  # cleared by hold(): the second part waits
        self._go_on.set()

    def start(self) -> threading.Thread:
        """Start the imports (once); the thread, so a caller may wait for it."""
        with self._lock:
            if self._thread is None:
                # A daemon: closing the window right away never waits for the imports.
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
            return self._thread

    def require(self) -> None:
        """What the first screen of an open vault needs, imported when this returns.

        For a worker about to hand a vault over: waits for the first part of the thread
        (starting it if nobody did), then makes sure of every module; ``LoadFailure`` when
        one cannot be imported."""
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
        self._go_on.set()

    def _import_for_the_list(self) -> None:
        for name in BEFORE_THE_STORE:
            importlib.import_module(name)
        from genwerkt_desktop.services.vault import preload

        preload()  # the store and every service, as the services layer knows them
        for name in self._for_the_list:
            importlib.import_module(name)

    def _run(self) -> None:
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
