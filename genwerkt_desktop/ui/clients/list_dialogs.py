"""The two dialogs the client list opens: the first reception and deleting a dossier for
good.  One of each at a time; each leaves the widget tree as soon as it closes, since
it may hold a client's name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from genwerkt_desktop.services.dossier_edits import NewClient

from .controller import ClientsController
from .delete_dialog import DeleteForGoodDialog
from .new_client_dialog import NewClientDialog


class ClientListDialogs(QObject):
    def __init__(
        self,
        owner: QWidget,
        controller: ClientsController,
        *,
        default_coach: Callable[[], str],
        created: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._owner = owner
        self._controller = controller
        self._default_coach = default_coach
        self._created = created  # told the new client's id once the worker made it
        self.new_client_dialog: NewClientDialog | None = None
        self.delete_dialog: DeleteForGoodDialog | None = None

    # -- the first reception

    def open_new_client(self) -> None:
        if self.new_client_dialog is not None:
            self.new_client_dialog.raise_()
            self.new_client_dialog.activateWindow()
            return
        dialog = NewClientDialog(self._owner, coach=self._default_coach())
        dialog.submitted.connect(self._create)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.new_client_dialog = dialog
        dialog.open()
        dialog.first_name.setFocus()

    def commit_pending(self) -> None:
        """Hand a first reception that is filled in but not yet created to the worker; the
        lock waits for it (and says so if it failed)."""
        dialog = self.new_client_dialog
        if dialog is None or dialog.is_busy() or not dialog.is_valid():
            return  # nothing typed, or the worker is creating it already
        new = dialog.value()
        self.close_all()
        self._controller.create(new)

    def _create(self, new: NewClient) -> None:
        dialog = self.new_client_dialog

        def done(client_id: str) -> None:
            self._created(client_id)
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.accept()

        def failed(text: str) -> None:
            if dialog is not None and dialog is self.new_client_dialog:
                dialog.show_error(text)

        self._controller.create(new, done, failed)

    # -- deleting for good

    def confirm_delete(self, full_name: str, delete: Callable[[], None]) -> None:
        """``delete`` runs once the coach typed the exact name and confirmed."""
        dialog = DeleteForGoodDialog(full_name, self._owner)
        dialog.accepted.connect(delete)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.delete_dialog = dialog
        dialog.open()

    # -- both

    def close_all(self) -> None:
        for dialog in (self.new_client_dialog, self.delete_dialog):
            if dialog is not None:
                if isinstance(dialog, NewClientDialog):
                    dialog.clear()
                dialog.reject()
        self.new_client_dialog = None
        self.delete_dialog = None

    def _forget(self, dialog: QDialog) -> None:
        if dialog is self.new_client_dialog:
            self.new_client_dialog = None
        if dialog is self.delete_dialog:
            self.delete_dialog = None
        # Out of the widget tree at once: it may hold a client's name.
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()
