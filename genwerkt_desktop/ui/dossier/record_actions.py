"""Add, open, save and remove for one list of records on a dossier tab.

The form opens only while a dossier is shown; what it submits is saved at once, in the
worker, naming the tab as initiator; removing asks first.  The record just saved is
remembered, so the tab chooses it when the read-back of the save arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.domain.changes import Changes
from genwerkt_desktop.services.dossier_edits import DossierEdits
from genwerkt_desktop.ui.dialogs import Dialogs

from .forms import FormDialog
from .writes import DossierWrites


class _Record(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_Record)


class RecordActions(Generic[R]):
    def __init__(
        self,
        view: QWidget,
        writes: DossierWrites,
        dialogs: Dialogs,
        *,
        initiator: object,
        is_open: Callable[[], bool],
        selected: Callable[[], R | None],
        open_form: Callable[[R | None], FormDialog],
        save: Callable[[DossierEdits, str, R], Changes],
        remove: Callable[[DossierEdits, str, str], Changes],
        ask_remove: str,
    ) -> None:
        self._view = view
        self._writes = writes
        self._dialogs = dialogs
        self._initiator = initiator
        self._is_open = is_open
        self._selected = selected
        self._open_form = open_form
        self._save = save
        self._remove = remove
        self._ask_remove = ask_remove  # the question before removing, in the tab's words
        self._saved = ""  # chosen once the read-back of its save arrives

    def follow(self, add: SignalInstance, edit: SignalInstance, remove: SignalInstance) -> None:
        """Act on the view's three requests for this list: add, edit and remove."""
        add.connect(self.add)
        edit.connect(self.edit)
        remove.connect(self.remove)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        record = self._selected()
        if record is not None:
            self._open(record)

    def remove(self) -> None:
        record = self._selected()
        if record is None or not self._dialogs.ask_yes_no(
            self._view,
            QCoreApplication.translate("RecordActions", "Verwijderen"),
            self._ask_remove,
        ):
            return
        record_id, remove = record.id, self._remove

        def work(edits: DossierEdits, client_id: str) -> Changes:
            return remove(edits, client_id, record_id)

        self._writes.edit(work, initiator=self._initiator)

    def save(self, record: R) -> None:
        self._saved = record.id
        save = self._save

        def work(edits: DossierEdits, client_id: str) -> Changes:
            return save(edits, client_id, record)

        self._writes.edit(work, initiator=self._initiator)

    def take_saved(self) -> str:
        """The record saved last, to choose in the read-back; forgotten once taken."""
        saved, self._saved = self._saved, ""
        return saved

    def forget(self) -> None:
        self._saved = ""

    def _open(self, existing: R | None) -> None:
        if self._is_open():
            self._open_form(existing).submitted.connect(self.save)
