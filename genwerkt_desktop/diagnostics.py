"""The log file: what happened and which error, never what a dossier says.

One rotating file per program in the platform's log folder (platformdirs'
``user_log_dir``).  Lines carry an event kind and, for a failure, the error's type and
where in our code it happened; never an exception's message or a variable's value, since
those can hold a client's name, a file name or a note.  An uncaught exception and a hard
crash (``faulthandler``) end up there too, so a coach can hand the file to IT without
breaking professional secrecy.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Final

import platformdirs

from genwerkt_desktop import APP_NAME

LOG_BYTES: Final = 512 * 1024
LOG_BACKUPS: Final = 3
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_ExcInfo = tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
_handlers: dict[Path, logging.Handler] = {}
_crash_files: list[IO[str]] = []


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _ContentFreeFormatter(logging.Formatter):
    """Tracebacks as frames and the error's type only: an exception's text may quote
    client content (a name in a path, a field in a message), so it never reaches the log."""

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:  # type: ignore[override]
        kind, _value, tb = ei
        return describe_failure(kind, tb)


def describe_failure(kind: type[BaseException] | None, tb: TracebackType | None) -> str:
    """``TypeName`` and the frames (file, line, function) that led to it; no values."""
    frames = [
        f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]
    name = kind.__name__ if kind is not None else "?"
    return "\n".join([f"fout van het type {name}", *frames])


def start_logging(program: str, folder: Path | None = None) -> Path:
    """Log ``program``'s events to a rotating file in ``folder``; return the file's path.

    Safe to call more than once (the command line runs many times in one test process).
    """
    folder = folder or default_log_dir()
    path = folder / f"{program}.log"
    if path in _handlers:
        return path
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=False
    )
    if os.name == "posix":
        os.chmod(path, 0o600)
    handler.setFormatter(_ContentFreeFormatter(_FORMAT))
    root = logging.getLogger("genwerkt_desktop")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handlers[path] = handler
    return path


def stop_logging(path: Path) -> None:
    handler = _handlers.pop(path, None)
    if handler is not None:
        logging.getLogger("genwerkt_desktop").removeHandler(handler)
        handler.close()


def catch_crashes(folder: Path | None = None) -> Path:
    """A hard crash (segfault, abort) writes the stack of every thread to crash.log."""
    folder = folder or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.log"
    stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    if os.name == "posix":
        os.chmod(path, 0o600)
    _crash_files.append(stream)
    faulthandler.enable(file=stream, all_threads=True)
    return path


def log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """What ``sys.excepthook`` does with an exception nobody caught: log it, content-free."""
    logging.getLogger("genwerkt_desktop").error("onverwachte fout\n%s", describe_failure(kind, tb))
    if sys.stderr is not None:
        print(describe_failure(kind, tb), file=sys.stderr)
