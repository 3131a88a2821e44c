"""The short wait at start while a remembered key is tried."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.ui.vault.page import Page


class CheckingPage(Page):
    """Shown briefly at start while the remembered key is tried."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VaultScreens", "Even geduld"), "", parent)
        self.set_busy(True, QCoreApplication.translate("VaultScreens", "De kluis wordt gezocht…"))
