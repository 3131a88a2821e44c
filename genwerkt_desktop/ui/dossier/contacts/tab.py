"""Contactmomenten: every meeting, visit and call with its note, and the note editor.

The table is a model: 500 contacts are 500 rows of data.  The page is the view, with its
presenter beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from genwerkt_desktop.domain.changes import Part
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.controller import DossierController
from genwerkt_desktop.ui.dossier.presented_tab import PresentedTab

from .presenter import ContactsPresenter
from .view import ContactsView


class ContactsTab(PresentedTab, ContactsView):
    parts = frozenset({Part.CONTACTS})

    def __init__(
        self,
        controller: DossierController,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = ContactsPresenter(self, controller, dialogs, clock, initiator=self)
        self.presenter.clear()

    # -- DossierPage

    def commit_pending(self) -> None:
        self.presenter.save_pending()

    # -- what the workspace asks of the contacts

    def new_note(self) -> None:
        self.presenter.new_note()

    def save(self) -> None:
        self.presenter.save()

    def save_pending(self) -> None:
        self.presenter.save_pending()

    def has_unsaved_note(self) -> bool:
        return self.presenter.has_unsaved_note()

    def open_dialog(self) -> QDialog | None:
        return self.presenter.open_dialog()
