"""The team's tables: its members, and who holds which dossier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase

from genwerkt_desktop.domain.team import TeamState
from genwerkt_desktop.services.team.membership import Member
from genwerkt_desktop.ui.widgets.table_model import RecordProxy, RecordTableModel

WAITING_COLOUR = QColor("#8a5a00")  # amber text: calm, but not to be missed


def member_kind_text(member: Member) -> str:
    return (
        QCoreApplication.translate("TeamModels", "teamverantwoordelijke")
        if member.is_lead
        else QCoreApplication.translate("TeamModels", "coach")
    )


def member_state_text(member: Member) -> str:
    if member.left:
        return QCoreApplication.translate("TeamModels", "uit het team")
    if member.fingerprint is None:
        return QCoreApplication.translate("TeamModels", "nog nooit verbonden")
    if member.admitted:
        return QCoreApplication.translate("TeamModels", "toegelaten")
    return QCoreApplication.translate("TeamModels", "wacht op toelating")


def is_waiting(member: Member) -> bool:
    return not member.left and not member.admitted and member.fingerprint is not None


def state_text(state: TeamState) -> str:
    return {
        TeamState.SYNCED: QCoreApplication.translate("TeamModels", "gesynchroniseerd"),
        TeamState.AHEAD: QCoreApplication.translate("TeamModels", "wijzigingen wachten"),
        TeamState.BEHIND: QCoreApplication.translate("TeamModels", "nieuwer op de server"),
        TeamState.READ_ONLY: QCoreApplication.translate(
            "TeamModels", "bij een collega (alleen lezen)"
        ),
        TeamState.CONFLICT: QCoreApplication.translate("TeamModels", "conflict"),
        TeamState.LOCAL_ONLY: QCoreApplication.translate("TeamModels", "alleen op deze laptop"),
    }[state]


class MemberTableModel(RecordTableModel):
    ROLE, KIND, STATE, FINGERPRINT, HOLDS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TeamModels", "Lid"),
            QCoreApplication.translate("TeamModels", "Rol"),
            QCoreApplication.translate("TeamModels", "Toelating"),
            QCoreApplication.translate("TeamModels", "Vingerafdruk"),
            QCoreApplication.translate("TeamModels", "Dossiers"),
        ]

    def record_id(self, record: Member) -> str:
        return record.role

    def display(self, record: Member, column: int) -> str | None:
        if column == self.ROLE:
            return record.role
        if column == self.KIND:
            return member_kind_text(record)
        if column == self.STATE:
            return member_state_text(record)
        if column == self.FINGERPRINT:
            return record.fingerprint or "—"
        if column == self.HOLDS:
            return str(record.holds)
        return None

    def sort_key(self, record: Member, column: int) -> Any:
        if column == self.HOLDS:
            return record.holds
        if column == self.STATE:  # the waiting ones first
            return 0 if is_waiting(record) else 2 if record.left else 1
        return super().sort_key(record, column)

    def extra(self, record: Member, column: int, role: int) -> Any:
        waiting = is_waiting(record)
        if role == Qt.ItemDataRole.FontRole and (waiting or column == self.FINGERPRINT):
            font = QFont()
            if column == self.FINGERPRINT:  # read aloud group by group: a fixed width helps
                font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setBold(waiting)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and waiting and column == self.STATE:
            return WAITING_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOLDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class Holding:
    """One team dossier: who holds it and where this laptop's copy stands."""

    client_id: str
    name: str  # from the local copy; empty when this laptop has none
    holder: str
    state: TeamState

    @property
    def id(self) -> str:
        return self.client_id


class HoldingTableModel(RecordTableModel):
    CLIENT, HOLDER, STATE = range(3)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TeamModels", "Cliënt"),
            QCoreApplication.translate("TeamModels", "In handen van"),
            QCoreApplication.translate("TeamModels", "Op deze laptop"),
        ]

    def display(self, record: Holding, column: int) -> str | None:
        if column == self.CLIENT:
            return record.name or QCoreApplication.translate("TeamModels", "(niet op deze laptop)")
        if column == self.HOLDER:
            return record.holder or "—"
        if column == self.STATE:
            return state_text(record.state)
        return None

    def extra(self, record: Holding, column: int, role: int) -> Any:
        conflict = record.state is TeamState.CONFLICT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE and conflict:
            return WAITING_COLOUR
        return None


class HoldingProxy(RecordProxy):
    """Filters on a word in the client's name, the holder or the state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        with self.filter_change():
            self._needle = text.strip().casefold()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, HoldingTableModel)
        record = model.record_at(row)
        haystack = " ".join(
            model.display(record, column) or "" for column in range(model.columnCount())
        )
        return self._needle in haystack.casefold()


@dataclass(frozen=True)
class ConflictEntry:
    """A dossier with a conflict copy on this laptop."""

    id: str  # the client id
    name: str


class ConflictTableModel(RecordTableModel):
    CLIENT = 0

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("TeamModels", "Cliënt")]

    def display(self, record: ConflictEntry, column: int) -> str | None:
        return record.name or record.id
