"""Logboek: what was opened, exported, shared, destroyed, and when.

The lines come from the vault's append-only audit log (newest first), with the client's
name where the dossier still exists.  Above the table, in plain words, whether the hash
chain holds; a break is reported in red with what it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.services.workspace import Workspace
from genwerkt_desktop.ui.operations import Operations
from genwerkt_desktop.ui.style import make_title
from genwerkt_desktop.ui.widgets.fields import buddy_label, failure_text, hint_label, make_button
from genwerkt_desktop.ui.widgets.look import apply_view_style
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    RecordTableModel,
    set_column_widths,
    setup_table,
)
from genwerkt_desktop.ui.worker import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
SHOWN_LINES = 20_000
BROKEN_STYLE = "color: #9b2226; font-weight: 600;"
SOUND_STYLE = "color: #2f6b46;"

ALL = "alles"
# Filter groups: what a coach or an auditor asks about.
GROUPS: dict[str, tuple[str, ...]] = {
    "geopend": ("geopend",),
    "uitgevoerd": ("geëxporteerd", "inzage", "gedeeld"),
    "verwijderd": ("verwijderd", "vernietigd", "onderdeel_verwijderd"),
    "back-up": ("back-up", "teruggezet"),
}


def action_labels() -> dict[str, str]:
    return {
        "geopend": QCoreApplication.translate("AuditView", "kluis geopend"),
        "aangemaakt": QCoreApplication.translate("AuditView", "aangemaakt"),
        "geïmporteerd": QCoreApplication.translate("AuditView", "dossier ingelezen"),
        "geëxporteerd": QCoreApplication.translate("AuditView", "uitgevoerd (blad of bestand)"),
        "inzage": QCoreApplication.translate("AuditView", "inzage voor de cliënt"),
        "gedeeld": QCoreApplication.translate("AuditView", "gedeeld met een dienst"),
        "afgesloten": QCoreApplication.translate("AuditView", "traject afgesloten"),
        "back-up": QCoreApplication.translate("AuditView", "back-up gemaakt"),
        "teruggezet": QCoreApplication.translate("AuditView", "back-up teruggezet"),
        "verwijderd": QCoreApplication.translate("AuditView", "dossier definitief verwijderd"),
        "vernietigd": QCoreApplication.translate(
            "AuditView", "dossier vernietigd (bewaartermijn voorbij)"
        ),
        "onderdeel_verwijderd": QCoreApplication.translate(
            "AuditView", "onderdeel van een dossier verwijderd"
        ),
        "status_gewijzigd": QCoreApplication.translate("AuditView", "status gewijzigd"),
        "toestemming_vastgelegd": QCoreApplication.translate("AuditView", "toestemming vastgelegd"),
        "telefoonvraag_vastgelegd": QCoreApplication.translate(
            "AuditView", "informatievraag per telefoon vastgelegd"
        ),
        "wachtzin_gewijzigd": QCoreApplication.translate("AuditView", "wachtzin gewijzigd"),
        "wachtzin_hersteld": QCoreApplication.translate(
            "AuditView", "wachtzin hersteld met de herstelcode"
        ),
        "gegenereerd": QCoreApplication.translate("AuditView", "testdossiers aangemaakt"),
    }


def group_labels() -> dict[str, str]:
    return {
        ALL: QCoreApplication.translate("AuditView", "Alles"),
        "geopend": QCoreApplication.translate("AuditView", "Geopend"),
        "uitgevoerd": QCoreApplication.translate("AuditView", "Uitgevoerd en gedeeld"),
        "verwijderd": QCoreApplication.translate("AuditView", "Verwijderd en vernietigd"),
        "back-up": QCoreApplication.translate("AuditView", "Back-ups"),
    }


@dataclass(frozen=True)
class AuditLine:
    seq: int
    at: datetime | None
    action: str
    client: str
    detail: str


@dataclass(frozen=True)
class AuditReport:
    lines: tuple[AuditLine, ...]
    problem: str | None


def read_report(workspace: Workspace) -> AuditReport:
    """In the worker: the lines with client names, and the chain check."""
    service = workspace.audit
    names = {c.id: c.display_name for c in workspace.dossiers.list_clients()}
    gone = QCoreApplication.translate("AuditView", "(dossier bestaat niet meer)")
    lines = []
    for entry in service.recent(SHOWN_LINES):
        try:
            at: datetime | None = datetime.fromisoformat(entry.at)
        except ValueError:
            at = None
        client = names.get(entry.client_id, gone) if entry.client_id else ""
        lines.append(AuditLine(entry.seq, at, entry.action, client, entry.detail or ""))
    return AuditReport(tuple(lines), service.chain_problem())


class AuditModel(RecordTableModel):
    COL_AT, COL_WHAT, COL_CLIENT, COL_DETAIL = range(4)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("AuditView", "Wanneer"),
            QCoreApplication.translate("AuditView", "Wat"),
            QCoreApplication.translate("AuditView", "Cliënt"),
            QCoreApplication.translate("AuditView", "Detail"),
        )

    def record_id(self, record: Any) -> str:
        return str(record.seq)

    def display(self, record: Any, column: int) -> str | None:
        line: AuditLine = record
        if column == self.COL_AT:
            return f"{line.at:%d/%m/%Y %H:%M}" if line.at else ""
        if column == self.COL_WHAT:
            return action_labels().get(line.action, line.action)
        if column == self.COL_CLIENT:
            return line.client
        if column == self.COL_DETAIL:
            return line.detail
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        if column == self.COL_AT:
            return record.seq
        return super().sort_key(record, column)


class AuditProxy(RecordProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: tuple[str, ...] = ()

    def set_group(self, group: str) -> None:
        with self.filter_change():
            self._actions = GROUPS.get(group, ())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._actions:
            return True
        model = self.sourceModel()
        assert isinstance(model, AuditModel)
        return model.record_at(source_row).action in self._actions


class AuditDialog(QDialog):
    """Opened from Kluis › Logboek; reads in the worker, forgets everything on close."""

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(QCoreApplication.translate("AuditView", "Logboek"))
        apply_view_style(self)
        self.resize(self.fontMetrics().averageCharWidth() * 130, 620)
        self._workspace = workspace
        self._ops = Operations(runner, self)
        title = QLabel(QCoreApplication.translate("AuditView", "Logboek"), self)
        title.setObjectName("pageTitle")
        make_title(title, 1.3)
        intro = hint_label(
            QCoreApplication.translate(
                "AuditView",
                "Wat er met de dossiers gebeurde en wanneer: openen, uitvoeren, delen, "
                "verwijderen. Het logboek bewaart nooit wat er in een dossier staat.",
            ),
            self,
        )
        self.chain = QLabel(
            QCoreApplication.translate("AuditView", "Het logboek wordt nagekeken…"), self
        )
        self.chain.setObjectName("chainState")
        self.chain.setWordWrap(True)
        self.group = QComboBox(self)
        self.group.setAccessibleName(QCoreApplication.translate("AuditView", "Toon"))
        for key, label in group_labels().items():
            self.group.addItem(label, key)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(
            buddy_label(QCoreApplication.translate("AuditView", "&Toon"), self.group, self)
        )
        filters.addWidget(self.group)
        filters.addStretch(1)
        self.model = AuditModel(self)
        self.proxy = AuditProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("AuditView", "Regels van het logboek"),
            stretch=AuditModel.COL_DETAIL,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.COL_AT, Qt.SortOrder.DescendingOrder)
        set_column_widths(
            self.table,
            {
                AuditModel.COL_AT: ["00/00/0000 00:00"],
                AuditModel.COL_WHAT: ["dossier definitief verwijderd"],
                AuditModel.COL_CLIENT: ["Voornaam Familienaam"],
            },
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.close_button = make_button(
            QCoreApplication.translate("AuditView", "Sluiten"),
            QCoreApplication.translate("AuditView", "Het logboek sluiten"),
            self,
        )
        self.close_button.clicked.connect(self.reject)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(self.close_button)
        layout.addLayout(closing)
        self.group.currentIndexChanged.connect(
            lambda _i: self.proxy.set_group(str(self.group.currentData()))
        )
        self.finished.connect(lambda _code: self.forget())

    def load(self) -> None:
        workspace = self._workspace
        self._ops.query(
            lambda: read_report(workspace), self._show, key="report", failure=self._failed
        )

    def forget(self) -> None:
        self.model.clear()

    def _show(self, report: AuditReport) -> None:
        self.model.set_records(report.lines)
        if report.problem is None:
            self.chain.setText(
                QCoreApplication.translate(
                    "AuditView",
                    "Het logboek is in orde: er ontbreekt geen regel en er werd niets "
                    "gewijzigd ({count} regels nagekeken).",
                ).format(count=len(report.lines))
            )
            self.chain.setStyleSheet(SOUND_STYLE)
        else:
            self.chain.setText(
                QCoreApplication.translate(
                    "AuditView",
                    "Let op: het logboek is niet meer volledig. {problem}. Iemand heeft "
                    "regels weggehaald of veranderd buiten genwerkt om. Meld dit aan wie "
                    "in uw dienst over privacy gaat, en bewaar de back-ups.",
                ).format(problem=report.problem)
            )
            self.chain.setStyleSheet(BROKEN_STYLE)

    def _failed(self, exc: BaseException) -> None:
        self.chain.setText(failure_text(exc))
        self.chain.setStyleSheet(BROKEN_STYLE)
