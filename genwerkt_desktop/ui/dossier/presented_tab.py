"""The page contract of a dossier tab whose presenter does the work.

Every tab is a view with a presenter beside it; what the workspace asks of a tab (show
this dossier, keep your own change, forget) goes to the presenter in the same three
words, written here once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.model import Dossier

from .read_only import lock_editing


class TabPresenter(Protocol):
    def show(self, dossier: Dossier) -> None: ...

    def keep(self, dossier: Dossier) -> None: ...

    def clear(self) -> None: ...


class PresentedTab:
    """Mixed in before the tab's view: ``class ContactsTab(PresentedTab, ContactsView)``."""

    presenter: TabPresenter

    def set_dossier(self, dossier: Dossier) -> None:
        self.presenter.show(dossier)

    def keep(self, dossier: Dossier) -> None:
        self.presenter.keep(dossier)

    def clear(self) -> None:
        self.presenter.clear()

    def set_read_only(self, read_only: bool) -> None:
        """A colleague holds this dossier: read, never edit (see ``read_only``)."""
        assert isinstance(self, QWidget)
        lock_editing(self, read_only)
