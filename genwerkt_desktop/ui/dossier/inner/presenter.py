"""What the Binnenkant & levensloop tab shows and does: notes per aspect of how the client
lives it, and the moments of the life story.

Notes and moments are each a list of :class:`RecordActions`, as the life domains' are:
saved from their form at once, in the worker, naming the tab as initiator; the read-back
keeps the aspect, the chosen rows and the scroll position, and chooses what was just
saved.  Removing asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.instruments import InnerNote, LifeEvent
from genwerkt_desktop.domain.model import Dossier
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.dossier.record_actions import RecordActions
from genwerkt_desktop.ui.dossier.writes import DossierWrites

from .view import InnerRecords, InnerView


class InnerPresenter:
    def __init__(
        self,
        view: InnerView,
        writes: DossierWrites,
        dialogs: Dialogs,
        clock: Clock,
        *,
        initiator: object,
    ) -> None:
        self._view = view
        self.notes: RecordActions[InnerNote] = RecordActions(
            view,
            writes,
            dialogs,
            initiator=initiator,
            is_open=view.is_open,
            selected=view.selected_note,
            open_form=lambda existing: view.open_note_dialog(existing, clock.today()),
            save=lambda edits, client_id, n: edits.instruments.save_inner_note(client_id, n),
            remove=lambda edits, client_id, record_id: edits.instruments.remove_inner_note(
                client_id, record_id
            ),
            ask_remove=QCoreApplication.translate(
                "InnerTab", "Deze notitie over de binnenkant verwijderen?"
            ),
        )
        self.events: RecordActions[LifeEvent] = RecordActions(
            view,
            writes,
            dialogs,
            initiator=initiator,
            is_open=view.is_open,
            selected=view.selected_event,
            open_form=lambda existing: view.open_event_dialog(existing, clock.today()),
            save=lambda edits, client_id, e: edits.instruments.save_life_event(client_id, e),
            remove=lambda edits, client_id, record_id: edits.instruments.remove_life_event(
                client_id, record_id
            ),
            ask_remove=QCoreApplication.translate(
                "InnerTab", "Dit moment uit de levensloop verwijderen?"
            ),
        )
        self.notes.follow(
            view.add_note_requested, view.edit_note_requested, view.remove_note_requested
        )
        self.events.follow(
            view.add_event_requested, view.edit_event_requested, view.remove_event_requested
        )

    def show(self, dossier: Dossier) -> None:
        self._view.show_records(InnerRecords(dossier.inner_notes, dossier.life_events))

    def keep(self, dossier: Dossier) -> None:
        records = InnerRecords(
            dossier.inner_notes,
            dossier.life_events,
            choose_note=self.notes.take_saved(),
            choose_event=self.events.take_saved(),
        )
        self._view.show_records(records, keep_scroll=True)

    def clear(self) -> None:
        self.notes.forget()
        self.events.forget()
        self._view.show_nothing()
