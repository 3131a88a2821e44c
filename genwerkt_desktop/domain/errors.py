"""The failures a user can meet, each with the exit code CLI.md gives it.

Messages are Dutch, one line, and never carry client content.
"""

from __future__ import annotations


class GenwerktError(Exception):
    """Base of every expected failure; anything else is a bug (exit 1)."""

    exit_code = 1


class StateError(GenwerktError):
    """Usage, or the state does not allow it (store exists, store missing, not found)."""

    exit_code = 2


class InvalidInput(GenwerktError):
    """Input that breaks the exchange format; nothing was written."""

    exit_code = 3

    def __init__(self, source: str, json_path: str, message: str) -> None:
        self.source = source
        self.json_path = json_path
        self.detail = message
        super().__init__(f"{source}: {json_path}: {message}")


class IntegrityFailure(GenwerktError):
    """The store or a backup is damaged or tampered with."""

    exit_code = 4


class WrongPassphrase(GenwerktError):
    """The passphrase (or recovery code) does not open this vault."""

    exit_code = 5

    def __init__(self, message: str = "verkeerde wachtzin") -> None:
        super().__init__(message)
