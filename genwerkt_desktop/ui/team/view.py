"""The Team area: the members (who waits for admission), the conflicts waiting on this
laptop, and who holds which dossier. It only lays out; :class:`TeamPresenter` acts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.ui.style import make_title, restyle
from genwerkt_desktop.ui.widgets.table_model import ID_ROLE, FittedTable, setup_table

from .controller import TeamOverview
from .models import (
    ConflictEntry,
    ConflictTableModel,
    HoldingProxy,
    HoldingTableModel,
    MemberTableModel,
    is_waiting,
)

MEMBER_ROWS = 14  # a team larger than this scrolls within its table


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    make_title(label, 1.1)
    return label


class TeamView(QWidget):
    admit_clicked = Signal(str)  # role
    remove_clicked = Signal(str)  # role
    refresh_clicked = Signal()
    conflict_chosen = Signal(str)  # client id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.overview: TeamOverview | None = None

        self.title = QLabel(QCoreApplication.translate("TeamView", "Team"), self)
        self.title.setObjectName("pageTitle")
        make_title(self.title)
        self.who = QLabel(self)
        self.who.setObjectName("mutedText")
        self.who.setWordWrap(True)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("TeamView", "&Vernieuwen"), self
        )
        self.refresh_button.setToolTip(
            QCoreApplication.translate("TeamView", "Opnieuw aan de server vragen wie wat doet")
        )
        self.quiet_line = QLabel(self)  # offline, a notice: never a modal error
        self.quiet_line.setObjectName("hintText")
        self.quiet_line.setWordWrap(True)
        self.quiet_line.hide()

        # -- members
        self.members_title = _section(QCoreApplication.translate("TeamView", "Leden"), self)
        self.waiting_line = QLabel(self)
        self.waiting_line.setObjectName("noticeText")
        self.waiting_line.setWordWrap(True)
        self.waiting_line.hide()
        self.member_model = MemberTableModel(self)
        self.member_table = FittedTable(self, wrap=False, fit_rows=MEMBER_ROWS)
        self.member_table.setModel(self.member_model)
        setup_table(
            self.member_table,
            QCoreApplication.translate("TeamView", "Leden van het team"),
            stretch=MemberTableModel.FINGERPRINT,
        )
        self.member_table.setSortingEnabled(False)
        self.admit_button = QPushButton(QCoreApplication.translate("TeamView", "&Toelaten…"), self)
        self.admit_button.setObjectName("primaryButton")
        self.admit_button.setToolTip(
            QCoreApplication.translate(
                "TeamView", "De vingerafdruk vergelijken en deze collega de teamsleutel geven"
            )
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("TeamView", "Uit het team &halen…"), self
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "TeamView",
                "Deze collega krijgt geen nieuwe dossiers meer; de teamsleutel wordt vernieuwd",
            )
        )
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.admit_button)
        member_buttons.addWidget(self.remove_button)
        member_buttons.addStretch(1)
        self.lead_buttons = QWidget(self)
        self.lead_buttons.setLayout(member_buttons)
        member_buttons.setContentsMargins(0, 0, 0, 0)

        # -- conflicts
        self.conflicts_title = _section(
            QCoreApplication.translate("TeamView", "Conflicten op deze laptop"), self
        )
        self.conflict_model = ConflictTableModel(self)
        self.conflict_list = FittedTable(self, wrap=False, fit_rows=6)
        self.conflict_list.setModel(self.conflict_model)
        setup_table(
            self.conflict_list,
            QCoreApplication.translate("TeamView", "Dossiers met een conflictkopie"),
        )
        self.conflict_list.horizontalHeader().hide()
        self.conflict_list.setAccessibleName(
            QCoreApplication.translate("TeamView", "Dossiers met een conflictkopie")
        )
        self.no_conflicts = QLabel(
            QCoreApplication.translate("TeamView", "Geen conflicten: alles is samengevoegd."), self
        )
        self.no_conflicts.setObjectName("mutedText")
        self.open_conflict_button = QPushButton(
            QCoreApplication.translate("TeamView", "&Bekijken en samenvoegen…"), self
        )

        # -- who holds which dossier
        self.holdings_title = _section(
            QCoreApplication.translate("TeamView", "Wie heeft welk dossier"), self
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("TeamView", "Zoek op cliënt, collega of stand…")
        )
        self.filter.setAccessibleName(QCoreApplication.translate("TeamView", "Dossiers filteren"))
        self.filter.setClearButtonEnabled(True)
        self.holding_model = HoldingTableModel(self)
        self.holding_proxy = HoldingProxy(self)
        self.holding_proxy.setSourceModel(self.holding_model)
        self.holding_table = QTableView(self)
        self.holding_table.setModel(self.holding_proxy)
        setup_table(
            self.holding_table, QCoreApplication.translate("TeamView", "Wie heeft welk dossier")
        )
        self.holding_table.setSortingEnabled(True)
        self.holding_table.sortByColumn(HoldingTableModel.CLIENT, Qt.SortOrder.AscendingOrder)
        self.holding_count = QLabel(self)
        self.holding_count.setObjectName("mutedText")

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.members_title)
        left.addWidget(self.waiting_line)
        left.addWidget(self.member_table)
        left.addWidget(self.lead_buttons)
        left.addSpacing(12)
        left.addWidget(self.conflicts_title)
        left.addWidget(self.no_conflicts)
        left.addWidget(self.conflict_list)
        left.addWidget(self.open_conflict_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.holdings_title)
        right.addWidget(self.filter)
        right.addWidget(self.holding_table, 1)
        right.addWidget(self.holding_count)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(columns)
        self.not_linked = QLabel(
            QCoreApplication.translate(
                "TeamView",
                "Deze kluis is niet met een team verbonden. Verbinden kan in Instellingen, "
                "met de gegevens die u van de teamverantwoordelijke krijgt.",
            ),
            self,
        )
        self.not_linked.setObjectName("emptyState")
        self.not_linked.setWordWrap(True)
        self.not_linked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.not_linked)

        heading = QHBoxLayout()
        heading_text = QVBoxLayout()
        heading_text.addWidget(self.title)
        heading_text.addWidget(self.who)
        heading.addLayout(heading_text, 1)
        heading.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.quiet_line)
        layout.addWidget(self.stack, 1)

        self.filter.textChanged.connect(self._filter_changed)
        self.refresh_button.clicked.connect(self.refresh_clicked)
        self.admit_button.clicked.connect(self._admit)
        self.remove_button.clicked.connect(self._remove)
        self.member_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflict_list.activated.connect(lambda index: self._conflict_at(index.row()))
        self.open_conflict_button.clicked.connect(self._open_selected_conflict)
        self.conflict_list.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- shown from outside

    def show_overview(self, overview: TeamOverview) -> None:
        self.overview = overview
        if not overview.linked:
            self.stack.setCurrentWidget(self.not_linked)
            self.who.clear()
            self.refresh_button.hide()
            return
        self.stack.setCurrentWidget(self.content)
        self.refresh_button.show()
        self.title.setText(
            QCoreApplication.translate("TeamView", "Team {team}").format(team=overview.team)
        )
        kind = (
            QCoreApplication.translate("TeamView", "teamverantwoordelijke")
            if overview.is_lead
            else QCoreApplication.translate("TeamView", "coach")
        )
        self.who.setText(
            QCoreApplication.translate(
                "TeamView", "U werkt als {role} ({kind}). Uw vingerafdruk: {fingerprint}"
            ).format(role=overview.role, kind=kind, fingerprint=overview.fingerprint)
        )
        self.members_title.setText(
            QCoreApplication.translate("TeamView", "Leden")
            if overview.is_lead
            else QCoreApplication.translate("TeamView", "Uw plaats in het team")
        )
        self.lead_buttons.setVisible(overview.is_lead)
        selected = self.selected_role()
        self.member_model.set_records(list(overview.members))
        waiting = [m.role for m in overview.members if is_waiting(m)]
        if overview.is_lead and waiting:
            self.waiting_line.setText(
                QCoreApplication.translate(
                    "TeamView",
                    "Wacht op toelating: {roles}. Vergelijk de vingerafdruk met die op het "
                    "scherm van uw collega en kies Toelaten…",
                ).format(roles=", ".join(waiting))
            )
        self.waiting_line.setVisible(overview.is_lead and bool(waiting))
        keep = selected if selected else (waiting[0] if waiting else None)
        if keep is not None:
            row = self.member_model.row_of(keep)
            if row >= 0:
                self.member_table.selectRow(row)
        for column in (MemberTableModel.ROLE, MemberTableModel.KIND, MemberTableModel.STATE):
            self.member_table.resizeColumnToContents(column)

        self.conflict_model.set_records(
            [ConflictEntry(cid, name) for cid, name in overview.conflicts]
        )
        has_conflicts = bool(overview.conflicts)
        self.conflict_list.setVisible(has_conflicts)
        self.open_conflict_button.setVisible(has_conflicts)
        self.no_conflicts.setVisible(not has_conflicts)
        if has_conflicts:
            self.conflict_list.selectRow(0)

        self.holding_model.set_records(list(overview.holdings))
        self.holding_table.resizeColumnsToContents()
        self._show_holding_count()
        self._update_buttons()

    def show_quiet(self, text: str) -> None:
        self.quiet_line.setText(text)
        self.quiet_line.setVisible(bool(text))
        restyle(self.quiet_line)

    def selected_role(self) -> str | None:
        rows = self.member_table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(ID_ROLE))

    def selected_member_waits(self) -> bool:
        role = self.selected_role()
        row = self.member_model.row_of(role) if role else -1
        return row >= 0 and is_waiting(self.member_model.record_at(row))

    def clear(self) -> None:
        self.overview = None
        self.member_model.clear()
        self.holding_model.clear()
        self.conflict_model.clear()
        self.filter.clear()
        self.who.clear()
        self.show_quiet("")

    # -- inside

    def _filter_changed(self, text: str) -> None:
        self.holding_proxy.set_needle(text)
        self._show_holding_count()

    def _show_holding_count(self) -> None:
        shown, total = self.holding_proxy.rowCount(), self.holding_model.rowCount()
        if shown == total:
            text = QCoreApplication.translate("TeamView", "Dossiers in het team: {total}").format(
                total=total
            )
        else:
            text = QCoreApplication.translate("TeamView", "{shown} van {total} dossiers").format(
                shown=shown, total=total
            )
        self.holding_count.setText(text)

    def _update_buttons(self) -> None:
        role = self.selected_role()
        me = self.overview.role if self.overview is not None else None
        self.admit_button.setEnabled(self.selected_member_waits())
        row = self.member_model.row_of(role) if role else -1
        member = self.member_model.record_at(row) if row >= 0 else None
        self.remove_button.setEnabled(member is not None and not member.left and role != me)
        self.open_conflict_button.setEnabled(self._selected_conflict_row() >= 0)

    def _admit(self) -> None:
        role = self.selected_role()
        if role is not None and self.selected_member_waits():
            self.admit_clicked.emit(role)

    def _remove(self) -> None:
        role = self.selected_role()
        if role is not None:
            self.remove_clicked.emit(role)

    def _selected_conflict_row(self) -> int:
        rows = self.conflict_list.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _conflict_at(self, row: int) -> None:
        if 0 <= row < self.conflict_model.rowCount():
            self.conflict_chosen.emit(self.conflict_model.record_at(row).id)

    def _open_selected_conflict(self) -> None:
        self._conflict_at(self._selected_conflict_row())
