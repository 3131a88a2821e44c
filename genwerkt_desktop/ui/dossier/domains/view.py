"""The Levensdomeinen & rechten tab as the coach sees it: the life domains left, the
observations and the rights of the chosen one right.  Layout, signals and the domain
filter only; the presenter decides what to show and what to write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from genwerkt_desktop.domain.enums import LifeDomain
from genwerkt_desktop.domain.model import Observation, Right
from genwerkt_desktop.ui.dossier.forms import FormDialog
from genwerkt_desktop.ui.dossier.models import (
    DomainFilterProxy,
    ObservationModel,
    RightModel,
)
from genwerkt_desktop.ui.widgets.fields import (
    chain_tab_order,
    hint_label,
    section_title,
)
from genwerkt_desktop.ui.widgets.labels import (
    domain_labels,
    label_of,
    observation_labels,
    right_status_labels,
)
from genwerkt_desktop.ui.widgets.record_buttons import button_row, record_buttons
from genwerkt_desktop.ui.widgets.table_model import (
    FittedTable,
    refilled,
    selected_record,
    set_column_widths,
    setup_table,
)

from .dialogs import ObservationDialog, RightDialog
from .domain_list import DomainChoice, DomainList

NARROW_BELOW = 125  # average characters: below this the domain list becomes a choice


@dataclass(frozen=True)
class DomainRecords:
    """What the tables show, and which observation or right to choose ("" keeps the
    choice as it is)."""

    observations: tuple[Observation, ...]
    rights: tuple[Right, ...]
    choose_observation: str = ""
    choose_right: str = ""


class DomainsView(QWidget):
    add_observation_requested = Signal()
    edit_observation_requested = Signal()
    delete_observation_requested = Signal()
    add_right_requested = Signal()
    edit_right_requested = Signal()
    delete_right_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabPage")
        self._open = False  # a dossier is shown: observations and rights can be added
        self.observation_dialog: ObservationDialog | None = None
        self.right_dialog: RightDialog | None = None

        # -- the domains: a list, or on a narrow screen a choice above the tables
        self.domain_list = DomainList(self)
        self.domain_list.chosen.connect(self.choose_domain)
        self.domain_view = self.domain_list.table

        self._build_observations()
        self._build_rights()
        for view in (self.observation_view, self.right_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.domain_list)
        splitter.addWidget(self._right_column())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self._chars(50), self._chars(110)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(splitter)

        chain_tab_order(
            [
                self.domain_view,
                self.domain_combo,
                self.observation_view,
                self.add_observation_button,
                self.edit_observation_button,
                self.delete_observation_button,
                self.right_view,
                self.add_right_button,
                self.edit_right_button,
                self.delete_right_button,
            ]
        )

    # -- building

    def _build_observations(self) -> None:
        """Strengths, resources and needs per domain, with their buttons."""
        self.observations = ObservationModel(self)
        self.observation_proxy = DomainFilterProxy(self)
        self.observation_proxy.setSourceModel(self.observations)
        self.observation_view = FittedTable(self)
        self.observation_view.setModel(self.observation_proxy)
        setup_table(
            self.observation_view,
            QCoreApplication.translate("DomainsTab", "Krachten, hulpbronnen en noden"),
            stretch=ObservationModel.COL_TEXT,
        )
        self.observation_view.setSortingEnabled(True)
        self.observation_view.sortByColumn(ObservationModel.COL_DOMAIN, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.observation_view,
            {
                ObservationModel.COL_DOMAIN: ["Inkomen en"],
                ObservationModel.COL_KIND: list(observation_labels().values()),
                ObservationModel.COL_VOICED: ["Nog na te vragen"],
            },
        )
        # The date is in the description's tooltip: the text itself needs the room.
        self.observation_view.setColumnHidden(ObservationModel.COL_DATE, True)
        (
            self.add_observation_button,
            self.edit_observation_button,
            self.delete_observation_button,
        ) = record_buttons(
            self,
            self.observation_view,
            (
                (
                    QCoreApplication.translate("DomainsTab", "&Toevoegen…"),
                    QCoreApplication.translate("DomainsTab", "Kracht, hulpbron of nood toevoegen"),
                ),
                (
                    QCoreApplication.translate("DomainsTab", "&Bewerken…"),
                    QCoreApplication.translate(
                        "DomainsTab", "Gekozen kracht, hulpbron of nood bewerken"
                    ),
                ),
                (
                    QCoreApplication.translate("DomainsTab", "Ver&wijderen…"),
                    QCoreApplication.translate(
                        "DomainsTab", "Gekozen kracht, hulpbron of nood verwijderen"
                    ),
                ),
            ),
            (
                self.add_observation_requested,
                self.edit_observation_requested,
                self.delete_observation_requested,
            ),
        )

    def _build_rights(self) -> None:
        """The rights per domain, with their buttons."""
        self.rights = RightModel(self)
        self.right_proxy = DomainFilterProxy(self)
        self.right_proxy.setSourceModel(self.rights)
        self.right_view = FittedTable(self)
        self.right_view.setModel(self.right_proxy)
        setup_table(
            self.right_view,
            QCoreApplication.translate("DomainsTab", "Rechten"),
            stretch=RightModel.COL_NAME,
        )
        self.right_view.setSortingEnabled(True)
        self.right_view.sortByColumn(RightModel.COL_DOMAIN, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self.right_view,
            {
                RightModel.COL_DOMAIN: ["Inkomen en"],
                RightModel.COL_STATUS: list(right_status_labels().values()),
                RightModel.COL_DATE: ["00/00/0000"],
            },
        )
        self.right_view.setColumnHidden(RightModel.COL_NOTE, True)
        self.add_right_button, self.edit_right_button, self.delete_right_button = record_buttons(
            self,
            self.right_view,
            (
                (
                    QCoreApplication.translate("DomainsTab", "&Recht toevoegen…"),
                    QCoreApplication.translate("DomainsTab", "Recht toevoegen"),
                ),
                (
                    QCoreApplication.translate("DomainsTab", "Bewerk&en…"),
                    QCoreApplication.translate("DomainsTab", "Gekozen recht bewerken"),
                ),
                (
                    QCoreApplication.translate("DomainsTab", "Verw&ijderen…"),
                    QCoreApplication.translate("DomainsTab", "Gekozen recht verwijderen"),
                ),
            ),
            (self.add_right_requested, self.edit_right_requested, self.delete_right_requested),
        )

    def _right_column(self) -> QWidget:
        """The domain choice (narrow screens), the observations and the rights."""
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        self.domain_choice = DomainChoice(right)
        self.domain_choice.chosen.connect(self.choose_domain)
        self.domain_choice.hide()
        self.domain_combo = self.domain_choice.combo
        right_layout.addWidget(self.domain_choice)
        self.observations_title = section_title("", right)
        right_layout.addWidget(self.observations_title)
        right_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "DomainsTab",
                    "Wat u zelf opmerkte maar de cliënt nog niet zei, staat als "
                    "nog na te vragen bij de cliënt.",
                ),
                right,
                muted=True,
            )
        )
        right_layout.addWidget(self.observation_view, 3)
        right_layout.addLayout(
            button_row(
                self.add_observation_button,
                self.edit_observation_button,
                self.delete_observation_button,
            )
        )
        right_layout.addSpacing(8)
        self.rights_title = section_title("", right)
        right_layout.addWidget(self.rights_title)
        right_layout.addWidget(self.right_view, 2)
        right_layout.addLayout(
            button_row(self.add_right_button, self.edit_right_button, self.delete_right_button)
        )
        return right

    # -- showing

    def show_records(self, records: DomainRecords, *, keep_scroll: bool = False) -> None:
        """Fill the tables; the life domain and the chosen rows stay (and, with
        ``keep_scroll``, where the tables were scrolled)."""
        domain = self.current_domain()
        tables = (
            (self.observation_view, self.observation_proxy, records.choose_observation),
            (self.right_view, self.right_proxy, records.choose_right),
        )
        with refilled(tables, keep_scroll=keep_scroll):
            self._open = True
            self.domain_list.show_counts(records.observations, records.rights)
            self.observations.set_records(records.observations)
            self.rights.set_records(records.rights)
            self.choose_domain(domain)
        self._update_buttons()

    def show_nothing(self) -> None:
        self._open = False
        self.close_dialogs()
        self.domain_list.clear()
        self.observations.clear()
        self.rights.clear()
        self.observation_proxy.set_domain(None)
        self.right_proxy.set_domain(None)
        self._update_titles()
        self._update_buttons()

    def is_open(self) -> bool:
        return self._open

    def current_domain(self) -> LifeDomain | None:
        return self.observation_proxy.domain()

    def choose_domain(self, domain: LifeDomain | None) -> None:
        """Show one life domain (None: all) and highlight it in the list."""
        self.domain_list.highlight(domain)
        self.domain_choice.highlight(domain)
        self.observation_proxy.set_domain(domain)
        self.right_proxy.set_domain(domain)
        single = domain is not None
        self.observation_view.setColumnHidden(ObservationModel.COL_DOMAIN, single)
        self.right_view.setColumnHidden(RightModel.COL_DOMAIN, single)
        self._update_titles()
        self._update_buttons()

    def selected_observation(self) -> Observation | None:
        record = selected_record(self.observation_view, self.observation_proxy)
        return record if isinstance(record, Observation) else None

    def selected_right(self) -> Right | None:
        record = selected_record(self.right_view, self.right_proxy)
        return record if isinstance(record, Right) else None

    # -- the forms

    def open_observation_dialog(
        self, existing: Observation | None, today: date
    ) -> ObservationDialog:
        dialog = ObservationDialog(existing, self.current_domain(), today, self)
        self.observation_dialog = dialog
        self._open_dialog(dialog)
        return dialog

    def open_right_dialog(self, existing: Right | None, today: date) -> RightDialog:
        dialog = RightDialog(existing, self.current_domain(), today, self)
        self.right_dialog = dialog
        self._open_dialog(dialog)
        return dialog

    def close_dialogs(self) -> None:
        for dialog in (self.observation_dialog, self.right_dialog):
            if dialog is not None:
                dialog.reject()
        self.observation_dialog = None
        self.right_dialog = None

    # -- helpers

    def _open_dialog(self, dialog: FormDialog) -> None:
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: FormDialog) -> None:
        if dialog is self.observation_dialog:
            self.observation_dialog = None
        if dialog is self.right_dialog:
            self.right_dialog = None
        dialog.hide()
        dialog.setParent(None)
        dialog.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self._chars(NARROW_BELOW)
        self.domain_list.setVisible(not narrow)
        self.domain_choice.setVisible(narrow)

    def _update_titles(self) -> None:
        domain = self.current_domain()
        if domain is None:
            self.observations_title.setText(
                QCoreApplication.translate("DomainsTab", "Krachten, hulpbronnen en noden")
            )
            self.rights_title.setText(QCoreApplication.translate("DomainsTab", "Rechten"))
            return
        label = label_of(domain_labels(), domain)
        self.observations_title.setText(
            QCoreApplication.translate(
                "DomainsTab", "Krachten, hulpbronnen en noden · {domain}"
            ).format(domain=label)
        )
        self.rights_title.setText(
            QCoreApplication.translate("DomainsTab", "Rechten · {domain}").format(domain=label)
        )

    def _update_buttons(self) -> None:
        has_observation = self.selected_observation() is not None
        has_right = self.selected_right() is not None
        self.add_observation_button.setEnabled(self._open)
        self.add_right_button.setEnabled(self._open)
        self.edit_observation_button.setEnabled(has_observation)
        self.delete_observation_button.setEnabled(has_observation)
        self.edit_right_button.setEnabled(has_right)
        self.delete_right_button.setEnabled(has_right)

    def _chars(self, count: int) -> int:
        return self.fontMetrics().averageCharWidth() * count
