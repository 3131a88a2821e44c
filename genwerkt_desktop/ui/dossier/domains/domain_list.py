"""The two ways to choose a life domain: the list with its counts (strengths first), and
on a narrow screen a choice above the tables.  Choosing one leaves as ``chosen``; showing
one (:meth:`highlight`) never sends it back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from genwerkt_desktop.domain.enums import LifeDomain
from genwerkt_desktop.domain.model import Observation, Right
from genwerkt_desktop.ui.dossier.models import DomainRow, DomainSummaryModel
from genwerkt_desktop.ui.widgets.fields import buddy_label, hint_label, section_title
from genwerkt_desktop.ui.widgets.labels import domain_labels
from genwerkt_desktop.ui.widgets.table_model import (
    RecordProxy,
    selected_source_row,
    set_column_widths,
    setup_table,
)


class DomainList(QWidget):
    chosen = Signal(object)  # LifeDomain | None: None is every life domain

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Texts keep the context "DomainsTab": they were there first, and so are translated.
        self._highlighting = False  # choosing a row to show the domain, not the coach
        self.model = DomainSummaryModel(self)
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        setup_table(
            self.table,
            QCoreApplication.translate("DomainsTab", "Levensdomeinen"),
            stretch=DomainSummaryModel.COL_DOMAIN,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DomainSummaryModel.COL_DOMAIN, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionsClickable(False)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setColumnHidden(DomainSummaryModel.COL_RIGHTS, True)
        set_column_widths(
            self.table,
            {DomainSummaryModel.COL_STRENGTHS: ["00"], DomainSummaryModel.COL_NEEDS: ["00"]},
            padding=24,
        )
        # "Administratie en justitie" reads whole beside its two counts.
        self.table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            section_title(QCoreApplication.translate("DomainsTab", "Levensdomeinen"), self)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "DomainsTab", "Kies een domein om alleen wat daar speelt te zien."
                ),
                self,
                muted=True,
            )
        )

    def show_counts(self, observations: Sequence[Observation], rights: Sequence[Right]) -> None:
        self.model.set_dossier_parts(observations, rights)

    def clear(self) -> None:
        self.model.clear()

    def highlight(self, domain: LifeDomain | None) -> None:
        row = self.model.row_for(domain)
        if row < 0:
            return
        self._highlighting = True
        try:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        finally:
            self._highlighting = False

    def _selection_changed(self) -> None:
        if self._highlighting:
            return
        row = selected_source_row(self.table, self.proxy)
        record = self.model.record_at(row) if row >= 0 else None
        if isinstance(record, DomainRow):
            self.chosen.emit(record.domain)


class DomainChoice(QWidget):
    """On a narrow screen the list of domains folds into this choice."""

    chosen = Signal(object)  # LifeDomain | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(QCoreApplication.translate("DomainsTab", "Toon levensdomein"))
        self.combo.addItem(QCoreApplication.translate("DomainsTab", "Alle levensdomeinen"), "")
        for item, label in domain_labels().items():
            self.combo.addItem(label, item.value)
        self.combo.currentIndexChanged.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            buddy_label(QCoreApplication.translate("DomainsTab", "Levens&domein"), self.combo, self)
        )
        layout.addWidget(self.combo, 1)

    def highlight(self, domain: LifeDomain | None) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(domain.value if domain else ""), 0))
        self.combo.blockSignals(False)

    def _picked(self) -> None:
        code = self.combo.currentData()
        self.chosen.emit(LifeDomain(code) if code else None)
