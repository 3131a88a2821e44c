"""The client list as a Qt table model, and the proxy that filters and sorts it.

Search has two halves.  Names are matched here, at once, accent-blind, word by word.
The full text of the dossiers is searched by the service in the worker; its answer (a set
of client ids) is handed to :meth:`ClientTableModel.set_search`, and the list shows the
union.  A client found only in the dossier text is marked so in the name column, in
the text itself and in a quieter colour.  (No custom delegate and no FontRole: PySide
6.12 drops a reference to None on each call of either, and Python dies after a few
thousand.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import repeat
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from genwerkt_desktop.domain.clock import Clock
from genwerkt_desktop.domain.enums import ClientStatus, Phase
from genwerkt_desktop.domain.phases import PHASE_ORDER
from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.domain.text import fold
from genwerkt_desktop.services.client_list import ClientSummary
from genwerkt_desktop.ui.team import texts as team_texts
from genwerkt_desktop.ui.widgets.fields import local_moment
from genwerkt_desktop.ui.widgets.labels import label_of, short_phase_labels, status_labels
from genwerkt_desktop.ui.widgets.table_model import (
    ID_ROLE,
    SORT_ROLE,
    RecordProxy,
    RecordTableModel,
)

if TYPE_CHECKING:
    # The list is shown before the database layer is loaded (ui/preload.py): the team
    # marks come later, and only their type is needed here.
    from genwerkt_desktop.services.team.status import DossierTeamStatus

COL_NAME = 0
COL_STATUS = 1
COL_PHASE = 2
COL_LAST_CONTACT = 3
COL_NEXT_APPOINTMENT = 4
COLUMN_COUNT = 5
COL_TEAM = 5  # only while the vault is linked to a team: then there are six columns

CLIENT_ID_ROLE = ID_ROLE
FOUND_IN_DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 10
"""True when the row is shown only because the dossier text matched, not the name."""
TEAM_STATE_ROLE = Qt.ItemDataRole.UserRole + 11
"""The dossier's team state (a ``TeamState`` value), "" when there is none."""

FOUND_COLOUR = "#4d6a74"
QUIET_COLOUR = "#6b7176"
LATE_COLOUR = "#9b2226"  # as the agenda's overdue rows
_QUIET_STATUSES = frozenset({ClientStatus.CLOSED, ClientStatus.ARCHIVED})

DEFAULT_STATUSES = frozenset({ClientStatus.ACTIVE, ClientStatus.AFTERCARE, ClientStatus.CLOSED})
_STATUS_RANK = {status: rank for rank, status in enumerate(ClientStatus)}
_PHASE_RANK = {phase: rank for rank, phase in enumerate(PHASE_ORDER)}
# Sorting on the team column: what needs the coach first.
_TEAM_RANK = {
    TeamState.CONFLICT: 0,
    TeamState.AHEAD: 1,
    TeamState.BEHIND: 2,
    TeamState.READ_ONLY: 3,
    TeamState.SYNCED: 4,
    TeamState.LOCAL_ONLY: 5,
}
CONFLICT_COLOUR = "#9b2226"

AnyIndex = QModelIndex | QPersistentModelIndex
_Row = tuple[Any, str, tuple[Any, ...]]


def found_in_dossier_text() -> str:
    return QCoreApplication.translate("ClientTableModel", "gevonden in dossier")


def days_ago_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("ClientTableModel", "vandaag")
    if days == 1:
        return QCoreApplication.translate("ClientTableModel", "gisteren")
    return QCoreApplication.translate("ClientTableModel", "{days} dagen geleden").format(days=days)


def days_ahead_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("ClientTableModel", "vandaag")
    if days == 1:
        return QCoreApplication.translate("ClientTableModel", "morgen")
    return QCoreApplication.translate("ClientTableModel", "over {days} dagen").format(days=days)


LATE_MARK = "⚠"  # before the next appointment: short, so a narrow list keeps the names


def late_text() -> str:
    """What the mark means, for screen readers (the tooltip says how much)."""
    return QCoreApplication.translate("ClientTableModel", "te laat")


def late_tooltip(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "ClientTableModel", "1 afspraak of taak is voorbij en niet afgerond"
        )
    return QCoreApplication.translate(
        "ClientTableModel", "{count} afspraken of taken zijn voorbij en niet afgerond"
    ).format(count=count)


def search_words(text: str) -> list[str]:
    return fold(text).split()


class ClientTableModel(RecordTableModel):
    """One row per client: Naam, Status, Fase, Laatste contact, Volgende afspraak.

    The model keeps its rows in the order the list shows them and sorts them itself, in
    Python, on keys worked out once per client (:class:`ClientFilterProxy` hands its
    ``sort`` over to :meth:`sort` and only filters).  Sorting in the proxy would ask this
    model for a sort key some 28,000 times for 2,000 clients.  Equal keys are ordered as
    Qt's sorting proxy orders them: on a reload, in the service's order (by name), reversed
    when sorting descending; on a new sort, in the order shown before.
    """

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._name_keys: list[str] = []
        self._sort_keys: list[tuple[Any, ...]] = []  # per row, one key per column
        # Folding every name costs 10-20 ms at 2,000 clients: the list's second answer
        # (the due marks) and every reload fold only the names not seen before.
        self._folded: dict[str, str] = {}
        self._sort_column = -1  # -1: as the service gave them
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[str] = []
        self._found: frozenset[str] = frozenset()
        self._team_linked = False
        self._team: dict[str, DossierTeamStatus] = {}

    # -- content

    def set_clients(self, clients: Sequence[ClientSummary]) -> None:
        rows = [(c, self._name_key(c), self._sort_keys_of(c)) for c in clients]
        rows = self._ordered(rows, fresh=True)
        self._name_keys = [name_key for _, name_key, _ in rows]
        self._sort_keys = [keys for _, _, keys in rows]
        self.set_records([client for client, _, _ in rows])

    def replace_client(self, client: ClientSummary) -> bool:
        row = self.row_of(client.id)
        if row < 0:
            return False
        self._name_keys[row] = self._name_key(client)
        self._sort_keys[row] = self._sort_keys_of(client)
        self.replace_record(client)
        self._move_into_place(row)
        return True

    def clear(self) -> None:
        self.set_team(False, {})
        self._words = []
        self._found = frozenset()
        self._name_keys = []
        self._sort_keys = []
        self._folded = {}
        super().clear()

    # -- team mode

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return COLUMN_COUNT + 1 if self._team_linked else COLUMN_COUNT

    def team_linked(self) -> bool:
        return self._team_linked

    def team_status(self, client_id: str) -> DossierTeamStatus | None:
        return self._team.get(client_id)

    def set_team(self, linked: bool, states: dict[str, DossierTeamStatus]) -> None:
        """Where each dossier stands with the team; no column at all when not linked."""
        if linked and not self._team_linked:
            self.beginInsertColumns(QModelIndex(), COL_TEAM, COL_TEAM)
            self._team_linked, self._team = True, dict(states)
            self._update_team_keys()
            self.endInsertColumns()
        elif not linked and self._team_linked:
            if self._sort_column == COL_TEAM:
                self._sort_column = -1
            self.beginRemoveColumns(QModelIndex(), COL_TEAM, COL_TEAM)
            self._team_linked, self._team = False, {}
            self._update_team_keys()
            self.endRemoveColumns()
        elif linked:
            self._team = dict(states)
            self._update_team_keys()
            if self._records:
                self.dataChanged.emit(
                    self.index(0, COL_TEAM), self.index(len(self._records) - 1, COL_TEAM)
                )
            if self._sort_column == COL_TEAM:
                self.sort(COL_TEAM, self._sort_order)

    def _update_team_keys(self) -> None:
        self._sort_keys = [
            (*keys[:COLUMN_COUNT], self._team_rank(record))
            for keys, record in zip(self._sort_keys, self._records, strict=True)
        ]

    # -- sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < self.columnCount() else -1
        self._sort_order = order
        if not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        rows = self._ordered(
            [(i, self._name_keys[i], self._sort_keys[i]) for i in range(len(self._records))]
        )
        new_row = [0] * len(rows)
        for new, (old, _, _) in enumerate(rows):
            new_row[old] = new
        self._records = [self._records[old] for old, _, _ in rows]
        self._name_keys = [name_key for _, name_key, _ in rows]
        self._sort_keys = [keys for _, _, keys in rows]
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(new_row[index.row()], index.column()) for index in before]
        )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _ordered(self, rows: list[_Row], *, fresh: bool = False) -> list[_Row]:
        """``rows`` (anything, name key, sort keys) in the chosen order.

        Stable, except that newly loaded rows sorted descending come out as the ascending
        order reversed: both exactly as a QSortFilterProxyModel (Qt 6) had them.
        """
        if self._sort_column < 0:
            return rows
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if fresh and descending:
            return sorted(rows, key=lambda row: row[2][column])[::-1]
        return sorted(rows, key=lambda row: row[2][column], reverse=descending)

    def _move_into_place(self, row: int) -> None:
        """After one row changed: move it where the sort wants it, after its equals (as a
        sorting proxy re-inserts a changed row)."""
        if self._sort_column < 0:
            return
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        key = self._sort_keys[row][column]
        target = 0  # among the other rows: the first that sorts after this one
        others = (keys[column] for r, keys in enumerate(self._sort_keys) if r != row)
        for other in others:
            if (other < key) if descending else (key < other):
                break
            target += 1
        if target == row:
            return
        # beginMoveRows wants the row it goes before, counted with the moving row in place.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row)):
            return
        for items in (self._records, self._name_keys, self._sort_keys):
            items.insert(target, items.pop(row))
        self.endMoveRows()

    def _name_key(self, client: ClientSummary) -> str:
        return self._fold(f"{client.display_name} {client.first_name} {client.last_name}")

    def _fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    def _sort_keys_of(self, client: ClientSummary) -> tuple[Any, ...]:
        """One sort key per column, in column order (one tuple per client, built at once:
        a call per cell cost more than the keys)."""
        return (
            self._fold(f"{client.last_name} {client.first_name}"),
            -1 if client.status is None else _STATUS_RANK[client.status],
            -1 if client.phase is None else _PHASE_RANK[client.phase],
            0.0 if client.last_contact is None else client.last_contact.timestamp(),
            # No appointment sorts after every real one when the soonest come first.
            math.inf if client.next_appointment is None else client.next_appointment.timestamp(),
            self._team_rank(client),
        )

    def client_at(self, row: int) -> ClientSummary:
        client: ClientSummary = self.record_at(row)
        return client

    def clients(self) -> list[ClientSummary]:
        return self.records()

    # -- search state

    def set_search(self, text: str, found_in_dossier: Iterable[str] = ()) -> None:
        """The words typed and the ids the full-text search answered for them.

        Only the name cells whose "gevonden in dossier" mark comes or goes are announced
        as changed; which rows match is the proxy's business (it filters again after).
        """
        self.announce_names(self.change_search(text, found_in_dossier))

    def change_search(self, text: str, found_in_dossier: Iterable[str] = ()) -> list[int]:
        """As :meth:`set_search`, without announcing: the rows whose name cell changed,
        for :meth:`announce_names` once the proxy is ready for them."""
        before = self._found_rows()
        self._words = search_words(text)
        self._found = frozenset(found_in_dossier)
        after = self._found_rows()
        return sorted(before ^ after)

    def announce_names(self, changed: Sequence[int]) -> None:
        """The name cells of ``changed`` (sorted rows) changed: one signal per run."""
        roles = [
            FOUND_IN_DOSSIER_ROLE,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
        ]
        start = 0
        while start < len(changed):
            end = start
            while end + 1 < len(changed) and changed[end + 1] == changed[end] + 1:
                end += 1
            self.dataChanged.emit(
                self.index(changed[start], COL_NAME), self.index(changed[end], COL_NAME), roles
            )
            start = end + 1

    def _found_rows(self) -> set[int]:
        """The rows marked "gevonden in dossier" now (one pass over the ids; only the few
        found are tried against the words)."""
        if not self._words or not self._found:
            return set()
        found, keys, words = self._found, self._name_keys, self._words
        return {
            row
            for row, client in enumerate(self._records)
            if client.id in found and not all(word in keys[row] for word in words)
        }

    def has_words_of(self, text: str) -> bool:
        """Whether ``text`` searches the same words as now (only the full-text answer may
        differ): then the rows whose match changes are exactly those announced changed."""
        return search_words(text) == self._words

    def is_searching(self) -> bool:
        return bool(self._words)

    def name_key(self, row: int) -> str:
        """The folded names of ``row`` that the search's words are looked for in."""
        return self._name_keys[row]

    def name_matches(self, row: int) -> bool:
        key = self._name_keys[row]
        return all(word in key for word in self._words)

    def accepted_rows(self, statuses: frozenset[ClientStatus], phase: Phase | None) -> list[bool]:
        """Every row's answer to :meth:`ClientFilterProxy.filterAcceptsRow`, in one pass
        (the same test, without a call from Qt and back per row)."""
        words, found = self._words, self._found
        active = ClientStatus.ACTIVE
        # The names first, a bare substring test per row and word (a second word only
        # where the first was found), then the rest only for the rows still in question.
        named: Iterable[bool] = repeat(True)
        if words:
            keys = self._name_keys
            first, *more = words
            named = [first in key for key in keys]
            for word in more:
                named = [hit and word in key for hit, key in zip(named, keys, strict=True)]
        return [
            (by_name or client.id in found)
            and (client.status or active) in statuses
            and (phase is None or client.phase is phase)
            for by_name, client in zip(named, self._records, strict=False)
        ]

    def search_matches(self, row: int) -> bool:
        if not self._words:
            return True
        return self.name_matches(row) or self.client_at(row).id in self._found

    def found_only_in_dossier(self, row: int) -> bool:
        return (
            bool(self._words)
            and not self.name_matches(row)
            and (self.client_at(row).id in self._found)
        )

    # -- cells

    def headers(self) -> Sequence[str]:
        # Two short lines keep the date columns narrow; the list is often half a screen.
        return (
            QCoreApplication.translate("ClientTableModel", "Naam"),
            QCoreApplication.translate("ClientTableModel", "Status"),
            QCoreApplication.translate("ClientTableModel", "Fase"),
            QCoreApplication.translate("ClientTableModel", "Laatste\ncontact"),
            QCoreApplication.translate("ClientTableModel", "Volgende\nafspraak"),
            team_texts.column_title(),
        )

    def display(self, record: Any, column: int) -> str | None:
        client: ClientSummary = record
        if column == COL_NAME:
            return client.display_name
        if column == COL_STATUS:
            return label_of(status_labels(), client.status)
        if column == COL_PHASE:
            return label_of(short_phase_labels(), client.phase)
        if column == COL_LAST_CONTACT:
            if not client.contacts_read:
                return ""  # a list of names only: the full one follows in a moment
            if client.last_contact is None:
                return QCoreApplication.translate("ClientTableModel", "nog geen")
            return self._compact(client.last_contact)
        if column == COL_NEXT_APPOINTMENT:
            ahead = (
                "" if client.next_appointment is None else self._compact(client.next_appointment)
            )
            if client.late:
                return f"{LATE_MARK} {ahead}" if ahead else LATE_MARK
            return ahead
        if column == COL_TEAM:
            state = self._team.get(client.id)
            return None if state is None else team_texts.state_mark(state.state, state.holder)
        return None

    def _compact(self, moment: datetime) -> str:
        """16/11 in this year, 16/11/2025 otherwise: the list stays narrow and clear."""
        day = self._local(moment).date()
        if day.year == self._clock.today().year:
            return f"{day:%d/%m}"
        return f"{day:%d/%m/%Y}"

    def sort_key(self, record: Any, column: int) -> Any:
        if column == COL_TEAM:
            return self._team_rank(record)
        keys = self._sort_keys_of(record)
        return keys[column] if 0 <= column < len(keys) else None

    def _team_rank(self, client: ClientSummary) -> int:
        state = self._team.get(client.id)
        return len(_TEAM_RANK) if state is None else _TEAM_RANK[state.state]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == SORT_ROLE:
            return self._sort_keys[index.row()][index.column()] if valid else None
        if role == FOUND_IN_DOSSIER_ROLE:
            return valid and self.found_only_in_dossier(index.row())
        if role == TEAM_STATE_ROLE:
            state = self._team.get(self.client_at(index.row()).id) if valid else None
            return "" if state is None else str(state.state)
        if valid and index.column() == COL_NAME and self.found_only_in_dossier(index.row()):
            if role == Qt.ItemDataRole.DisplayRole:
                name = self.client_at(index.row()).display_name
                return f"{name}  ·  {found_in_dossier_text()}"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(FOUND_COLOUR)
        return super().data(index, role)

    def extra(self, record: Any, column: int, role: int) -> Any:
        client: ClientSummary = record
        if column == COL_TEAM:
            return self._team_extra(client, role)
        if role == Qt.ItemDataRole.ForegroundRole and client.status in _QUIET_STATUSES:
            return QColor(QUIET_COLOUR)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_NEXT_APPOINTMENT
            and client.late
        ):
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NEXT_APPOINTMENT:
            # Read aloud in words: the mark is a sign and a colour.
            shown = self.extra(record, column, Qt.ItemDataRole.ToolTipRole)
            return None if not client.late else f"{late_text()}; {shown}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME and client.status is not None:
                return label_of(status_labels(), client.status)
            if column == COL_LAST_CONTACT and client.last_contact is not None:
                day = self._local(client.last_contact).date()
                return f"{day:%d/%m/%Y}, {days_ago_text((self._clock.today() - day).days)}"
            if column == COL_NEXT_APPOINTMENT:
                lines = []
                if client.next_appointment is not None:
                    day = self._local(client.next_appointment).date()
                    ahead = days_ahead_text((day - self._clock.today()).days)
                    lines.append(f"{day:%d/%m/%Y}, {ahead}")
                if client.late:
                    lines.append(late_tooltip(client.late))
                return "\n".join(lines) or None
        return None

    def _team_extra(self, client: ClientSummary, role: int) -> Any:
        state = self._team.get(client.id)
        if state is None:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return team_texts.state_tooltip(state.state, state.holder)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state.state is TeamState.CONFLICT:
                return QColor(CONFLICT_COLOUR)
            if state.state in (TeamState.SYNCED, TeamState.LOCAL_ONLY, TeamState.READ_ONLY):
                return QColor(QUIET_COLOUR)
        return None

    def _local(self, moment: Any) -> Any:
        return local_moment(moment, self._clock.now().tzinfo)


class ClientFilterProxy(RecordProxy):
    """Shows the clients whose status and phase are chosen and who match the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[ClientStatus] = DEFAULT_STATUSES
        self._phase: Phase | None = None
        # While the whole list is filtered again: every row's answer, worked out at once.
        self._accepted: list[bool] | None = None

    @contextmanager
    def filter_change(self, announce: Callable[[], None] | None = None) -> Iterator[None]:
        """As the base class; once the settings changed, every row's answer is worked out
        in one pass before Qt asks row by row (a keystroke at 8,000 clients).  ``announce``
        (the model's news of changed cells) comes after the filter, while those answers
        still hold: the rows it names are tried again without a Python test each."""
        self.beginFilterChange()
        changed = False
        try:
            yield
            changed = True
        finally:
            with self._answers_worked_out():
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
                if changed and announce is not None:
                    announce()

    @contextmanager
    def _answers_worked_out(self) -> Iterator[None]:
        """Every row's answer, worked out in one pass, for the rows Qt asks about
        meanwhile (:meth:`filterAcceptsRow`)."""
        model = self.client_model()
        if model is not None:
            self._accepted = model.accepted_rows(self._statuses, self._phase)
        try:
            yield
        finally:
            self._accepted = None

    def statuses(self) -> frozenset[ClientStatus]:
        return self._statuses

    def set_statuses(self, statuses: Iterable[ClientStatus]) -> None:
        chosen = frozenset(statuses)
        if chosen != self._statuses:
            with self.filter_change():
                self._statuses = chosen

    def phase(self) -> Phase | None:
        return self._phase

    def set_phase(self, phase: Phase | None) -> None:
        if phase != self._phase:
            with self.filter_change():
                self._phase = phase

    def set_search(self, text: str, found_in_dossier: Iterable[str] = ()) -> None:
        model = self.client_model()
        if model is None:
            return
        changed: list[int] = []
        if model.has_words_of(text):
            # Only the full-text answer changed (a first page, then every match): the
            # model announces the rows it adds or drops, and this dynamic filter tries
            # those rows again, not all 8,000, with their answers worked out at once.
            changed = model.change_search(text, found_in_dossier)
            with self._answers_worked_out():
                model.announce_names(changed)
            return
        with self.filter_change(announce=lambda: model.announce_names(changed)):
            changed = model.change_search(text, found_in_dossier)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Handed to the client model, which sorts its rows itself (see there); this proxy
        keeps the model's order and only filters."""
        model = self.client_model()
        if model is None:
            super().sort(column, order)
        else:
            model.sort(column, order)

    def set_name_filter(self, text: str) -> None:
        """Search by name only (the full-text answer follows later, or never)."""
        self.set_search(text)

    def client_model(self) -> ClientTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, ClientTableModel) else None

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        accepted = self._accepted
        if accepted is not None and source_row < len(accepted):
            return accepted[source_row]
        model = self.client_model()
        if model is None:
            return True
        client = model.client_at(source_row)
        # A client without a recorded status counts as active.
        status = client.status or ClientStatus.ACTIVE
        if status not in self._statuses:
            return False
        if self._phase is not None and client.phase is not self._phase:
            return False
        return model.search_matches(source_row)
