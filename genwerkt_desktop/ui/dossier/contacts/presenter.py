"""What the Contacten tab shows and does: one keystroke (Ctrl+Shift+N, or Insert in the
list) starts a new note at the current time with the kind used last; Ctrl+S saves in the
worker; Esc cancels (asking first when something was typed); moving to another note saves
the one being edited.  Every write names the tab as its initiator, so the read-back keeps
the note being typed, the chosen row and the scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ContactKind
from genwerkt_desktop.domain.model import Contact, Dossier
from genwerkt_desktop.ui.dialogs import Dialogs
from genwerkt_desktop.ui.widgets.fields import format_moment

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
        self._initiator = initiator
        self._client_id = ""
        self._last_kind: ContactKind | None = None
        self._select_after_load = ""
        view.new_note_requested.connect(self.new_note)
        view.save_requested.connect(self.save)
        view.cancel_requested.connect(self.cancel)
        view.delete_requested.connect(self.delete_selected)
        view.contact_chosen.connect(self._contact_chosen)

    # -- the dossier

    def show(self, dossier: Dossier) -> None:
        """Another client, or contacts changed elsewhere: the form follows the chosen row
        unless it holds typing."""
        self._fill(dossier, own=False)

    def keep(self, dossier: Dossier) -> None:
        """Our own write came back: new rows, the same choice, scroll and form."""
        self._fill(dossier, own=True)

    def clear(self) -> None:
        self._client_id = ""
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

    # -- helpers

    def _fill(self, dossier: Dossier, *, own: bool) -> None:
        self._client_id = dossier.client.id
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
            elif own and base is not None and base.id == contact.id:
                editor.mark_saved(contact)  # what is on screen is what was stored
            else:
                editor.load(contact, now)
        self._view.allow_new_notes(True)
        self._view.update_count()

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
