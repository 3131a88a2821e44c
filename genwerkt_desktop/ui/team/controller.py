"""The team's work as operations: everything that asks the server or the vault runs in
the worker; answers come back as signals on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from genwerkt_desktop.domain.errors import StateError
from genwerkt_desktop.services.dossiers import DossierService
from genwerkt_desktop.services.team.conflicts import DossierConflict, TeamConflicts
from genwerkt_desktop.services.team.membership import Member, TeamMembership
from genwerkt_desktop.services.team.status import TeamStatus
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.widgets.fields import failure_text
from genwerkt_desktop.ui.worker import TaskRunner

from .models import Holding


@dataclass(frozen=True)
class TeamOverview:
    """What the Team area shows, fetched in one go off the GUI thread."""

    linked: bool
    role: str = ""
    team: str = ""
    is_lead: bool = False
    fingerprint: str = ""
    members: tuple[Member, ...] = ()
    holdings: tuple[Holding, ...] = ()
    conflicts: tuple[tuple[str, str], ...] = ()  # (client id, name)
    # The server could not be asked: the members are unknown, the holders are the last
    # ones this laptop heard of. The error itself, worded on the GUI thread.
    unreachable: StateError | None = field(default=None, compare=False)


class TeamController(QObject):
    overview_loaded = Signal(object)  # TeamOverview
    overview_failed = Signal(str)
    admitted = Signal(str, str)  # role, the fingerprint handed the key
    removed = Signal(str, int)  # role, the new team key's version
    write_failed = Signal(str)
    conflict_loaded = Signal(object)  # DossierConflict
    conflict_failed = Signal(str)
    conflict_resolved = Signal(str)  # client id
    mine_saved = Signal(object)  # Path

    def __init__(
        self,
        membership: TeamMembership,
        status: TeamStatus,
        conflicts: TeamConflicts,
        dossiers: DossierService,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._membership = membership
        self._status = status
        self._conflicts = conflicts
        self._dossiers = dossiers
        self._events = events
        self._ops = Operations(runner, self)

    # -- reading

    def load(self, password: str | None = None) -> None:
        """``password``: the session's team password (None: the remembered one, if any)."""
        self._ops.query(
            lambda: self._overview(password),
            self.overview_loaded.emit,
            key="overview",
            failure=lambda exc: self.overview_failed.emit(failure_text(exc)),
        )

    def _overview(self, password: str | None) -> TeamOverview:
        """In the worker: the link, the members (from the server), who holds what."""
        info = self._membership.info()
        if info is None:
            return TeamOverview(linked=False)
        unreachable: StateError | None = None
        members: list[Member] = []
        try:
            members = self._membership.members(password)
            statuses = self._status.refreshed(password)
        except StateError as exc:  # offline, or no password: what the laptop knows
            unreachable = exc
            statuses = self._status.local()
        names = {c.id: c.display_name for c in self._dossiers.list_clients(with_due=False)}
        holdings = tuple(
            Holding(cid, names.get(cid, ""), s.holder or "", s.state)
            for cid, s in statuses.items()
            if s.holder is not None
        )
        conflicts = tuple((cid, names.get(cid, "")) for cid in self._conflicts.dossier_ids())
        if not info.is_lead:  # a coach sees their own part of the team
            members = [m for m in members if m.role == info.role]
        return TeamOverview(
            linked=True,
            role=info.role,
            team=info.team,
            is_lead=info.is_lead,
            fingerprint=info.fingerprint,
            members=tuple(members),
            holdings=holdings,
            conflicts=conflicts,
            unreachable=unreachable,
        )

    def load_conflict(self, client_id: str) -> None:
        self._ops.query(
            lambda: self._conflicts.dossier(client_id),
            self.conflict_loaded.emit,
            key="conflict",
            failure=lambda exc: self.conflict_failed.emit(failure_text(exc)),
        )

    # -- writing

    def admit(self, role: str, password: str | None = None) -> None:
        membership = self._membership
        self._ops.write(
            lambda: membership.admit(role, password),
            lambda fingerprint: self.admitted.emit(role, fingerprint),
            failure=self._failed,
        )

    def remove(self, role: str, password: str | None = None) -> None:
        membership = self._membership
        self._ops.write(
            lambda: membership.remove(role, password),
            lambda version: self.removed.emit(role, version),
            failure=self._failed,
        )

    def merge(self, conflict: DossierConflict, keep: list[str]) -> None:
        conflicts, client_id = self._conflicts, conflict.client_id
        self._ops.write(
            lambda: conflicts.merge(client_id, keep=keep),
            lambda _changes: self.conflict_resolved.emit(client_id),
            announce=lambda _changes: self._events.emit_change(ChangeKind.DOSSIER, client_id),
            failure=self._failed,
        )

    def save_mine(self, conflict: DossierConflict, out: Path) -> None:
        conflicts, client_id = self._conflicts, conflict.client_id
        self._ops.write(
            lambda: conflicts.save_mine(client_id, out),
            self.mine_saved.emit,
            failure=self._failed,
        )

    def _failed(self, failure: Failure) -> None:
        self.write_failed.emit(failure.text)

    def clear(self) -> None:
        self._ops.drop_all()
