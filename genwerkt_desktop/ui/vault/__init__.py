"""The start pages: make a new vault, show its recovery code, open it, recover it.

One file per page; the pages are plain views that show what they are told and emit what
the coach asked for.  :class:`VaultController` does the work (through the
:class:`TaskRunner`, since Argon2 takes about half a second) and decides which page
comes next.
"""

from genwerkt_desktop.ui.vault.controller import VaultController
from genwerkt_desktop.ui.vault.failure import describe_failure
from genwerkt_desktop.ui.vault.screens import VaultScreens

__all__ = ["VaultController", "VaultScreens", "describe_failure"]
