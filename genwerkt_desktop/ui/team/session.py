"""Team mode for one unlocked vault: the link as last read, and the team password.

One :class:`TeamSession` lives exactly as long as the vault is open (the vault session
builds it and drops it at the lock).  The team password is the remembered one (the OS
keyring, read by the services), or asked once in a small dialog and kept in memory for
this session only; a password the server refused is forgotten at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from genwerkt_desktop.services.team.failures import TeamFailure, team_failure
from genwerkt_desktop.services.team.membership import LinkInfo
from genwerkt_desktop.services.team.services import TeamServices
from genwerkt_desktop.ui.events import DataEvents
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.worker import TaskRunner

from .password_dialog import TeamPasswordDialog

WithPassword = Callable[[str | None], None]


class TeamSession(QObject):
    link_changed = Signal(object)  # LinkInfo | None, after every read of the link

    def __init__(
        self,
        team: TeamServices,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.team = team
        self.events = events
        self.runner = runner
        self.ops = Operations(runner, self)
        self.info: LinkInfo | None = None
        self.keyring_available = False
        self._password: str | None = None
        self._remembered_refused = False  # the keyring's password was refused: ask instead
        self.password_dialog: TeamPasswordDialog | None = None

    @property
    def linked(self) -> bool:
        return self.info is not None

    # -- the link

    def refresh(self, then: Callable[[LinkInfo | None], None] | None = None) -> None:
        """Read the link (and whether the keyring can keep a password) in the worker."""
        team = self.team

        def read() -> tuple[LinkInfo | None, bool]:
            return team.membership.info(), team.context.keystore.availability() is None

        def done(answer: tuple[LinkInfo | None, bool]) -> None:
            self.info, self.keyring_available = answer
            self.link_changed.emit(self.info)
            if then is not None:
                then(self.info)

        self.ops.query(read, done, key="link", failure=lambda _exc: None)

    # -- the password

    def keep_password(self, password: str) -> None:
        self._password = password or None

    def forget_password(self) -> None:
        self._password = None

    def _use_remembered(self) -> bool:
        return (
            self.info is not None and self.info.remember_password and not self._remembered_refused
        )

    def current_password(self) -> str | None:
        """The password typed this session; None: the remembered one (or none at all)."""
        return self._password

    def has_password(self) -> bool:
        return self._password is not None or self._use_remembered()

    def with_password(self, parent: QWidget, then: WithPassword) -> None:
        """Call ``then`` with the session's password (None: the remembered one is used),
        after asking once when there is none.  Nothing happens when the coach cancels."""
        if self._password is not None:
            then(self._password)
            return
        if self._use_remembered():
            then(None)
            return
        if self.password_dialog is not None:
            self.password_dialog.reject()
        dialog = TeamPasswordDialog(self.info.role if self.info else "", parent)
        self.password_dialog = dialog

        def answered() -> None:
            self.keep_password(dialog.password())
            self.password_dialog = None
            then(self._password)

        def closed(_code: int) -> None:
            if self.password_dialog is dialog:
                self.password_dialog = None

        dialog.accepted.connect(answered)
        dialog.finished.connect(closed)
        dialog.open()

    def failed(self, exc: BaseException) -> TeamFailure:
        """What kind of failure this was; a refused password is forgotten."""
        kind = team_failure(exc)
        if kind is TeamFailure.LOGIN:
            if self._password is None:
                self._remembered_refused = True  # the next attempt asks the coach
            self.forget_password()
        return kind

    def clear(self) -> None:
        """The lock: the password and the link leave memory; late answers are dropped."""
        self.ops.drop_all()
        self._password = None
        self._remembered_refused = False
        self.info = None
        if self.password_dialog is not None:
            self.password_dialog.reject()
            self.password_dialog = None
