"""Import what an open vault needs, on a thread of its own, from the start of the process.

The database layer (SQLAlchemy, Alembic), every service and every view take most of a
second to import.  The unlock page needs none of them, so the window comes up without
them; this thread imports them meanwhile.  It is not the worker: an unlock submitted
while the imports still run starts its key derivation at once and, at worst, waits only
for the one module it needs next.

Imports only.  Nothing here touches a widget or any other Qt object: those belong to the
GUI thread.  Importing twice costs nothing, so whoever opens a vault first simply imports
what is still missing.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

# On Linux the thread runs at a lower priority: while the window and the unlock page are
# built, and while the key is derived, those get the processor first (measured: the unlock
# page came up ~0.3 s later with the imports at full priority on a busy two-core laptop).
LINUX_NICENESS = 10

_lock = threading.Lock()
_thread: threading.Thread | None = None


def start_preload() -> threading.Thread:
    """Start the imports (once per process); the thread, so a caller may wait for it."""
    global _thread
    with _lock:
        if _thread is None:
            # A daemon: closing the window right away never waits for the imports.
            _thread = threading.Thread(target=_preload, name="genwerkt-preload", daemon=True)
            _thread.start()
        return _thread


def _lower_priority() -> None:
    if sys.platform.startswith("linux"):  # a thread id is a task id there, not elsewhere
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LINUX_NICENESS)
        except OSError as exc:
            log.info("lagere prioriteit voor het vooraf laden lukte niet: %s", exc.strerror)


def _preload() -> None:
    _lower_priority()
    try:
        from genwerkt_desktop.services.vault import preload

        preload()
        # The page check after unlock, the team session, and every view of the work area.
        import genwerkt_desktop.services.backups
        import genwerkt_desktop.ui.team.session
        import genwerkt_desktop.ui.work_area  # noqa: F401
    except Exception as exc:
        # Only an early import: opening the vault imports it again and reports it.
        log.warning("vooraf laden mislukt: %s", type(exc).__name__)
