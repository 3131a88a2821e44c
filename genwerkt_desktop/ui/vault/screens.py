"""Every start page in one stack, one shown at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from genwerkt_desktop.ui.vault.checking_page import CheckingPage
from genwerkt_desktop.ui.vault.create_page import CreatePage
from genwerkt_desktop.ui.vault.demo_offer_page import DemoOfferPage
from genwerkt_desktop.ui.vault.page import Page
from genwerkt_desktop.ui.vault.recover_page import RecoverPage
from genwerkt_desktop.ui.vault.recovery_code_page import RecoveryCodePage
from genwerkt_desktop.ui.vault.unlock_page import UnlockPage


class VaultScreens(QStackedWidget):
    """Every start page, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultScreens")
        self.checking = CheckingPage(self)
        self.create = CreatePage(self)
        self.recovery_code = RecoveryCodePage(self)
        self.demo_offer = DemoOfferPage(self)
        self.unlock = UnlockPage(self)
        self.recover = RecoverPage(self)
        for page in (
            self.checking,
            self.create,
            self.recovery_code,
            self.demo_offer,
            self.unlock,
            self.recover,
        ):
            self.addWidget(page)

    def show_page(self, page: Page) -> None:
        self.setCurrentWidget(page)
