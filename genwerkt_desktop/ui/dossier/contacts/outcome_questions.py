"""What became of a planned contact whose moment passed, asked the same way in the agenda
and in the contacts tab.

*Doorgegaan* is recorded at once; *Niet gekomen* first proposes how to reach out again
(a follow-up the coach confirms); *Verzet* first asks the new moment.  One dialog at a
time; the caller's ``record`` does the write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.contact_outcome import follow_up_contact
from genwerkt_desktop.domain.enums import ContactOutcome
from genwerkt_desktop.domain.model import Contact
from genwerkt_desktop.services.dossier_edits import new_id
from genwerkt_desktop.ui.widgets.fields import local_moment

from .outcome import FollowUpChoice, FollowUpDialog, MoveDialog

# (outcome, the new moment for "verzet", the follow-up for "niet gekomen")
Record = Callable[[ContactOutcome, datetime | None, Contact | None], None]


class OutcomeQuestions(QObject):
    def __init__(self, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self._clock = clock
        self._parent = parent
        self.dialog: MoveDialog | FollowUpDialog | None = None

    def held(self, record: Record) -> None:
        record(ContactOutcome.HELD, None, None)

    def no_show(self, name: str, at: datetime, record: Record) -> None:
        now = self._clock.now()
        dialog = FollowUpDialog(name, local_moment(at, now.tzinfo), now, self._parent)

        def chosen(choice: FollowUpChoice) -> None:
            follow_up = None
            if choice.way is not None:
                follow_up = follow_up_contact(new_id(), choice.way, choice.at, choice.note)
            record(ContactOutcome.NO_SHOW, None, follow_up)

        dialog.submitted.connect(chosen)
        self._show(dialog)

    def moved(self, at: datetime, record: Record) -> None:
        dialog = MoveDialog(local_moment(at, self._clock.now().tzinfo), self._parent)
        dialog.submitted.connect(lambda moment: record(ContactOutcome.MOVED, moment, None))
        self._show(dialog)

    def close(self) -> None:
        """Close a question still open (another contact, the lock)."""
        if self.dialog is not None:
            self.dialog.close()

    def _show(self, dialog: MoveDialog | FollowUpDialog) -> None:
        self.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: MoveDialog | FollowUpDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
