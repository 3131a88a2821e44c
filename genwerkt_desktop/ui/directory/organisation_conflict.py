"""The shared sociale kaart: when a colleague changed the same organisation, their version
is shown beside this laptop's, field by field, until the coach chooses. Never silently
replaced."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.services.team.conflicts import OrganisationConflict, TeamConflicts
from genwerkt_desktop.ui.events import ChangeKind, DataEvents
from genwerkt_desktop.ui.operations import Failure, Operations
from genwerkt_desktop.ui.widgets.table_model import FittedTable, RecordTableModel, setup_table
from genwerkt_desktop.ui.wording.team_conflict import organisation_field_words, value_text
from genwerkt_desktop.ui.worker import TaskRunner

DIFFERS_BACKGROUND = QColor("#fff4d6")  # a soft amber behind a field that differs


@dataclass(frozen=True)
class FieldRow:
    id: str  # the field's name
    word: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def field_rows(conflict: OrganisationConflict) -> list[FieldRow]:
    """Every field either version fills in, the differing ones first."""
    rows = [
        FieldRow(
            field,
            word,
            value_text(getattr(conflict.mine, field, None)),
            value_text(getattr(conflict.theirs, field, None)),
        )
        for field, word in organisation_field_words().items()
    ]
    rows = [r for r in rows if r.differs or r.mine != "—"]
    return sorted(rows, key=lambda r: not r.differs)


class FieldTableModel(RecordTableModel):
    FIELD, MINE, THEIRS = range(3)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("OrganisationConflict", "Veld"),
            QCoreApplication.translate("OrganisationConflict", "Op deze laptop"),
            QCoreApplication.translate("OrganisationConflict", "Versie van een collega"),
        ]

    def display(self, record: FieldRow, column: int) -> str | None:
        if column == self.FIELD:
            return record.word + (" ≠" if record.differs else "")
        if column == self.MINE:
            return record.mine
        if column == self.THEIRS:
            return record.theirs
        return None

    def extra(self, record: FieldRow, column: int, role: int) -> Any:
        if not record.differs:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return DIFFERS_BACKGROUND
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIELD:
            return QCoreApplication.translate(
                "OrganisationConflict", "Dit veld verschilt tussen de twee versies"
            )
        return None


class OrganisationConflictPanel(QFrame):
    """Both versions side by side, and the two choices."""

    keep_mine_clicked = Signal(str)  # organisation id
    take_theirs_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.org_id: str | None = None
        self.heading = QLabel(
            QCoreApplication.translate(
                "OrganisationConflict", "Een collega wijzigde deze organisatie ook"
            ),
            self,
        )
        self.heading.setObjectName("sectionTitle")
        self.explain = QLabel(
            QCoreApplication.translate(
                "OrganisationConflict",
                "Beide versies staan hieronder naast elkaar; wat verschilt is gemarkeerd. "
                "Tot u kiest, blijft de versie van deze laptop in de sociale kaart staan.",
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.explain.setObjectName("hintText")
        self.model = FieldTableModel(self)
        self.table = FittedTable(self, fit_rows=5)
        self.table.setModel(self.model)
        setup_table(
            self.table,
            QCoreApplication.translate("OrganisationConflict", "Twee versies van de organisatie"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FieldTableModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FieldTableModel.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FieldTableModel.THEIRS, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(
            QCoreApplication.translate("OrganisationConflict", "&Mijn versie houden"), self
        )
        self.keep_button.setToolTip(
            QCoreApplication.translate(
                "OrganisationConflict",
                "De versie van deze laptop gaat bij de volgende synchronisatie naar het team",
            )
        )
        self.take_button = QPushButton(
            QCoreApplication.translate("OrganisationConflict", "H&un versie overnemen"), self
        )
        self.take_button.setToolTip(
            QCoreApplication.translate(
                "OrganisationConflict",
                "De versie van uw collega komt in de plaats van die op deze laptop",
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(self._keep)
        self.take_button.clicked.connect(self._take)
        self.hide()

    def show_conflict(self, conflict: OrganisationConflict | None) -> None:
        if conflict is None:
            self.org_id = None
            self.model.clear()
            self.hide()
            return
        self.org_id = conflict.org_id
        self.model.set_records(field_rows(conflict))
        self.set_busy(False)
        self.show()

    def set_busy(self, busy: bool) -> None:
        self.keep_button.setEnabled(not busy)
        self.take_button.setEnabled(not busy)

    def _keep(self) -> None:
        if self.org_id is not None:
            self.keep_mine_clicked.emit(self.org_id)

    def _take(self) -> None:
        if self.org_id is not None:
            self.take_theirs_clicked.emit(self.org_id)


def pending_text(names: list[str]) -> str:
    """The line above the list while colleagues' versions wait for a choice."""
    if not names:
        return ""
    return QCoreApplication.translate(
        "OrganisationConflict",
        "Een collega wijzigde ook: {names}. Kies ze in de lijst om beide versies te zien.",
    ).format(names=", ".join(sorted(names, key=str.casefold)))


class OrganisationConflicts(QObject):
    """Looks for a colleague's version of the organisation in the form and carries out
    the coach's choice, in the worker."""

    found = Signal(object)  # OrganisationConflict | None
    pending = Signal(list)  # the ids of every organisation with a colleague's version
    resolved = Signal(str)  # organisation id
    failed = Signal(str)

    def __init__(
        self,
        conflicts: TeamConflicts,
        runner: TaskRunner,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._conflicts = conflicts
        self._events = events
        self._ops = Operations(runner, self)

    def check(self, org_id: str | None) -> None:
        conflicts = self._conflicts

        def look() -> OrganisationConflict | None:
            if org_id is None or org_id not in conflicts.organisation_ids():
                return None
            return conflicts.organisation(org_id)

        self._ops.query(look, self.found.emit, key="org-conflict", failure=lambda _e: None)

    def check_all(self) -> None:
        self._ops.query(
            self._conflicts.organisation_ids,
            self.pending.emit,
            key="org-conflicts",
            failure=lambda _e: None,
        )

    def keep_mine(self, org_id: str) -> None:
        conflicts = self._conflicts
        self._write(lambda: conflicts.keep_my_organisation(org_id), org_id)

    def take_theirs(self, org_id: str) -> None:
        conflicts = self._conflicts
        self._write(lambda: conflicts.take_their_organisation(org_id), org_id)

    def _write(self, work: Any, org_id: str) -> None:
        self._ops.write(
            work,
            lambda _none: self.resolved.emit(org_id),
            announce=lambda _none: self._events.emit_change(ChangeKind.DIRECTORY),
            failure=self._failed,
        )

    def _failed(self, failure: Failure) -> None:
        self.failed.emit(failure.text)

    def clear(self) -> None:
        self._ops.drop_all()
