"""What the Binnenkant & levensloop tab shows and does: notes per aspect of how the client
lives it, and the moments of the life story.

Every note and moment is saved from its form at once, in the worker, naming the tab as
initiator: the read-back keeps the aspect, the chosen rows and the scroll position, and
chooses what was just saved.  Removing asks first, as the life domains do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dialogs import Dialogs

from .view import InnerRecords, InnerView


class InnerWrites(Protocol):
    """What the tab asks of the dossier controller: one write in the worker."""

    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None: ...


class InnerPresenter:
    def __init__(
        self,
        view: InnerView,
        writes: InnerWrites,
        dialogs: Dialogs,
        clock: Clock,
        *,
        initiator: object,
    ) -> None:
        self._view = view
        self._writes = writes
        self._dialogs = dialogs
        self._clock = clock
        self._initiator = initiator
        self._saved_note = ""  # chosen once the read-back of its save arrives
        self._saved_event = ""
        view.add_note_requested.connect(lambda: self._open_note(None))
        view.edit_note_requested.connect(self.edit_note)
        view.remove_note_requested.connect(self.remove_note)
        view.add_event_requested.connect(lambda: self._open_event(None))
        view.edit_event_requested.connect(self.edit_event)
        view.remove_event_requested.connect(self.remove_event)

    # -- the dossier

    def show(self, dossier: Dossier) -> None:
        self._view.show_records(InnerRecords(dossier.inner_notes, dossier.life_events))

    def keep(self, dossier: Dossier) -> None:
        records = InnerRecords(
            dossier.inner_notes,
            dossier.life_events,
            choose_note=self._saved_note,
            choose_event=self._saved_event,
        )
        self._saved_note = self._saved_event = ""
        self._view.show_records(records, keep_scroll=True)

    def clear(self) -> None:
        self._saved_note = self._saved_event = ""
        self._view.show_nothing()

    # -- the binnenkant

    def edit_note(self) -> None:
        note = self._view.selected_note()
        if note is not None:
            self._open_note(note)

    def remove_note(self) -> None:
        note = self._view.selected_note()
        if note is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("InnerTab", "Verwijderen"),
            QCoreApplication.translate("InnerTab", "Deze notitie over de binnenkant verwijderen?"),
        ):
            return

        def remove(edits: DossierEdits, client_id: str) -> Changes:
            return edits.instruments.remove_inner_note(client_id, note.id)

        self._writes.edit(remove, initiator=self._initiator)

    def save_note(self, note: InnerNote) -> None:
        self._saved_note = note.id

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.instruments.save_inner_note(client_id, note)

        self._writes.edit(save, initiator=self._initiator)

    # -- the life story

    def edit_event(self) -> None:
        event = self._view.selected_event()
        if event is not None:
            self._open_event(event)

    def remove_event(self) -> None:
        event = self._view.selected_event()
        if event is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("InnerTab", "Verwijderen"),
            QCoreApplication.translate("InnerTab", "Dit moment uit de levensloop verwijderen?"),
        ):
            return

        def remove(edits: DossierEdits, client_id: str) -> Changes:
            return edits.instruments.remove_life_event(client_id, event.id)

        self._writes.edit(remove, initiator=self._initiator)

    def save_event(self, event: LifeEvent) -> None:
        self._saved_event = event.id

        def save(edits: DossierEdits, client_id: str) -> Changes:
            return edits.instruments.save_life_event(client_id, event)

        self._writes.edit(save, initiator=self._initiator)

    # -- helpers

    def _open_note(self, existing: InnerNote | None) -> None:
        if self._view.is_open():
            dialog = self._view.open_note_dialog(existing, self._clock.today())
            dialog.submitted.connect(self.save_note)

    def _open_event(self, existing: LifeEvent | None) -> None:
        if self._view.is_open():
            dialog = self._view.open_event_dialog(existing, self._clock.today())
            dialog.submitted.connect(self.save_event)
