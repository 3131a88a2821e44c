"""What the Contacten tab shows and does: one keystroke (Ctrl+Shift+N, or Insert in the
list) starts a new note at the current time with the kind used last; Ctrl+S saves in the
worker; Esc cancels (asking first when something was typed); moving to another note saves
the one being edited.  A planned contact whose moment passed asks what became of it:
Doorgegaan, Niet gekomen (with a follow-up to confirm) or Verzet.  Every write names
the tab as its initiator, so the read-back keeps the note being typed, the chosen row
and the scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.contact_outcome import awaits_outcome
from genwerkt_desktop.domain.enums import ContactKind, ContactOutcome
from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.widgets.fields import format_moment, local_moment

from .outcome_questions import OutcomeQuestions, Record
from .view import ContactList, ContactsView


class ContactWrites(Protocol):
    """The writes of the dossier controller this tab uses."""

    def save_contact(
        self,
        contact: Contact,
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        client_id: str | None = None,
        *,
        initiator: object | None = None,
    ) -> None: ...

    def delete_contact(
        self,
        contact_id: str,
        done: Callable[[], None] | None = None,
        *,
        initiator: object | None = None,
    ) -> None: ...

    def edit(
        self,
        work: Callable[[DossierEdits, str], Any],
        done: Callable[[], None] | None = None,
        failed: Callable[[str], None] | None = None,
        *,
        result: Callable[[Any], None] | None = None,
        initiator: object | None = None,
    ) -> None: ...


class ContactsPresenter:
    def __init__(
        self,
        view: ContactsView,
        writes: ContactWrites,
        dialogs: Dialogs,
        clock: Clock,
        *,
        initiator: object,
    ) -> None:
        self._view = view
        self._writes = writes
        self._dialogs = dialogs
        self._clock = clock
        self._questions = OutcomeQuestions(clock, view)
        self._initiator = initiator
        self._client_id = ""
        self._last_kind: ContactKind | None = None
        self._select_after_load = ""
        self._client_name = ""
        self._reload_editor = ""  # a contact whose outcome we wrote: show it anew
        view.new_note_requested.connect(self.new_note)
        view.save_requested.connect(self.save)
        view.cancel_requested.connect(self.cancel)
        view.delete_requested.connect(self.delete_selected)
        view.contact_chosen.connect(self._contact_chosen)
        view.outcome_bar.held.connect(self.record_held)
        view.outcome_bar.no_show.connect(self.record_no_show)
        view.outcome_bar.moved.connect(self.record_moved)

    # -- the dossier

    def show(self, dossier: Dossier) -> None:
        """Another client, or contacts changed elsewhere: the form follows the chosen row
        unless it holds typing."""
        self._fill(dossier, own=False)

    def keep(self, dossier: Dossier) -> None:
        """Our own write came back: new rows, the same choice, scroll and form."""
        self._fill(dossier, own=True)

    def clear(self) -> None:
        self._questions.close()
        self._client_id = ""
        self._client_name = ""
        self._select_after_load = ""
        self._view.show_nothing()
        self._view.allow_new_notes(False)

    def save_pending(self) -> None:
        """Hand a note with unsaved changes to the worker (the lock waits for it)."""
        editor = self._view.editor
        if self._client_id and editor.is_dirty():
            contact = editor.value()
            editor.mark_saved(contact)
            self._save(contact)

    def has_unsaved_note(self) -> bool:
        return self._view.editor.is_dirty()

    # -- notes

    def new_note(self) -> None:
        if not self._client_id:
            return
        self.save_pending()
        self._view.select_quietly("")
        now = self._clock.now().replace(second=0, microsecond=0)
        self._view.editor.start_new(now, self._last_kind or ContactKind.CONVERSATION)
        self._view.update_count()

    def save(self) -> None:
        editor = self._view.editor
        if not self._client_id or not editor.is_active():
            return
        if not editor.is_dirty() and not editor.is_new():
            return
        contact = editor.value()
        self._last_kind = contact.kind
        self._select_after_load = contact.id
        editor.mark_saved(contact)
        editor.title.setText(
            QCoreApplication.translate("NoteEditor", "Notitie van {moment}").format(
                moment=format_moment(contact.at, self._clock.now().tzinfo)
            )
        )
        self._save(contact)

    def cancel(self) -> None:
        editor = self._view.editor
        if not editor.is_active():
            return
        if editor.is_dirty() and not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("ContactsTab", "Notitie niet bewaren?"),
            QCoreApplication.translate(
                "ContactsTab", "Wat u veranderde aan deze notitie gaat verloren. Toch annuleren?"
            ),
        ):
            return
        base = editor.base()
        if base is not None:
            editor.load(base, self._clock.now())
        else:
            editor.reset()
        self._view.table.setFocus()

    def delete_selected(self) -> None:
        contact = self._view.selected_contact()
        if contact is None:
            return
        if not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("ContactsTab", "Contactmoment verwijderen"),
            QCoreApplication.translate(
                "ContactsTab", "Dit contactmoment en zijn notitie verwijderen uit het dossier?"
            ),
        ):
            return
        base = self._view.editor.base()
        if base is not None and base.id == contact.id:
            self._view.editor.reset()
        self._writes.delete_contact(contact.id, initiator=self._initiator)

    # -- what became of a planned contact

    def record_held(self) -> None:
        """Doorgegaan: the appointment took place; the coach writes the note now."""
        contact = self._awaiting()
        if contact is not None:
            self._questions.held(self._recording(contact))

    def record_no_show(self) -> None:
        """Niet gekomen: asks how to reach out again, then records both in one write."""
        contact = self._awaiting()
        if contact is not None:
            self._questions.no_show(self._client_name, contact.at, self._recording(contact))

    def record_moved(self) -> None:
        """Verzet: asks the new moment and moves the appointment there."""
        contact = self._awaiting()
        if contact is not None:
            self._questions.moved(contact.at, self._recording(contact))

    def open_dialog(self) -> QDialog | None:
        """The question still open (the follow-up or the new moment), if any."""
        return self._questions.dialog

    def _awaiting(self) -> Contact | None:
        contact = self._view.selected_contact()
        if contact is None or not awaits_outcome(contact, self._clock.now()):
            return None
        return contact

    def _recording(self, contact: Contact) -> Record:
        def record(
            outcome: ContactOutcome, moved_to: datetime | None, follow_up: Contact | None
        ) -> None:
            self._reload_editor = contact.id
            self._select_after_load = contact.id

            def work(edits: DossierEdits, client_id: str) -> Changes:
                return edits.record_outcome(
                    client_id, contact.id, outcome, moved_to=moved_to, follow_up=follow_up
                )

            def focus_note() -> None:
                if outcome is ContactOutcome.HELD:
                    self._view.editor.text.setFocus()

            self._writes.edit(
                work, focus_note, self._save_failed_outcome, initiator=self._initiator
            )

        return record

    def _save_failed_outcome(self, text: str) -> None:
        self._reload_editor = ""
        self._dialogs.warn(
            self._view, QCoreApplication.translate("ContactsTab", "Niet bewaard"), text
        )

    def _update_outcome(self) -> None:
        contact = self._view.selected_contact()
        now = self._clock.now()
        if contact is not None and awaits_outcome(contact, now):
            self._view.outcome_bar.ask(local_moment(contact.at, now.tzinfo))
        else:
            self._view.outcome_bar.ask(None)

    # -- helpers

    def _fill(self, dossier: Dossier, *, own: bool) -> None:
        self._client_id = dossier.client.id
        client = dossier.client
        self._client_name = client.display_name
        selected = self._select_after_load or self._view.selected_id()
        self._select_after_load = ""
        now = self._clock.now()
        self._view.show_contacts(ContactList(dossier.contacts, now, selected), keep_scroll=own)
        if self._last_kind is None:
            past = [c for c in dossier.contacts if c.at <= now]
            self._last_kind = max(past, key=lambda c: c.at).kind if past else None
        editor = self._view.editor
        if not editor.is_dirty() and not editor.is_new():
            contact = self._view.selected_contact()
            base = editor.base()
            if contact is None:
                editor.reset()
            elif (
                own
                and base is not None
                and base.id == contact.id
                and self._reload_editor != contact.id
            ):
                editor.mark_saved(contact)  # what is on screen is what was stored
            else:
                editor.load(contact, now)
        self._reload_editor = ""
        self._view.allow_new_notes(True)
        self._view.update_count()
        self._update_outcome()

    def _save(self, contact: Contact) -> None:
        self._writes.save_contact(
            contact, failed=self._save_failed, client_id=self._client_id, initiator=self._initiator
        )

    def _save_failed(self, text: str) -> None:
        self._view.editor.mark_unsaved()
        self._dialogs.warn(
            self._view, QCoreApplication.translate("ContactsTab", "Notitie niet bewaard"), text
        )

    def _contact_chosen(self) -> None:
        contact = self._view.selected_contact()
        if contact is None:
            return
        editor = self._view.editor
        base = editor.base()
        if base is not None and base.id == contact.id and editor.is_dirty():
            return
        self.save_pending()
        editor.load(contact, self._clock.now())
        self._update_outcome()
