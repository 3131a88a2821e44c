"""Conversation mode: the coach is with one client, and the screen is seen by the client.

Started by hand (Gesprek starten in the dossier's header) or from the quiet offer shown
when the dossier just opened has a planned contact now (``domain.conversation``).  While
it lasts the presenter says ``changed(True)``: the work area shows only this dossier, the
window hides whatever names other clients and the idle lock waits the conversation
setting.  Gesprek beëindigen says ``changed(False)``; the lock (the bar's button or
Ctrl+L) closes the vault, and the next unlock starts in the ordinary window.

Unlocking is not touched: the same unlock page, the same passphrase, no second secret.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton

from genwerkt_desktop.domain.belgian_time import clock_time
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.conversation import contact_now
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.ui.widgets.labels import contact_kind_labels, label_of

from .views import ConversationBar, ConversationOffer


class OpenDossier(Protocol):
    """What the presenter reads of the dossier on screen."""

    def current_client_id(self) -> str: ...

    def dossier(self) -> Dossier | None: ...


def offer_text(kind: str, time: str) -> str:
    return QCoreApplication.translate(
        "Conversation",
        "{kind} om {time}: dat is nu. Zit u bij de cliënt? Start dan het gesprek: alleen "
        "dit dossier blijft in beeld en het vergrendelen wacht langer.",
    ).format(kind=kind, time=time)


class ConversationPresenter(QObject):
    changed = Signal(bool)  # True: with the client; False: back to the ordinary window
    lock_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        dossier: OpenDossier,
        bar: ConversationBar,
        offer: ConversationOffer,
        start: QPushButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._dossier = dossier
        self._bar = bar
        self._offer = offer
        self._start = start
        self._client_id = ""
        bar.end_requested.connect(self.end)
        bar.lock_requested.connect(self.lock_requested)
        offer.start_requested.connect(self.start)
        offer.dismissed.connect(self.dismiss_offer)
        start.clicked.connect(self.start)

    def is_active(self) -> bool:
        return bool(self._client_id)

    def client_id(self) -> str:
        """The client the coach is with; "" outside a conversation."""
        return self._client_id

    def dossier_shown(self, client_id: str) -> None:
        """Another dossier on screen ("" none): offer the mode when its contact is now."""
        if self.is_active():
            return  # the work area lets no other dossier in while it lasts
        self._start.setVisible(bool(client_id))
        self._offer.withdraw()
        dossier = self._dossier.dossier()
        if not client_id or dossier is None or dossier.client.id != client_id:
            return
        contact = contact_now(dossier.contacts, self._clock.now())
        if contact is not None:
            kind = label_of(contact_kind_labels(), contact.kind)
            self._offer.offer(offer_text(kind, clock_time(contact.at)))
            self._start.hide()  # the offer holds the same button meanwhile

    def dismiss_offer(self) -> None:
        """Niet nu: the offer goes, Gesprek starten stays in the header."""
        self._offer.withdraw()
        self._start.setVisible(not self.is_active() and bool(self._dossier.current_client_id()))

    def start(self) -> None:
        """With the client of the dossier on screen, from now on."""
        client_id = self._dossier.current_client_id()
        if self.is_active() or not client_id:
            return
        self._client_id = client_id
        self._offer.withdraw()
        self._start.hide()
        self._bar.show()
        self.changed.emit(True)

    def end(self) -> None:
        """Back to the ordinary window (the list, the agenda, every client)."""
        if not self.is_active():
            return
        self._client_id = ""
        self._bar.hide()
        self._start.setVisible(bool(self._dossier.current_client_id()))
        self.changed.emit(False)
