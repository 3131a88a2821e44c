"""The areas of an unlocked vault, by number (the main window's page and menu order).

Its own small module: the main window needs the names before any vault is open, and the
work area (which imports every view) is only imported once one is.
"""

from __future__ import annotations

from enum import IntEnum


class Area(IntEnum):
    CLIENTS = 0
    AGENDA = 1
    DIRECTORY = 2
    TEAM = 3  # only shown when the vault is linked to a team
