"""One reading of what went wrong, for the command line and the desktop alike.

A database error from the driver, or a file the system would not write, becomes the
user's error with its exit code; anything else stays what it is (a bug).
"""

from __future__ import annotations

from pathlib import Path

from genwerkt_desktop.domain.errors import GenwerktError
from genwerkt_desktop.store.engine import DRIVER_ERRORS
from genwerkt_desktop.store.failures import translate_database_error
from genwerkt_desktop.store.files import as_state_error


def user_error(exc: BaseException) -> GenwerktError | None:
    """The user's error for ``exc``, or None when it is a bug."""
    if isinstance(exc, GenwerktError):
        return exc
    if isinstance(exc, DRIVER_ERRORS):
        return translate_database_error(exc)
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        return as_state_error(exc, Path(exc.filename or "?"))
    return None
