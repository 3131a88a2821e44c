"""Which part of a dossier a write touched, so each view refreshes only what changed.

A write that names its parts lets the open dossier read back just those parts (a saved
note: the contacts, not the whole dossier in fourteen queries) and leaves every other
tab alone.  A write that names none changed the dossier as a whole.
"""

from __future__ import annotations

from enum import StrEnum


class Part(StrEnum):
    CONTACTS = "contacts"  # contact moments and their notes
