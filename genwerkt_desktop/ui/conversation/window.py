"""What the main window changes while the coach is with a client.

The idle lock waits the conversation setting; the areas that list every client (Cliënten
as a list, Agenda, Sociale kaart, Team) and the tools that open a window naming clients
(restoring a backup, the log, the retention list, team sync) are out of reach and out of
sight, their shortcuts included, and so is the navigation bar: the conversation bar holds
Vergrendelen meanwhile, and Ctrl+L stays.  Afterwards everything is as before: the action
groups remember what each action was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.ui.lock import LockController


class WindowDuringConversation:
    def __init__(
        self,
        lock: LockController,
        groups: Sequence[QActionGroup],
        menus: Sequence[QAction],
        bars: Sequence[QWidget] = (),
    ) -> None:
        self._lock = lock
        self._groups = tuple(groups)
        self._menus = tuple(menus)
        self._bars = tuple(bars)
        self._on = False

    def apply(self, on: bool) -> None:
        """With the client (True) or back at the desk (False)."""
        if on == self._on:
            return
        self._on = on
        self._lock.set_conversation(on)
        for group in self._groups:
            group.setEnabled(not on)
            group.setVisible(not on)
        for menu in self._menus:
            menu.setVisible(not on)
        for bar in self._bars:
            bar.setVisible(not on)

    def is_on(self) -> bool:
        return self._on
